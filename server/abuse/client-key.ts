import { hash, randomBytes } from 'node:crypto';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Rate limiting needs to recognise a client without storing who it is: the IP address is hashed with a
 * random salt that is replaced every UTC day and never written anywhere, so yesterday's keys cannot be
 * linked to today's or reversed to an address.
 */
export class DailySaltedHasher {
  private day = -1;
  private salt = '';

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** A short opaque key for an address, stable within one UTC day. */
  key(address: string): string {
    const today = Math.floor(this.now().getTime() / DAY_MS);
    if (today !== this.day) {
      this.day = today;
      this.salt = randomBytes(32).toString('base64url');
    }
    return hash('sha256', `${this.salt}\u0000${address}`, 'base64url').slice(0, 22);
  }
}

/**
 * The client's address: the socket's, or behind a proxy you run, the last address in X-Forwarded-For — the
 * one that proxy appended. Earlier entries are whatever the client wrote, so taking the first would let
 * anyone pick a new identity per request and step around every rate limit.
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustProxy: boolean,
): string {
  const forwarded = trustProxy ? forwardedFor?.split(',').at(-1)?.trim() : undefined;
  return forwarded || socketAddress || 'unknown';
}
