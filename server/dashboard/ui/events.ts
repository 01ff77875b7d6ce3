import type * as z from 'zod/mini';
import type { Me } from '../../../contract/admin.ts';
import type { PublishedResponseSchema } from '../../../contract/feedback.ts';

type PublishedResponse = z.infer<typeof PublishedResponseSchema>;

/** A view asks the shell to say something in the polite live region. Bubbles out of shadow roots. */
export class AnnounceEvent extends Event {
  static readonly type = 'heard-announce';
  constructor(readonly detail: { message: string }) {
    super(AnnounceEvent.type, { bubbles: true, composed: true });
  }
}

/** A view could not load or save; the shell decides how to show it (401 signs out, others are announced). */
export class RequestFailedEvent extends Event {
  static readonly type = 'heard-request-failed';
  constructor(readonly detail: { error: unknown }) {
    super(RequestFailedEvent.type, { bubbles: true, composed: true });
  }
}

/** The account signed in, or its password changed and the session continues. */
export class SignedInEvent extends Event {
  static readonly type = 'heard-signed-in';
  constructor(readonly detail: { me: Me }) {
    super(SignedInEvent.type, { bubbles: true, composed: true });
  }
}

/** Sites were registered or changed, so the shell's site list (filters, embed codes) is stale. */
export class SitesChangedEvent extends Event {
  static readonly type = 'heard-sites-changed';
  constructor() {
    super(SitesChangedEvent.type, { bubbles: true, composed: true });
  }
}

/** A page's published responses changed (one was published or deleted); `detail.responses` is the new list. */
export class ResponsesChangedEvent extends Event {
  static readonly type = 'heard-responses-changed';
  constructor(readonly detail: { responses: PublishedResponse[] }) {
    super(ResponsesChangedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'heard-announce': AnnounceEvent;
    'heard-request-failed': RequestFailedEvent;
    'heard-signed-in': SignedInEvent;
    'heard-sites-changed': SitesChangedEvent;
    'heard-responses-changed': ResponsesChangedEvent;
  }
}
