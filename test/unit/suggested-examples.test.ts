import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Answerer } from '../../src/answers/answerer';
import { fallbackCard, welcomeCard } from '../../src/answers/screens';

/** Every example the bot itself suggests must work when a user types it: a direct answer. */
describe('the examples the bot suggests', () => {
  const toolkit = loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit;
  const answerer = new Answerer(toolkit);
  const quoted = (card: unknown) => [...JSON.stringify(card).matchAll(/\\"([^"\\]{3,60})\\"/g)].map((m) => m[1]!);
  const welcome = JSON.stringify(welcomeCard());
  const examples = [
    ...[...welcome.matchAll(/"verb":"ask","text":"([^"]+)"/g)].map((m) => m[1]!),
    ...quoted(fallbackCard(toolkit)),
    ...(toolkit.get('help') as { points: string[] }).points.flatMap((p) => /for example: (.+?)\.?$/.exec(p)?.[1]?.split(/, or |, /) ?? []),
  ];

  it('finds the examples on the welcome, fallback and help cards', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples)('"%s" is answered directly', (example) => {
    const { answer } = answerer.ask(example);
    expect({ example, id: answer.id, kind: answer.kind }).toEqual({
      example,
      id: expect.any(String),
      kind: expect.not.stringMatching(/^(choices|fallback)$/),
    });
  });
});
