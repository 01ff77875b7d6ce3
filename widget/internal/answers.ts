// One answer per page per browser: the last submission's id, so a changed answer replaces it.
import type { Vote } from '../events.ts';

/** The answer this browser last gave on a page. */
export interface Answer {
  id: string;
  vote: Vote;
}

const key = (site: string, page: string) => `heard:answer:${site}:${page}`;

/** The earlier answer on this page, if storage allows and holds one. */
export function loadAnswer(site: string, page: string): Answer | undefined {
  try {
    const raw = localStorage.getItem(key(site, page));
    const answer = raw ? (JSON.parse(raw) as Partial<Answer>) : undefined;
    if (typeof answer?.id === 'string' && (answer.vote === 'yes' || answer.vote === 'no')) {
      return { id: answer.id, vote: answer.vote };
    }
  } catch {
    // Storage disabled or corrupted: the citizen simply votes afresh.
  }
  return undefined;
}

/** Remembers the answer; without storage the page forgets it, which only allows a second vote. */
export function saveAnswer(site: string, page: string, answer: Answer): void {
  try {
    localStorage.setItem(key(site, page), JSON.stringify(answer));
  } catch {
    // Private mode with storage disabled, or quota: nothing to tell the citizen.
  }
}
