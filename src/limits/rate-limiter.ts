/**
 * A per-user sliding window: at most `limit` messages in any `windowMs`. In memory,
 * per instance: a burst spread across instances can pass more, which is acceptable
 * for a courtesy limit (the connector and Teams have their own).
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one message; false when the user is over the limit. */
  allow(key: string): boolean {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(t);
    this.hits.set(key, recent);
    // A flood of distinct users must not make every call walk the whole map: at most one sweep a window.
    if (this.hits.size > 10_000 && t - this.lastSweep >= this.windowMs) this.sweep(t);
    return allowed;
  }

  private sweep(t: number): void {
    this.lastSweep = t;
    for (const [key, times] of this.hits) if (times.every((at) => t - at >= this.windowMs)) this.hits.delete(key);
  }
}
