// The dashboard's API as a signed-in admin calls it, for benchmarks of its reads.
import { createApp } from '../../server/app.ts';
import { ensureFirstAdmin } from '../../server/auth/first-admin.ts';
import type { HeardStore } from '../../server/storage/store.ts';

/** The app over `store` at the time `now`, and the session cookie of its first admin. */
export async function signedInAdmin(
  store: HeardStore,
  now: () => Date,
): Promise<{ app: ReturnType<typeof createApp>; cookie: string }> {
  const password = 'benchmark password';
  await ensureFirstAdmin(store, password, () => undefined);
  const app = createApp({ store, now });
  const login = await app.request('/api/v1/admin/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  return { app, cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}
