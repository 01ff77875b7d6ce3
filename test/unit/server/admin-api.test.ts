import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.ts';
import { ensureFirstAdmin } from '../../../server/auth/first-admin.ts';
import { SqliteStore } from '../../../server/storage/sqlite.ts';
import type { HeardStore } from '../../../server/storage/store.ts';
import { backends } from './backends.ts';

const SITE_ORIGIN = 'https://gov.example.kz';
const PAGE = 'https://gov.example.kz/ru/id-card';
const ADMIN_PASSWORD = 'correct horse battery';
let clock: Date;
let store: HeardStore;
let app: ReturnType<typeof createApp>;

interface Call {
  method?: string;
  body?: unknown;
  cookie?: string | undefined;
  headers?: Record<string, string>;
}

/** A dashboard request as the browser sends it: JSON, same origin, the session cookie. */
const api = (path: string, { method = 'GET', body, cookie, headers = {} }: Call = {}) =>
  app.request(`/api/v1/admin${path}`, {
    method,
    headers: {
      ...(method === 'GET' ? {} : { 'content-type': 'application/json', origin: 'http://localhost' }),
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

async function signIn(username: string, password: string): Promise<string> {
  const response = await api('/login', { method: 'POST', body: { username, password } });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

/** Creates an account as admin and signs it in with a chosen password. */
async function accountFor(admin: string, username: string, role: string, sites: unknown): Promise<string> {
  const created = await api('/accounts', { method: 'POST', cookie: admin, body: { username, role, sites } });
  expect(created.status).toBe(201);
  const { oneTimePassword } = (await created.json()) as { oneTimePassword: string };
  const cookie = await signIn(username, oneTimePassword);
  const changed = await api('/me/password', {
    method: 'POST',
    cookie,
    body: { currentPassword: oneTimePassword, newPassword: `${username} has a long password` },
  });
  expect(changed.status).toBe(204);
  return cookie;
}

const feedback = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  site: 'ministry',
  page: PAGE,
  language: 'ru',
  vote: 'no',
  createdAt: '2026-11-27T10:00:00.000Z',
  elapsedMs: 15_000,
  ...overrides,
});

async function submit(body: Record<string, unknown>): Promise<void> {
  const response = await app.request('/api/v1/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: SITE_ORIGIN },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
}

const grade = (value: number) => ({
  language: 'ru',
  grade: value,
  score: 40,
  words: 250,
  averageSentenceLength: 15,
});

// The whole API against each store: routes must not depend on which database answers.
describe.each(backends)('admin API on %s', (_, open) => {
  beforeEach(async () => {
    clock = new Date('2026-11-27T12:00:00.000Z');
    store = await open();
    for (const id of ['ministry', 'akimat'])
      await store.upsertSite({ id, name: id, origins: [SITE_ORIGIN], minVotes: 1, retentionDays: null });
    await ensureFirstAdmin(store, ADMIN_PASSWORD, () => undefined);
    app = createApp({ store, now: () => clock, siteCacheMs: 0, clientLimit: { burst: 1000, perSecond: 1 } });
  });
  afterEach(async () => {
    await store.close();
  });

  describe('sessions', () => {
    it('signs in with an HttpOnly SameSite=Strict cookie, answers /me, and signs out', async () => {
      const response = await api('/login', {
        method: 'POST',
        body: { username: 'admin', password: ADMIN_PASSWORD },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        username: 'admin',
        role: 'admin',
        sites: 'all',
        mustChangePassword: false,
        timeZone: 'UTC',
      });
      const setCookie = response.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/^heard_session=[A-Za-z0-9_-]{43};/);
      expect(setCookie).toContain('HttpOnly');
      expect(setCookie).toContain('SameSite=Strict');
      expect(setCookie).toContain('Path=/');
      expect(setCookie).not.toContain('Secure');
      const cookie = setCookie.split(';')[0] as string;
      // Only the token's hash is stored.
      const token = cookie.split('=')[1] as string;
      expect(await store.getSession(token)).toBeUndefined();

      expect((await api('/me', { cookie })).status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect((await api('/me')).status).toBe(401);
      expect((await api('/logout', { method: 'POST', cookie })).status).toBe(204);
      expect((await api('/me', { cookie })).status).toBe(401);
    });

    it('marks the cookie Secure when the dashboard is served over https', async () => {
      const secure = createApp({ store, now: () => clock, publicOrigin: 'https://feedback.gov.kz' });
      const response = await secure.request('/api/v1/admin/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://feedback.gov.kz' },
        body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
      });
      expect(response.headers.get('set-cookie')).toContain('Secure');
    });

    it('gives the same answer for an unknown user and a wrong password', async () => {
      const unknown = await api('/login', {
        method: 'POST',
        body: { username: 'nobody', password: ADMIN_PASSWORD },
      });
      const wrong = await api('/login', {
        method: 'POST',
        body: { username: 'admin', password: 'not the password' },
      });
      expect([unknown.status, wrong.status]).toEqual([401, 401]);
      expect(await unknown.json()).toEqual(await wrong.json());
    });

    it('refuses a sixth attempt within 15 minutes with 429 and Retry-After, even with the right password', async () => {
      for (let i = 0; i < 5; i++)
        expect(
          (await api('/login', { method: 'POST', body: { username: 'admin', password: `wrong ${i}` } }))
            .status,
        ).toBe(401);
      const limited = await api('/login', {
        method: 'POST',
        body: { username: 'admin', password: ADMIN_PASSWORD },
      });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    });

    it('counts guesses sent all at once against the limit, and a right password takes its attempt back', async () => {
      const guesses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          api('/login', { method: 'POST', body: { username: 'admin', password: `wrong ${i}` } }),
        ),
      );
      const statuses = guesses.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    });

    it('does not count a right password against the limit', async () => {
      for (let i = 0; i < 4; i++) await signIn('admin', ADMIN_PASSWORD);
      const wrong = await api('/login', { method: 'POST', body: { username: 'admin', password: 'wrong' } });
      expect(wrong.status).toBe(401);
      expect(
        (await api('/login', { method: 'POST', body: { username: 'admin', password: ADMIN_PASSWORD } }))
          .status,
      ).toBe(200);
    });

    it('ends sessions that were idle for 12 hours', async () => {
      const cookie = await signIn('admin', ADMIN_PASSWORD);
      clock = new Date(clock.getTime() + 12 * 60 * 60 * 1000 + 1000);
      expect((await api('/me', { cookie })).status).toBe(401);
    });

    it('makes a first admin with a one-time password that opens nothing until changed', async () => {
      const fresh = new SqliteStore(':memory:');
      const printed: string[] = [];
      expect(await ensureFirstAdmin(fresh, undefined, (m) => printed.push(m))).toBe(true);
      expect(await ensureFirstAdmin(fresh, undefined, (m) => printed.push(m))).toBe(false);
      expect(printed).toHaveLength(1);
      const password = /one-time password (\S+)/.exec(printed[0] ?? '')?.[1] as string;
      app = createApp({ store: fresh, now: () => clock });
      const cookie = await signIn('admin', password);
      expect(await (await api('/me', { cookie })).json()).toMatchObject({ mustChangePassword: true });
      const blocked = await api('/sites', { cookie });
      expect(blocked.status).toBe(403);
      expect(await blocked.json()).toMatchObject({ error: 'password_change_required' });
      const same = await api('/me/password', {
        method: 'POST',
        cookie,
        body: { currentPassword: password, newPassword: password },
      });
      expect(same.status).toBe(400);
      const short = await api('/me/password', {
        method: 'POST',
        cookie,
        body: { currentPassword: password, newPassword: 'short' },
      });
      expect((await short.json()) as unknown).toMatchObject({ fields: [{ path: 'newPassword' }] });
      const changed = await api('/me/password', {
        method: 'POST',
        cookie,
        body: { currentPassword: password, newPassword: 'a much longer passphrase' },
      });
      expect(changed.status).toBe(204);
      expect((await api('/sites', { cookie })).status).toBe(200);
      await fresh.close();
    });
  });

  describe('password reset', () => {
    it("gives a new one-time password, ends the account's sessions, and requires a change again", async () => {
      const admin = await signIn('admin', ADMIN_PASSWORD);
      const editor = await accountFor(admin, 'editor', 'editor', 'all');
      const reset = await api('/accounts/editor', {
        method: 'PATCH',
        cookie: admin,
        body: { resetPassword: true },
      });
      expect(reset.status).toBe(200);
      const { account, oneTimePassword } = (await reset.json()) as {
        account: { mustChangePassword: boolean };
        oneTimePassword: string;
      };
      expect(account.mustChangePassword).toBe(true);
      expect((await api('/me', { cookie: editor })).status).toBe(401);
      const fresh = await signIn('editor', oneTimePassword);
      expect(await (await api('/me', { cookie: fresh })).json()).toMatchObject({ mustChangePassword: true });
      expect(
        (await api('/accounts/nobody', { method: 'PATCH', cookie: admin, body: { role: 'viewer' } })).status,
      ).toBe(404);
    });
  });

  describe('CSRF defence', () => {
    it('refuses changes that are not JSON or come from another origin', async () => {
      const cookie = await signIn('admin', ADMIN_PASSWORD);
      const form = await api('/logout', {
        method: 'POST',
        cookie,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(form.status).toBe(415);
      const foreign = await api('/logout', {
        method: 'POST',
        cookie,
        headers: { origin: 'https://evil.example' },
      });
      expect(foreign.status).toBe(403);
      expect(await foreign.json()).toMatchObject({ error: 'cross_origin' });
      const login = await api('/login', {
        method: 'POST',
        body: { username: 'admin', password: ADMIN_PASSWORD },
        headers: { origin: 'https://evil.example' },
      });
      expect(login.status).toBe(403);
      // Still signed in: nothing above went through.
      expect((await api('/me', { cookie })).status).toBe(200);
    });
  });

  describe('roles and site access', () => {
    // Creates and signs in three accounts: scrypt is slow on purpose, and slower on a busy CI machine.
    it('lets viewers read their sites only, editors moderate, and only admins manage', {
      timeout: 30_000,
    }, async () => {
      const admin = await signIn('admin', ADMIN_PASSWORD);
      const viewer = await accountFor(admin, 'viewer', 'viewer', ['ministry']);
      const editor = await accountFor(admin, 'editor', 'editor', ['ministry']);
      const item = feedback({ comment: 'Сложно' });
      await submit(item);

      expect((await api('/pages?site=ministry', { cookie: viewer })).status).toBe(200);
      const otherSite = await api('/pages?site=akimat', { cookie: viewer });
      expect(otherSite.status).toBe(403);
      expect(await otherSite.json()).toMatchObject({ error: 'forbidden_site' });
      expect((await api('/export?site=akimat', { cookie: viewer })).status).toBe(403);
      expect(
        ((await (await api('/sites', { cookie: viewer })).json()) as { sites: { id: string }[] }).sites.map(
          (s) => s.id,
        ),
      ).toEqual(['ministry']);

      const moderate = (cookie: string) =>
        api(`/feedback/${item.id}`, { method: 'PATCH', cookie, body: { status: 'reviewed' } });
      expect((await moderate(viewer)).status).toBe(403);
      expect((await moderate(editor)).status).toBe(200);
      const publish = (cookie: string, site: string) =>
        api('/responses', {
          method: 'POST',
          cookie,
          body: { site, page: PAGE, language: 'ru', text: 'Исправили' },
        });
      expect((await publish(viewer, 'ministry')).status).toBe(403);
      expect((await publish(editor, 'akimat')).status).toBe(403);

      expect((await api('/accounts', { cookie: editor })).status).toBe(403);
      const site = {
        id: 'new-site',
        name: 'New',
        origins: ['https://new.kz'],
        minVotes: 5,
        retentionDays: 90,
      };
      expect((await api('/sites', { method: 'POST', cookie: editor, body: site })).status).toBe(403);
      expect((await api('/sites', { method: 'POST', cookie: admin, body: site })).status).toBe(201);
      expect((await api('/sites', { method: 'POST', cookie: admin, body: site })).status).toBe(409);
      const patched = await api('/sites/new-site', {
        method: 'PATCH',
        cookie: admin,
        body: { retentionDays: null },
      });
      expect(await patched.json()).toEqual({ ...site, retentionDays: null });

      // An admin of one site changes that site but cannot register sites or manage accounts (it could grant all).
      const siteAdmin = await accountFor(admin, 'site-admin', 'admin', ['new-site']);
      expect(
        (await api('/sites/new-site', { method: 'PATCH', cookie: siteAdmin, body: { minVotes: 7 } })).status,
      ).toBe(200);
      expect(
        (await api('/sites/ministry', { method: 'PATCH', cookie: siteAdmin, body: { minVotes: 7 } })).status,
      ).toBe(403);
      expect(
        (await api('/sites', { method: 'POST', cookie: siteAdmin, body: { ...site, id: 'other' } })).status,
      ).toBe(403);
      const escalate = await api('/accounts', {
        method: 'POST',
        cookie: siteAdmin,
        body: { username: 'mallory', role: 'admin', sites: 'all' },
      });
      expect(escalate.status).toBe(403);

      // Narrowing access takes effect at once: the account's sessions end.
      await api('/accounts/viewer', { method: 'PATCH', cookie: admin, body: { sites: ['akimat'] } });
      expect((await api('/me', { cookie: viewer })).status).toBe(401);
      expect(
        (await api('/accounts/admin', { method: 'PATCH', cookie: admin, body: { role: 'viewer' } })).status,
      ).toBe(409);
      expect((await api('/accounts/admin', { method: 'DELETE', cookie: admin })).status).toBe(409);
      // Nor narrow their own sites (the agency would have no admin of all sites left) or reset their own
      // password (which would sign them out with a one-time password on screen).
      for (const body of [{ sites: ['ministry'] }, { resetPassword: true }])
        expect((await api('/accounts/admin', { method: 'PATCH', cookie: admin, body })).status).toBe(409);
      expect((await api('/accounts', { cookie: admin })).status).toBe(200);
      expect((await api('/accounts/editor', { method: 'DELETE', cookie: admin })).status).toBe(204);
      expect((await api('/me', { cookie: editor })).status).toBe(401);
    });
  });

  describe('validation', () => {
    it('answers 400 with field errors for bad queries and bodies', async () => {
      const cookie = await signIn('admin', ADMIN_PASSWORD);
      const bad = await api('/pages?site=ministry&limit=0&sort=loudest&from=2026-13-01', { cookie });
      expect(bad.status).toBe(400);
      const body = (await bad.json()) as { error: string; fields: { path: string }[] };
      expect(body.error).toBe('invalid_request');
      expect(body.fields.map((f) => f.path).sort()).toEqual(['from', 'limit', 'sort']);
      expect((await api('/pages?site=ministry&colour=red', { cookie })).status).toBe(400);
      const backwards = await api('/pages?site=ministry&from=2026-11-20&to=2026-11-01', { cookie });
      expect(await backwards.json()).toMatchObject({ fields: [{ path: 'from' }] });
      // A day past 9999 sorts before it as text, and a range of centuries is one request holding the server:
      // both are refused, and the server goes on answering.
      for (const range of ['from=9999-12-30&to=9999-12-31', 'from=2001-01-01&to=2026-11-27']) {
        for (const report of [
          'pages',
          'votes',
          `feedback?page=${encodeURIComponent(`${PAGE}/hard`)}&`,
          'export',
        ]) {
          const path = report.includes('?') ? `/${report}` : `/${report}?`;
          const response = await api(`${path}site=ministry&${range}`, { cookie });
          expect(response.status, `${report}?${range}`).toBe(400);
          const { fields } = (await response.json()) as { fields: { path: string }[] };
          expect(fields.map((f) => f.path)).toContain('from');
        }
      }
      expect((await api('/votes?site=ministry&from=2017-01-01&to=2026-11-27', { cookie })).status).toBe(200);
      const account = await api('/accounts', {
        method: 'POST',
        cookie,
        body: { username: 'A B', role: 'god', sites: 'some' },
      });
      expect(
        ((await account.json()) as { fields: { path: string }[] }).fields.map((f) => f.path).sort(),
      ).toEqual(['role', 'sites', 'username']);
      expect((await api('/feedback?site=ministry&page=x&cursor=zzz', { cookie })).status).toBe(400);
      // U+0000, which PostgreSQL refuses in text, is a field error, not a failed query.
      const nul = await api('/responses', {
        method: 'POST',
        cookie,
        body: {
          site: 'ministry',
          page: 'https://gov.example.kz/a',
          language: 'ru',
          text: 'We fixed\u0000 it',
        },
      });
      expect(nul.status).toBe(400);
      expect(await nul.json()).toMatchObject({ fields: [{ path: 'text' }] });
      const login = await api('/login', { method: 'POST', body: { username: 'admin\u0000', password: 'x' } });
      expect(login.status).toBe(400);
      const page = encodeURIComponent('https://gov.example.kz/a\u0000');
      expect((await api(`/feedback?site=ministry&page=${page}`, { cookie })).status).toBe(400);
      // Nor is year 0, which ISO 8601 writes and PostgreSQL refuses.
      expect((await api('/pages?site=ministry&from=0000-01-01', { cookie })).status).toBe(400);
      const cursor = Buffer.from(JSON.stringify(['0000-01-01T00:00:00Z', randomUUID()])).toString(
        'base64url',
      );
      expect((await api(`/feedback?site=ministry&cursor=${cursor}`, { cookie })).status).toBe(400);
    });
  });

  describe('reports', () => {
    it('computes the pages table from submissions, without replaced or spam ones, hardest pages first', async () => {
      const cookie = await signIn('admin', ADMIN_PASSWORD);
      const hard = `${PAGE}/hard`;
      const easy = `${PAGE}/easy`;
      await submit(
        feedback({
          page: hard,
          vote: 'no',
          clarity: 1,
          readability: grade(14),
          comment: 'Ничего не понятно',
        }),
      );
      await submit(feedback({ page: hard, vote: 'no', clarity: 2, readability: grade(16), language: 'kk' }));
      await submit(feedback({ page: hard, vote: 'yes', clarity: 3 }));
      const changed = feedback({ page: easy, vote: 'no', clarity: 1 });
      await submit(changed);
      await submit(
        feedback({ page: easy, vote: 'yes', clarity: 5, readability: grade(6), replaces: changed.id }),
      );
      await submit(feedback({ page: easy, vote: 'yes', clarity: 4, readability: grade(8) }));
      await submit(feedback({ page: easy, vote: 'no', website: 'http://bot.example' }));
      // A week earlier: the trend's previous window.
      clock = new Date('2026-11-18T12:00:00.000Z');
      await submit(feedback({ page: hard, vote: 'yes', createdAt: '2026-11-18T10:00:00.000Z' }));
      clock = new Date('2026-11-27T12:00:00.000Z');

      const response = await api('/pages?site=ministry&from=2026-11-01&to=2026-11-27', { cookie });
      expect(response.status).toBe(200);
      const table = (await response.json()) as { total: number; rows: Record<string, unknown>[] };
      expect(table.total).toBe(2);
      expect(table.rows.map((r) => r.page)).toEqual([hard, easy]);
      expect(table.rows[0]).toEqual({
        site: 'ministry',
        page: hard,
        languages: [
          { language: 'ru', votes: 3 },
          { language: 'kk', votes: 1 },
        ],
        votes: 4,
        yes: 2,
        usefulShare: 0.5,
        averageClarity: 2,
        readabilityGrade: 15,
        comments: 1,
        votesPerDay: 0.15,
        trend: {
          votesLast7: 3,
          votesPrevious7: 1,
          usefulShareLast7: 0.3333,
          usefulSharePrevious7: 1,
          usefulShareChange: -0.6667,
        },
        // citizens (1 − mean(0.5, 0.25)) × engine (15/16) × votes damping (4/14)
        priority: Math.round((1 - 0.375) * (15 / 16) * (4 / 14) * 10_000) / 10_000,
      });
      expect(table.rows[1]).toMatchObject({
        votes: 2,
        yes: 2,
        averageClarity: 4.5,
        readabilityGrade: 7,
        comments: 0,
      });

      const byVotes = (await (
        await api('/pages?site=ministry&sort=votes&order=asc&limit=1', { cookie })
      ).json()) as typeof table;
      expect(byVotes.rows.map((r) => r.page)).toEqual([easy]);

      const detail = (await (
        await api(`/page?site=ministry&page=${encodeURIComponent(hard)}`, { cookie })
      ).json()) as {
        reasons: Record<string, number>;
        readabilityMeasurements: number;
        row: { languages: unknown };
      };
      expect(detail.readabilityMeasurements).toBe(2);
      expect(detail.row.languages).toEqual([
        { language: 'ru', votes: 3 },
        { language: 'kk', votes: 1 },
      ]);
      // With a language filter, only that language; a range without votes names none.
      const inKazakh = (await (
        await api(`/pages?site=ministry&from=2026-11-01&to=2026-11-27&language=kk`, { cookie })
      ).json()) as typeof table;
      expect(inKazakh.rows.map((r) => [r.page, r.votes, r.languages])).toEqual([
        [hard, 1, [{ language: 'kk', votes: 1 }]],
      ]);
      const before = (await (
        await api(`/page?site=ministry&page=${encodeURIComponent(hard)}&from=2026-10-01&to=2026-10-31`, {
          cookie,
        })
      ).json()) as typeof detail;
      expect(before.row.languages).toEqual([]);

      const votes = (await (
        await api(`/votes?site=ministry&from=2026-11-17&to=2026-11-19`, { cookie })
      ).json()) as {
        days: unknown[];
      };
      expect(votes.days).toEqual([
        { day: '2026-11-17', yes: 0, no: 0 },
        { day: '2026-11-18', yes: 1, no: 0 },
        { day: '2026-11-19', yes: 0, no: 0 },
      ]);
    });
  });

  describe('moderation, responses and responsiveness', () => {
    it('lists and moderates feedback; spam stops counting', async () => {
      const cookie = await signIn('admin', ADMIN_PASSWORD);
      const items = [
        feedback({ comment: 'Мой номер +7 701 234 56 78' }),
        feedback({ vote: 'yes' }),
        feedback(),
      ];
      for (const item of items) await submit(item);
      const first = (await (
        await api(`/feedback?site=ministry&page=${encodeURIComponent(PAGE)}&limit=2`, { cookie })
      ).json()) as {
        items: { id: string; comment: string | null; status: string }[];
        nextCursor: string | null;
      };
      expect(first.items).toHaveLength(2);
      const rest = (await (
        await api(
          `/feedback?site=ministry&page=${encodeURIComponent(PAGE)}&limit=2&cursor=${first.nextCursor}`,
          { cookie },
        )
      ).json()) as typeof first;
      expect(rest.nextCursor).toBeNull();
      const all = [...first.items, ...rest.items];
      expect(all.map((i) => i.id).sort()).toEqual(items.map((i) => i.id).sort());
      expect(all.find((i) => i.id === items[0]?.id)?.comment).toBe('Мой номер [phone]');

      const patched = await api(`/feedback/${items[0]?.id}`, {
        method: 'PATCH',
        cookie,
        body: { status: 'spam', tags: ['реклама'] },
      });
      expect(await patched.json()).toMatchObject({ status: 'spam', tags: ['реклама'] });
      const table = (await (await api('/pages?site=ministry', { cookie })).json()) as {
        rows: { votes: number }[];
      };
      expect(table.rows[0]?.votes).toBe(2);
      expect(
        (await api(`/feedback/${randomUUID()}`, { method: 'PATCH', cookie, body: { status: 'hidden' } }))
          .status,
      ).toBe(404);
    });

    it('keeps hidden comments out of the list, exports and anything public; their votes still count', async () => {
      const admin = await signIn('admin', ADMIN_PASSWORD);
      const viewer = await accountFor(admin, 'dana', 'viewer', ['ministry']);
      const hidden = feedback({ comment: 'Скрытый текст' });
      const shown = feedback({ vote: 'yes', comment: 'Видимый текст' });
      for (const item of [hidden, shown, feedback()]) await submit(item);
      const patched = await api(`/feedback/${hidden.id}`, {
        method: 'PATCH',
        cookie: admin,
        body: { status: 'hidden' },
      });
      expect(await patched.json()).toMatchObject({ status: 'hidden', comment: 'Скрытый текст' });

      type List = { items: { id: string; comment: string | null; status: string }[] };
      const list = async (cookie: string, status = '') =>
        (await (
          await api(`/feedback?site=ministry&page=${encodeURIComponent(PAGE)}${status}`, { cookie })
        ).json()) as List;
      expect((await list(admin)).items.map((i) => i.id)).not.toContain(hidden.id);
      expect((await list(admin)).items).toHaveLength(2);
      // Asked for by status: editors and admins read the text, viewers only that it was hidden.
      expect((await list(admin, '&status=hidden')).items).toEqual([
        expect.objectContaining({ id: hidden.id, status: 'hidden', comment: 'Скрытый текст' }),
      ]);
      expect((await list(viewer, '&status=hidden')).items).toEqual([
        expect.objectContaining({ id: hidden.id, status: 'hidden', comment: null }),
      ]);

      // Hidden feedback counts: three votes, two comments.
      const table = (await (await api('/pages?site=ministry', { cookie: viewer })).json()) as {
        rows: { votes: number; comments: number }[];
      };
      expect(table.rows[0]).toMatchObject({ votes: 3, comments: 2 });

      // Exported (it counts) without its comment, unless an editor asks for the text.
      const exported = async (cookie: string, extra = '') =>
        api(`/export?site=ministry&format=json${extra}`, { cookie });
      const rows = (await (await exported(admin)).json()) as { id: string; comment: string | null }[];
      expect(rows).toHaveLength(3);
      expect(rows.find((r) => r.id === hidden.id)?.comment).toBeNull();
      const csv = await (await api('/export?site=ministry', { cookie: admin })).text();
      expect(csv).not.toContain('Скрытый');
      expect(csv).toContain('Видимый текст');
      const withText = (await (await exported(admin, '&hiddenComments=include')).json()) as typeof rows;
      expect(withText.find((r) => r.id === hidden.id)?.comment).toBe('Скрытый текст');
      expect((await exported(viewer, '&hiddenComments=include')).status).toBe(403);

      // The public summary carries counts and responses, never a comment.
      const summary = await (
        await app.request(`/api/v1/sites/ministry/summary?page=${encodeURIComponent(PAGE)}`)
      ).text();
      expect(summary).toContain('"votes":3');
      expect(summary).not.toContain('Скрытый');
      expect(summary).not.toContain('Видимый');

      // Marked as spam after it was hidden, the comment is reported as spam: still no text for viewers.
      await api(`/feedback/${hidden.id}`, { method: 'PATCH', cookie: admin, body: { status: 'spam' } });
      expect((await list(viewer, '&status=spam')).items).toEqual([
        expect.objectContaining({ id: hidden.id, status: 'spam', comment: null }),
      ]);
      expect((await list(admin, '&status=spam')).items).toEqual([
        expect.objectContaining({ id: hidden.id, comment: 'Скрытый текст' }),
      ]);
      const spam = await (await exported(viewer, '&status=spam')).text();
      expect(spam).toContain(hidden.id);
      expect(spam).not.toContain('Скрытый');
    });

    it('publishes a response citizens see, and measures how long negative feedback waited', async () => {
      const cookie = await signIn('admin', ADMIN_PASSWORD);
      await submit(feedback({ vote: 'no' }));
      clock = new Date('2026-11-27T15:00:00.000Z');
      const waiting = (await (await api('/responsiveness?site=ministry', { cookie })).json()) as {
        rows: unknown[];
      };
      expect(waiting.rows).toEqual([
        {
          site: 'ministry',
          page: PAGE,
          oldestUnansweredAt: '2026-11-27T12:00:00.000Z',
          waitingSeconds: 3 * 3600,
          medianResponseSeconds: null,
          answered: 0,
        },
      ]);
      const published = await api('/responses', {
        method: 'POST',
        cookie,
        body: { site: 'ministry', page: `${PAGE}?utm=x`, language: 'ru', text: '  Переписали раздел  ' },
      });
      expect(published.status).toBe(201);
      const response = (await published.json()) as { id: string; text: string };
      expect(response.text).toBe('Переписали раздел');

      const summary = await app.request(`/api/v1/sites/ministry/summary?page=${encodeURIComponent(PAGE)}`);
      expect(await summary.json()).toMatchObject({
        responses: [{ id: response.id, text: 'Переписали раздел' }],
      });

      const answered = (await (await api('/responsiveness?site=ministry', { cookie })).json()) as {
        rows: unknown[];
        overall: unknown;
      };
      // Over the default range (the last 30 days): one "no", answered three hours later.
      expect(answered.overall).toEqual({
        from: '2026-10-29',
        to: '2026-11-27',
        negative: 1,
        answered: 1,
        medianResponseSeconds: 3 * 3600,
      });
      expect(answered.rows).toEqual([
        expect.objectContaining({
          oldestUnansweredAt: null,
          waitingSeconds: null,
          medianResponseSeconds: 3 * 3600,
          answered: 1,
        }),
      ]);
      expect((await api(`/responses/${response.id}`, { method: 'DELETE', cookie })).status).toBe(204);
      const after = await app.request(`/api/v1/sites/ministry/summary?page=${encodeURIComponent(PAGE)}`);
      expect(await after.json()).toMatchObject({ responses: [] });
    });
  });

  describe('export', () => {
    it('streams CSV with a header, RFC 4180 quoting and formula cells defused', async () => {
      const cookie = await signIn('admin', ADMIN_PASSWORD);
      const risky = feedback({
        comment: '=HYPERLINK("http://evil.example","click"), then "quote"',
        reasons: ['other', 'out-of-date'],
      });
      const plain = feedback({ vote: 'yes', comment: '+7 is not a phone here', readability: grade(9.5) });
      await submit(risky);
      await submit(plain);
      await submit(feedback({ website: 'http://bot.example' }));
      const replaced = feedback();
      await submit(replaced);
      await submit(feedback({ replaces: replaced.id, vote: 'yes' }));

      const response = await api('/export?site=ministry&format=csv', { cookie });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/csv');
      expect(response.headers.get('content-disposition')).toMatch(
        /attachment; filename="heard-ministry-\d{4}-\d{2}-\d{2}-2026-11-27.csv"/,
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      // A UTF-8 byte-order mark first, so spreadsheets read Cyrillic correctly.
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(
        text.startsWith(
          'id,receivedAt,site,page,language,vote,clarity,reasons,comment,readabilityGrade,status,tags\r\n',
        ),
      ).toBe(true);
      const lines = text.split('\r\n');
      // Header, three counted submissions (not the spam, not the replaced one), and the final empty string.
      expect(lines).toHaveLength(5);
      const riskyLine = lines.find((l) => l.startsWith(risky.id));
      expect(riskyLine).toBe(
        `${risky.id},2026-11-27T12:00:00.000Z,ministry,${PAGE},ru,no,,other;out-of-date,"'=HYPERLINK(""http://evil.example"",""click""), then ""quote""",,new,`,
      );
      expect(lines.find((l) => l.startsWith(plain.id))).toContain(",'+7 is not a phone here,9.5,new,");
      expect(text).not.toContain(replaced.id);
    });

    it('streams a JSON array of export rows', async () => {
      const cookie = await signIn('admin', ADMIN_PASSWORD);
      for (let i = 0; i < 3; i++) await submit(feedback({ comment: `отзыв ${i}` }));
      const response = await api('/export?site=ministry&format=json&language=ru', { cookie });
      const rows = JSON.parse(await response.text()) as { comment: string; status: string }[];
      expect(rows.map((r) => r.comment).sort()).toEqual(['отзыв 0', 'отзыв 1', 'отзыв 2']);
      const empty = await api('/export?site=ministry&format=json&language=kk', { cookie });
      expect(JSON.parse(await empty.text())).toEqual([]);
    });
  });
});
