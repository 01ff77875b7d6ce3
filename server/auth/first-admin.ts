import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../contract/admin.ts';
import { ConfigError } from '../config.ts';
import type { AdminStore } from '../storage/admin-store.ts';
import { generatePassword, hashPassword } from './password.ts';

/**
 * On first start (no accounts), creates `admin` with access to every site. With `password` (from
 * HEARD_ADMIN_PASSWORD) that is its password; otherwise a one-time password is generated, handed to `announce`
 * once (stdout), and must be changed at first sign-in. Returns whether an account was created.
 *
 * The password is checked only then, when it is used: a value left in the deployment after the first start
 * (as operators are told to remove it, some will not) must not stop a later start. It is then only noted.
 */
export async function ensureFirstAdmin(
  store: AdminStore,
  password: string | undefined,
  announce: (message: string) => void,
  now: () => Date = () => new Date(),
): Promise<boolean> {
  if ((await store.countAccounts()) > 0) {
    if (password !== undefined)
      announce(
        'heard: HEARD_ADMIN_PASSWORD is ignored: dashboard accounts exist already (remove it from the deployment)',
      );
    return false;
  }
  if (
    password !== undefined &&
    (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH)
  )
    throw new ConfigError(
      `HEARD_ADMIN_PASSWORD=(${password.length} characters, not shown) is invalid: ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters (it becomes the first admin's password: the database has no account yet)`,
    );
  const oneTime = password === undefined;
  const chosen = password ?? generatePassword();
  const created = await store.createAccount({
    username: 'admin',
    role: 'admin',
    sites: 'all',
    passwordHash: await hashPassword(chosen),
    mustChangePassword: oneTime,
    createdAt: now().toISOString(),
    lastLoginAt: null,
  });
  // Another instance starting at the same moment may have created it first: then say nothing.
  if (created && oneTime)
    announce(
      `heard: created dashboard account "admin" with one-time password ${chosen} — sign in and change it; it is not shown again.`,
    );
  return created;
}
