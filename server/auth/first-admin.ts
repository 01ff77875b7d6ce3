import type { AdminStore } from '../storage/admin-store.ts';
import { generatePassword, hashPassword } from './password.ts';

/**
 * On first start (no accounts), creates `admin` with access to every site. With `password` (from
 * HEARD_ADMIN_PASSWORD) that is its password; otherwise a one-time password is generated, handed to `announce`
 * once (stdout), and must be changed at first sign-in. Returns whether an account was created.
 */
export async function ensureFirstAdmin(
  store: AdminStore,
  password: string | undefined,
  announce: (message: string) => void,
  now: () => Date = () => new Date(),
): Promise<boolean> {
  if ((await store.countAccounts()) > 0) return false;
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
