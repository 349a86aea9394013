import { z } from 'zod';
import fitted from './examples.json';

/**
 * How practitioners asked for each entry, in questions written apart from the content (the
 * tuning sets, test/eval/tuning/): searched like an entry's own listed questions, so a message
 * worded as someone once worded it finds that entry. Written by test/eval/fit-gate.ts, which
 * measures it out of fold (docs/decisions.md, round seventeen).
 */
export const Examples = z.record(z.string(), z.array(z.string()));
export type Examples = z.infer<typeof Examples>;

export const examples: Examples = Examples.parse(fitted);

/** None: the search on the content's own questions alone (fitting, and tests that need it). */
export const noExamples: Examples = {};
