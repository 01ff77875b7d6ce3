import { canonicalPage } from '../canonical-page.ts';

/** A page address as the collector needs it: the origin it is on, and the form it is stored under. */
export interface PageAddress {
  origin: string;
  canonical: string;
}

/** Enough for every page of a large site; the memo is emptied when full, not kept in order. */
const MAX_REMEMBERED = 20_000;

/**
 * Reads page addresses, remembering the ones already in canonical form. A site's citizens vote on the same
 * few thousand pages again and again, and parsing and scrubbing an address is a large share of what a
 * submission costs the event loop. Only an address that is its own canonical form (or that and a trailing
 * slash) is remembered: one that carried a query, a fragment, credentials or personal data in its path is
 * read afresh each time, so nothing that was to be scrubbed is held in memory.
 */
export class PageAddresses {
  private readonly known = new Map<string, PageAddress>();

  read(page: string): PageAddress {
    const known = this.known.get(page);
    if (known) return known;
    const address = { origin: new URL(page).origin, canonical: canonicalPage(page) };
    if (address.canonical === page || `${address.canonical}/` === page) {
      if (this.known.size >= MAX_REMEMBERED) this.known.clear();
      this.known.set(page, address);
    }
    return address;
  }
}
