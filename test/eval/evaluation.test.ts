import { join, resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Answerer } from '../../src/answers/answerer';
import { loadQuestions } from './evaluate';
import { blindFigures, type BlindFigures } from './blind';

/**
 * Answers as a practitioner would judge them (README, "How well it answers"). The tuning sets
 * (questions.json, tuning/) are what weights and the gate were fitted on; the blind sets
 * (blind/) were written apart from the content and never tuned on: their floors are the
 * figures measured when they were frozen, so a change that makes them worse fails here.
 */
const answerer = new Answerer(loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit);
const figuresOf = (file: string): BlindFigures => blindFigures(answerer, loadQuestions(file));
const rate = (n: number, d: number) => (d === 0 ? 1 : n / d);

describe('answers on the tuning set (test/eval/questions.json)', () => {
  const f = figuresOf(join(__dirname, 'questions.json'));
  it('puts the right entry first on the card for 95%, and rarely answers wrongly', () => {
    expect({
      first: rate(f.firstOnCard, f.topical) >= 0.95,
      top3: rate(f.top3, f.topical) >= 0.97,
      wrong: rate(f.wrongDirect, f.topical) <= 0.02,
    }).toEqual({ first: true, top3: true, wrong: true });
  });
  it('refuses what the toolkit does not cover, with no crisis topics offered', () => {
    expect({ refused: rate(f.outOfScope.refused, f.outOfScope.n) >= 0.95, crisisButtons: f.outOfScope.crisisButtons }).toEqual({
      refused: true,
      crisisButtons: 0,
    });
  });
  it('gives every emergency the urgent card first and rarely alarms', () => {
    expect({ missed: f.misses.filter((m) => m.expected === 'URGENT'), alarms: rate(f.calm.alarms, f.calm.n) <= 0.03 }).toEqual({
      missed: [],
      alarms: true,
    });
  });
});
