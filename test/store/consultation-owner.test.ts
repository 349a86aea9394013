import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteStore } from '../../src/store/sqlite';
import { Consultations } from '../../src/consultations/service';
import { FormTokens } from '../../src/consultations/tokens';
import type { Toolkit } from '../../src/content/toolkit';
import { goodForm } from '../helpers/forms';

/** Just what the form needs of the content: its concerns. */
const toolkit = { byKind: () => [{ id: 'concern-self-harm', title: 'Self-harm' }], get: () => undefined } as unknown as Toolkit;

describe("a form is its owner's", () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'toolkit-owner-'));
    store = SqliteStore.open(dir);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a press without the signature, or signed for someone else', async () => {
    const tokens = FormTokens.ephemeral();
    const c = new Consultations(store, toolkit, { tokens });
    const token = randomUUID();
    const sam = { aadObjectId: 'aad-sam', name: 'Sam' };
    expect(await c.submit({ ...goodForm }, token, sam)).toEqual({ ok: false, reason: 'not-yours' });
    expect(await c.submit({ ...goodForm, sig: tokens.sign(token, 'aad-alex') }, token, sam)).toEqual({ ok: false, reason: 'not-yours' });
    expect(await store.listConsultations()).toHaveLength(0);
  });

  it("never gives anyone the receipt of a request stored under someone else's token", async () => {
    const tokens = FormTokens.ephemeral();
    const c = new Consultations(store, toolkit, { tokens });
    const token = randomUUID();
    const sam = await c.submit({ ...goodForm, sig: tokens.sign(token, 'aad-sam') }, token, { aadObjectId: 'aad-sam', name: 'Sam' });
    expect(sam.ok).toBe(true);
    // Even a valid signature for another person (which only the bot can make) meets the stored owner.
    const alex = await c.submit({ ...goodForm, sig: tokens.sign(token, 'aad-alex') }, token, { aadObjectId: 'aad-alex', name: 'Alex' });
    expect(alex).toEqual({ ok: false, reason: 'not-yours' });
  });

  it('keeps one key for every instance and restart: a form issued by one is taken by another', async () => {
    const first = FormTokens.fromSecret(await store.ensureSecret('form-token', FormTokens.newSecret()));
    const second = FormTokens.fromSecret(await store.ensureSecret('form-token', FormTokens.newSecret()));
    const { token, sig } = first.issue('aad-sam');
    expect(second.verify(token, 'aad-sam', sig)).toBe(true);
    expect(second.verify(token, 'aad-alex', sig)).toBe(false);
  });
});
