/**
 * Runs the answerer's warm-up one step a turn of the event loop, so a health check or a first
 * question that arrives meanwhile waits for one step at most, not the whole warm-up.
 * Returns a stop for shutdown; `done` settles when every step has run or the warm-up was stopped.
 */
export function warmUpInTurns(steps: readonly (() => void)[]): { stop: () => void; done: Promise<void> } {
  let timer: NodeJS.Immediate | undefined;
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const next = (i: number) => {
    if (i >= steps.length) return finish();
    timer = setImmediate(() => {
      steps[i]();
      next(i + 1);
    });
  };
  next(0);
  return {
    stop: () => {
      if (timer) clearImmediate(timer);
      finish();
    },
    done,
  };
}
