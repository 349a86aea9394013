import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const Labelled = z.array(
  z.object({ q: z.string().min(1), id: z.string().nullable(), also: z.array(z.string()).optional(), urgent: z.boolean() }),
);
export type Labelled = z.infer<typeof Labelled>;

export function loadQuestions(file = join(__dirname, 'questions.json')): Labelled {
  return Labelled.parse(JSON.parse(readFileSync(file, 'utf8')));
}
