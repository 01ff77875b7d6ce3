/**
 * Counts failed sign-ins per key (a username, a client's hashed address) in a sliding window: after `limit`
 * failures the key waits until the oldest failure leaves the window. In memory, per instance (see README).
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 15 * 60 * 1000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Seconds until the key may try again; 0 when it may now. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit) return 0;
    const oldest = recent[recent.length - this.limit] ?? this.now();
    return Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
  }

  fail(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.set(key, recent);
    if (this.failures.size > 100_000) this.sweep();
  }

  /**
   * Counts an attempt as failed before its password is checked, so that guesses sent all at once meet the
   * limit as guesses sent one after another do (checking a password takes tens of milliseconds); `succeeded`
   * takes it back.
   */
  attempt(key: string): { succeeded(): void } {
    this.fail(key);
    const at = this.failures.get(key)?.at(-1);
    return {
      succeeded: () => {
        const recent = this.failures.get(key);
        const index = recent?.lastIndexOf(at ?? Number.NaN) ?? -1;
        if (recent && index >= 0) recent.splice(index, 1);
      },
    };
  }

  /** Forgets a key's failures (after it signs in). */
  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }

  /** Drops keys without recent failures so a flood of distinct keys cannot grow memory without bound. */
  private sweep(): void {
    for (const key of this.failures.keys()) if (this.recent(key).length === 0) this.failures.delete(key);
  }
}
