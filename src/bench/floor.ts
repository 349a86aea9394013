import { floorServer } from './load';

// Started by floorProcess(): listens, then tells the parent where.
floorServer()
  .then(({ url }) => process.send?.(url))
  .catch((err: unknown) => {
    process.stderr.write(`floor server failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
