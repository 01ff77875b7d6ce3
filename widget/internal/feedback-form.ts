// The follow-up form (clarity, reasons, comment) and the personal-data check before sending. Loaded after
// the first vote, so the script every page loads stays small.
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  MAX_COMMENT_LENGTH,
  MIN_COMMENT_MILLISECONDS,
  REASONS_FOR,
  type Reason,
} from '../../contract/form-rules.ts';
import type { Vote } from '../events.ts';
import type { FormTranslation } from '../translations/form.ts';
import { type OutgoingComment, outgoingComment, withLocalMarks } from './outgoing-comment.ts';

export { formTranslation } from '../translations/form.ts';

/** What the citizen added to the vote; `comment` is already redacted and confirmed. */
export interface FormDetails {
  clarity?: number;
  reasons?: Reason[];
  comment?: string;
  elapsedMs: number;
  website?: string;
}

/** What the form needs from the element that shows it. */
export interface FormHost {
  requestUpdate(): void;
  /** Moves focus to the element with this id once the next render is done. */
  focusAfterUpdate(id: string): void;
  /** Sends the details (or, given nothing, skips them) and moves on to the thank-you step. */
  finish(details: FormDetails | undefined): void;
  /** Says something in the element's status region (read by screen readers, not shown). */
  announce(message: string): void;
  /** Goes back to the question, for a citizen who tapped the wrong answer. */
  changeAnswer(): void;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The form's state and views: details first, then a review of the redacted comment when it held personal data. */
export class FeedbackForm {
  private clarity: number | undefined;
  private readonly reasons = new Set<Reason>();
  private comment = '';
  private honeypot = '';
  /** The comment as it will be sent, shown for the citizen to confirm; undefined while editing. */
  private review: OutgoingComment | undefined;
  private sending = false;
  /** The strings of the last render, for what the form says between renders. */
  private strings: FormTranslation | undefined;
  private readonly openedAt = performance.now();

  constructor(
    private readonly host: FormHost,
    private readonly vote: Vote,
    private readonly appealUrl: string | undefined,
  ) {}

  render(t: FormTranslation): TemplateResult {
    this.strings = t;
    return this.review === undefined ? this.details(t) : this.confirmation(t, this.review);
  }

  private details(t: FormTranslation): TemplateResult {
    return html`<form
      part="form"
      novalidate
      aria-labelledby="details-heading"
      @submit=${this.onSubmit}
      @keydown=${this.onKeydown}
    >
      <h2 id="details-heading" tabindex="-1">${t.detailsHeading}</h2>
      <p class="change">
        <button type="button" class="link" @click=${() => this.host.changeAnswer()}>${t.changeAnswer}</button>
      </p>
      <fieldset class="scale">
        <legend>${t.clarityLegend}</legend>
        <div class="scale-row">
          <div class="points">
            ${t.clarity.map(
              (name, i) =>
                html`<label class="point">
                  <input
                    type="radio"
                    name="clarity"
                    .value=${String(i + 1)}
                    .checked=${this.clarity === i + 1}
                    @change=${() => this.set(() => (this.clarity = i + 1))}
                  /><span>${i + 1}</span><span class="vh"> — ${name}</span>
                </label>`,
            )}
          </div>
          <div class="ends" aria-hidden="true"><span>${t.clarity[0]}</span><span>${t.clarity[4]}</span></div>
        </div>
      </fieldset>
      <fieldset class="reasons">
        <legend>${t.reasonsLegend[this.vote]}</legend>
        ${REASONS_FOR[this.vote].map(
          (reason) =>
            html`<label class="chip">
              <input
                type="checkbox"
                .checked=${this.reasons.has(reason)}
                @change=${(e: Event) => this.toggle(reason, (e.target as HTMLInputElement).checked)}
              />${t.reasons[reason]}
            </label>`,
        )}
      </fieldset>
      <label class="comment-label" for="comment">${t.commentLabel}</label>
      <p id="comment-hint" class="hint">${t.commentHint}</p>
      <textarea
        id="comment"
        rows="4"
        maxlength=${MAX_COMMENT_LENGTH}
        aria-describedby="comment-hint appeal"
        .value=${this.comment}
        @input=${(e: Event) => {
          this.comment = (e.target as HTMLTextAreaElement).value;
        }}
      ></textarea>
      <p id="appeal" class="hint">
        ${t.notAppeal} ${this.appealUrl ? html`<a href=${this.appealUrl}>${t.appealLink}</a>` : nothing}
      </p>
      <div class="trap" aria-hidden="true">
        <label
          >${t.honeypot}
          <input
            name="heard-hp"
            tabindex="-1"
            autocomplete="off"
            .value=${this.honeypot}
            @input=${(e: Event) => {
              this.honeypot = (e.target as HTMLInputElement).value;
            }}
        /></label>
      </div>
      <div class="choices">
        <button type="submit" aria-disabled=${this.sending ? 'true' : nothing}>${t.send}</button>
        <button type="button" class="secondary" @click=${() => this.host.finish(undefined)}>${t.skip}</button>
      </div>
    </form>`;
  }

  private confirmation(t: FormTranslation, review: OutgoingComment): TemplateResult {
    return html`<div part="form" role="group" aria-labelledby="confirm-heading">
      <h2
        id="confirm-heading"
        tabindex="-1"
        aria-describedby=${[
          review.redacted ? 'confirm-text' : '',
          review.shortened ? 'confirm-shortened' : '',
        ]
          .join(' ')
          .trim()}
      >
        ${t.confirmHeading}
      </h2>
      ${review.redacted ? html`<p id="confirm-text">${t.confirmText}</p>` : nothing}
      ${review.shortened ? html`<p id="confirm-shortened">${t.shortened}</p>` : nothing}
      <p class="preview">${withLocalMarks(review.text, t.marks)}</p>
      <div class="choices">
        <button
          type="button"
          aria-disabled=${this.sending ? 'true' : nothing}
          @click=${() => void this.send(review.text)}
        >
          ${t.send}
        </button>
        <button type="button" class="secondary" @click=${this.edit}>${t.edit}</button>
      </div>
    </div>`;
  }

  private set(change: () => void) {
    change();
    this.host.requestUpdate();
  }

  private toggle(reason: Reason, on: boolean) {
    this.set(() => (on ? this.reasons.add(reason) : this.reasons.delete(reason)));
  }

  /**
   * Enter in a form's field submits it (implicit submission); on a radio or a checkbox that would send half
   * a form to a keyboard user who only meant to choose. Enter on a checkbox ticks it, as Space does.
   */
  private readonly onKeydown = (event: KeyboardEvent) => {
    const field = event.target;
    if (event.key !== 'Enter' || !(field instanceof HTMLInputElement)) return;
    if (field.type === 'radio' || field.type === 'checkbox') {
      event.preventDefault();
      if (field.type === 'checkbox') field.click();
    }
  };

  private readonly onSubmit = (event: Event) => {
    event.preventDefault();
    if (this.sending) return;
    const outgoing = outgoingComment(this.comment.trim());
    if (outgoing.redacted || outgoing.shortened) {
      // Show exactly what will leave the browser; the citizen confirms or edits it.
      this.set(() => (this.review = outgoing));
      this.host.focusAfterUpdate('confirm-heading');
      return;
    }
    void this.send(outgoing.text);
  };

  private readonly edit = () => {
    this.set(() => (this.review = undefined));
    this.host.focusAfterUpdate('comment');
  };

  private async send(comment: string) {
    // While sending, Send is aria-disabled rather than disabled: a disabled button loses focus, which
    // falls to <body>; an activation is ignored instead, and the status region says what is happening.
    if (this.sending) return;
    this.set(() => (this.sending = true));
    if (this.strings) this.host.announce(this.strings.sending);
    // The collector marks comments sent faster than a person types as automated; a quick citizen just
    // waits a moment instead.
    // Timers may fire a fraction of a millisecond early, so check again rather than trust one wait; floor, so
    // the figure sent is never rounded up to the limit it has not reached.
    const elapsed = () => performance.now() - this.openedAt;
    while (comment && elapsed() < MIN_COMMENT_MILLISECONDS)
      await wait(MIN_COMMENT_MILLISECONDS - elapsed() + 1);
    this.host.finish({
      ...(this.clarity === undefined ? {} : { clarity: this.clarity }),
      ...(this.reasons.size > 0 ? { reasons: [...this.reasons] } : {}),
      ...(comment ? { comment } : {}),
      ...(this.honeypot ? { website: this.honeypot } : {}),
      elapsedMs: Math.floor(elapsed()),
    });
  }
}

/** Styles of the form, adopted by the element when the form loads. */
export const formStyles = css`
  fieldset {
    border: 0;
    margin: 0 0 1rem;
    padding: 0;
  }
  legend,
  .comment-label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.5rem;
    padding: 0;
  }
  /* Five equal points in one row down to a 320px phone: a scale that wraps stops reading as a scale. Five
     44px targets and four 4px gaps (236px) fit a 320px page with 1rem margins inside the panel's padding
     (248px); 8px gaps did not. */
  .points {
    display: grid;
    grid-template-columns: repeat(5, minmax(44px, 1fr));
    gap: 0.25rem;
  }
  .point,
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    min-inline-size: 44px;
    box-sizing: border-box;
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .reasons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .reasons legend {
    inline-size: 100%;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .point:has(:focus-visible),
  .chip:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The end labels span the points' row, so the far end's label sits under the last point. */
  .scale-row {
    max-inline-size: 22rem;
  }
  .points .point {
    justify-content: center;
    gap: 0.375rem;
    padding-inline: 0.25rem;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    font-size: 0.875rem;
    margin-block-start: 0.25rem;
  }
  /* Second to the heading, so a mis-tapped vote is one Tab away; quiet, as most will not need it. */
  .change {
    margin: -0.5rem 0 0.5rem;
  }
  button.link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  .hint {
    font-size: 0.875rem;
    margin: 0 0 0.5rem;
  }
  textarea {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    padding: 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  textarea:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  .preview {
    white-space: pre-wrap;
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75rem;
  }
  /* The honeypot: out of sight and out of the tab order; people never fill it in. */
  .trap {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;
