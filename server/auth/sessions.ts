import { createHash, randomBytes } from 'node:crypto';
import type { AccountRecord, AdminStore } from '../storage/admin-store.ts';

/** The session cookie's name; `__Host-` would forbid plain-http development, so a plain name it is. */
export const SESSION_COOKIE = 'heard_session';
/** A session ends after this long without requests… */
export const IDLE_MS = 12 * 60 * 60 * 1000;
/** …and after this long in any case. */
export const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** Last-seen times are written at most this often, so reading the dashboard is not a write per request. */
const TOUCH_EVERY_MS = 60 * 1000;

/** Only this digest is stored: a leaked sessions table signs no one in. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A signed-in request's account and session. */
export interface SignedIn {
  account: AccountRecord;
  tokenHash: string;
}

/** Opens, checks and ends sessions. Tokens are 32 random bytes; the store keeps their SHA-256 only. */
export class Sessions {
  constructor(
    private readonly store: AdminStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Starts a session; returns the token for the cookie. */
  async open(username: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const at = this.now().toISOString();
    await this.store.createSession({ tokenHash: tokenHash(token), username, createdAt: at, lastSeenAt: at });
    return token;
  }

  /** The account behind a token, or undefined when it is unknown, expired (then deleted) or its account gone. */
  async resolve(token: string): Promise<SignedIn | undefined> {
    const hash = tokenHash(token);
    const session = await this.store.getSession(hash);
    if (!session) return undefined;
    const now = this.now().getTime();
    if (now - Date.parse(session.lastSeenAt) > IDLE_MS || now - Date.parse(session.createdAt) > MAX_AGE_MS) {
      await this.store.deleteSession(hash);
      return undefined;
    }
    const account = await this.store.getAccount(session.username);
    if (!account) return undefined;
    if (now - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS)
      await this.store.touchSession(hash, new Date(now).toISOString());
    return { account, tokenHash: hash };
  }

  async close(hash: string): Promise<void> {
    await this.store.deleteSession(hash);
  }

  /** Deletes expired sessions (run periodically; `resolve` also refuses them). */
  async sweep(): Promise<number> {
    const now = this.now().getTime();
    return this.store.deleteExpiredSessions(
      new Date(now - IDLE_MS).toISOString(),
      new Date(now - MAX_AGE_MS).toISOString(),
    );
  }
}
