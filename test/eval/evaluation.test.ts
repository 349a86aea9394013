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

  // Measured figures (README, "How answers are chosen") are 0.90 top 1, 0.96 top 3, 0.95 refused (36 of 38),
  // 0.009 answered wrongly. These floors catch a regression; the README records the gap to the
  // targets (0.92 / 0.98 / 0.95) that content and ranking work still has to close.
  it('ranks and refuses at least as well as measured', () => {
    const shown = { ...figures, misses: figures.misses.slice(0, 40) };
    // The misses are printed on failure so the content owner can see what went wrong.
    expect({ top1: figures.top1 >= 0.89, top3: figures.top3 >= 0.95, refused: figures.outOfScopeRefused >= 0.94, wrong: figures.directWrong <= 0.02, shown }).toEqual({
      top1: true, top3: true, refused: true, wrong: true, shown,
    });
  });
});
