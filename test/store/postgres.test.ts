import { Client } from 'pg';
import { PostgresStore } from '../../src/store/postgres';
import { postgresMigrations } from '../../src/store/postgres-migrations';
import { POSTGRES, startPostgres, type TestPostgres } from '../helpers/postgres';
import { describeIfTool } from '../helpers/requires';
import { storeContract } from './contract';
import { legacyRows } from './legacy-rows';

describeIfTool(POSTGRES, 'the PostgreSQL store', () => {
  let pg: TestPostgres;
  beforeAll(async () => {
    pg = await startPostgres();
  });
  afterAll(async () => {
    await pg?.stop();
  });

  let n = 0;
  /** A fresh database per test, so the contract starts from empty each time. */
  storeContract('PostgreSQL', async () => {
    const name = `contract_${++n}`;
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return PostgresStore.open(pg.url.replace(/\/postgres$/, `/${name}`), () => undefined);
  });

  test('two instances migrating at once both start, and share one store', async () => {
    const [a, b] = await Promise.all([PostgresStore.open(pg.url, () => undefined), PostgresStore.open(pg.url, () => undefined)]);
    const saved = await a.saveConsultation({ token: 'shared', requester: { aadObjectId: 'x', name: 'X' }, form: {} });
    expect((await b.getConsultation(saved.record.reference))?.token).toBe('shared');
    await a.close();
    await b.close();
  });

  test('two instances claiming the outbox at once never take the same request', async () => {
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query('CREATE DATABASE outbox_race');
    await admin.end();
    const url = pg.url.replace(/\/postgres$/, '/outbox_race');
    const [a, b] = await Promise.all([PostgresStore.open(url, () => undefined), PostgresStore.open(url, () => undefined)]);
    const now = new Date();
    for (let i = 0; i < 40; i += 1)
      await (i % 2 ? a : b).saveConsultation({
        token: `race-${i}`,
        requester: { aadObjectId: 'x', name: 'X' },
        form: {},
        now,
        teamDelivery: 'pending',
      });
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).claimTeamDeliveries({ now, due: now, leaseMs: 60_000, limit: 6 })),
    );
    const refs = claims.flat().map((c) => c.record.reference);
    expect(refs).toHaveLength(40);
    expect(new Set(refs).size).toBe(40);
    await a.close();
    await b.close();
  });

  test('the outbox migration marks requests already posted as posted and leaves the others to an operator', async () => {
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query('CREATE DATABASE outbox_migration');
    await admin.end();
    const url = pg.url.replace(/\/postgres$/, '/outbox_migration');
    const db = new Client({ connectionString: url });
    await db.connect();
    await db.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)');
    for (const m of postgresMigrations.filter((x) => x.version <= 4)) {
      await db.query(m.sql);
      await db.query('INSERT INTO schema_migrations VALUES ($1, now())', [m.version]);
    }
    for (const row of legacyRows()) await db.query('INSERT INTO consultations VALUES ($1, $2, 2026, $3, $4, $5, $6, $7)', row);
    await db.end();
    const store = await PostgresStore.open(url, () => undefined);
    expect((await store.getConsultation('EC-2026-00001'))?.teamDelivery).toEqual({ state: 'posted', attempts: 0 });
    expect((await store.getConsultation('EC-2026-00002'))?.teamDelivery).toEqual({ state: 'none', attempts: 0 });
    await store.close();
  });
});
