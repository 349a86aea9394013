import {
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type InvokeResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type StatePropertyAccessor,
  type TaskModuleRequest,
  type TaskModuleResponse,
} from 'botbuilder';
import type { Reply } from '../answers/answerer';
import { CardActionData } from '../answers/actions';
import { Memory } from '../answers/memory';
import type { AdaptiveCard } from '../cards/render';
import { noticeCard, welcomeCard } from '../answers/screens';
import { execute, type ExecuteDeps } from './card-invoke';
import { Feedback } from './feedback';
import { searchExtension } from './search-extension';
import type { BotDeps } from './bot-deps';
import { cardActivity } from './card-activity';

export type { BotDeps, MessageExtras } from './bot-deps';
export { cardActivity } from './card-activity';

const SLOW_DOWN = [
  'You have sent a lot of messages in the last minute, so I have paused for a moment.',
  'Please try again in a minute. If a child is at risk now, call 999.',
];

export const REFUSAL = 'Sorry, this bot is not available to your organisation.';

export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelTenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const id = activity.conversation?.tenantId ?? (typeof channelTenant === 'string' ? channelTenant : undefined);
  return id?.toLowerCase();
}

/** The Teams edge: turns activities into calls on the core and its answers into cards. */
export class ToolkitBot extends TeamsActivityHandler {
  private readonly memory: StatePropertyAccessor<unknown>;
  private readonly welcomed: StatePropertyAccessor<boolean>;
  private readonly feedback: Feedback;
  /** Conversations welcomed in the last minute by this instance (see welcome()). */
  private readonly welcoming = new Map<string, number>();

  constructor(private readonly deps: BotDeps) {
    super();
    this.memory = deps.conversationState.createProperty('memory');
    this.welcomed = deps.conversationState.createProperty('welcomed');
    this.feedback = new Feedback(deps.conversationState.createProperty('answered'), deps.logger, deps.usage);
    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id);
      if (botAdded) await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const allowed = this.deps.allowedTenantIds;
    if (allowed.length > 0 && !allowed.includes(tenantOf(context.activity) ?? '')) {
      this.deps.logger.warn({ event: 'tenant-refused', type: context.activity.type }, 'activity from a tenant that is not allowed');
      if (context.activity.type === 'message') await context.sendActivity(REFUSAL);
      return;
    }
    const user = context.activity.from?.aadObjectId ?? context.activity.from?.id ?? 'anonymous';
    // Messages and invokes (searches, feedback, card actions) share one limit per user.
    const counted = context.activity.type === 'message' || context.activity.type === 'invoke';
    if (counted && this.deps.rateLimiter && !this.deps.rateLimiter.allow(user)) {
      this.deps.logger.warn({ event: 'rate-limited', type: context.activity.type }, 'activity not processed: user over the rate limit');
      if (context.activity.type === 'invoke') await context.sendActivity({ type: 'invokeResponse', value: { status: 429 } });
      else await context.sendActivity(cardActivity(noticeCard('Please slow down', SLOW_DOWN)));
      return;
    }
    await super.run(context);
    await this.deps.conversationState.saveChanges(context);
  }

  /**
   * Install sends both conversationUpdate and installationUpdate: welcome once.
   * The two arrive together, so both turns can read the stored flag before either
   * saves it; the in-memory claim closes that race on this instance.
   */
  private async welcome(context: TurnContext): Promise<void> {
    const conversation = context.activity.conversation?.id ?? '';
    const now = Date.now();
    for (const [id, at] of this.welcoming) if (now - at > 60_000) this.welcoming.delete(id);
    if (this.welcoming.has(conversation)) return;
    this.welcoming.set(conversation, now);
    if (await this.welcomed.get(context, false)) return;
    await this.welcomed.set(context, true);
    await context.sendActivity(cardActivity(welcomeCard()));
  }

  private async answer(context: TurnContext): Promise<void> {
    await this.deps.extras?.beforeTurn?.(context);
    const value: unknown = context.activity.value;
    if (value !== undefined && value !== null) {
      const action = CardActionData.safeParse(value);
      if (action.success) return this.deliver(context, await this.reply(context, action.data));
      if (await this.deps.extras?.handleValue?.(context, value)) return;
      this.deps.logger.info({ event: 'unknown-action' }, 'card action not recognised');
      return this.deliver(context, await this.reply(context, { verb: 'command', name: 'menu' }));
    }
    // In channels and group chats the message starts with "<at>Bot</at>": drop it first.
    const question = (TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '').trim() || 'help';
    await this.deliver(context, await this.reply(context, question), question);
  }

  /** The core's reply to a question or a press, with the conversation's memory read and kept. */
  private async reply(context: TurnContext, input: string | CardActionData): Promise<Reply> {
    const memory = Memory.safeParse(await this.memory.get(context, {})).data ?? {};
    const reply = typeof input === 'string' ? this.deps.answerer.ask(input, memory) : this.deps.answerer.act(input, memory);
    await this.memory.set(context, reply.memory);
    this.deps.logger.info(
      { event: 'answer', band: reply.band, kind: reply.answer.kind, id: reply.answer.id, urgent: reply.answer.urgent },
      'answered',
    );
    return reply;
  }

  /** Sends a reply's cards as new messages (or what its intent needs). */
  private async deliver(context: TurnContext, reply: Reply, question?: string): Promise<void> {
    if (reply.intent && (await this.deps.extras?.handleIntent?.(context, reply))) return;
    const entryId = reply.answer.id;
    const activities = reply.answer.cards.map((c, i) => {
      const a = cardActivity(c as AdaptiveCard);
      // The entry's card (the last one) carries Teams' thumbs up / down.
      return entryId && i === reply.answer.cards.length - 1 ? { ...a, channelData: { feedbackLoopEnabled: true } } : a;
    });
    const sent = await context.sendActivities(activities);
    await this.deps.usage?.answered(reply.band, entryId, question);
    const lastId = sent.at(-1)?.id;
    if (entryId && lastId) await this.feedback.showing(context, lastId, entryId);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'message/submitAction') return this.feedback.receive(context);
    if (context.activity.name === 'adaptiveCard/action') return execute(context, this.executeDeps(context));
    return super.onInvokeActivity(context);
  }

  protected override async handleTeamsTaskModuleFetch(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    const fetch = this.deps.extras?.fetchDialog;
    return fetch ? fetch.call(this.deps.extras, context, request) : super.handleTeamsTaskModuleFetch(context, request);
  }

  protected override async handleTeamsTaskModuleSubmit(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    const submit = this.deps.extras?.submitDialog;
    return submit ? submit.call(this.deps.extras, context, request) : super.handleTeamsTaskModuleSubmit(context, request);
  }

  /** Universal Actions: what the Action.Execute handler (card-invoke.ts) may do in this turn. */
  private executeDeps(context: TurnContext): ExecuteDeps {
    const { extras, logger, usage } = this.deps;
    return {
      reply: (action) => this.reply(context, action),
      deliver: (reply) => this.deliver(context, reply),
      showing: (messageId, entryId) => this.feedback.showing(context, messageId, entryId),
      shown: (card) => cardActivity(card).attachments![0]!.content as AdaptiveCard,
      ...(extras ? { extras } : {}),
      ...(usage ? { usage } : {}),
      logger,
    };
  }

  protected override async handleTeamsMessagingExtensionQuery(
    _context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    return searchExtension(this.deps.answerer, query);
  }
}
