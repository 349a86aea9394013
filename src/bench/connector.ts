import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The least a Bot Connector does for the benchmark: take each reply and answer with an id. */
export async function benchConnector(): Promise<{ url: string; replies: () => number; close: () => Promise<void> }> {
  let replies = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      replies += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"r${replies}"}`);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    replies: () => replies,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
