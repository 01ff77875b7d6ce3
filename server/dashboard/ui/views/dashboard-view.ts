import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { AdminSite, Me } from '../../../../contract/admin.ts';
import { AnnounceEvent, RequestFailedEvent } from '../events.ts';
import { type Formatter, formatter } from '../internal/format.ts';
import type { LoadController } from '../internal/load-controller.ts';
import type { Filters, Route } from '../internal/router.ts';
import { type DashboardLanguage, type Translation, translation } from '../translations/index.ts';

/**
 * What the shell hands every view: the language with its strings and formats, the account, the sites it may
 * see, and the route with the site filled in. Views render below the shell's heading.
 *
 * @fires heard-announce - A status message for the shell's live region.
 * @fires heard-request-failed - A load or save failed; the shell signs out on 401 and shows the rest.
 */
export class DashboardView extends LitElement {
  @property({ attribute: false }) language: DashboardLanguage = 'en';
  @property({ attribute: false }) me: Me | undefined;
  @property({ attribute: false }) sites: AdminSite[] = [];
  @property({ attribute: false }) route: Route = { view: 'pages', filters: {} };

  protected get t(): Translation {
    return translation(this.language);
  }

  protected get fmt(): Formatter {
    return formatter(this.language, this.me?.timeZone);
  }

  protected get filters(): Filters {
    return this.route.filters;
  }

  protected get canModerate(): boolean {
    return this.me?.role === 'editor' || this.me?.role === 'admin';
  }

  protected get isAdmin(): boolean {
    return this.me?.role === 'admin';
  }

  /** An admin of all sites: only they register sites and manage accounts (either could grant all sites). */
  protected get isFullAdmin(): boolean {
    return this.isAdmin && this.me?.sites === 'all';
  }

  /** What stands in for data not here yet: "Loading…", or after a failure a pointer to the shell's alert. */
  protected pending(load: LoadController<unknown>) {
    return html`<p>${load.failed ? this.t.loadFailed : this.t.loading}</p>`;
  }

  protected announce(message: string): void {
    this.dispatchEvent(new AnnounceEvent({ message }));
  }

  protected failed(error: unknown): void {
    this.dispatchEvent(new RequestFailedEvent({ error }));
  }
}
