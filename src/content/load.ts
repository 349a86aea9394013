import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Document, type Node } from 'yaml';
import { z } from 'zod';
import { Entry, Synonyms, UrgentSafety } from './schema';
import { ReservedTerms } from './reserved-terms';
import { Glossary } from './glossary';

/** One problem found in a content file, reported as `file:line: message`. */
export const Problem = z.object({ file: z.string(), line: z.number().int(), message: z.string(), severity: z.enum(['error', 'warning']) });
export type Problem = z.infer<typeof Problem>;

export const LoadedEntry = z.object({ entry: Entry, file: z.string(), line: z.number().int() });
export type LoadedEntry = z.infer<typeof LoadedEntry>;

/** What reading a content folder gives. */
export const ContentLoad = z.object({
  entries: z.array(LoadedEntry),
  synonyms: Synonyms,
  urgent: UrgentSafety.optional(),
  /** content/reserved-terms.yaml: the field's names that must not be used for another thing. */
  reservedTerms: ReservedTerms.optional(),
  /** content/glossary.yaml: the field's terms, each in one line with the entry that covers it. */
  glossary: Glossary.optional(),
  /** Where the urgent card, the reserved terms and the glossary were read from, for the check's messages. */
  files: z.object({ urgent: z.string().optional(), reservedTerms: z.string().optional(), glossary: z.string().optional() }).default({}),
  problems: z.array(Problem),
});
export type ContentLoad = z.infer<typeof ContentLoad>;

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

export function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? yamlFiles(join(dir, d.name)) : /\.ya?ml$/.test(d.name) ? [join(dir, d.name)] : []))
    .sort();
}

interface ParsedFile {
  file: string;
  doc: Document;
  lines: LineCounter;
}

/** The line of the node at `path`, falling back to the nearest ancestor that exists. */
export function lineOf(parsed: ParsedFile, path: readonly PropertyKey[], key?: string): number {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const at = path.slice(0, depth) as (string | number)[];
    const node = (at.length === 0 ? parsed.doc.contents : parsed.doc.getIn(at, true)) as Node | null | undefined;
    if (!node) continue;
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return parsed.lines.linePos(keyNode.range[0]).line;
    }
    if (node.range) return parsed.lines.linePos(node.range[0]).line;
  }
  return 1;
}

function zodProblems(parsed: ParsedFile, error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file: parsed.file,
        line: lineOf(parsed, issue.path, key),
        message: `unknown field "${[...issue.path, key].join('.')}"`,
        severity: 'error' as const,
      }));
    }
    const field = issue.path.join('.') || '(entry)';
    const missing = issue.code === 'invalid_type' && !parsed.doc.hasIn(issue.path as (string | number)[]);
    return [
      {
        file: parsed.file,
        line: lineOf(parsed, issue.path),
        message: missing ? `missing field "${field}"` : `${field}: ${issue.message}`,
        severity: 'error' as const,
      },
    ];
  });
}

/**
 * The line of the node at `path` in a content file, read again: the checks that need every
 * entry at once work on the parsed values, and only look a line up
 * when they have something to report.
 */
export function lineAt(file: string, path: readonly PropertyKey[]): number {
  try {
    const parsed = parseFile('', file);
    return 'message' in parsed ? 1 : lineOf(parsed, path);
  } catch {
    return 1;
  }
}

function parseFile(root: string, path: string): ParsedFile | Problem {
  const file = relative(process.cwd(), path) || path;
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    return { file, line: lines.linePos(first.pos[0]).line, message: `not valid YAML: ${first.message.split('\n')[0]}`, severity: 'error' };
  }
  void root;
  return { file, doc, lines };
}

const emptySynonyms: Synonyms = { groups: [], misspellings: {} };

/** Reads and validates every file under `dir`. Cross-entry checks live in check.ts. */
export function loadContentFiles(dir: string): ContentLoad {
  const entries: LoadedEntry[] = [];
  const problems: Problem[] = [];
  let synonyms = emptySynonyms;
  let urgent: UrgentSafety | undefined;
  let reservedTerms: ReservedTerms | undefined;
  let glossary: Glossary | undefined;
  const files: ContentLoad['files'] = {};
  for (const path of yamlFiles(dir)) {
    const parsed = parseFile(dir, path);
    if ('message' in parsed) {
      problems.push(parsed);
      continue;
    }
    const data: unknown = parsed.doc.toJS();
    if (basename(path).startsWith('synonyms.')) {
      const result = Synonyms.safeParse(data);
      if (result.success) synonyms = result.data;
      else problems.push(...zodProblems(parsed, result.error));
      continue;
    }
    if (basename(path).startsWith('urgent-safety.')) {
      const result = UrgentSafety.safeParse(data);
      if (result.success) urgent = result.data;
      else problems.push(...zodProblems(parsed, result.error));
      files.urgent = parsed.file;
      continue;
    }
    if (basename(path).startsWith('reserved-terms.')) {
      const result = ReservedTerms.safeParse(data);
      if (result.success) reservedTerms = result.data;
      else problems.push(...zodProblems(parsed, result.error));
      files.reservedTerms = parsed.file;
      continue;
    }
    if (basename(path).startsWith('glossary.')) {
      const result = Glossary.safeParse(data);
      if (result.success) glossary = result.data;
      else problems.push(...zodProblems(parsed, result.error));
      files.glossary = parsed.file;
      continue;
    }
    const result = Entry.safeParse(data);
    if (!result.success) {
      problems.push(...zodProblems(parsed, result.error));
      continue;
    }
    entries.push({ entry: result.data, file: parsed.file, line: lineOf(parsed, ['id']) });
  }
  if (!urgent) problems.push({ file: join(relative(process.cwd(), dir) || dir, 'urgent-safety.yaml'), line: 1, message: 'missing file: the urgent-safety card', severity: 'error' });
  return { entries, synonyms, urgent, reservedTerms, glossary, files, problems };
}
