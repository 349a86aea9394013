import type { ConsultationRecord } from '../consultations/record';
import type { Store } from '../store/store';

const csvColumns = ['reference', 'status', 'createdAt', 'updatedAt', 'requester.aadObjectId', 'requester.name', 'requester.email'] as const;

/** Appended after the history, so earlier columns keep their places. */
const deliveryColumns = [
  'teamDelivery.state',
  'teamDelivery.attempts',
  'teamDelivery.lastError',
  'teamDelivery.nextAttemptAt',
  'teamDelivery.postedAt',
] as const;

function csvCell(value: unknown): string {
  const s =
    value === undefined || value === null
      ? ''
      : Array.isArray(value)
        ? value.join('; ')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  // Quote everything; neutralise leading = + - @ so a spreadsheet never runs a cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(records: ConsultationRecord[]): string {
  const formFields = [...new Set(records.flatMap((r) => Object.keys(r.form)))].sort();
  const header = [...csvColumns, ...formFields.map((f) => `form.${f}`), 'history', ...deliveryColumns];
  const rows = records.map((r) => [
    r.reference,
    r.status,
    r.createdAt,
    r.updatedAt,
    r.requester.aadObjectId,
    r.requester.name,
    r.requester.email,
    ...formFields.map((f) => r.form[f]),
    r.history.map((h) => `${h.at} ${h.by.name}: ${h.action}`).join(' | '),
    r.teamDelivery?.state,
    r.teamDelivery?.attempts,
    r.teamDelivery?.lastError,
    r.teamDelivery?.nextAttemptAt,
    r.teamDelivery?.postedAt,
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/**
 * The export shape of the contract: the record's own fields, then the validated form
 * fields at the top level, then the team's history and whether the team's channel has the request
 * (`teamDelivery`: state, attempts, last error kind). Teams references stay inside.
 */
export function forExport(r: ConsultationRecord): Record<string, unknown> {
  return {
    reference: r.reference,
    status: r.status,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    requester: r.requester,
    ...r.form,
    history: r.history,
    teamDelivery: r.teamDelivery,
  };
}

export async function consultationsCommand(
  store: Store,
  args: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const [sub, ...rest] = args;
  const option = (name: string): string | undefined => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (sub === 'export') {
    const format = option('--format') ?? 'json';
    if (format !== 'json' && format !== 'csv') {
      err.write('--format must be json or csv\n');
      return 2;
    }
    const records = (await store.listConsultations()).reverse();
    out.write(format === 'json' ? `${JSON.stringify(records.map(forExport), null, 2)}\n` : toCsv(records));
    return 0;
  }
  if (sub === 'purge') {
    const days = Number(option('--older-than'));
    if (!Number.isInteger(days) || days < 1) {
      err.write('usage: consultations purge --older-than DAYS (a whole number, at least 1)\n');
      return 2;
    }
    const removed = await store.purgeConsultations(new Date(Date.now() - days * 86_400_000));
    err.write(`removed ${removed} request${removed === 1 ? '' : 's'} older than ${days} days\n`);
    return 0;
  }
  if (sub === 'redeliver') {
    // For a request whose post is uncertain (or stored before the outbox): after checking the channel.
    const reference = rest[0] ?? '';
    const done =
      /^EC-\d{4}-\d{5,}$/.test(reference) && (await store.requeueTeamDelivery(reference, new Date(), ['pending', 'uncertain', 'none']));
    err.write(
      done
        ? `${reference} will be posted to the consultation channel by the running bot\n`
        : `${reference || 'no reference'}: not found, or already posted or being posted\n`,
    );
    return done ? 0 : 1;
  }
  err.write(
    'usage: consultations export --format json|csv | consultations purge --older-than DAYS | consultations redeliver EC-YYYY-NNNNN\n',
  );
  return 2;
}
