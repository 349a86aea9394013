import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Practitioners type children's details into messages and forms, so anything that
 * could carry them is redacted wherever it appears in a log object.
 */
export const redactPaths = [
  'text',
  '*.text',
  'value',
  '*.value',
  'name',
  '*.name',
  'email',
  '*.email',
  'from.name',
  'recipient.name',
  'activity.text',
  'activity.value',
  'form',
  '*.form',
  'comment',
  '*.comment',
  'query',
  '*.query',
  'userPrincipalName',
  '*.userPrincipalName',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: redactPaths, censor: '[redacted]' }, base: { app: 'cic-toolkit-bot' } }, destination);
}
