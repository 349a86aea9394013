import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  conversationId: string;
  activity: Record<string, unknown>;
}

/**
 * A stand-in for the Bot Connector service on 127.0.0.1: it takes the bot's replies
 * the way Teams' connector does and answers member look-ups.
 */
export class FakeConnector {
  readonly received: Received[] = [];
  readonly members = new Map<string, Record<string, unknown>>();
  /** Every POST or PUT that reached the connector, answered or failed: retries show here. */
  attempts = 0;
  /** Status codes to answer the next posts with, e.g. [429, 429] then normal. */
  failNext: number[] = [];
  private server: Server | undefined;
  private waiters: { count: number; resolve: () => void }[] = [];
  private nextId = 1;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  /** Replies sent to one conversation, in order. */
  activities(conversationId?: string): Record<string, unknown>[] {
    return this.received.filter((r) => r.method !== 'GET' && (!conversationId || r.conversationId === conversationId)).map((r) => r.activity);
  }

  async waitFor(count: number, timeoutMs = 5000): Promise<void> {
    if (this.activities().length >= count) return;
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`expected ${count} activities, got ${this.activities().length}`)), timeoutMs);
      this.waiters.push({ count, resolve: () => (clearTimeout(t), resolve()) });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const m = /^\/v3\/conversations\/([^/]+)(?:\/(activities|members)(?:\/(.+))?)?$/.exec(path);
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && m?.[2] === 'members') {
      const member = this.members.get(m[3] ?? '');
      if (member) send(200, member);
      else send(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
      return;
    }
    this.attempts += 1;
    const status = this.failNext.shift();
    if (status) {
      send(status, { error: { code: 'Throttled', message: 'try later' } });
      return;
    }
    const activity = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    if (req.method === 'POST' && path === '/v3/conversations') {
      const id = `created-${this.nextId++}`;
      this.received.push({ method: 'CREATE', path, conversationId: id, activity: (activity.activity as Record<string, unknown>) ?? {} });
      send(201, { id, activityId: `act-${this.nextId++}` });
      this.notify();
      return;
    }
    const id = req.method === 'PUT' ? (m?.[3] ?? '') : `act-${this.nextId++}`;
    this.received.push({ method: req.method ?? '', path, conversationId: m?.[1] ?? '', activity: { ...activity, id } });
    send(200, { id });
    this.notify();
  }

  private notify(): void {
    const n = this.activities().length;
    this.waiters = this.waiters.filter((w) => (n >= w.count ? (w.resolve(), false) : true));
  }
}
