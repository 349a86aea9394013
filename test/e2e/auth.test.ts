import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import { startHarness, type Harness } from '../helpers/harness';
import { message } from '../helpers/teams';

const APP_ID = '0f0e0d0c-0b0a-4909-8807-060504030201';
const TENANT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
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

  const token = (claims: Record<string, unknown> = {}, opts: { key?: KeyObject; kid?: string; expiresIn?: number } = {}) =>
    jwt.sign({ serviceurl: h.shape.serviceUrl, ...claims }, opts.key ?? signing.privateKey, {
      algorithm: 'RS256',
      keyid: opts.kid ?? 'test-key',
      issuer: ISSUER,
      audience: APP_ID,
      expiresIn: opts.expiresIn ?? 3600,
    });
  // A typing activity needs no reply, so a valid request involves no outbound call.
  const typing = () => ({ ...message(h.shape, 'hello'), type: 'typing' });
  const auth = (value: string) => ({ authorization: value });

  beforeAll(async () => {
    meta = await metadataServer(signing.publicKey, 'test-key');
    const identity = {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'test-secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT_ID,
    };
    h = await startHarness({ ...identity, BotOpenIdMetadata: meta.url });
    unreachable = await startHarness({ ...identity, BotOpenIdMetadata: 'http://127.0.0.1:9/.well-known/openid-configuration' });
  });
  afterAll(async () => {
    await h?.stop();
    await unreachable?.stop();
    meta?.server.close();
  });

  it('accepts a valid token', async () => {
    const res = await h.post(typing(), auth(`Bearer ${token()}`));
    expect(res.status).toBe(200);
  });

  it.each([
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
    ['a serviceUrl claim for another service', () => auth(`Bearer ${token({ serviceurl: 'https://smba.example.net/emea/' })}`)],
  ])('refuses %s with 401 and no detail', async (_what, headers) => {
    const res = await h.post(typing(), headers());
    expect(res.status).toBe(401);
    expect(res.body).toBe('{"error":"unauthorized"}');
  });

  it('refuses with 401 when the OpenID metadata cannot be fetched', async () => {
    const res = await unreachable.post({ ...message(unreachable.shape, 'hi'), type: 'typing' }, auth(`Bearer ${token()}`));
    expect(res.status).toBe(401);
    expect(res.body).toBe('{"error":"unauthorized"}');
  });
});
