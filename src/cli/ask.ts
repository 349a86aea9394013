import { createInterface } from 'node:readline';
import type { Answerer } from '../answers/answerer';
import { cardText } from '../answers/card-text';

/** `toolkit ask`: what a practitioner would get, as text, one JSON object, or JSON lines. */
export async function ask(answerer: Answerer, args: string[], out: NodeJS.WritableStream, input: NodeJS.ReadableStream): Promise<number> {
  const json = args.includes('--json');
  const jsonl = args.includes('--jsonl');
  const question = args
    .filter((a) => !a.startsWith('--'))
    .join(' ')
    .trim();
  if (jsonl) {
    const lines = createInterface({ input, crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      out.write(`${JSON.stringify(answerer.ask(line).answer)}\n`);
    }
    return 0;
  }
  if (!question) {
    process.stderr.write('usage: toolkit ask [--json] "question"   |   toolkit ask --jsonl < questions.txt\n');
    return 2;
  }
  const { answer } = answerer.ask(question);
  if (json) out.write(`${JSON.stringify(answer)}\n`);
  else {
    const header = answer.id
      ? `${answer.kind}: ${answer.id}`
      : answer.kind === 'choices'
        ? `did you mean: ${answer.alternatives.join(', ')}`
        : 'not found in the toolkit';
    out.write(`${answer.urgent ? 'URGENT\n' : ''}${header}\n\n${answer.cards.map(cardText).join('\n\n---\n\n')}\n`);
  }
  return 0;
}
