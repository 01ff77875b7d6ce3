// One answer per page per browser: the last submission's id, so a changed answer replaces it. On a shared
// computer the next person must not read which pages, possibly sensitive ones, were rated: the key is a
// hash of site and page rather than the address, and answers expire.
import type { Vote } from '../events.ts';

/** The answer this browser last gave on a page. */
export interface Answer {
  id: string;
  vote: Vote;
}

interface Stored extends Answer {
  /** When it was saved, in milliseconds since the epoch. */
  savedAt: number;
}

const PREFIX = 'heard:answer:';

/** How long an answer is remembered (and can be changed); after that the page asks afresh. */
export const ANSWER_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;

/** FNV-1a over UTF-16 code units, from a given offset basis. */
function fnv1a(text: string, basis: number): string {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}

/**
 * Two 32-bit hashes of site and page. Synchronous, so a remembered answer shows in the first render; a
 * cryptographic hash would protect no better, as anyone can hash an address they guess either way.
 */
const key = (site: string, page: string) => {
  const text = `${site}\n${page}`;
  return `${PREFIX}${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x5bd1e995)}`;
};

function read(raw: string | null): Partial<Stored> | undefined {
  try {
    return raw ? (JSON.parse(raw) as Partial<Stored>) : undefined;
  } catch {
    return undefined;
  }
}

const isAnswer = (value: Partial<Stored> | undefined): value is Answer & Partial<Stored> =>
  typeof value?.id === 'string' && (value.vote === 'yes' || value.vote === 'no');

/** An answer saved less than the lifetime ago; corrupted, expired and address-keyed entries are not. */
const fresh = (value: Partial<Stored> | undefined, now: number): value is Stored =>
  isAnswer(value) && typeof value.savedAt === 'number' && now - value.savedAt < ANSWER_LIFETIME_MS;

/**
 * Removes expired answers, and those of older versions that were keyed by the page's address. Run once per
 * page load; exported for tests.
 */
export function forgetExpiredAnswers(now = Date.now()): void {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const name = localStorage.key(i);
      if (name?.startsWith(PREFIX) && !fresh(read(localStorage.getItem(name)), now))
        localStorage.removeItem(name);
    }
  } catch {
    // Storage disabled: there is nothing to forget.
  }
}

let swept = false;

/** The earlier answer on this page, if storage allows and holds one that has not expired. */
export function loadAnswer(site: string, page: string): Answer | undefined {
  try {
    const now = Date.now();
    // An answer an older version saved under the page's address is moved under the hash once, when the
    // page is visited again; the sweep below removes the rest.
    const legacy = `${PREFIX}${site}:${page}`;
    const old = read(localStorage.getItem(legacy));
    localStorage.removeItem(legacy);
    if (isAnswer(old)) saveAnswer(site, page, old);
    if (!swept) {
      swept = true;
      forgetExpiredAnswers(now);
    }
    const stored = read(localStorage.getItem(key(site, page)));
    return fresh(stored, now) ? { id: stored.id, vote: stored.vote } : undefined;
  } catch {
    // Storage disabled: the citizen simply votes afresh.
    return undefined;
  }
}

/** Remembers the answer; without storage the page forgets it, which only allows a second vote. */
export function saveAnswer(site: string, page: string, answer: Answer): void {
  try {
    const stored: Stored = { id: answer.id, vote: answer.vote, savedAt: Date.now() };
    localStorage.setItem(key(site, page), JSON.stringify(stored));
  } catch {
    // Private mode with storage disabled, or quota: nothing to tell the citizen.
  }
}
