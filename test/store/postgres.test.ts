import { Client } from 'pg';
import { PostgresStore } from '../../src/store/postgres';
import { POSTGRES, startPostgres, type TestPostgres } from '../helpers/postgres';
import { describeIfTool } from '../helpers/requires';
import { storeContract } from './contract';

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
});
