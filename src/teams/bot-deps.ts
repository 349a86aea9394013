import type { BotState, InvokeResponse, TaskModuleRequest, TaskModuleResponse, TurnContext } from 'botbuilder';
import type { UsageRecorder } from '../usage/recorder';
import type { Answerer, Reply } from '../answers/answerer';
import type { Logger } from '../log';
import type { RateLimiter } from '../limits/rate-limiter';

/** Hooks for what needs more than content: set by the consultation feature. */
export interface MessageExtras {
  /** Runs first in every message turn (e.g. tells a requester the reference they are owed). */
  beforeTurn?(context: TurnContext): Promise<void>;
  /** Handles a card submit the core does not know (e.g. the consultation form). Returns true if it did. */
  handleValue?(context: TurnContext, value: unknown): Promise<boolean>;
  /** Sends what an intent needs (the form, the user's requests) in place of the core's cards. */
  handleIntent?(context: TurnContext, reply: Reply): Promise<boolean>;
  /** Answers an Action.Execute (or refresh) the core does not know (the team's card); undefined if not its own. */
  handleExecute?(context: TurnContext, data: Record<string, unknown>): Promise<InvokeResponse | undefined>;
  /** Teams dialogs (task modules): the consultation form's `task/fetch` and `task/submit`. */
  fetchDialog?(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse>;
  submitDialog?(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse>;
}

export interface BotDeps {
  answerer: Answerer;
  conversationState: BotState;
  logger: Logger;
  allowedTenantIds: readonly string[];
  rateLimiter?: RateLimiter;
  usage?: UsageRecorder;
  extras?: MessageExtras;
}
