import type { IncomingMessage } from 'node:http';
import contentType from 'content-type';
import getRawBody from 'raw-body';

/** Why a body was refused, as the HTTP status the caller gets. */
export class BodyError extends Error {
  constructor(readonly status: 400 | 413 | 415) {
    super(`body refused (${status})`);
  }
}

/**
 * Reads a JSON request body before anything else sees it. Only `application/json` in UTF-8,
 * never compressed (an inflated body is a memory bomb and restify's gunzip crashes the process
 * on bad input), capped while reading, held in memory only (nothing is written to disk).
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') throw new BodyError(415);
  let type: contentType.ParsedMediaType;
  try {
    type = contentType.parse(req.headers['content-type'] ?? '');
  } catch {
    throw new BodyError(415);
  }
  if (type.type !== 'application/json') throw new BodyError(415);
  const charset = (type.parameters.charset ?? 'utf-8').toLowerCase();
  if (charset !== 'utf-8' && charset !== 'utf8') throw new BodyError(415);
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) throw new BodyError(413);

  let text: string;
  try {
    text = await getRawBody(req, { limit, length: declared, encoding: 'utf-8' });
  } catch (err) {
    // raw-body says which: too large (413), or aborted, truncated or mis-sized (400).
    const status = (err as { status?: number }).status === 413 ? 413 : 400;
    throw new BodyError(status);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400);
  }
}
