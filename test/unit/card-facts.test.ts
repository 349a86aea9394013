import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Answerer } from '../../src/answers/answerer';
import { cardText } from '../../src/answers/card-text';

/**
 * The facts practitioners act on, read from the rendered cards (what Teams shows), not the YAML.
 * Each line names its source in the content entry it comes from.
 */
describe('facts on the cards', () => {
  const answerer = new Answerer(loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit);
  const shown = (q: string) => answerer.ask(q).answer.cards.map(cardText).join('\n');
  const entry = (id: string) => answerer.act({ verb: 'show', id }).answer.cards.map(cardText).join('\n');

  it('the urgent card gives the Alder Hey CAMHS crisis line, 24/7, not a placeholder', () => {
    const text = shown('he has just taken an overdose');
    expect(text).toContain('0151 293 3577');
    expect(text).toMatch(/24\/7/);
    expect(text).not.toMatch(/add the number here/i);
  });

  it('the crisis pathway and the CAMHS entries give the same crisis line', () => {
    for (const id of ['pathway-crisis', 'service-camhs', 'role-camhs']) expect(entry(id)).toContain('0151 293 3577');
  });

  it("Ormskirk children's A&E is open 8am to midnight and sends people to Alder Hey at night", () => {
    const text = entry('service-ormskirk-emergency-department');
    expect(text).toMatch(/8am to midnight/);
    expect(text).toMatch(/closed/i);
    expect(text).toMatch(/Alder Hey/);
    expect(text).not.toMatch(/24 hours a day/i);
  });

  it("Alder Hey children's A&E is open 24 hours", () => {
    expect(entry('service-alder-hey-emergency-department')).toMatch(/24 hours a day/);
  });
});
