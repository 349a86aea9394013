/**
 * botframework-connector's token reader prints every rejected token to console.error: the
 * whole list of signing keys for an unknown key, the error object for an expired one. Each
 * bad request then floods the log with ten lines. The request is refused with 401 and logged
 * once by the server (`request-failed`); only these two messages are dropped here, every
 * other console.error still shows.
 */
const original = console.error.bind(console);
const TOKEN_ERRORS = new Set(['TokenExpiredError', 'JsonWebTokenError', 'NotBeforeError']);

/** True for the SDK's print of a rejected token: the key list, or a jsonwebtoken error. */
export function isTokenNoise(args: readonly unknown[]): boolean {
  const [first] = args;
  if (typeof first === 'string' && first.startsWith('Error finding key for token')) return true;
  return first instanceof Error && TOKEN_ERRORS.has(first.name);
}

console.error = (...args: unknown[]): void => {
  if (!isTokenNoise(args)) original(...args);
};
