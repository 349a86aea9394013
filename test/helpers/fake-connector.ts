import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  conversationId: string;
  activity: Record<string, unknown>;
}

/**
 * A failure to answer with. `conversationId` picks one conversation (for a new channel thread,
 * CREATE, the channel id the bot asked for); `method` one kind of call. With `times` it fails
 * that many matching calls; with `until` (ms since epoch) every matching call until then;
 * with neither, every matching call until the rule is removed.
 */
export interface FailRule {
  status: number;
  /** Takes the call as delivered, then drops the connection without answering (a lost answer). */
  drop?: boolean;
  conversationId?: string;
  method?: 'CREATE' | 'POST' | 'PUT';
  times?: number;
  until?: number;
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
  /** Failure rules, checked in order (see FailRule). */
  rules: FailRule[] = [];
  /** Calls answered with a failure, in order. */
  readonly failed: Received[] = [];
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
    return this.received
      .filter((r) => r.method !== 'GET' && (!conversationId || r.conversationId === conversationId))
      .map((r) => r.activity);
  }

  /** Fails matching calls (see FailRule); returns a function that removes the rule. */
  fail(rule: FailRule): () => void {
    this.rules.push(rule);
    return () => {
      this.rules = this.rules.filter((r) => r !== rule);
    };
  }

  /** New conversations the bot started (channel posts), optionally in one channel. */
  created(channelId?: string): Received[] {
    return this.received.filter((r) => r.method === 'CREATE' && (!channelId || r.path === channelId));
  }

  /** Waits until `check` holds, looking every 20 ms. */
  async until(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private failure(method: string, conversationId: string): FailRule | undefined {
    const now = Date.now();
    this.rules = this.rules.filter((r) => (r.times === undefined || r.times > 0) && (r.until === undefined || r.until > now));
    const rule = this.rules.find((r) => (!r.method || r.method === method) && (!r.conversationId || r.conversationId === conversationId));
    if (!rule) return undefined;
    if (rule.times !== undefined) rule.times -= 1;
    return rule;
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
    let send = (status: number, body: unknown): void => {
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
    const activity = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    const create = req.method === 'POST' && path === '/v3/conversations';
    const channel = ((activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id ?? '') as string;
    const method = create ? 'CREATE' : (req.method ?? '');
    const conversationId = create ? channel : (m?.[1] ?? '');
    const queued = this.failNext.shift();
    const rule = queued ? undefined : this.failure(method, conversationId);
    const status = queued ?? (rule && !rule.drop ? rule.status : undefined);
    if (rule?.drop) {
      send = () => {
        res.socket?.destroy();
      };
    }
    if (status) {
      this.failed.push({
        method,
        path,
        conversationId,
        activity: create ? ((activity.activity as Record<string, unknown>) ?? {}) : activity,
      });
      send(status, { error: { code: status === 429 ? 'Throttled' : 'ServiceError', message: 'try later' } });
      return;
    }
    if (create) {
      // As Teams names a channel thread: the channel, then the id of its first message (the card).
      const activityId = String(this.nextId++);
      const id = channel ? `${channel};messageid=${activityId}` : `a:created-${activityId}`;
      // `path` keeps the channel asked for, so tests can count the cards each channel received.
      this.received.push({
        method: 'CREATE',
        path: channel,
        conversationId: id,
        activity: { ...((activity.activity as Record<string, unknown>) ?? {}), id: activityId },
      });
      send(201, { id, activityId });
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
