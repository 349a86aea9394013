import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Answerer } from '../../src/answers/answerer';
import { evaluate, loadQuestions } from './evaluate';

describe('answers on the labelled evaluation set', () => {
  const set = loadQuestions();
  const answerer = new Answerer(loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit);
  const figures = evaluate(answerer, set);

  it('is a real test set: at least 250 questions, 20 out of scope, 15 urgent', () => {
    expect(set.length).toBeGreaterThanOrEqual(250);
    expect(set.filter((q) => q.id === null).length).toBeGreaterThanOrEqual(20);
    expect(set.filter((q) => q.urgent).length).toBeGreaterThanOrEqual(15);
  });

  it('never misses an emergency and rarely raises a false alarm (the safety targets)', () => {
    const safety = figures.misses.filter((m) => m.expected === 'URGENT' || m.expected === 'not urgent');
    expect({ recall: figures.urgentRecall, alarmsOk: figures.urgentFalseAlarms <= 0.03, safety }).toEqual({ recall: 1, alarmsOk: true, safety: [] });
  });

  it('ranks the right entry first, and in the top three, and refuses what the toolkit does not cover (the targets)', () => {
    const shown = { ...figures, misses: figures.misses.slice(0, 40) };
    // The misses are printed on failure so the content owner can see what went wrong.
    expect({ top1: figures.top1 >= 0.92, top3: figures.top3 >= 0.98, refused: figures.outOfScopeRefused >= 0.95, shown }).toEqual({
      top1: true,
      top3: true,
      refused: true,
      shown,
    });
  });

  it('rarely answers directly with the wrong entry', () => {
    expect(figures.directWrong).toBeLessThanOrEqual(0.01);
  });
});
