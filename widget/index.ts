import { HeardFeedback } from './heard-feedback.ts';

export { HeardSubmitEvent, HeardVoteEvent } from './events.ts';
export type { Vote } from './heard-feedback.ts';
export { HeardFeedback };

// A page may load the script twice (a CMS block and a template); defining twice would throw.
if (!customElements.get('heard-feedback')) {
  customElements.define('heard-feedback', HeardFeedback);
}
