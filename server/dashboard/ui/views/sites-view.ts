import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { AdminSite } from '../../../../contract/admin.ts';
import { actionLabel } from '../components/cells.ts';
import { SitesChangedEvent } from '../events.ts';
import { ApiError, api } from '../internal/api.ts';
import { embedSnippet } from '../internal/embed-snippet.ts';
import { DashboardView } from './dashboard-view.ts';
import { styles } from './sites-view.styles.ts';

/**
 * @summary The sites the account may see, each with its settings and embed code. Administrators register sites
 * and change their allowed origins, minimum votes and comment retention.
 * @fires heard-sites-changed - After a site is registered or saved.
 */
export class SitesView extends DashboardView {
  static override styles = styles;

  /** The id of the site being edited, if any. */
  @state() private editing: string | undefined;
  @state() private formError = '';

  override render() {
    const t = this.t;
    return html`<p>${t.sitesIntro}</p>
      ${this.sites.length === 0 ? html`<p>${this.isFullAdmin ? t.noSitesAdmin : t.noSites}</p>` : nothing}
      ${this.sites.map((site) => this.renderSite(site))}
      ${this.isFullAdmin && !this.editing ? this.renderForm(undefined) : nothing}`;
  }

  private renderSite(site: AdminSite) {
    const t = this.t;
    if (this.editing === site.id) return this.renderForm(site);
    const snippet = embedSnippet(location.origin, site.id);
    const snippetId = `embed-${site.id}`;
    return html`<section class="site" aria-labelledby=${`site-${site.id}`}>
      <h2 id=${`site-${site.id}`} tabindex="-1">${site.name}</h2>
      <dl>
        <div><dt>${t.siteId}</dt><dd><code>${site.id}</code></dd></div>
        <div><dt>${t.origins}</dt><dd>${site.origins.length ? site.origins.join(', ') : t.none}</dd></div>
        <div><dt>${t.minVotes}</dt><dd>${this.fmt.number(site.minVotes)}</dd></div>
        <div>
          <dt>${t.retentionDays}</dt>
          <dd>${site.retentionDays === null ? t.keepComments : t.retentionValue(site.retentionDays)}</dd>
        </div>
      </dl>
      <h3>${t.embedHeading}</h3>
      <p class="hint" id=${`${snippetId}-hint`}>${t.embedHint}</p>
      <label class="visually-hidden" for=${snippetId}>${t.embedLabel(site.name)}</label>
      <textarea
        id=${snippetId}
        class="snippet"
        readonly
        rows="3"
        spellcheck="false"
        aria-describedby=${`${snippetId}-hint`}
        .value=${snippet}
      ></textarea>
      <div class="actions">
        <button type="button" @click=${() => void this.copy(snippetId, snippet)}>
          ${actionLabel(t.copy, site.name)}
        </button>
        ${
          this.isAdmin
            ? html`<button
              type="button"
              class="secondary"
              @click=${() => this.edit(site.id)}
            >
              ${actionLabel(t.edit, site.name)}
            </button>`
            : nothing
        }
      </div>
    </section>`;
  }

  private async copy(snippetId: string, snippet: string) {
    try {
      await navigator.clipboard.writeText(snippet);
      this.announce(this.t.copied);
    } catch {
      // The clipboard needs a secure context and permission; selecting the text lets the user copy it.
      this.renderRoot.querySelector<HTMLTextAreaElement>(`#${snippetId}`)?.select();
      this.announce(this.t.copyFailed);
    }
  }

  /** Opens (id) or closes (undefined) the edit form, keeping focus where the user was working. */
  private async edit(id: string | undefined) {
    const previous = this.editing;
    this.editing = id;
    this.formError = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(id ? '#site-name' : `#site-${previous}`)?.focus();
  }

  private renderForm(site: AdminSite | undefined) {
    const t = this.t;
    const headingId = site ? 'edit-heading' : 'register-heading';
    return html`<section class="site" aria-labelledby=${headingId}>
      <h2 id=${headingId} tabindex="-1">${site ? t.editHeading(site.name) : t.registerHeading}</h2>
      <form @submit=${(e: SubmitEvent) => void this.save(e, site)} novalidate>
        <div role="alert" class="error" id="site-form-error">${this.formError}</div>
        ${
          site
            ? nothing
            : html`<div class="field">
              <label for="site-id">${t.siteId}</label>
              <span class="hint" id="site-id-hint">${t.siteIdHint}</span>
              <input id="site-id" name="id" required pattern="[a-z0-9-]{1,64}" maxlength="64" spellcheck="false"
                autocapitalize="none" aria-describedby="site-id-hint" />
            </div>`
        }
        <div class="field">
          <label for="site-name">${t.siteName}</label>
          <input id="site-name" name="name" required maxlength="200" .value=${site?.name ?? ''} />
        </div>
        <div class="field">
          <label for="site-origins">${t.origins}</label>
          <span class="hint" id="site-origins-hint">${t.originsHint}</span>
          <textarea id="site-origins" name="origins" rows="3" spellcheck="false" aria-describedby="site-origins-hint"
            .value=${site?.origins.join('\n') ?? ''}></textarea>
        </div>
        <div class="field">
          <label for="site-min-votes">${t.minVotes}</label>
          <span class="hint" id="site-min-votes-hint">${t.minVotesHint}</span>
          <input id="site-min-votes" name="minVotes" type="number" inputmode="numeric" min="1" max="100000" required
            aria-describedby="site-min-votes-hint" .value=${String(site?.minVotes ?? 10)} />
        </div>
        <div class="field">
          <label for="site-retention">${t.retentionDays}</label>
          <span class="hint" id="site-retention-hint">${t.retentionHint}</span>
          <input id="site-retention" name="retentionDays" type="number" inputmode="numeric" min="1" max="36500"
            aria-describedby="site-retention-hint" .value=${site?.retentionDays === null || !site ? '' : String(site.retentionDays)} />
        </div>
        <div class="actions">
          <button type="submit">${site ? t.saveSite : t.register}</button>
          ${site ? html`<button type="button" class="secondary" @click=${() => void this.edit(undefined)}>${t.cancel}</button>` : nothing}
        </div>
      </form>
    </section>`;
  }

  private async save(event: SubmitEvent, existing: AdminSite | undefined) {
    event.preventDefault();
    const t = this.t;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const retention = text('retentionDays');
    const fields = {
      name: text('name'),
      origins: text('origins')
        .split(/[\s,]+/)
        .map((origin) => origin.replace(/\/+$/, ''))
        .filter(Boolean),
      minVotes: Number(text('minVotes')),
      retentionDays: retention ? Number(retention) : null,
    };
    try {
      const saved = existing
        ? await api.updateSite(existing.id, fields)
        : await api.createSite({ id: text('id'), ...fields });
      this.formError = '';
      if (existing) void this.edit(undefined);
      else form.reset();
      this.announce(existing ? t.siteSaved(saved.name) : t.siteRegistered(saved.name));
      this.dispatchEvent(new SitesChangedEvent());
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) this.formError = t.siteTaken;
      else if (error instanceof ApiError && error.status === 400)
        this.formError =
          error.fields.map((f) => t.invalidField(this.fieldLabel(f.path), f.message)).join(' ') ||
          error.message;
      else return this.failed(error);
    }
  }

  private fieldLabel(path: string): string {
    const t = this.t;
    const field = path.split('.')[0];
    const labels: Record<string, string> = {
      id: t.siteId,
      name: t.siteName,
      origins: t.origins,
      minVotes: t.minVotes,
      retentionDays: t.retentionDays,
    };
    return labels[field ?? ''] ?? path;
  }
}

if (!customElements.get('heard-sites-view')) customElements.define('heard-sites-view', SitesView);

declare global {
  interface HTMLElementTagNameMap {
    'heard-sites-view': SitesView;
  }
}
