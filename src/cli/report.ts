import type { Report } from '../usage/report';

const csvCell = (v: unknown) =>
  `"${String(v)
    .replace(/^([=+\-@])/, "'$1")
    .replace(/"/g, '""')}"`;

/** One table per section, as section,key,value rows: easy to open in a spreadsheet. */
export function reportCsv(r: Report): string {
  const rows: unknown[][] = [['section', 'key', 'value', 'detail']];
  r.questionsPerDay.forEach((d) => rows.push(['questions per day', d.day, d.count, '']));
  Object.entries(r.bands).forEach(([k, v]) => rows.push(['answer bands', k, v, '']));
  r.topEntries.forEach((e) => rows.push(['top entries', e.id, e.count, '']));
  r.negativeFeedback.forEach((e) => rows.push(['negative feedback', e.id, e.dislikes, `${e.likes} likes; ${e.comments.join(' | ')}`]));
  r.unanswered.forEach((t) =>
    rows.push(['unanswered themes', t.example, t.count, t.suggestEntry ? `suggest adding to ${t.suggestEntry}` : '']),
  );
  Object.entries(r.consultations).forEach(([k, v]) => rows.push(['consultations', k, v, '']));
  r.reviewDue.forEach((e) => rows.push(['review due', e.id, e.reviewed, '']));
  return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

export function reportText(r: Report): string {
  const out: string[] = [`Toolkit report: the last ${r.days} days (since ${r.since.slice(0, 10)})`, ''];
  const section = (title: string, lines: string[]) => out.push(title, ...(lines.length ? lines.map((l) => `  ${l}`) : ['  (none)']), '');
  section(
    'Questions per day',
    r.questionsPerDay.map((d) => `${d.day}  ${d.count}`),
  );
  section(
    'Answer bands',
    Object.entries(r.bands).map(([k, v]) => `${k.padEnd(13)} ${v}`),
  );
  section(
    'Top entries',
    r.topEntries.map((e) => `${e.id.padEnd(36)} ${e.count}`),
  );
  section(
    'Entries with the most negative feedback',
    r.negativeFeedback.map(
      (e) =>
        `${e.id.padEnd(36)} ${e.dislikes} dislikes, ${e.likes} likes${e.comments.length ? `: "${e.comments.slice(0, 3).join('", "')}"` : ''}`,
    ),
  );
  section(
    'Unanswered questions, grouped by theme (redacted)',
    r.unanswered.flatMap((t) => [
      `${t.count} x "${t.example}"${t.suggestEntry ? `  -> suggest adding to the questions of ${t.suggestEntry} (needs approval)` : ''}`,
      ...t.questions.slice(1, 4).map((q) => `    also: "${q}"`),
    ]),
  );
  section(
    'Consultation requests by status',
    Object.entries(r.consultations).map(([k, v]) => `${k.padEnd(10)} ${v}`),
  );
  section(
    'Entries past their review date',
    r.reviewDue.map((e) => `${e.id} (reviewed ${e.reviewed})`),
  );
  return out.join('\n');
}
