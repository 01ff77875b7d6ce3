import { createHash, randomBytes } from 'node:crypto';

/**
 * Rate limiting needs to recognise a client without storing who it is: the IP address is hashed with a
 * random salt that is replaced every UTC day and never written anywhere, so yesterday's keys cannot be
 * linked to today's or reversed to an address.
 */
export class DailySaltedHasher {
  private day = '';
  private salt = Buffer.alloc(0);

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** A short opaque key for an address, stable within one UTC day. */
  key(address: string): string {
    const today = this.now().toISOString().slice(0, 10);
    if (today !== this.day) {
      this.day = today;
      this.salt = randomBytes(32);
    }
    return createHash('sha256').update(this.salt).update(address).digest('base64url').slice(0, 22);
  }
}
