import { ConversationState, type Storage, type StoreItems } from 'botbuilder';
import { StoreUnavailableError, type StateStore } from '../store/store';
import type { Logger } from '../log';

/**
 * botbuilder's Storage over the project's store, so conversation state (pathway
 * position, last topic) lives with everything else and any instance can continue
 * any conversation. If the store is down, the conversation goes on without its
 * memory rather than failing: only the consultation form needs the store to answer.
 */
export class StoreBackedStorage implements Storage {
  constructor(
    private readonly store: StateStore,
    private readonly logger?: Logger,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    try {
      return (await this.store.readState(keys)) as StoreItems;
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      this.logger?.warn({ event: 'state-unavailable', op: 'read' }, 'conversation state not read: store unavailable');
      return {};
    }
  }

  /** botbuilder writes every change with eTag '*' (last write wins): the eTag is not stored. */
  async write(changes: StoreItems): Promise<void> {
    const items = Object.entries(changes).map(([key, item]) => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { eTag, ...value } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
      return { key, value };
    });
    try {
      await this.store.writeState(items);
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      this.logger?.warn({ event: 'state-unavailable', op: 'write' }, 'conversation state not saved: store unavailable');
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this.store.deleteState(keys);
  }
}

/** Conversation state kept in the project's store: built here so only src/teams knows botbuilder. */
export function conversationStateOver(store: StateStore, logger?: Logger): ConversationState {
  return new ConversationState(new StoreBackedStorage(store, logger));
}
