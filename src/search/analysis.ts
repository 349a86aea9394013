import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Synonyms } from '../content/schema';
import type { Toolkit } from '../content/toolkit';
import { readBuildFile, writeBuildFile } from '../content/build-file';
import { toDocument } from './documents';
import { createNormaliser } from './normalise';

/**
 * Each content text as the index reads it: its canonical words and its search terms.
 * Working these out (synonyms, stemming) was most of the index build, so `npm run build`
 * keeps them in a file and start-up reads them. They only hold for the synonyms and the
 * normalising code they were made with: the key covers both, and a text the file does not
 * have (an edit since the build) is simply worked out again.
 */
export type Analysed = [canonical: string, terms: string];
export type AnalysisCache = ReadonlyMap<string, Analysed>;

export const ANALYSIS_FILE = join(__dirname, '..', 'search-analysis.json');

const AnalysisFile = z.object({ key: z.string(), texts: z.record(z.string(), z.tuple([z.string(), z.string()])) });

/** Changes with the synonyms and with the code that turns text into terms. */
export function analysisKey(synonyms: Synonyms): string {
  const code = ['normalise', 'stopwords'].map((m) => readFileSync(join(__dirname, `${m}${extname(__filename)}`), 'utf8'));
  return createHash('sha256').update(JSON.stringify(synonyms)).update(code.join('\0')).digest('hex');
}

export function analyse(toolkit: Toolkit): Record<string, Analysed> {
  const normaliser = createNormaliser(toolkit.synonyms);
  const texts: Record<string, Analysed> = {};
  for (const d of toolkit.entries.map(toDocument)) {
    for (const text of [d.title, ...d.questions, ...d.keywords, d.summary, d.body]) {
      const canonical = normaliser.canonical(text);
      texts[text] = [canonical, normaliser.termsOfCanonical(canonical).join(' ')];
    }
  }
  return texts;
}

/** The build's analysis, if it was made with these synonyms and this code; otherwise nothing. */
export function readAnalysis(synonyms: Synonyms, file = ANALYSIS_FILE): AnalysisCache | undefined {
  const analysis = readBuildFile(file, AnalysisFile);
  if (!analysis || analysis.key !== analysisKey(synonyms)) return undefined;
  return new Map(Object.entries(analysis.texts) as [string, Analysed][]);
}

export function writeAnalysis(toolkit: Toolkit, file = ANALYSIS_FILE): number {
  const texts = analyse(toolkit);
  writeBuildFile(file, { key: analysisKey(toolkit.synonyms), texts });
  return Object.keys(texts).length;
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadToolkit } = require('../content/toolkit') as typeof import('../content/toolkit');
  const count = writeAnalysis(loadToolkit(resolve(process.argv[2] ?? 'content')).toolkit);
  process.stdout.write(`search analysis: ${count} texts\n`);
}
