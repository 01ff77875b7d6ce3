import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type * as z from 'zod/mini';
import { MAX_RESPONSE_LENGTH } from '../../../../contract/admin.ts';
import type { PublishedResponseSchema } from '../../../../contract/feedback.ts';
import { ResponsesChangedEvent } from '../events.ts';
import { api } from '../internal/api.ts';
import { DASHBOARD_LANGUAGES, type DashboardLanguage } from '../translations/index.ts';
import { DashboardView } from '../views/dashboard-view.ts';
import { actionLabel } from './cells.ts';
import { styles } from './page-responses.styles.ts';

type PublishedResponse = z.infer<typeof PublishedResponseSchema>;

/**
 * @summary The "you said, we did" responses published on one page, and for editors the form that publishes one
 * in the page's language (the widget shows it to citizens on that page) and the buttons that delete them.
 * @fires heard-responses-changed - After publishing or deleting, with the page's new list.
 * @fires heard-announce - After publishing or deleting.
 * @fires heard-request-failed - When publishing or deleting fails.
 */
export class PageResponses extends DashboardView {
  static override styles = styles;

  /** The page's responses, newest first. Changes go up in `heard-responses-changed`; the owner sets this. */
  @property({ attribute: false }) responses: PublishedResponse[] = [];
  /** The language the form starts in: the page's. */
  @property({ attribute: false }) defaultLanguage: DashboardLanguage = 'kk';
  @state() private responseError = '';
  /** The language the editor picked for the response being written, if they changed it. */
  @state() private responseLanguage: DashboardLanguage | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('route');
    if (before && before.page !== this.route.page) {
      this.responseLanguage = undefined;
      this.responseError = '';
    }
  }

  override render() {
    const t = this.t;
    const fmt = this.fmt;
    const responses = this.responses;
    return html`<h2>${t.responsesHeading}</h2>
      <p>${t.responsesIntro}</p>
      ${
        responses.length === 0
          ? html`<p>${t.noResponses}</p>`
          : html`<ul class="responses">
            ${responses.map(
              (r) => html`<li>
                <p class="muted">
                  ${t.publishedOn(fmt.dateTime(r.publishedAt))} · ${t.languageNames[r.language]}
                </p>
                <p lang=${r.language}>${r.text}</p>
                ${
                  this.canModerate
                    ? html`<button
                      type="button"
                      class="danger"
                      @click=${() => void this.deleteResponse(r)}
                    >
                      ${actionLabel(t.deleteResponse, t.publishedOn(fmt.dateTime(r.publishedAt)))}
                    </button>`
                    : nothing
                }
              </li>`,
            )}
          </ul>`
      }
      ${this.canModerate ? this.renderPublishForm() : nothing}`;
  }

  private renderPublishForm() {
    const t = this.t;
    const language = this.responseLanguage ?? this.defaultLanguage;
    return html`<h3>${t.publishHeading}</h3>
      <form @submit=${this.publish} novalidate>
        <div class="field">
          <label for="response-language">${t.responseLanguage}</label>
          <select id="response-language" name="language" @change=${this.chooseResponseLanguage}>
            ${DASHBOARD_LANGUAGES.map(
              (l) => html`<option value=${l} ?selected=${l === language}>${t.languageNames[l]}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="response-text">${t.responseText}</label>
          <span class="hint" id="response-hint">${t.responseHint}</span>
          ${this.responseError ? html`<p class="error" id="response-error">${this.responseError}</p>` : nothing}
          <textarea
            id="response-text"
            name="text"
            maxlength=${MAX_RESPONSE_LENGTH}
            lang=${language}
            aria-invalid=${this.responseError ? 'true' : 'false'}
            aria-describedby=${this.responseError ? 'response-hint response-error' : 'response-hint'}
          ></textarea>
        </div>
        <button type="submit">${t.publish}</button>
      </form>`;
  }

  /** The textarea's `lang` follows the choice, so spell-checking and screen readers use the right language. */
  private chooseResponseLanguage(event: Event) {
    const value = (event.currentTarget as HTMLSelectElement).value;
    this.responseLanguage = DASHBOARD_LANGUAGES.find((l) => l === value);
  }

  private async publish(event: SubmitEvent) {
    event.preventDefault();
    const t = this.t;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = String(data.get('text') ?? '').trim();
    const language = DASHBOARD_LANGUAGES.find((l) => l === data.get('language')) ?? this.defaultLanguage;
    if (!text) {
      this.responseError = t.responseEmpty;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#response-text')?.focus();
      return;
    }
    try {
      const published = await api.publishResponse({
        site: this.filters.site ?? '',
        page: this.route.page ?? '',
        language,
        text,
      });
      this.responseError = '';
      this.dispatchEvent(new ResponsesChangedEvent({ responses: [published, ...this.responses] }));
      form.reset();
      this.announce(t.published);
    } catch (error) {
      this.failed(error);
    }
  }

  private async deleteResponse(response: PublishedResponse) {
    const t = this.t;
    if (!confirm(t.confirmDelete)) return;
    try {
      await api.deleteResponse(response.id);
      this.dispatchEvent(
        new ResponsesChangedEvent({ responses: this.responses.filter((r) => r.id !== response.id) }),
      );
      this.announce(t.responseDeleted);
      // The deleted response's button is gone; keep keyboard users in the same section.
      this.renderRoot.querySelector<HTMLElement>('#response-text')?.focus();
    } catch (error) {
      this.failed(error);
    }
  }
}

if (!customElements.get('heard-page-responses')) customElements.define('heard-page-responses', PageResponses);

declare global {
  interface HTMLElementTagNameMap {
    'heard-page-responses': PageResponses;
  }
}
