import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SignedInEvent } from '../events.ts';
import { ApiError, api } from '../internal/api.ts';
import { sharedStyles } from '../styles/shared.styles.ts';
import { DashboardView } from './dashboard-view.ts';

/**
 * @summary Username and password. Wrong credentials and rate limiting are said in an alert that names what to do,
 * and the fields are marked invalid; the password field is cleared, the username kept.
 * @fires heard-signed-in - After a successful sign-in.
 */
export class SignInView extends DashboardView {
  static override styles = sharedStyles;

  /** Why the user is here, e.g. "You have signed out." */
  @property({ attribute: false }) notice = '';
  @state() private error = '';
  @state() private busy = false;

  override render() {
    const t = this.t;
    return html`${this.notice ? html`<p>${this.notice}</p>` : nothing}
      <p>${t.signInIntro}</p>
      <form @submit=${this.submit} novalidate>
        <div role="alert" class="error" id="sign-in-error">${this.error}</div>
        <div class="field">
          <label for="username">${t.username}</label>
          <input
            id="username"
            name="username"
            autocomplete="username"
            autocapitalize="none"
            spellcheck="false"
            required
            maxlength="64"
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${this.error ? 'sign-in-error' : nothing}
          />
        </div>
        <div class="field">
          <label for="password">${t.password}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            maxlength="256"
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${this.error ? 'sign-in-error' : nothing}
          />
        </div>
        <button type="submit" ?disabled=${this.busy}>${t.signIn}</button>
      </form>`;
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const username = String(data.get('username') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const t = this.t;
    if (!username || !password) {
      this.error = t.enterCredentials;
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const me = await api.login({ username, password });
      this.dispatchEvent(new SignedInEvent({ me }));
    } catch (error) {
      const passwordField = form.elements.namedItem('password');
      if (passwordField instanceof HTMLInputElement) passwordField.value = '';
      if (error instanceof ApiError && error.status === 401) this.error = t.wrongCredentials;
      else if (error instanceof ApiError && error.status === 429)
        this.error = t.tooManyAttempts(this.fmt.duration(error.retryAfterSeconds ?? 60));
      else if (error instanceof ApiError && error.status === 0) this.error = t.networkError;
      else this.error = t.serverError(error instanceof Error ? error.message : String(error));
    } finally {
      this.busy = false;
    }
  }
}

if (!customElements.get('heard-sign-in-view')) customElements.define('heard-sign-in-view', SignInView);

declare global {
  interface HTMLElementTagNameMap {
    'heard-sign-in-view': SignInView;
  }
}
