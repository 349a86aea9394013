import type { Middleware, TurnContext } from 'botbuilder';
import { retryPolicy, type Pipeline, type RetryStrategy } from '@azure/core-rest-pipeline';

const MAX_RETRIES = 3;
const MAX_WAIT_MS = 10_000;

/**
 * Only throttling is retried. The SDK's default also retries 5xx and dropped
 * connections, but a post the connector may already have delivered, retried,
 * shows the practitioner the same card twice; a 429 was certainly not delivered.
 */
export const throttledOnly: RetryStrategy = {
  name: 'throttledOnly',
  retry({ retryCount, response }) {
    if (response?.status !== 429) return { skipStrategy: true };
    const seconds = Number(response.headers.get('retry-after'));
    const wait = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 250 * 2 ** retryCount;
    return { retryAfterInMs: Math.min(wait, MAX_WAIT_MS) };
  },
};

const patched = new WeakSet<object>();

/** Swaps the retry policy of each turn's connector client (botbuilder makes one per turn). */
export function connectorRetries(): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      // The connector client wraps an @azure/core-client ServiceClient; its pipeline is public there.
      const connector: unknown = context.turnState.get(context.adapter.ConnectorClientKey);
      const pipeline = (connector as { client?: { pipeline?: Pipeline } } | undefined)?.client?.pipeline;
      if (pipeline && !patched.has(pipeline)) {
        pipeline.removePolicy({ name: 'defaultRetryPolicy' });
        pipeline.addPolicy(retryPolicy([throttledOnly], { maxRetries: MAX_RETRIES }), { phase: 'Retry' });
        patched.add(pipeline);
      }
      await next();
    },
  };
}
