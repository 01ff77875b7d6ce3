import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PageSummary } from '../contract/feedback.ts';
import { HeardVoteEvent } from './events.ts';
import { styles } from './heard-feedback.styles.ts';
import { readConfig, type WidgetConfig } from './internal/config.ts';
import type { PageReadability } from './internal/reading-level.ts';
import type { Translation } from './translations/en.ts';
import { translation, widgetLanguage } from './translations/index.ts';

/** The vote a citizen gives a page. */
export type Vote = 'yes' | 'no';

/**
 * @summary Asks citizens whether a page was useful, in Kazakh, Russian or English, sends the answer to the
 * agency's Heard collector, and shows what the agency did with feedback on the page.
 *
 * @attr endpoint - Base URL of the Heard collector, e.g. `https://feedback.example.gov.kz`.
 * @attr site - The site id registered with the collector.
 * @attr page - The page the feedback is about; defaults to the canonical URL without query and fragment.
 * @attr lang - kk, ru or en; defaults to the nearest `lang` attribute on the page.
 * @attr show-reading-level - Show the page's reading level and send it with feedback.
 * @csspart reading-level - The reading-level badge.
 * @fires heard-vote - When the citizen votes (`detail: { vote, page }`).
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

  /** Show the page's reading level, computed in the browser by the plain-language engine (loaded on demand). */
  @property({ type: Boolean, attribute: 'show-reading-level' }) showReadingLevel = false;

  @state() private vote: Vote | undefined;
  @state() private readability: PageReadability | undefined;
  @state() private summary: PageSummary | undefined;
  @state() private config: WidgetConfig | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const read = readConfig(this);
    if ('problem' in read) {
      console.error(read.problem);
      this.config = undefined;
      return;
    }
    this.config = read.config;
    // Submissions an earlier visit could not send go out now, off the critical path.
    const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    idle(() => void import('./internal/submit.ts').then((m) => m.flushOutbox()));
    if (this.showReadingLevel || this.hasAttribute('show-reading-level')) {
      idle(
        () =>
          void import('./internal/reading-level.ts').then((m) => {
            this.readability = m.measurePage();
          }),
      );
    }
  }

  private levelBadge(t: Translation) {
    const r = this.readability;
    if (!r) return nothing;
    const grade = Math.round(r.grade);
    const level = grade <= 6 ? 'easy' : grade <= 10 ? 'medium' : 'hard';
    return html`<p class="level" part="reading-level">${t.readingLevel(level, grade)}</p>`;
  }

  private get language() {
    const fromPage = this.closest('[lang]:not(heard-feedback)')?.getAttribute('lang');
    return widgetLanguage(this.lang || fromPage || document.documentElement.lang);
  }

  override render() {
    // A misconfigured widget shows nothing rather than something broken; the console says why.
    if (!this.config) return nothing;
    const t = translation(this.language);
    if (this.vote) {
      const summary = this.summary;
      const share = summary?.usefulShare;
      return html`<section part="panel" role="status">
        <p>${t.thanks}</p>
        ${share != null && summary?.votes ? html`<p>${t.useful(Math.round(share * 100), summary.votes)}</p>` : nothing}
        ${
          summary?.responses.length
            ? html`<h2>${t.responsesHeading}</h2>
              <ul>
                ${summary.responses.map(
                  (r) =>
                    html`<li><time datetime=${r.publishedAt}>${r.publishedAt.slice(0, 10)}</time> — ${r.text}</li>`,
                )}
              </ul>`
            : nothing
        }
      </section>`;
    }
    return html`<section part="panel" aria-labelledby="question">
      ${this.levelBadge(t)}
      <h2 id="question">${t.question}</h2>
      <div class="choices">
        <button type="button" @click=${() => this.choose('yes')}>${t.yes}</button>
        <button type="button" @click=${() => this.choose('no')}>${t.no}</button>
      </div>
    </section>`;
  }

  private async choose(vote: Vote) {
    const config = this.config;
    if (!config) return;
    this.vote = vote;
    this.dispatchEvent(new HeardVoteEvent({ vote, page: config.page }));
    const submit = await import('./internal/submit.ts');
    await submit.submitVote(config, this.language, vote, this.readability);
    this.summary = await submit.fetchSummary(config);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'heard-feedback': HeardFeedback;
  }
}
