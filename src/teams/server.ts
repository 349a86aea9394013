import type { TurnContext, Activity } from 'botbuilder';
import type { ToolkitAdapter } from './adapter';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../log';
import { restify } from './restify';
import { IncomingActivity } from './activity-shape';
import { BodyError, readJsonBody } from './read-body';

export const BODY_LIMIT = 256 * 1024;

export interface ServerDeps {
  adapter: ToolkitAdapter;
  run(context: TurnContext): Promise<void>;
  logger: Logger;
  version: string;
  entryCount(): number;
  /** Resolves when the store answers; /healthz is 503 until then. */
  storeReady(): Promise<void>;
}

export interface BotServer {
  server: Server;
  /** Stops accepting, waits for turns in flight. Does not close the store: the caller owns it. */
  drain(): Promise<void>;
}

const statusText: Record<number, string> = {
  400: 'bad request',
  401: 'unauthorized',
  404: 'not found',
  405: 'method not allowed',
  413: 'request too large',
  415: 'unsupported media type',
  429: 'too many requests',
};

/** Builds the HTTP server without listening, so tests and the bench can start it on any port. */
export function createServer(deps: ServerDeps): BotServer {
  const server = restify.createServer({ name: 'cic-toolkit-bot', handleUncaughtExceptions: false });
  let inFlight = 0;
  let idle: (() => void) | undefined;

  // No restify body parser: its gunzip crashes the process on a bad body, its multipart parser
  // writes uploads to disk, and it accepts form posts. The body is read in the handler instead.
  // Errors restify raises itself (bad JSON, too large) leave with a fixed word, never their detail.
  server.on('restifyError', (_req: Request, _res: Response, err: { statusCode?: number; toJSON?: () => unknown }, cb: () => void) => {
    const code = err.statusCode ?? 500;
    err.toJSON = () => ({ error: statusText[code] ?? 'error' });
    cb();
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    try {
      await deps.storeReady();
      res.json(200, { status: 'ok', version: deps.version, entries: deps.entryCount() });
    } catch {
      deps.logger.warn({ event: 'health-store-unavailable' }, 'store did not answer the health check');
      res.json(503, { status: 'unavailable', version: deps.version });
    }
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    let body: unknown;
    try {
      body = await readJsonBody(req, BODY_LIMIT);
    } catch (err) {
      const status = err instanceof BodyError ? err.status : 400;
      // The rest of a refused body is not read: the connection closes with the answer.
      res.header('connection', 'close');
      res.json(status, { error: statusText[status] });
      return;
    }
    const parsed = IncomingActivity.safeParse(body);
    if (!parsed.success) {
      res.json(400, { error: statusText[400] });
      return;
    }
    inFlight += 1;
    let turnStarted = false;
    try {
      const auth = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
      const invoke = await deps.adapter.handle(auth, parsed.data as unknown as Activity, async (context) => {
        turnStarted = true;
        await deps.run(context);
      });
      // The SDK answers invokes it does not know with 501; for a caller that is bad input, not our fault.
      const status = invoke?.status === 501 ? 400 : (invoke?.status ?? 200);
      if (invoke?.body !== undefined && status < 400) res.json(status, invoke.body);
      else if (status >= 400) res.json(status, { error: statusText[status] ?? 'error' });
      else res.send(status);
    } catch (err) {
      // Before the turn starts every failure is about who is calling (bad or missing token,
      // unreachable OpenID metadata): 401, no detail. After, it is ours: 500, no detail.
      const status = turnStarted ? 500 : 401;
      deps.logger.warn(
        { event: 'request-failed', status, errorType: err instanceof Error ? err.name : typeof err },
        'request not processed',
      );
      res.json(status, { error: status === 401 ? statusText[401] : 'error' });
    } finally {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    }
  });

  return {
    server,
    drain: () =>
      new Promise<void>((resolve) => {
        server.close();
        if (inFlight === 0) resolve();
        else idle = resolve;
      }),
  };
}
