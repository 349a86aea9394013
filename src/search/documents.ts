import type { Entry, Kind } from '../content/schema';

/** The searchable text of an entry, by field. Weights live in searcher.ts. */
export interface SearchDocument {
  id: string;
  kind: Kind;
  title: string;
  questions: string[];
  keywords: string[];
  summary: string;
  body: string;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const notBody = new Set([
  'id',
  'kind',
  'title',
  'summary',
  'keywords',
  'questions',
  'related',
  'source',
  'reviewed',
  'localise',
  'nextStep',
  'level',
  'thrive',
  'sections',
]);

export function toDocument(entry: Entry): SearchDocument {
  const body = Object.entries(entry)
    .filter(([key]) => !notBody.has(key))
    .flatMap(([, value]) => strings(value))
    .join(' ');
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    questions: entry.questions,
    keywords: entry.keywords,
    summary: entry.summary,
    body,
  };
}
