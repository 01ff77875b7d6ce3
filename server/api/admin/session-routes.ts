import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { ChangePasswordRequestSchema, LoginRequestSchema, type Me } from '../../../contract/admin.ts';
import { decoyHash, hashPassword, verifyPassword } from '../../auth/password.ts';
import { MAX_AGE_MS, SESSION_COOKIE } from '../../auth/sessions.ts';
import type { AccountRecord } from '../../storage/admin-store.ts';
import { errorResponse } from '../errors.ts';
import { type AdminDeps, type AdminEnv, parseBody } from './context.ts';

const me = (a: AccountRecord, deps: AdminDeps): Me => ({
  username: a.username,
  role: a.role,
  sites: a.sites,
  mustChangePassword: a.mustChangePassword,
  timeZone: deps.store.days.zone,
});

/** `POST /login`, public: checks the password, rate-limits failures, sets the session cookie. */
export function loginRoutes(deps: AdminDeps) {
  return new Hono().post('/login', async (c) => {
    const body = await parseBody(c, LoginRequestSchema);
    if (body instanceof Response) return body;
    const username = body.username.trim().toLowerCase();
    const keys = [`user:${username}`, `client:${deps.clientKey(c)}`];
    const wait = Math.max(...keys.map((key) => deps.loginLimiter.retryAfter(key)));
    if (wait > 0) {
      c.header('retry-after', String(wait));
      return errorResponse(c, 429, 'rate_limited', `Too many failed sign-ins; try again in ${wait} s.`);
    }
    const attempts = keys.map((key) => deps.loginLimiter.attempt(key));
    const account = await deps.store.getAccount(username);
    // Unknown users cost a hash too, so timing does not tell which usernames exist.
    const matches = await verifyPassword(body.password, account?.passwordHash ?? (await decoyHash()));
    if (!account || !matches)
      return errorResponse(c, 401, 'invalid_credentials', 'Wrong username or password.');
    for (const attempt of attempts) attempt.succeeded();
    deps.loginLimiter.clear(keys[0] as string);
    const token = await deps.sessions.open(account.username);
    await deps.store.recordLogin(account.username, deps.now().toISOString());
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: deps.origin(c).startsWith('https:'),
      maxAge: MAX_AGE_MS / 1000,
    });
    return c.json(me(account, deps));
  });
}

/** The signed-in account: `GET /me`, `POST /me/password`, `POST /logout`. */
export function sessionRoutes(deps: AdminDeps) {
  const app = new Hono<AdminEnv>();
  app.get('/me', (c) => c.json(me(c.var.signedIn.account, deps)));

  app.post('/logout', async (c) => {
    await deps.sessions.close(c.var.signedIn.tokenHash);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.post('/me/password', async (c) => {
    const body = await parseBody(c, ChangePasswordRequestSchema);
    if (body instanceof Response) return body;
    const { account, tokenHash } = c.var.signedIn;
    if (!(await verifyPassword(body.currentPassword, account.passwordHash)))
      return errorResponse(c, 400, 'invalid_request', 'Some fields are missing or invalid.', [
        { path: 'currentPassword', message: 'is not your current password' },
      ]);
    if (body.newPassword === body.currentPassword)
      return errorResponse(c, 400, 'invalid_request', 'Some fields are missing or invalid.', [
        { path: 'newPassword', message: 'must differ from the current password' },
      ]);
    await deps.store.updateAccount(account.username, {
      passwordHash: await hashPassword(body.newPassword),
      mustChangePassword: false,
    });
    // Anyone else holding a session of this account (a leaked one-time password) is signed out.
    await deps.store.deleteSessionsOf(account.username, tokenHash);
    return c.body(null, 204);
  });
  return app;
}
