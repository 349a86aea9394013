/**
 * restify 11 reads process.binding('http_parser') at load time, which Node reports
 * as DEP0111 on every start. Only that warning is dropped; every other one still shows.
 */
const emit = process.emitWarning.bind(process);
type Args = Parameters<typeof process.emitWarning>;
process.emitWarning = ((warning: Args[0], ...rest: unknown[]) => {
  const [opts, code] = rest;
  const c = typeof opts === 'object' && opts !== null ? (opts as { code?: string }).code : code;
  if (c === 'DEP0111') return;
  (emit as (...a: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;
