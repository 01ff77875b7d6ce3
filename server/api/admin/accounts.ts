import { Hono } from 'hono';
import {
  type Account,
  type AccountCreated,
  CreateAccountRequestSchema,
  UpdateAccountRequestSchema,
} from '../../../contract/admin.ts';
import { generatePassword, hashPassword } from '../../auth/password.ts';
import type { AccountRecord } from '../../storage/admin-store.ts';
import { errorResponse } from '../errors.ts';
import { type AdminDeps, type AdminEnv, parseBody, requireFullAdmin } from './context.ts';

const toAccount = (a: AccountRecord): Account => ({
  username: a.username,
  role: a.role,
  sites: a.sites,
  mustChangePassword: a.mustChangePassword,
  createdAt: a.createdAt,
  lastLoginAt: a.lastLoginAt,
});

/** `/accounts` (admins of all sites only): list, create with a one-time password, change role or sites, reset, delete. */
export function accountRoutes(deps: AdminDeps) {
  const app = new Hono<AdminEnv>();
  app.use('*', async (c, next) => requireFullAdmin(c) ?? next());

  app.get('/', async (c) => c.json({ accounts: (await deps.store.listAccounts()).map(toAccount) }));

  app.post('/', async (c) => {
    const body = await parseBody(c, CreateAccountRequestSchema);
    if (body instanceof Response) return body;
    const oneTimePassword = generatePassword();
    const record: AccountRecord = {
      ...body,
      passwordHash: await hashPassword(oneTimePassword),
      mustChangePassword: true,
      createdAt: deps.now().toISOString(),
      lastLoginAt: null,
    };
    if (!(await deps.store.createAccount(record)))
      return errorResponse(c, 409, 'username_taken', `An account "${body.username}" already exists.`);
    return c.json({ account: toAccount(record), oneTimePassword } satisfies AccountCreated, 201);
  });

  app.patch('/:username', async (c) => {
    const body = await parseBody(c, UpdateAccountRequestSchema);
    if (body instanceof Response) return body;
    const username = c.req.param('username');
    const self = c.var.signedIn.account.username === username;
    // An admin cannot take away their own role or sites (or lock themselves out with a reset), so the agency
    // always keeps the admin of all sites who is acting now.
    if (self && body.role !== undefined && body.role !== 'admin')
      return errorResponse(
        c,
        409,
        'self_demotion',
        'You cannot remove your own admin role; ask another admin.',
      );
    if (self && body.sites !== undefined && body.sites !== 'all')
      return errorResponse(
        c,
        409,
        'self_demotion',
        'You cannot narrow your own site access; ask another admin.',
      );
    if (self && body.resetPassword)
      return errorResponse(c, 409, 'self_reset', 'Change your own password with POST /me/password instead.');
    const oneTimePassword = body.resetPassword ? generatePassword() : undefined;
    const changed = await deps.store.updateAccount(username, {
      ...(body.role ? { role: body.role } : {}),
      ...(body.sites ? { sites: body.sites } : {}),
      ...(oneTimePassword
        ? { passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true }
        : {}),
    });
    if (!changed) return errorResponse(c, 404, 'unknown_account', `No account "${username}".`);
    // A reset (or less access) takes effect at once: the account's sessions end.
    if (oneTimePassword || body.role || body.sites) await deps.store.deleteSessionsOf(username);
    const account = toAccount((await deps.store.getAccount(username)) as AccountRecord);
    return oneTimePassword ? c.json({ account, oneTimePassword } satisfies AccountCreated) : c.json(account);
  });

  app.delete('/:username', async (c) => {
    const username = c.req.param('username');
    if (c.var.signedIn.account.username === username)
      return errorResponse(c, 409, 'self_deletion', 'You cannot delete your own account; ask another admin.');
    if (!(await deps.store.deleteAccount(username)))
      return errorResponse(c, 404, 'unknown_account', `No account "${username}".`);
    return c.body(null, 204);
  });
  return app;
}
