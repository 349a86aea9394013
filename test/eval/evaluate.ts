import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const Labelled = z.array(
  z.object({ q: z.string().min(1), id: z.string().nullable(), also: z.array(z.string()).optional(), urgent: z.boolean() }),
);
export type Labelled = z.infer<typeof Labelled>;

/** The sets weights are fitted on: the first set and test/eval/tuning/, never test/eval/blind/. */
export function tuningFiles(): string[] {
  return [join(__dirname, 'questions.json'), ...readdirSync(join(__dirname, 'tuning')).map((f) => join(__dirname, 'tuning', f))];
}

export function loadQuestions(file = join(__dirname, 'questions.json')): Labelled {
  return Labelled.parse(JSON.parse(readFileSync(file, 'utf8')));
}
