import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../log';

const Owed = z.array(z.string().regex(/^EC-\d{4}-\d{5,}$/)).max(20);

/** What a requester is told when their receipt could not be sent at the time. */
export function savedLine(reference: string): string {
  return `Saved: your reference is ${reference}. The consultation team will see your request and reply to you here. If a child is at risk now, call 999.`;
}

/**
 * References whose receipt could not be posted: kept in the conversation's state and told on the
 * requester's next turn, so a stored request is never answered with silence or "Sorry".
 */
export class OwedReceipts {
  private readonly owed: StatePropertyAccessor<unknown>;

  constructor(
    state: BotState,
    private readonly logger: Logger,
  ) {
    this.owed = state.createProperty('owedReceipts');
  }

  async list(context: TurnContext): Promise<string[]> {
    return Owed.safeParse(await this.owed.get(context, [])).data ?? [];
  }

  async owe(context: TurnContext, reference: string): Promise<void> {
    const list = await this.list(context);
    if (!list.includes(reference)) await this.owed.set(context, [...list, reference].slice(-20));
  }

  async paid(context: TurnContext, reference: string): Promise<void> {
    const list = await this.list(context);
    if (list.includes(reference))
      await this.owed.set(
        context,
        list.filter((r) => r !== reference),
      );
  }

  /** At the start of a turn: tells the requester every reference still owed, once. */
  async pay(context: TurnContext): Promise<void> {
    const list = await this.list(context);
    if (list.length === 0) return;
    try {
      await context.sendActivity(list.map(savedLine).join('\n\n'));
      await this.owed.set(context, []);
      this.logger.info({ event: 'receipt-owed-sent', references: list }, 'saved message sent on the next turn');
    } catch (err) {
      this.logger.warn(
        { event: 'receipt-still-owed', references: list, errorType: err instanceof Error ? err.name : 'error' },
        'saved message not sent yet',
      );
    }
  }
}
