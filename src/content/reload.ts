import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../log';
import { ContentError, loadToolkit, type LoadOptions, type Toolkit } from './toolkit';
import { formatProblem } from './load';

/**
 * Reloads content without a restart. New content is used only if it is valid:
 * otherwise the problems are logged (file:line) and the bot keeps what it had.
 */
export class ContentReloader {
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dir: string,
    private readonly apply: (toolkit: Toolkit) => void,
    private readonly logger: Logger,
    /** The same options the content was first loaded with (the areas shown), so a reload keeps them. */
    private readonly options: Omit<LoadOptions, 'today'> = {},
  ) {}

  reload(): boolean {
    try {
      const { toolkit } = loadToolkit(this.dir, this.options);
      this.apply(toolkit);
      this.logger.info({ event: 'content-reloaded', entries: toolkit.entries.length }, 'content reloaded');
      return true;
    } catch (err) {
      if (!(err instanceof ContentError)) throw err;
      this.logger.error({ event: 'content-reload-refused', problems: err.problems.map(formatProblem) }, 'new content is invalid: keeping the current content');
      return false;
    }
  }

  /** Local mode: reload shortly after files change (editors write in several steps). */
  watch(): void {
    this.watcher = watch(this.dir, { recursive: true }, () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.reload(), 300);
    });
  }

  stop(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }
}
