import type { ConsultationRecord } from '../consultations/record';
import type { Store } from '../store/store';

const csvColumns = ['reference', 'status', 'createdAt', 'updatedAt', 'requester.aadObjectId', 'requester.name', 'requester.email'] as const;

function csvCell(value: unknown): string {
  const s = value === undefined || value === null ? '' : Array.isArray(value) ? value.join('; ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  // Quote everything; neutralise leading = + - @ so a spreadsheet never runs a cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(records: ConsultationRecord[]): string {
  const formFields = [...new Set(records.flatMap((r) => Object.keys(r.form)))].sort();
  const header = [...csvColumns, ...formFields.map((f) => `form.${f}`), 'history'];
  const rows = records.map((r) => [
    r.reference, r.status, r.createdAt, r.updatedAt, r.requester.aadObjectId, r.requester.name, r.requester.email,
    ...formFields.map((f) => r.form[f]),
    r.history.map((h) => `${h.at} ${h.by.name}: ${h.action}`).join(' | '),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/**
 * The export shape of the contract: the record's own fields, then the validated form
 * fields at the top level, then the team's history. Teams references stay inside.
 */
export function forExport(r: ConsultationRecord): Record<string, unknown> {
  return { reference: r.reference, status: r.status, createdAt: r.createdAt, updatedAt: r.updatedAt, requester: r.requester, ...r.form, history: r.history };
}

export async function consultationsCommand(store: Store, args: string[], out: NodeJS.WritableStream): Promise<number> {
  const [sub, ...rest] = args;
  const option = (name: string): string | undefined => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (sub === 'export') {
    const format = option('--format') ?? 'json';
    if (format !== 'json' && format !== 'csv') {
      process.stderr.write('--format must be json or csv\n');
      return 2;
    }
    const records = (await store.listConsultations()).reverse();
    out.write(format === 'json' ? `${JSON.stringify(records.map(forExport), null, 2)}\n` : toCsv(records));
    return 0;
  }
  if (sub === 'purge') {
    const days = Number(option('--older-than'));
    if (!Number.isInteger(days) || days < 1) {
      process.stderr.write('usage: consultations purge --older-than DAYS (a whole number, at least 1)\n');
      return 2;
    }
    const removed = await store.purgeConsultations(new Date(Date.now() - days * 86_400_000));
    process.stderr.write(`removed ${removed} request${removed === 1 ? '' : 's'} older than ${days} days\n`);
    return 0;
  }
  process.stderr.write('usage: consultations export --format json|csv | consultations purge --older-than DAYS\n');
  return 2;
}
