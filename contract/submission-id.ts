// Submission ids are made in the citizen's browser. No zod here: the widget's submit chunk imports this.

/**
 * A new submission id: a UUIDv7 (RFC 9562), the time in milliseconds followed by 74 random bits. Time-ordered
 * ids land at the end of the collector's primary-key index instead of at random places in it, which keeps an
 * insert cheap however many rows are stored (random v4 ids made it several times slower at 100,000 rows).
 */
export function newSubmissionId(now: number = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let time = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
