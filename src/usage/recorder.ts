import type { Toolkit } from '../content/toolkit';
import type { UsageStore } from '../store/store';
import type { Logger } from '../log';
import { redact } from './redact';
import { vocabulary, type Vocabulary } from './vocabulary';

/**
 * Usage for the content owners: which entries answered, how sure the bot was, what
 * people thought, and (redacted) what it could not answer and what people wrote with
 * their feedback. Never a user id, never text as typed. A failure here is logged and
 * never reaches the person asking.
 */
export class UsageRecorder {
  /** Built on the first question or comment stored, not at start-up: most turns never need it. */
  private words?: Vocabulary;

  constructor(
    private readonly store: UsageStore,
    private toolkit: Toolkit,
    private readonly logger?: Logger,
  ) {}

  /** New content (a reload): its words join the allow-list from the next text stored. */
  use(toolkit: Toolkit): void {
    this.toolkit = toolkit;
    this.words = undefined;
  }

  /** Free text as it may be kept: the toolkit's words and common English, everything else a placeholder. */
  redact(text: string): string {
    this.words ??= vocabulary(this.toolkit);
    return redact(text, this.words);
  }

  async answered(band: string, entryId: string | null, question?: string): Promise<void> {
    const at = new Date().toISOString();
    try {
      await this.store.recordEvent({ at, type: 'answer', band, ...(entryId ? { entryId } : {}) });
      if (band === 'fallback' && question?.trim()) await this.store.recordUnanswered(at, this.redact(question));
    } catch (err) {
      this.logger?.warn({ event: 'usage-not-recorded', errorType: err instanceof Error ? err.name : 'error' }, 'usage event not recorded');
    }
  }

  /** The comment is stored redacted, like an unanswered question: people write children's names in it too. */
  async feedback(entryId: string, reaction: 'like' | 'dislike', comment?: string): Promise<void> {
    const kept = comment?.trim() ? this.redact(comment) : '';
    await this.store.recordEvent({ at: new Date().toISOString(), type: 'feedback', entryId, reaction, ...(kept ? { comment: kept } : {}) });
  }
}
