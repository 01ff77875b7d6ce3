/** The vote a citizen gives a page. */
export type Vote = 'yes' | 'no';

/** Fired when a citizen votes, for sites that want their own analytics. Bubbles out of the shadow root. */
export class HeardVoteEvent extends Event {
  static readonly type = 'heard-vote';
  constructor(readonly detail: { vote: Vote; page: string }) {
    super(HeardVoteEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Fired when a citizen sends the follow-up form. Carries the answers but never the comment's text: a site's
 * analytics has no business reading what citizens wrote to the agency.
 */
export class HeardSubmitEvent extends Event {
  static readonly type = 'heard-submit';
  constructor(
    readonly detail: {
      vote: Vote;
      page: string;
      clarity: number | undefined;
      reasons: string[];
      hasComment: boolean;
    },
  ) {
    super(HeardSubmitEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'heard-vote': HeardVoteEvent;
    'heard-submit': HeardSubmitEvent;
  }
  interface DocumentEventMap {
    'heard-vote': HeardVoteEvent;
    'heard-submit': HeardSubmitEvent;
  }
}
