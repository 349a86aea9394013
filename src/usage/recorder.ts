import type { Toolkit } from '../content/toolkit';
import type { UsageStore } from '../store/store';
import type { Logger } from '../log';
import { clean } from '../search/normalise';
import { redact } from './redact';

/** The words the toolkit itself uses: capitalised words outside this set are taken for names. */
export function vocabulary(toolkit: Toolkit): Set<string> {
  const words = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string') for (const w of clean(value).split(' ')) words.add(w);
    else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  toolkit.entries.forEach(add);
  add(toolkit.synonyms);
  'i im my we our she he they her his their it what when where who why how can could should would do does is are was please help hi hello'
    .split(' ')
    .forEach((w) => words.add(w));
  return words;
}

/**
 * Usage for the content owners: which entries answered, how sure the bot was, what
 * people thought, and (redacted) what it could not answer. Never a user id. A
 * failure here is logged and never reaches the person asking.
 */
export class UsageRecorder {
  /** Built on the first unanswered question, not at start-up: most turns never need it. */
  private knownWords?: Set<string>;

  constructor(
    private readonly store: UsageStore,
    private readonly toolkit: Toolkit,
    private readonly logger?: Logger,
  ) {}

  async answered(band: string, entryId: string | null, question?: string): Promise<void> {
    const at = new Date().toISOString();
    try {
      await this.store.recordEvent({ at, type: 'answer', band, ...(entryId ? { entryId } : {}) });
      if (band === 'fallback' && question?.trim()) {
        this.knownWords ??= vocabulary(this.toolkit);
        await this.store.recordUnanswered(at, redact(question, this.knownWords));
      }
    } catch (err) {
      this.logger?.warn({ event: 'usage-not-recorded', errorType: err instanceof Error ? err.name : 'error' }, 'usage event not recorded');
    }
  }

  async feedback(entryId: string, reaction: 'like' | 'dislike', comment?: string): Promise<void> {
    await this.store.recordEvent({ at: new Date().toISOString(), type: 'feedback', entryId, reaction, ...(comment ? { comment } : {}) });
  }

  /** Deletes unanswered questions past the retention limit; returns how many went. */
  async purge(retentionDays: number, now = new Date()): Promise<number> {
    return this.store.purgeUnanswered(new Date(now.getTime() - retentionDays * 86_400_000));
  }
}
