import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styles } from './heard-feedback.styles.ts';
import { translation, widgetLanguage } from './translations/index.ts';

/** The vote a citizen gives a page. */
export type Vote = 'yes' | 'no';

/**
 * @summary Asks citizens whether a page was useful, in Kazakh, Russian or English.
 *
 * @cssprop --heard-accent - Colour of buttons.
 * @cssprop --heard-text - Text colour.
 * @cssprop --heard-background - Background of the panel.
 * @cssprop --heard-radius - Corner radius.
 * @csspart panel - The panel around the question.
 */
export class HeardFeedback extends LitElement {
  static override styles = styles;

  /** Language of the widget; defaults to the nearest `lang` attribute on the page. */
  @property({ reflect: true }) override lang = '';

  @state() private vote: Vote | undefined;

  private get language() {
    const fromPage = this.closest('[lang]:not(heard-feedback)')?.getAttribute('lang');
    return widgetLanguage(this.lang || fromPage || document.documentElement.lang);
  }

  override render() {
    const t = translation(this.language);
    if (this.vote) {
      return html`<section part="panel" role="status"><p>${t.thanks}</p></section>`;
    }
    return html`<section part="panel" aria-labelledby="question">
      <h2 id="question">${t.question}</h2>
      <div class="choices">
        <button type="button" @click=${() => this.choose('yes')}>${t.yes}</button>
        <button type="button" @click=${() => this.choose('no')}>${t.no}</button>
      </div>
    </section>`;
  }

  private choose(vote: Vote) {
    this.vote = vote;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'heard-feedback': HeardFeedback;
  }
}
