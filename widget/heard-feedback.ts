import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PageSummary } from '../contract/feedback.ts';
import { HeardSubmitEvent, HeardVoteEvent, type Vote } from './events.ts';
import { styles } from './heard-feedback.styles.ts';
import { type Answer, loadAnswer, saveAnswer } from './internal/answers.ts';
import { readConfig, type WidgetConfig } from './internal/config.ts';
import type { FeedbackForm, FormDetails } from './internal/feedback-form.ts';
import type { PageReadability } from './internal/reading-level.ts';
import type { Translation } from './translations/en.ts';
import { translation, type WidgetLanguage, widgetLanguage } from './translations/index.ts';

export type { Vote };

/** Where the citizen is in the flow. */
type Step = 'ask' | 'details' | 'thanks';

type FormModule = typeof import('./internal/feedback-form.ts');

/** Codes webmasters write for the widget's languages that are not BCP 47 ("kz" is Kazakhstan, not Kazakh). */
const LANGUAGE_SLIPS: Record<string, string> = { kz: 'kk', kaz: 'kk', qaz: 'kk', rus: 'ru', eng: 'en' };

/** Attributes the configuration is read from; a change re-reads it. */
const CONFIG_ATTRIBUTES = ['endpoint', 'site', 'page', 'appeal-url'];

const idle = (callback: () => void) =>
  (globalThis.requestIdleCallback ?? ((c: () => void) => setTimeout(c, 200)))(callback);

/**
 * @summary Asks citizens whether a page was useful and how easy it was to understand, in Kazakh, Russian or
 * English; sends the answers to the agency's Heard collector; shows what the agency did with feedback on the
 * page ("you said, we did").
 *
 * @attr endpoint - Base URL of the Heard collector, e.g. `https://feedback.example.gov.kz`.
 * @attr site - The site id registered with the collector.
 * @attr page - The page the feedback is about; defaults to the canonical URL without query and fragment.
 * @attr lang - kk, ru or en; defaults to the nearest `lang` attribute on the page. Another value logs a console error.
 * @attr appeal-url - Where formal complaints go (e.g. the e-appeals portal); linked from the comment field.
 * @attr show-reading-level - Show the page's reading level and send it with feedback.
 * @attr show-summary - Show the page's share of useful votes and the agency's responses before voting too.
 * @fires heard-vote - When the citizen votes (`detail: { vote, page }`).
 * @fires heard-submit - When the citizen sends the follow-up form (`detail: { vote, page, clarity, reasons, hasComment }`; never the comment).
 * @cssprop --heard-accent - Colour of buttons, links and selected answers.
 * @cssprop --heard-text - Text colour.
 * @cssprop --heard-background - Background of the panel.
 * @cssprop --heard-surface - Background of answer chips, the comment field and secondary buttons.
 * @cssprop --heard-on-accent - Text on accent-coloured buttons.
 * @cssprop --heard-focus - Colour of the focus ring.
 * @cssprop --heard-radius - Corner radius.
 * @csspart panel - The panel around each step.
 * @csspart form - The follow-up form.
 * @csspart reading-level - The reading-level badge.
 */
export class HeardFeedback extends LitElement {
  static override styles = styles;

  /**
   * Language of the widget (kk, ru or en); defaults to the nearest `lang` attribute on the page. An empty
   * value is not reflected: `lang=""` would mean "unknown language" and hide the page's from screen readers.
   */
  @property({
    reflect: true,
    converter: { fromAttribute: (v) => v ?? '', toAttribute: (v: string) => v || null },
  })
  override lang = '';

  /** Show the page's reading level, computed in the browser by the plain-language engine (loaded on demand). */
  @property({ type: Boolean, attribute: 'show-reading-level' }) showReadingLevel = false;

  /** Show the public summary (share of useful votes, responses) before the citizen votes. */
  @property({ type: Boolean, attribute: 'show-summary' }) showSummary = false;

  @state() private step: Step = 'ask';
  @state() private answer: Answer | undefined;
  @state() private readability: PageReadability | undefined;
  @state() private summary: PageSummary | undefined;
  @state() private config: WidgetConfig | undefined;
  @state() private announcement = '';
  private formModule: FormModule | undefined;
  private form: FeedbackForm | undefined;
  private pendingFocus: string | undefined;
  /** The answer being recorded; shown pressed before the recording is done. */
  @state() private choice: Vote | undefined;
  private recording = false;

  /** The configuration problem, if any, and the one last logged. */
  private problem: string | undefined;
  private reported: string | undefined;
  private measuring = false;
  /** Between connectedCallback and disconnectedCallback. */
  private live = false;

  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: Lit finalizes the class the getter is called on; LitElement.observedAttributes would list LitElement's attributes, not this element's
    return [...super.observedAttributes, ...CONFIG_ATTRIBUTES];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // CMS scripts and frameworks often set the attributes after appending the element. Not before
    // connectedCallback: when the script arrives after the markup, the element is upgraded in place and
    // is told its attributes one by one, before the later ones (show-reading-level) are set.
    if (this.live && CONFIG_ATTRIBUTES.includes(name)) this.configure();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.live = true;
    this.configure();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.live = false;
  }

  /** Reads the attributes and, when they changed what the widget is for, starts afresh with them. */
  private configure(): void {
    const read = readConfig(this);
    this.problem = 'problem' in read ? read.problem : undefined;
    // A problem is reported once the update shows it (see updated), whether or not the config changes.
    this.requestUpdate();
    const config = 'config' in read ? read.config : undefined;
    if (JSON.stringify(config) === JSON.stringify(this.config)) return;
    this.config = config;
    this.step = 'ask';
    this.form = undefined;
    this.choice = undefined;
    this.summary = undefined;
    if (!config) return;
    this.answer = loadAnswer(config.site, config.page);
    // Off the critical path: send what earlier visits left queued, and have the form ready for the vote.
    idle(() => {
      void import('./internal/submit.ts').then(async (submit) => {
        await submit.flushOutbox();
        const summary = this.showSummary ? await submit.fetchSummary(config) : undefined;
        if (summary && this.config === config) this.summary = summary;
      });
      void this.loadForm();
    });
    if (this.showReadingLevel && !this.measuring) {
      this.measuring = true;
      idle(
        () =>
          void import('./internal/reading-level.ts').then(async (m) => {
            this.readability = await m.measurePage(this.language);
          }),
      );
    }
  }

  /** Moves focus to the element with this id after the next render (the heading of a new step). */
  focusAfterUpdate(id: string): void {
    this.pendingFocus = id;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Reported after an update, not on connection: a script that creates the element, appends it and then
    // sets its attributes has set them by now; only what is still wrong is logged, and once.
    if (this.problem !== this.reported) {
      if (this.problem) console.error(this.problem);
      this.reported = this.problem;
    }
    if (this.pendingFocus) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.pendingFocus}`)?.focus();
      this.pendingFocus = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    const tag = this.lang.trim().toLowerCase();
    if (changed.has('lang') && tag && !/^(kk|ru|en)(-|$)/.test(tag)) {
      const meant = LANGUAGE_SLIPS[tag];
      console.error(
        `<heard-feedback>: attribute "lang" must be kk, ru or en; got ${JSON.stringify(this.lang)}${meant ? ` (did you mean "${meant}"?)` : ''}. The widget shows English.`,
      );
    }
  }

  private get language() {
    const fromPage = this.closest('[lang]:not(heard-feedback)')?.getAttribute('lang');
    return widgetLanguage(this.lang || fromPage || document.documentElement.lang);
  }

  private async loadForm(): Promise<FormModule> {
    if (!this.formModule) {
      this.formModule = await import('./internal/feedback-form.ts');
      // Adopted, like the element's own styles, so a strict CSP (no inline styles) allows them.
      const root = this.renderRoot as ShadowRoot;
      const sheet = this.formModule.formStyles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet))
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    return this.formModule;
  }

  override render() {
    // A misconfigured widget shows nothing rather than something broken; the console says why.
    if (!this.config) return nothing;
    const language = this.language;
    const t = translation(language);
    // The widget's language goes on what it renders, not on the host: the page's own `lang` stays in force
    // around it, and screen readers pick the right voice for the widget's text.
    return html`${this.view(t, language)}
      <div class="vh" role="status" lang=${language}>${this.announcement}</div>`;
  }

  private view(t: Translation, language: WidgetLanguage) {
    if (this.step === 'details' && this.form && this.formModule) {
      return html`<section part="panel" lang=${language}>${this.form.render(this.formModule.formTranslation(language))}</section>`;
    }
    if (this.step === 'thanks') {
      return html`<section part="panel" lang=${language} aria-labelledby="thanks-heading">
        <h2 id="thanks-heading" tabindex="-1">${t.thanks}</h2>
        ${this.summaryBlock(t)}
      </section>`;
    }
    const answered = this.answer?.vote;
    const pressed = this.choice ?? answered;
    return html`<section part="panel" lang=${language} aria-labelledby="question">
      ${this.levelBadge(t)}
      <h2 id="question" tabindex="-1">${t.question}</h2>
      ${answered ? html`<p class="previous">${t.previousAnswer(t[answered])}</p>` : nothing}
      <div class="choices">
        ${(['yes', 'no'] as const).map(
          (vote) =>
            html`<button
              type="button"
              aria-pressed=${pressed ? String(pressed === vote) : nothing}
              @click=${() => void this.choose(vote)}
            >
              ${t[vote]}
            </button>`,
        )}
      </div>
      ${this.showSummary ? this.summaryBlock(t) : nothing}
    </section>`;
  }

  private levelBadge(t: Translation) {
    if (!this.showReadingLevel) return nothing;
    const r = this.readability;
    // The line is there from the first render, empty until the engine has measured the page, so the
    // question does not move down when the badge arrives.
    if (!r) return html`<p class="level" part="reading-level" aria-hidden="true">&nbsp;</p>`;
    const grade = Math.round(r.grade);
    const level = grade <= 6 ? 'easy' : grade <= 10 ? 'medium' : 'hard';
    return html`<p class="level" part="reading-level">${t.readingLevel(level, grade)}</p>`;
  }

  private summaryBlock(t: Translation) {
    const summary = this.summary;
    if (!summary) return nothing;
    const share = summary.usefulShare;
    const language = this.language;
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
    // Responses in the citizen's language first (a stable sort keeps the agency's order otherwise); each
    // carries its own language, so a screen reader switches voice for it.
    const responses = [...summary.responses].sort(
      (a, b) => Number(b.language === language) - Number(a.language === language),
    );
    return html`${
      share != null && summary.votes
        ? html`<p>${t.useful(Math.round(share * 100), summary.votes)}</p>`
        : nothing
    }
    ${
      responses.length
        ? html`<h3>${t.responsesHeading}</h3>
          <ul>
            ${responses.map(
              (r) =>
                html`<li lang=${r.language}>
                  <time lang=${language} datetime=${r.publishedAt}>${date.format(new Date(r.publishedAt))}</time>
                  — ${r.text}
                </li>`,
            )}
          </ul>`
        : nothing
    }`;
  }

  /** Records the vote at once (one tap is enough), then offers the optional follow-up form. */
  private choose(vote: Vote) {
    const config = this.config;
    if (!config) return;
    // Shown pressed at once, even while the form's script is still on its way over a slow network.
    this.choice = vote;
    // A tap while an earlier one is being recorded: the same answer (a double click) adds nothing; a
    // different one is recorded next, replacing it.
    if (this.recording) return;
    this.recording = true;
    void this.record(config).finally(() => {
      this.recording = false;
    });
  }

  private async record(config: WidgetConfig) {
    const formReady = this.loadForm().catch(() => undefined);
    let vote: Vote | undefined;
    // Round again whenever the citizen changed their mind while the vote was queued or the form loaded.
    while (this.choice && this.choice !== vote) {
      vote = this.choice;
      this.dispatchEvent(new HeardVoteEvent({ vote, page: config.page }));
      const previous = this.answer;
      // Choosing the same answer again records nothing new; a different one replaces the earlier vote.
      if (!previous || previous.vote !== vote) {
        const submit = await import('./internal/submit.ts');
        this.remember({
          id: await submit.queueSubmission(config, this.submission(vote, previous?.id)),
          vote,
        });
      }
      // Said as soon as the vote is queued, not when the form has loaded.
      this.announcement = translation(this.language).recorded;
      if (this.choice === vote) await formReady;
    }
    if (!vote) return;
    const module = await formReady;
    if (!module) {
      // The form's chunk did not load (a flaky connection): the vote is safe, so just say thank you.
      await this.finish(undefined);
      return;
    }
    this.form = new module.FeedbackForm(this, vote, config.appealUrl);
    this.step = 'details';
    this.focusAfterUpdate('details-heading');
  }

  /** Called by the form: sends the details, replacing the bare vote, or skips them. */
  async finish(details: FormDetails | undefined): Promise<void> {
    const config = this.config;
    const answer = this.answer;
    if (!config || !answer) return;
    const submit = await import('./internal/submit.ts');
    if (details) {
      const id = await submit.queueSubmission(config, {
        ...this.submission(answer.vote, answer.id),
        ...details,
      });
      this.remember({ id, vote: answer.vote });
      this.dispatchEvent(
        new HeardSubmitEvent({
          vote: answer.vote,
          page: config.page,
          clarity: details.clarity,
          reasons: details.reasons ?? [],
          hasComment: Boolean(details.comment),
        }),
      );
    }
    this.form = undefined;
    this.step = 'thanks';
    // The focused heading says thank you; the status region saying it too would be heard twice.
    this.announcement = '';
    this.focusAfterUpdate('thanks-heading');
    this.summary = (await submit.fetchSummary(config, { afterVote: true })) ?? this.summary;
  }

  /** Called by the form: back to the question, its earlier answer shown pressed, to choose again. */
  changeAnswer(): void {
    this.form = undefined;
    this.choice = undefined;
    this.step = 'ask';
    this.announcement = '';
    this.focusAfterUpdate('question');
  }

  /** Called by the form: says something in the status region. */
  announce(message: string): void {
    this.announcement = message;
  }

  private submission(vote: Vote, replaces: string | undefined) {
    return {
      language: this.language,
      vote,
      ...(replaces ? { replaces } : {}),
      ...(this.readability ? { readability: this.readability } : {}),
    };
  }

  private remember(answer: Answer) {
    const config = this.config;
    if (!config) return;
    this.answer = answer;
    saveAnswer(config.site, config.page, answer);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'heard-feedback': HeardFeedback;
  }
}
