import { commandFor } from '../../src/answers/commands';

describe('commands typed as people type them', () => {
  it.each(['help', 'Help!', 'what can you do', 'what can u do?', 'how does this work', 'what can I ask you'])('"%s" asks for help', (q) => {
    expect(commandFor(q)).toBe('help');
  });

  it.each(['what can you do about self harm', 'how does the gateway work'])('"%s" is a question, not a command', (q) => {
    expect(commandFor(q)).toBeUndefined();
  });
});
