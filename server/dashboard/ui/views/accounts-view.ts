import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { type Account, type Role, RoleSchema } from '../../../../contract/admin.ts';
import { actionLabel } from '../components/cells.ts';
import { ApiError, api } from '../internal/api.ts';
import { LoadController } from '../internal/load-controller.ts';
import { DashboardView } from './dashboard-view.ts';
import { styles } from './pages-view.styles.ts';

/**
 * @summary Administrators list accounts, create them (the server makes a one-time password, shown once), reset
 * passwords and delete accounts. Site access of a new account is all sites or the ones ticked.
 */
export class AccountsView extends DashboardView {
  static override styles = styles;

  /** A one-time password just made: shown once, in text the administrator can copy. */
  @state() private secret = '';
  @state() private formError = '';

  private readonly accounts = new LoadController(
    this,
    () => (this.isFullAdmin ? 'accounts' : undefined),
    (signal) => api.accounts(signal),
  );

  override render() {
    const t = this.t;
    const list = this.accounts.value?.accounts;
    return html`<p>${t.accountsIntro}</p>
      ${this.secret ? html`<p class="secret" role="alert" tabindex="-1" id="secret">${this.secret}</p>` : nothing}
      ${
        !list
          ? this.pending(this.accounts)
          : html`<div class="table-scroll" role="region" aria-labelledby="accounts-caption" tabindex="0">
            <table>
              <caption id="accounts-caption" class="visually-hidden">${t.accountsTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.username}</th>
                  <th scope="col">${t.role}</th>
                  <th scope="col">${t.siteAccess}</th>
                  <th scope="col">${this.me ? t.lastSignInZone(this.me.timeZone) : t.lastSignIn}</th>
                  <th scope="col"><span class="visually-hidden">${t.resetPassword}</span></th>
                </tr>
              </thead>
              <tbody>
                ${list.map((account) => this.row(account))}
              </tbody>
            </table>
          </div>`
      }
      ${this.renderCreate()}`;
  }

  private row(account: Account) {
    const t = this.t;
    const self = account.username === this.me?.username;
    return html`<tr>
      <th scope="row">${account.username}</th>
      <td>
        ${
          self
            ? t.roles[account.role]
            : html`<form class="actions" @submit=${(e: SubmitEvent) => void this.changeRole(e, account.username)}>
              <label class="visually-hidden" for=${`role-${account.username}`}>${t.role} (${account.username})</label>
              <select id=${`role-${account.username}`} name="role">
                ${RoleSchema.options.map(
                  (role) =>
                    html`<option value=${role} ?selected=${role === account.role}>${t.roles[role]}</option>`,
                )}
              </select>
              <button type="submit" class="secondary">${actionLabel(t.changeRole, account.username)}</button>
            </form>`
        }
      </td>
      <td>${self ? this.siteAccessText(account) : this.siteAccessForm(account)}</td>
      <td>${account.lastLoginAt ? this.fmt.dateTime(account.lastLoginAt) : t.never}</td>
      <td>
        ${
          // Your own password is changed under "Change password"; a reset would sign you out at once.
          self
            ? nothing
            : html`<div class="actions">
              <button type="button" class="secondary" @click=${() => void this.reset(account.username)}>
                ${actionLabel(t.resetPassword, account.username)}
              </button>
              <button type="button" class="danger" @click=${() => void this.deleteAccount(account.username)}>
                ${actionLabel(t.deleteAccount, account.username)}
              </button>
            </div>`
        }
      </td>
    </tr>`;
  }

  private siteAccessText(account: Account) {
    return account.sites === 'all' ? this.t.allSites : account.sites.join(', ') || this.t.none;
  }

  /** The account's sites, and behind a disclosure the boxes to change them. */
  private siteAccessForm(account: Account) {
    const t = this.t;
    const id = `sites-${account.username}`;
    const has = (site: string) => account.sites !== 'all' && account.sites.includes(site);
    return html`<details>
      <summary>${this.siteAccessText(account)}<span class="visually-hidden"> (${account.username})</span></summary>
      <form @submit=${(e: SubmitEvent) => void this.changeSites(e, account.username)}>
        <fieldset>
          <legend class="visually-hidden">${t.siteAccess} (${account.username})</legend>
          <label><input type="checkbox" name="all" value="all" ?checked=${account.sites === 'all'} /> ${t.allSites}</label>
          ${this.sites.map(
            (site) =>
              html`<label><input type="checkbox" name="site" value=${site.id} ?checked=${has(site.id)} /> ${site.name}</label>`,
          )}
        </fieldset>
        <button type="submit" class="secondary" id=${id}>${actionLabel(t.changeSites, account.username)}</button>
      </form>
    </details>`;
  }

  private async changeSites(event: SubmitEvent, username: string) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const sites = data.get('all') ? 'all' : data.getAll('site').map(String);
    if (sites.length === 0) {
      this.announce(this.t.chooseSites);
      return;
    }
    try {
      const updated = await api.updateAccount(username, { sites });
      this.announce(this.t.sitesChanged(updated.username, this.siteAccessText(updated)));
      await this.accounts.reload();
    } catch (error) {
      this.failed(error);
    }
  }

  private renderCreate() {
    const t = this.t;
    return html`<h2>${t.createAccountHeading}</h2>
      <form @submit=${this.create} novalidate>
        <div role="alert" class="error">${this.formError}</div>
        <div class="field">
          <label for="account-username">${t.username}</label>
          <input id="account-username" name="username" required maxlength="64" autocomplete="off"
            autocapitalize="none" spellcheck="false" />
        </div>
        <div class="field">
          <label for="account-role">${t.role}</label>
          <select id="account-role" name="role">
            ${RoleSchema.options.map((role) => html`<option value=${role}>${t.roles[role]}</option>`)}
          </select>
        </div>
        <fieldset class="field">
          <legend>${t.siteAccess}</legend>
          <label><input type="checkbox" name="all" value="all" /> ${t.allSites}</label>
          ${this.sites.map(
            (site) =>
              html`<label><input type="checkbox" name="site" value=${site.id} /> ${site.name}</label>`,
          )}
        </fieldset>
        <button type="submit">${t.createAccount}</button>
      </form>`;
  }

  private async showSecret(text: string) {
    this.secret = text;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#secret')?.focus();
  }

  private async create(event: SubmitEvent) {
    event.preventDefault();
    const t = this.t;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const role = RoleSchema.options.find((r): r is Role => r === data.get('role')) ?? 'viewer';
    // Access is granted only as ticked: nothing ticked is a question to answer, not all sites.
    const sites = data.get('all') ? 'all' : data.getAll('site').map(String);
    if (sites.length === 0) {
      this.formError = t.chooseSites;
      return;
    }
    try {
      const created = await api.createAccount({
        username: String(data.get('username') ?? '').trim(),
        role,
        sites,
      });
      this.formError = '';
      form.reset();
      await this.accounts.reload();
      await this.showSecret(t.accountCreated(created.account.username, created.oneTimePassword));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) this.formError = t.usernameTaken;
      else if (error instanceof ApiError && error.status === 400)
        this.formError =
          error.fields.map((f) => t.invalidField(f.path, f.message)).join(' ') || error.message;
      else this.failed(error);
    }
  }

  private async changeRole(event: SubmitEvent, username: string) {
    event.preventDefault();
    const value = new FormData(event.currentTarget as HTMLFormElement).get('role');
    const role = RoleSchema.options.find((r) => r === value);
    if (!role) return;
    try {
      const updated = await api.updateAccount(username, { role });
      this.announce(this.t.roleChanged(updated.username, this.t.roles[updated.role]));
      await this.accounts.reload();
    } catch (error) {
      this.failed(error);
    }
  }

  private async reset(username: string) {
    try {
      const reset = await api.resetPassword(username);
      await this.showSecret(this.t.passwordReset(username, reset.oneTimePassword));
    } catch (error) {
      this.failed(error);
    }
  }

  private async deleteAccount(username: string) {
    const t = this.t;
    if (!confirm(t.confirmDeleteAccount(username))) return;
    try {
      await api.deleteAccount(username);
      this.announce(t.accountDeleted(username));
      await this.accounts.reload();
    } catch (error) {
      this.failed(error);
    }
  }
}

if (!customElements.get('heard-accounts-view')) customElements.define('heard-accounts-view', AccountsView);

declare global {
  interface HTMLElementTagNameMap {
    'heard-accounts-view': AccountsView;
  }
}
