import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildToolkit, loadToolkit } from '../../src/content/toolkit';
import type { Entry } from '../../src/content/schema';
import { analyse, readAnalysis, writeAnalysis } from '../../src/search/analysis';
import { Searcher } from '../../src/search/searcher';
import { loadQuestions } from '../eval/evaluate';

const { toolkit } = loadToolkit(join(__dirname, '..', '..', 'content'));

describe("the build's analysis of the content", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'toolkit-analysis-'));
    file = join(dir, 'search-analysis.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('builds an index that answers every question exactly as one built from scratch', () => {
    writeAnalysis(toolkit, file);
    const cached = new Searcher(toolkit, readAnalysis(toolkit.synonyms, file));
    const scratch = new Searcher(toolkit);
    for (const { q } of loadQuestions()) expect(cached.search(q)).toEqual(scratch.search(q));
  });

  it('is not used with other synonyms, or when damaged', () => {
    writeAnalysis(toolkit, file);
    expect(readAnalysis({ ...toolkit.synonyms, misspellings: { ...toolkit.synonyms.misspellings, teh: 'the' } }, file)).toBeUndefined();
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 500));
    expect(readAnalysis(toolkit.synonyms, file)).toBeUndefined();
  });

  it('works out a text edited since the build, so the edit is what the bot finds', () => {
    const texts = new Map(Object.entries(analyse(toolkit)));
    const edited = toolkit.entries.map((e) => (e.id === 'concern-sleep' ? ({ ...e, questions: [...e.questions, 'zebra crossing worries at bedtime'] } as Entry) : e));
    const searcher = new Searcher(buildToolkit(edited, toolkit.synonyms, toolkit.urgent), texts);
    expect(searcher.search('zebra crossing worries').hits[0]?.id).toBe('concern-sleep');
  });
});
