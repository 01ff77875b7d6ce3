import { hash } from 'node:crypto';

/** How long a comment is remembered: client keys change with the daily salt anyway. */
const WINDOW_MS = 24 * 60 * 60 * 1000;
/** Bounds memory (~100 bytes an entry) however many comments arrive within the window. */
const MAX_REMEMBERED = 200_000;

/** A comment's words for comparison: case, punctuation and spacing do not make a comment new. */
export function commentWords(comment: string): string {
  return comment
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

/** What `RepeatedComments.claim` found. */
export interface CommentClaim {
  /** This client already sent these words about this page within the window. */
  repeat: boolean;
  /** Un-remembers the words of a claim that was not a repeat: call it when the submission was not stored. */
  release(): void;
}

/**
 * Recognises a comment sent again by the same client for the same page (a pasted complaint posted twenty
 * times, a script replaying one body with fresh ids). The repeat is stored as spam: kept, never counted.
 * Only a digest of client key, page and the comment's words is held, in memory, per server instance; votes
 * without a comment are not compared, since many citizens share one address behind a mobile carrier's NAT.
 */
export class RepeatedComments {
  // Insertion order is arrival order, so the oldest entries are first and expire first.
  private readonly seen = new Map<string, number>();

  /**
   * Whether this client already sent these words about this page within the window. When not, they are
   * remembered at once — two copies sent at the same moment are one comment and a repeat — and the caller
   * releases them if the submission is then not stored (a retry after a 500 is no repeat).
   */
  claim(clientKey: string, site: string, page: string, comment: string, nowMs: number): CommentClaim {
    this.forgetBefore(nowMs - WINDOW_MS);
    const digest = hash(
      'sha256',
      `${clientKey}\u0000${site}\u0000${page}\u0000${commentWords(comment)}`,
      'base64url',
    );
    if (this.seen.has(digest)) return { repeat: true, release: () => undefined };
    if (this.seen.size >= MAX_REMEMBERED) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    this.seen.set(digest, nowMs);
    return {
      repeat: false,
      release: () => {
        if (this.seen.get(digest) === nowMs) this.seen.delete(digest);
      },
    };
  }

  private forgetBefore(limitMs: number): void {
    for (const [digest, at] of this.seen) {
      if (at >= limitMs) return;
      this.seen.delete(digest);
    }
  }
}
