import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { MIN_PASSWORD_LENGTH } from '../../../../contract/admin.ts';
import { SignedInEvent } from '../events.ts';
import { ApiError, api } from '../internal/api.ts';
import { sharedStyles } from '../styles/shared.styles.ts';
import { DashboardView } from './dashboard-view.ts';

type Field = 'currentPassword' | 'newPassword' | 'repeatPassword';

/**
 * @summary Changes the account's password; required before anything else after a one-time password.
 * Problems are listed in an error summary that takes focus and links to each field (the GOV.UK pattern).
 * @fires heard-signed-in - With the account, no longer required to change its password.
 */
export class PasswordView extends DashboardView {
  static override styles = sharedStyles;

  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private busy = false;

  override render() {
    const t = this.t;
    const entries = Object.entries(this.errors) as [Field, string][];
    return html`${this.me?.mustChangePassword ? html`<p>${t.mustChangeIntro}</p>` : nothing}
      ${
        entries.length
          ? html`<div class="error-summary" tabindex="-1" role="alert" aria-labelledby="summary-title">
            <h2 id="summary-title">${t.errorSummary}</h2>
            <ul>
              ${entries.map(([field, message]) => html`<li><a href=${`#${field}`} @click=${(e: Event) => this.focusField(e, field)}>${message}</a></li>`)}
            </ul>
          </div>`
          : nothing
      }
      <form @submit=${this.submit} novalidate>
        <input type="text" name="username" autocomplete="username" .value=${this.me?.username ?? ''} hidden />
        ${this.field('currentPassword', t.currentPassword, 'current-password')}
        ${this.field('newPassword', t.newPassword, 'new-password', t.passwordHint(MIN_PASSWORD_LENGTH))}
        ${this.field('repeatPassword', t.repeatPassword, 'new-password')}
        <button type="submit" ?disabled=${this.busy}>${t.save}</button>
      </form>`;
  }

  private field(name: Field, label: string, autocomplete: string, hint?: string) {
    const error = this.errors[name];
    const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${name}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${name}-hint`}>${hint}</p>` : nothing}
      ${error ? html`<p class="error" id=${`${name}-error`}>${error}</p>` : nothing}
      <input
        id=${name}
        name=${name}
        type="password"
        autocomplete=${autocomplete}
        maxlength="256"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
      />
    </div>`;
  }

  private focusField(event: Event, field: Field) {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>(`#${field}`)?.focus();
  }

  private async showErrors(errors: Partial<Record<Field, string>>) {
    this.errors = errors;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const t = this.t;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const currentPassword = String(data.get('currentPassword') ?? '');
    const newPassword = String(data.get('newPassword') ?? '');
    const repeatPassword = String(data.get('repeatPassword') ?? '');
    const errors: Partial<Record<Field, string>> = {};
    if (!currentPassword) errors.currentPassword = t.wrongCurrentPassword;
    if (newPassword.length < MIN_PASSWORD_LENGTH)
      errors.newPassword = t.passwordTooShort(MIN_PASSWORD_LENGTH);
    else if (newPassword !== repeatPassword) errors.repeatPassword = t.passwordsDiffer;
    if (Object.keys(errors).length) return this.showErrors(errors);
    this.busy = true;
    try {
      await api.changePassword({ currentPassword, newPassword });
      form.reset();
      this.errors = {};
      this.announce(t.passwordChanged);
      const me = this.me;
      if (me) this.dispatchEvent(new SignedInEvent({ me: { ...me, mustChangePassword: false } }));
    } catch (error) {
      // The server names the field: a wrong current password, or a new one it will not take.
      if (error instanceof ApiError && error.status === 400 && error.fields.length) {
        const errors: Partial<Record<Field, string>> = {};
        for (const field of error.fields) {
          if (field.path === 'currentPassword') errors.currentPassword = t.wrongCurrentPassword;
          else errors.newPassword = t.invalidField(t.newPassword, field.message);
        }
        return this.showErrors(errors);
      }
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }
}

if (!customElements.get('heard-password-view')) customElements.define('heard-password-view', PasswordView);

declare global {
  interface HTMLElementTagNameMap {
    'heard-password-view': PasswordView;
  }
}
