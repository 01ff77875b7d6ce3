/** Fired when a citizen votes, for sites that want their own analytics. Bubbles out of the shadow root. */
export class HeardVoteEvent extends Event {
  static readonly type = 'heard-vote';
  constructor(readonly detail: { vote: 'yes' | 'no'; page: string }) {
    super(HeardVoteEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'heard-vote': HeardVoteEvent;
  }
  interface DocumentEventMap {
    'heard-vote': HeardVoteEvent;
  }
}
