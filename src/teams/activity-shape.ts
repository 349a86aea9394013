import { z } from 'zod';

const id = z.string().min(1).max(1000);

/**
 * The least a body must have to be an activity worth handing to the adapter.
 * Anything else is answered 400 before authentication or any processing: every Teams activity
 * names who sent it and to whom, and a tenant id, where given, is a string.
 */
export const IncomingActivity = z.looseObject({
  type: z.string().min(1).max(100),
  channelId: z.string().min(1).max(100),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: z.looseObject({ id, tenantId: id.optional() }),
  from: z.looseObject({ id }),
  recipient: z.looseObject({ id }),
  text: z.string().max(50_000).optional(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: id.optional() }).optional() }).optional(),
});
