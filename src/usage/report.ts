import type { Toolkit } from '../content/toolkit';
import type { Store } from '../store/store';
import { Searcher } from '../search/searcher';
import { clean } from '../search/normalise';
import { stopwords } from '../search/stopwords';
import { statuses } from '../consultations/record';

export interface Theme {
  count: number;
  example: string;
  questions: string[];
  /** The entry these questions are closest to: a person decides whether to add them. */
  suggestEntry?: string;
}

export interface Report {
  since: string;
  days: number;
  questionsPerDay: { day: string; count: number }[];
  bands: Record<string, number>;
  topEntries: { id: string; count: number }[];
  negativeFeedback: { id: string; dislikes: number; likes: number; comments: string[] }[];
  unanswered: Theme[];
  consultations: Record<string, number>;
  reviewDue: { id: string; reviewed: string }[];
}

const placeholders = new Set(['name', 'date', 'number', 'email', 'phone', 'initials', 'link']);
const words = (text: string) =>
  new Set(
    clean(text.replace(/\[[a-z]+\]/g, ' '))
      .split(' ')
      .filter((w) => w.length > 2 && !stopwords.has(w) && !placeholders.has(w)),
  );

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / Math.max(1, a.size + b.size - shared);
}

/** Greedy grouping by shared words, so owners see themes rather than a list. */
export function groupBySimilarity(texts: string[], threshold = 0.34): { members: string[] }[] {
  const groups: { words: Set<string>; members: string[] }[] = [];
  for (const t of texts) {
    const w = words(t);
    const home = groups.find((g) => similarity(g.words, w) >= threshold);
    if (home) {
      home.members.push(t);
      w.forEach((x) => home.words.add(x));
    } else groups.push({ words: w, members: [t] });
  }
  return groups.sort((a, b) => b.members.length - a.members.length);
}

const count = <T extends string>(items: T[]) => items.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});

export async function buildReport(store: Store, toolkit: Toolkit, days: number, now = new Date()): Promise<Report> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const events = await store.listEvents(since);
  const answers = events.filter((e) => e.type === 'answer');
  const feedback = events.filter((e) => e.type === 'feedback');
  const perDay = count(answers.map((e) => e.at.slice(0, 10)));
  const perEntry = count(answers.flatMap((e) => (e.entryId ? [e.entryId] : [])));
  const byEntry = new Map<string, { dislikes: number; likes: number; comments: string[] }>();
  for (const f of feedback) {
    if (!f.entryId) continue;
    const row = byEntry.get(f.entryId) ?? { dislikes: 0, likes: 0, comments: [] };
    if (f.reaction === 'dislike') row.dislikes += 1;
    if (f.reaction === 'like') row.likes += 1;
    if (f.comment) row.comments.push(f.comment);
    byEntry.set(f.entryId, row);
  }
  const searcher = new Searcher(toolkit);
  const unanswered = groupBySimilarity((await store.listUnanswered(since)).map((u) => u.text)).map((g) => {
    const hit = searcher.search(g.members[0]!, 1).hits[0];
    return { count: g.members.length, example: g.members[0]!, questions: g.members.slice(0, 10), ...(hit ? { suggestEntry: hit.id } : {}) };
  });
  const consultations = await store.listConsultations();
  const reviewCutoff = new Date(now);
  reviewCutoff.setMonth(reviewCutoff.getMonth() - 12);
  return {
    since: since.toISOString(),
    days,
    questionsPerDay: Object.entries(perDay)
      .sort()
      .map(([day, n]) => ({ day, count: n })),
    bands: count(answers.map((e) => e.band ?? 'unknown')),
    topEntries: Object.entries(perEntry)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([id, n]) => ({ id, count: n })),
    negativeFeedback: [...byEntry]
      .map(([id, r]) => ({ id, ...r }))
      .filter((r) => r.dislikes > 0)
      .sort((a, b) => b.dislikes - a.dislikes)
      .slice(0, 10),
    unanswered,
    consultations: Object.fromEntries(statuses.map((s) => [s, consultations.filter((c) => c.status === s).length])),
    reviewDue: toolkit.entries.filter((e) => new Date(e.reviewed) < reviewCutoff).map((e) => ({ id: e.id, reviewed: e.reviewed })),
  };
}
