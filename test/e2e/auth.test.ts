import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import { startHarness, type Harness } from '../helpers/harness';
import { message, submit } from '../helpers/teams';
import { goodForm } from '../helpers/forms';

const APP_ID = '0f0e0d0c-0b0a-4909-8807-060504030201';
const TENANT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
const ISSUER = 'https://api.botframework.com';

/** A stand-in for the Bot Framework's OpenID metadata and signing keys, on loopback. */
async function metadataServer(publicKey: KeyObject, kid: string): Promise<{ url: string; server: Server }> {
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256', endorsements: ['msteams'] };
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration')
      res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    else if (req.url === '/keys') res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/openid-configuration`, server };
}

describe('Bot Framework authentication (MicrosoftAppId set)', () => {
  const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let meta: { url: string; server: Server };
  let h: Harness;
  let unreachable: Harness;
  const logs: Record<string, unknown>[] = [];

  const token = (claims: Record<string, unknown> = {}, opts: { key?: KeyObject; kid?: string; expiresIn?: number } = {}) =>
    jwt.sign({ serviceurl: h.shape.serviceUrl, ...claims }, opts.key ?? signing.privateKey, {
      algorithm: 'RS256',
      keyid: opts.kid ?? 'test-key',
      issuer: ISSUER,
      audience: APP_ID,
      expiresIn: opts.expiresIn ?? 3600,
    });
  const auth = (value: string) => ({ authorization: value });
  /** Real messages, as Teams sends them: a question, and a press of a consultation form's button. */
  const question = () => message({ ...h.shape, tenantId: TENANT_ID }, 'what is section 136');
  const formPress = () => submit({ ...h.shape, tenantId: TENANT_ID }, { verb: 'consultation-submit', token: randomUUID(), ...goodForm });
  /** What the bot did with what reached it: answers logged, usage stored, replies sent. */
  const traces = async () => ({
    answered: logs.filter((l) => l.event === 'answer').length,
    usage: (await h.bot.store.listEvents(new Date(0))).length,
    consultations: (await h.bot.store.listConsultations()).length,
    replies: h.connector.activities().length,
  });

  beforeAll(async () => {
    meta = await metadataServer(signing.publicKey, 'test-key');
    const identity = {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'test-secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT_ID,
    };
    h = await startHarness({ ...identity, BotOpenIdMetadata: meta.url }, undefined, { logs });
    unreachable = await startHarness({ ...identity, BotOpenIdMetadata: 'http://127.0.0.1:9/.well-known/openid-configuration' });
  });
  afterAll(async () => {
    await h?.stop();
    await unreachable?.stop();
    meta?.server.close();
  });

  it('reads and answers a message with a valid token', async () => {
    const before = await traces();
    const res = await h.post(question(), auth(`Bearer ${token()}`));
    expect(res.status).toBe(200);
    // The bot read it and chose its answer. (Sending the answer needs a token from Entra ID,
    // which a test cannot reach, so the reply itself fails here: that is the outbound side.)
    expect(logs.filter((l) => l.event === 'answer').slice(before.answered)).toEqual([
      expect.objectContaining({ event: 'answer', id: 'mha-s136' }),
    ]);
  });

  const refusals: [string, () => Record<string, string>][] = [
    ['no token', () => ({})],
    ['a malformed token', () => auth('Bearer not.a.jwt')],
    ['a non-bearer scheme', () => auth(`Basic ${Buffer.from('a:b').toString('base64')}`)],
    ['a bad signature', () => auth(`Bearer ${token({}, { key: stranger.privateKey })}`)],
    ['an unknown key id', () => auth(`Bearer ${token({}, { kid: 'other-key' })}`)],
    ['an expired token', () => auth(`Bearer ${token({}, { expiresIn: -3600 })}`)],
    [
      'the wrong audience',
      () =>
        auth(
          `Bearer ${jwt.sign({ serviceurl: h.shape.serviceUrl }, signing.privateKey, { algorithm: 'RS256', keyid: 'test-key', issuer: ISSUER, audience: 'someone-else', expiresIn: 3600 })}`,
        ),
    ],
    [
      'the wrong issuer',
      () =>
        auth(
          `Bearer ${jwt.sign({ serviceurl: h.shape.serviceUrl }, signing.privateKey, { algorithm: 'RS256', keyid: 'test-key', issuer: 'https://evil.example', audience: APP_ID, expiresIn: 3600 })}`,
        ),
    ],
    [
      'a token from another Entra tenant',
      () =>
        auth(
          `Bearer ${jwt.sign({ serviceurl: h.shape.serviceUrl, tid: OTHER_TENANT }, signing.privateKey, { algorithm: 'RS256', keyid: 'test-key', issuer: `https://sts.windows.net/${OTHER_TENANT}/`, audience: APP_ID, expiresIn: 3600 })}`,
        ),
    ],
    ['a serviceUrl claim for another service', () => auth(`Bearer ${token({ serviceurl: 'https://smba.example.net/emea/' })}`)],
  ];

  it.each(refusals)('refuses a message with %s: 401, no detail, never read, no reply', async (_what, headers) => {
    for (const activity of [question(), formPress()]) {
      const before = await traces();
      const res = await h.post(activity, headers());
      expect(res.status).toBe(401);
      expect(res.body).toBe('{"error":"unauthorized"}');
      // The turn never started: nothing answered, stored or sent. (The 401 is sent after the
      // check, and a turn runs before its response, so there is nothing still to come.)
      expect(await traces()).toEqual(before);
    }
  });

  it("refuses another tenant's message with a valid token: no content, nothing stored", async () => {
    const before = await traces();
    const res = await h.post(message({ ...h.shape, tenantId: OTHER_TENANT }, 'what is section 136'), auth(`Bearer ${token()}`));
    // The contract's short refusal is the only reply (it cannot leave here: see above); no answer is chosen.
    expect(res.status).toBe(200);
    expect(logs.filter((l) => l.event === 'tenant-refused' || l.event === 'answer').slice(-1)).toEqual([
      expect.objectContaining({ event: 'tenant-refused', type: 'message' }),
    ]);
    expect(await traces()).toMatchObject({ answered: before.answered, usage: before.usage, consultations: before.consultations });
  });

  it('refuses with 401 when the OpenID metadata cannot be fetched', async () => {
    const res = await unreachable.post(message(unreachable.shape, 'what is section 136'), auth(`Bearer ${token()}`));
    expect(res.status).toBe(401);
    expect(res.body).toBe('{"error":"unauthorized"}');
    expect(unreachable.connector.activities()).toEqual([]);
  });
});
