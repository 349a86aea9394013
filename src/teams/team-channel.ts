import { AsyncLocalStorage } from 'node:async_hooks';
import type { CloudAdapter, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { Pipeline } from '@azure/core-rest-pipeline';
import type { AdaptiveCard } from '../cards/render';
import { TEAMS_MAX_BYTES, teamsBytes } from '../cards/size';
import { DeliveryError, type TeamPoster } from '../consultations/delivery';
import type { ConsultationRecord } from '../consultations/record';
import { cardActivity } from './bot';
import { NotifyReference } from './references';

export interface TeamChannelDeps {
  adapter: CloudAdapter;
  appId: string;
  channelId: string;
  /** A post that takes longer is given up as uncertain (it may still arrive). */
  timeoutMs?: number;
}

/** Set when a request is handed to the HTTP client: after that, a failure without an answer may have arrived. */
const attempt = new AsyncLocalStorage<{ sent: boolean }>();
const marked = new WeakSet<object>();
/** Failures that happen before anything reaches the connector. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The last policy before the wire (after signing and retries): marks the attempt as sent. */
function markSent(client: ConnectorClient): void {
  const pipeline = (client as unknown as { client?: { pipeline?: Pipeline } }).client?.pipeline;
  if (!pipeline || marked.has(pipeline)) return;
  pipeline.addPolicy(
    {
      name: 'toolkitMarkSent',
      sendRequest: (request, next) => {
        const current = attempt.getStore();
        if (current) current.sent = true;
        return next(request);
      },
    },
    { phase: 'Sign' },
  );
  marked.add(pipeline);
}

/** An answer from the connector means it did not post; no answer after sending means it may have. */
export function classify(err: unknown, sent: boolean): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = (err ?? {}) as { statusCode?: unknown; response?: { status?: unknown }; code?: unknown; name?: unknown };
  const status = typeof e.statusCode === 'number' ? e.statusCode : typeof e.response?.status === 'number' ? e.response.status : undefined;
  if (status && status >= 300) return new DeliveryError(`http-${status}`, 'no');
  const code = typeof e.code === 'string' ? e.code : typeof e.name === 'string' ? e.name : 'error';
  return new DeliveryError(code.toLowerCase(), !sent || NOT_SENT.has(code) ? 'no' : 'unknown');
}

/** Posts a request's card to the consultation channel as a new thread, through the same connector the requester used. */
export class TeamChannelPoster implements TeamPoster {
  constructor(private readonly deps: TeamChannelDeps) {}

  async post(record: ConsultationRecord, card: AdaptiveCard): Promise<{ post: unknown }> {
    const from = NotifyReference.safeParse(record.notify);
    if (!from.success) throw new DeliveryError('no-service-url', 'no');
    const activity = cardActivity(card);
    if (teamsBytes(activity) >= TEAMS_MAX_BYTES) throw new DeliveryError('too-large', 'no');
    const { serviceUrl, conversation, bot } = from.data;
    const channel: Partial<ConversationReference> = {
      serviceUrl,
      channelId: 'msteams',
      conversation: { id: this.deps.channelId, isGroup: true, conversationType: 'channel', name: '', tenantId: conversation.tenantId },
      ...(bot ? { bot } : {}),
    };
    const params = {
      isGroup: true,
      bot,
      tenantId: conversation.tenantId,
      channelData: { channel: { id: this.deps.channelId } },
      activity,
    } as ConversationParameters;
    const state = { sent: false };
    let timer: NodeJS.Timeout | undefined;
    try {
      const created = await attempt.run(state, () =>
        Promise.race([
          this.create(channel, params),
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(Object.assign(new Error('post timed out'), { code: 'TIMEOUT' })),
              this.deps.timeoutMs ?? 60_000,
            );
          }),
        ]),
      );
      const reference = { ...channel, conversation: { ...channel.conversation, id: created.id } };
      // Teams names a channel thread "<channel>;messageid=<id of its first message>": that message is the card.
      const activityId = created.activityId ?? /;messageid=(\d+)$/.exec(created.id)?.[1] ?? created.id;
      return { post: { reference, activityId } };
    } catch (err) {
      throw classify(err, state.sent);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Through a proactive turn, so the adapter's middleware (429-only retries) applies to the client.
   * The adapter's turn-error handler would swallow a failure inside the turn: it is carried out.
   */
  private async create(
    channel: Partial<ConversationReference>,
    params: ConversationParameters,
  ): Promise<{ id: string; activityId?: string }> {
    let result: { id?: string; activityId?: string } | undefined;
    let failure: { error: unknown } | undefined;
    await this.deps.adapter.continueConversationAsync(this.deps.appId, channel, async (context: TurnContext) => {
      try {
        const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
        markSent(client);
        result = await client.conversations.createConversation(params);
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
    if (!result?.id) throw Object.assign(new Error('no conversation id'), { code: 'NO_ID' });
    return { id: result.id, ...(result.activityId ? { activityId: result.activityId } : {}) };
  }
}
