import type { Storage, StoreItems } from 'botbuilder';
import type { StateStore } from '../store/store';

/**
 * botbuilder's Storage over the project's store, so conversation state (pathway
 * position, last topic, drafts) lives with everything else and any instance can
 * continue any conversation.
 */
export class StoreBackedStorage implements Storage {
  constructor(private readonly store: StateStore) {}

  async read(keys: string[]): Promise<StoreItems> {
    const rows = await this.store.readState(keys);
    const items: StoreItems = {};
    for (const [key, row] of Object.entries(rows)) {
      items[key] = { ...(row.value as Record<string, unknown>), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const items = Object.entries(changes).map(([key, item]) => {
      const { eTag, ...value } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
      return { key, value, ...(eTag ? { etag: eTag } : {}) };
    });
    await this.store.writeState(items);
  }

  async delete(keys: string[]): Promise<void> {
    await this.store.deleteState(keys);
  }
}
