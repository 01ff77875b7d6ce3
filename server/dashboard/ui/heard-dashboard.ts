import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { AdminSite, Me } from '../../../contract/admin.ts';
import type { AnnounceEvent, RequestFailedEvent, SignedInEvent } from './events.ts';
import { styles } from './heard-dashboard.styles.ts';
import { ApiError, api, UNEXPECTED_ANSWER } from './internal/api.ts';
import { preferredLanguage, rememberLanguage } from './internal/language-preference.ts';
import { parseRoute, type Route, routeHref, type ViewName } from './internal/router.ts';
import {
  DASHBOARD_LANGUAGES,
  type DashboardLanguage,
  LANGUAGE_AUTONYMS,
  type Translation,
  translation,
} from './translations/index.ts';
import './views/sign-in-view.ts';
import './views/password-view.ts';
import './views/pages-view.ts';
import './views/page-detail-view.ts';
import './views/responsiveness-view.ts';
import './views/sites-view.ts';
import './views/accounts-view.ts';

/**
 * @summary The agency dashboard: signs the user in, keeps the chosen language, routes between views with the
 * URL's hash, moves focus to each new view's heading and speaks status messages through one live region.
 * The server enforces every permission; the shell only hides what the account's role cannot do.
 */
export class HeardDashboard extends LitElement {
  static override styles = styles;

  @state() private language: DashboardLanguage = preferredLanguage();
  /** undefined while the session is being checked; null when signed out. */
  @state() private me: Me | null | undefined;
  @state() private route: Route = parseRoute(location.hash);
  /** undefined until loaded, so views do not say "no sites" while the list is on its way. */
  @state() private sites: AdminSite[] | undefined;
  @state() private status = '';
  @state() private problem = '';
  /** Said on the sign-in view: why the user is there (signed out, session ended). */
  @state() private signInNotice = '';
  private focusHeading = false;

  private readonly onHashChange = () => {
    const next = parseRoute(location.hash);
    const moved = next.view !== this.route.view || next.page !== this.route.page;
    this.route = next;
    this.problem = '';
    if (moved) this.focusHeading = true;
  };

  constructor() {
    super();
    // Events from the views, which live in this element's shadow root; listening on the host survives reconnects.
    this.addEventListener('heard-announce', (e: AnnounceEvent) => this.announce(e.detail.message));
    this.addEventListener('heard-request-failed', (e: RequestFailedEvent) =>
      this.handleFailure(e.detail.error),
    );
    this.addEventListener('heard-signed-in', (e: SignedInEvent) => this.signedIn(e.detail.me));
    this.addEventListener('heard-sites-changed', () => void this.loadSites());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void this.checkSession();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  private get t(): Translation {
    return translation(this.language);
  }

  private async checkSession() {
    try {
      this.me = await api.me();
      // Until a one-time password is replaced the server opens nothing else, sites included.
      if (!this.me.mustChangePassword) await this.loadSites();
    } catch (error) {
      this.me = null;
      if (!(error instanceof ApiError && error.status === 401)) this.handleFailure(error);
    }
  }

  private async loadSites() {
    try {
      this.sites = (await api.sites()).sites;
    } catch (error) {
      this.handleFailure(error);
    }
  }

  /** After sign-in, and after a password change ends the one-time password's restrictions. */
  private signedIn(me: Me) {
    if (!this.me) this.announce(this.t.signedIn(me.username));
    this.me = me;
    this.signInNotice = '';
    this.problem = '';
    this.focusHeading = true;
    if (me.mustChangePassword) return;
    void this.loadSites();
    // The previous user's place may be one this account cannot go (accounts, for a non-admin).
    if (this.currentView() === 'unknown') location.hash = routeHref({ view: 'pages', filters: {} });
  }

  private async signOut() {
    try {
      await api.logout();
    } catch (error) {
      // Signed out on the server or not, this browser forgets the session's view; a 401 means it already ended.
      if (!(error instanceof ApiError && error.status === 401)) this.handleFailure(error);
    }
    this.me = null;
    this.sites = undefined;
    this.signInNotice = this.t.signedOut;
    this.focusHeading = true;
  }

  private announce(message: string) {
    // Clearing first makes a repeated message ("Saved.") be spoken again.
    this.status = '';
    requestAnimationFrame(() => {
      this.status = message;
    });
  }

  private handleFailure(error: unknown) {
    const t = this.t;
    if (error instanceof ApiError) {
      if (error.status === 401 && this.me) {
        this.me = null;
        this.signInNotice = t.sessionExpired;
        this.focusHeading = true;
        return;
      }
      this.problem = problemText(t, error);
      return;
    }
    console.error(error);
    this.problem = t.serverError(error instanceof Error ? error.message : String(error));
  }

  private setLanguage(language: DashboardLanguage) {
    this.language = language;
    rememberLanguage(language);
    this.announce(LANGUAGE_AUTONYMS[language]);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('language')) document.documentElement.lang = this.language;
  }

  protected override updated(): void {
    document.title = `${this.heading()} — ${this.t.appName}`;
    if (this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    }
  }

  /** The view shown: sign-in and a forced password change come before anything else. */
  private currentView(): ViewName | 'sign-in' | 'unknown' | 'loading' {
    if (this.me === undefined) return 'loading';
    if (this.me === null) return 'sign-in';
    if (this.me.mustChangePassword) return 'password';
    const view = this.route.view;
    if (view === 'accounts' && this.me.role !== 'admin') return 'unknown';
    if (view === 'page' && !this.route.page) return 'unknown';
    return view;
  }

  private heading(): string {
    const t = this.t;
    const titles: Record<ReturnType<HeardDashboard['currentView']>, string> = {
      loading: t.loading,
      'sign-in': t.signInTitle,
      password: t.passwordTitle,
      pages: t.pagesTitle,
      page: t.pageTitle,
      responsiveness: t.responsivenessTitle,
      sites: t.sitesTitle,
      accounts: t.accountsTitle,
      unknown: t.dashboardName,
    };
    return titles[this.currentView()];
  }

  /** The route with the site filled in, so every view and link agrees on one site. */
  private effectiveRoute(): Route {
    const site = this.route.filters.site ?? this.sites?.[0]?.id;
    return { ...this.route, filters: { ...this.route.filters, ...(site ? { site } : {}) } };
  }

  private navLink(view: ViewName, label: string) {
    const route = this.effectiveRoute();
    const href = routeHref({ view, filters: route.filters });
    const current = this.route.view === view || (view === 'pages' && this.route.view === 'page');
    return html`<li><a href=${href} aria-current=${current ? 'page' : nothing}>${label}</a></li>`;
  }

  private renderHeader() {
    const t = this.t;
    const me = this.me;
    return html`<header>
      <button type="button" class="skip" @click=${this.skipToMain}>${t.skipToContent}</button>
      <div class="bar">
        <p class="brand"><span class="app">${t.appName}</span> ${t.dashboardName}</p>
        <div class="languages" role="group" aria-labelledby="language-label">
          <span id="language-label">${t.language}</span>
          ${DASHBOARD_LANGUAGES.map(
            (language) =>
              html`<button
                type="button"
                lang=${language}
                aria-pressed=${language === this.language ? 'true' : 'false'}
                @click=${() => this.setLanguage(language)}
              >
                ${LANGUAGE_AUTONYMS[language]}
              </button>`,
          )}
        </div>
        ${
          me
            ? html`<div class="account">
              <span>${t.signedInAs(me.username, t.roles[me.role])}</span>
              <button type="button" class="secondary" @click=${() => void this.signOut()}>${t.signOut}</button>
            </div>`
            : nothing
        }
      </div>
      ${
        me && !me.mustChangePassword
          ? html`<nav aria-label=${t.mainNavigation}>
            <ul>
              ${this.navLink('pages', t.navPages)} ${this.navLink('responsiveness', t.navResponsiveness)}
              ${this.navLink('sites', t.navSites)}
              ${me.role === 'admin' && me.sites === 'all' ? this.navLink('accounts', t.navAccounts) : nothing}
              ${this.navLink('password', t.navPassword)}
            </ul>
          </nav>`
          : nothing
      }
    </header>`;
  }

  private renderView() {
    const view = this.currentView();
    const t = this.t;
    switch (view) {
      case 'loading':
        return html`<p>${t.loading}</p>`;
      case 'unknown':
        return html`<p>${t.notFoundView}</p>`;
      case 'sign-in':
        return html`<heard-sign-in-view .language=${this.language} .notice=${this.signInNotice}></heard-sign-in-view>`;
      case 'password':
        return html`<heard-password-view .language=${this.language} .me=${this.me ?? undefined}></heard-password-view>`;
    }
    const sites = this.sites;
    if (!sites) return html`<p>${t.loading}</p>`;
    const me = this.me ?? undefined;
    const route = this.effectiveRoute();
    switch (view) {
      case 'pages':
        return html`<heard-pages-view .language=${this.language} .me=${me} .sites=${sites} .route=${route}></heard-pages-view>`;
      case 'page':
        return html`<heard-page-detail-view .language=${this.language} .me=${me} .sites=${sites} .route=${route}></heard-page-detail-view>`;
      case 'responsiveness':
        return html`<heard-responsiveness-view .language=${this.language} .me=${me} .sites=${sites} .route=${route}></heard-responsiveness-view>`;
      case 'sites':
        return html`<heard-sites-view .language=${this.language} .me=${me} .sites=${sites} .route=${route}></heard-sites-view>`;
      case 'accounts':
        return html`<heard-accounts-view .language=${this.language} .me=${me} .sites=${sites} .route=${route}></heard-accounts-view>`;
    }
  }

  override render() {
    const view = this.currentView();
    return html`${this.renderHeader()}
      <main id="main">
        <h1 tabindex="-1" class=${view === 'page' ? 'page-url' : ''}>
          ${this.heading()}${view === 'page' && this.route.page ? html`: <span>${this.route.page}</span>` : nothing}
        </h1>
        <div role="alert" class="problem">${this.problem}</div>
        ${this.renderView()}
      </main>
      <div role="status" class="visually-hidden">${this.status}</div>`;
  }

  /**
   * A button, not a `#main` link: the hash is the router's, and a fragment cannot reach into a shadow root.
   */
  private skipToMain() {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }
}

/**
 * What to tell the user about a failed request. The server's message is English and meant for diagnosis;
 * the common cases get a sentence in the user's language.
 */
function problemText(t: Translation, error: ApiError): string {
  if (error.status === 0) return t.networkError;
  if (error.code === UNEXPECTED_ANSWER) return t.unexpectedAnswer;
  if (error.status === 400) return t.invalidRequest;
  if (error.status === 403) return t.forbidden;
  if (error.status === 429) return t.tooManyRequests;
  return t.serverError(error.message);
}

declare global {
  interface HTMLElementTagNameMap {
    'heard-dashboard': HeardDashboard;
  }
}
