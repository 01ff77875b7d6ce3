/** How long the same failure is counted instead of printed again. */
const QUIET_MS = 10_000;

/** Forgets the oldest failures past this many distinct messages, so a flood of different ones stays bounded. */
const MAX_REMEMBERED = 1_000;

/**
 * Logs requests that failed on the server. A database outage fails every request the same way, thousands a
 * second: the first failure of its kind is printed with its stack, the same message again within 10 seconds
 * is only counted, and the count is printed with the next one after that (`… (and 1234 more since
 * 09:41:07)`), so the log says what happened and how often without filling the disk. One line each but the
 * stack; the message is the error's own (never a request body or a connection string).
 */
export class ErrorLog {
  private readonly seen = new Map<string, { printedAt: number; more: number }>();

  constructor(
    private readonly write: (text: string) => void = (text) => console.error(text),
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Logs that `what` (e.g. `POST /api/v1/feedback`) failed with `error`. */
  report(what: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown } | null)?.code;
    const line = `heard: ${what} failed: ${message}${typeof code === 'string' ? ` (${code})` : ''}`;
    const now = this.now();
    const last = this.seen.get(line);
    if (last && now - last.printedAt < QUIET_MS) {
      last.more += 1;
      return;
    }
    const repeated = last?.more
      ? ` (and ${last.more} more since ${new Date(last.printedAt).toISOString().slice(11, 19)} UTC)`
      : '';
    this.seen.delete(line);
    this.seen.set(line, { printedAt: now, more: 0 });
    if (this.seen.size > MAX_REMEMBERED) this.seen.delete(this.seen.keys().next().value as string);
    const stack = !last && error instanceof Error && error.stack ? `\n${error.stack}` : '';
    this.write(`${line}${repeated}${stack}`);
  }
}
