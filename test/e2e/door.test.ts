import { request } from 'node:http';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { startHarness, type Harness } from '../helpers/harness';
import { message } from '../helpers/teams';

interface Raw {
  status: number;
  body: string;
}

/** One request written by hand, so headers and body can disagree the way an attacker makes them. */
function raw(url: string, headers: Record<string, string>, chunks: (string | Buffer)[], opts: { end?: boolean } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/messages`, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', (err) => (opts.end === false ? resolve({ status: 0, body: '' }) : reject(err)));
    for (const c of chunks) req.write(c);
    if (opts.end === false) setTimeout(() => req.destroy(), 50);
    else req.end();
  });
}

const uploads = () => readdirSync(tmpdir()).filter((f) => f.startsWith('upload_')).length;

describe('the door: what reaches /api/messages before any activity is handled', () => {
  let h: Harness;
  let json: string;
  beforeAll(async () => {
    h = await startHarness();
    json = JSON.stringify(message(h.shape, 'help'));
  });
  afterAll(async () => {
    await h?.stop();
  });

  const stillServes = async () => {
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
    const [reply] = await h.say(message(h.shape, 'help'));
    expect(reply).toBeDefined();
  };

  it('a body labelled gzip that is not gzip is refused (415) and the bot keeps serving', async () => {
    const res = await raw(h.bot.url, { 'content-type': 'application/json', 'content-encoding': 'gzip' }, ['x']);
    expect(res).toEqual({ status: 415, body: '{"error":"unsupported media type"}' });
    await stillServes();
  });

  it('a compressed body is never inflated, however small it is on the wire', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 32));
    for (const encoding of ['gzip', 'deflate', 'br', 'identity, gzip']) {
      const res = await raw(h.bot.url, { 'content-type': 'application/json', 'content-encoding': encoding }, [bomb]);
      expect(res.status).toBe(415);
    }
    await stillServes();
  });

  it('multipart and form posts are refused (415), nothing is written to disk, nothing is answered', async () => {
    const before = uploads();
    const sent = h.connector.activities().length;
    const boundary = 'XyZ';
    const multipart = `--${boundary}\r\ncontent-disposition: form-data; name="f"; filename="a.bin"\r\ncontent-type: application/octet-stream\r\n\r\n${'a'.repeat(100_000)}\r\n--${boundary}--\r\n`;
    expect((await raw(h.bot.url, { 'content-type': `multipart/form-data; boundary=${boundary}` }, [multipart])).status).toBe(415);
    const form = new URLSearchParams({ type: 'message', text: 'help', channelId: 'msteams', serviceUrl: h.connector.url }).toString();
    expect((await raw(h.bot.url, { 'content-type': 'application/x-www-form-urlencoded' }, [form])).status).toBe(415);
    expect((await raw(h.bot.url, { 'content-type': 'text/plain' }, [json])).status).toBe(415);
    expect((await raw(h.bot.url, {}, [json])).status).toBe(415);
    expect((await raw(h.bot.url, { 'content-type': 'application/json; charset=latin1' }, [json])).status).toBe(415);
    expect(uploads()).toBe(before);
    expect(h.connector.activities().length).toBe(sent);
  });

  it('a body is capped while it is read: chunked or declared, over 256 KB is 413', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    const chunked = await raw(
      h.bot.url,
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      Array.from({ length: 6 }, () => chunk),
    );
    expect(chunked.status).toBe(413);
    const declared = await raw(h.bot.url, { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) }, ['{}'], {
      end: false,
    });
    expect([0, 413]).toContain(declared.status);
    await stillServes();
  });

  it('a truncated body, or one shorter than it says, is 400 or dropped, never a crash', async () => {
    const short = await raw(h.bot.url, { 'content-type': 'application/json', 'content-length': '500' }, [json.slice(0, 100)], {
      end: false,
    });
    expect([0, 400]).toContain(short.status);
    expect((await raw(h.bot.url, { 'content-type': 'application/json' }, [json.slice(0, json.length - 3)])).status).toBe(400);
    await stillServes();
  });

  it('an activity without a sender or recipient, or with a tenant id that is not a string, is 400', async () => {
    const base = message(h.shape, 'help');
    const cases = [
      { ...base, from: undefined },
      { ...base, recipient: undefined },
      { ...base, channelData: { tenant: { id: 42 } } },
      { ...base, conversation: { id: 'a:1', tenantId: {} } },
    ];
    for (const c of cases) expect((await h.post(c)).status).toBe(400);
  });

  it('random encodings, content types and bodies never get a 5xx and never stop the bot', async () => {
    const headers = fc.record({
      'content-type': fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'multipart/form-data; boundary=a',
        'application/x-www-form-urlencoded',
        ';;',
        'application/json; charset=utf-16',
      ),
      'content-encoding': fc.constantFrom('identity', 'gzip', 'deflate', 'br', 'x-unknown', ''),
    });
    const body = fc.oneof(
      fc.string(),
      fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
      fc.constant(json),
      fc.constant(gzipSync(json)),
    );
    await fc.assert(
      fc.asyncProperty(headers, body, async (hd, b) => {
        const res = await raw(h.bot.url, hd, [b]);
        expect(res.status).toBeGreaterThanOrEqual(200);
        expect(res.status).toBeLessThan(500);
        expect(res.body).not.toMatch(/\bat .*\.(ts|js):\d+|Error:/);
      }),
      { numRuns: 120 },
    );
    await stillServes();
  });
});
