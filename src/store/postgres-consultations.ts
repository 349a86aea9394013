import { StoreUnavailableError, type ActionResult, type ApplyAction } from './store';
import type { ConsultationRecord, HistoryItem, NewConsultation } from './consultation-record';
import { RECORD_COLUMNS, newRecord, recordFromRow, recordJson, type RecordRow } from './records';
import type { Tx } from './postgres-transaction';

/** The consultation records in PostgreSQL: numbered per year, stored once per token, changed under a row lock. */
export class PostgresConsultations {
  constructor(private readonly tx: Tx) {}

  async save(input: NewConsultation): Promise<{ record: ConsultationRecord; created: boolean }> {
    const existing = async (): Promise<ConsultationRecord | undefined> => {
      const r = await this.tx((c) => c.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations WHERE token = $1`, [input.token]));
      return r.rows[0] ? recordFromRow(r.rows[0]) : undefined;
    };
    const found = await existing();
    if (found) return { record: found, created: false };
    const year = (input.now ?? new Date()).getUTCFullYear();
    const inserted = await this.tx(async (c) => {
      const n = await c.query<{ n: number }>(
        `INSERT INTO consultation_counters (year, n) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET n = consultation_counters.n + 1 RETURNING n`,
        [year],
      );
      const record = newRecord(input, year, n.rows[0]!.n);
      // The team's delivery is committed with the record: due at once when a channel is configured.
      const r = await c.query<RecordRow>(
        `INSERT INTO consultations (reference, token, year, seq, status, requester_id, created_at, record, team_delivery, delivery_next_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $7) ON CONFLICT (token) DO NOTHING RETURNING ${RECORD_COLUMNS}`,
        [
          record.reference,
          record.token,
          year,
          n.rows[0]!.n,
          record.status,
          record.requester.aadObjectId,
          record.createdAt,
          recordJson(record),
          input.teamDelivery ?? 'none',
        ],
      );
      return r.rows[0] ? recordFromRow(r.rows[0]) : undefined;
    });
    if (inserted) return { record: inserted, created: true };
    // Another instance stored the same token between our look-up and insert.
    const raced = await existing();
    if (!raced) throw new StoreUnavailableError('request was neither stored nor found');
    return { record: raced, created: false };
  }

  async get(reference: string): Promise<ConsultationRecord | undefined> {
    const r = await this.tx((c) => c.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations WHERE reference = $1`, [reference]));
    return r.rows[0] ? recordFromRow(r.rows[0]) : undefined;
  }

  async list(filter: { requesterId?: string } = {}): Promise<ConsultationRecord[]> {
    const r = await this.tx((c) =>
      filter.requesterId
        ? c.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations WHERE requester_id = $1 ORDER BY year DESC, seq DESC`, [
            filter.requesterId,
          ])
        : c.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations ORDER BY year DESC, seq DESC`),
    );
    return r.rows.map(recordFromRow);
  }

  recordAction(reference: string, item: HistoryItem, apply: ApplyAction): Promise<ActionResult | undefined> {
    return this.tx(async (c) => {
      const r = await c.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations WHERE reference = $1 FOR UPDATE`, [reference]);
      if (!r.rows[0]) return undefined;
      const result = apply(recordFromRow(r.rows[0]), item);
      if (result.applied)
        await c.query('UPDATE consultations SET status = $1, record = $2 WHERE reference = $3', [
          result.record.status,
          recordJson(result.record),
          reference,
        ]);
      return result;
    });
  }
}
