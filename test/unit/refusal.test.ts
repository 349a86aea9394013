import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Answerer } from '../../src/answers/answerer';

/** A refusal says where such questions usually go, so nobody is left with nowhere to ask. */
describe('the refusal for a question the toolkit does not cover', () => {
  const answerer = new Answerer(loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit);

  it.each(['whats the wifi password', 'how do i book annual leave', 'my payslip is wrong'])('"%s" is told where to ask instead', (q) => {
    const { answer } = answerer.ask(q);
    expect(answer.kind).toBe('fallback');
    const text = JSON.stringify(answer.cards);
    for (const where of ['HR', 'IT service desk', 'intranet', 'duty manager', 'their social worker']) expect(text).toContain(where);
  });
});
