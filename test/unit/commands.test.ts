import { commandFor } from '../../src/answers/commands';

describe('commands typed as people type them', () => {
  it.each([
    'help',
    'Help!',
    'what can you do',
    'what can u do?',
    'wat can u do',
    'what does this bot do?',
    'how does this work',
    'what can I ask you',
    'hi what do you do',
    'hello, help',
  ])('"%s" asks for help', (q) => {
    expect(commandFor(q)).toBe('help');
  });

  it.each([
    ['hi', 'welcome'],
    ['hey menu', 'menu'],
  ])('"%s" is %s', (q, command) => {
    expect(commandFor(q)).toBe(command);
  });

  it.each(['hi shes cutting herself', 'what can you do about self harm', 'how does the gateway work'])(
    '"%s" is a question, not a command',
    (q) => {
      expect(commandFor(q)).toBeUndefined();
    },
  );
});
