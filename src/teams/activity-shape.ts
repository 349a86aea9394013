import { z } from 'zod';

/**
 * The least a body must have to be an activity worth handing to the adapter.
 * Anything else is answered 400 before authentication or any processing.
 */
export const IncomingActivity = z.looseObject({
  type: z.string().min(1).max(100),
  channelId: z.string().min(1).max(100),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: z.looseObject({ id: z.string().min(1).max(1000) }),
  from: z.looseObject({ id: z.string().max(1000) }).optional(),
  recipient: z.looseObject({ id: z.string().max(1000) }).optional(),
  text: z.string().max(50_000).optional(),
});
