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

/**
 * Probe sets written for the urgent detectors alone (emergencies and calm messages with the same
 * words, no entry ids): the urgent model is fitted on them beside the tuning sets; the gate never sees them.
 */
export const UrgentProbes = z.array(z.object({ q: z.string().min(1), urgent: z.boolean(), kind: z.string() }));

export function loadUrgentProbes(): z.infer<typeof UrgentProbes> {
  const dir = join(__dirname, 'urgent-probes');
  return readdirSync(dir).flatMap((f) => UrgentProbes.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

export function loadQuestions(file = join(__dirname, 'questions.json')): Labelled {
  return Labelled.parse(JSON.parse(readFileSync(file, 'utf8')));
}
