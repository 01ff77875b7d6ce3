import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AppOptions, createApp, createCollector } from '../../../server/app.ts';
import { canonicalPage } from '../../../server/canonical-page.ts';
import type { SqliteStore } from '../../../server/storage/sqlite.ts';
import { MINISTRY_ORIGIN, ministryStore } from './ministry-store.ts';
import { closeServers, overHttp, type Requester } from './over-http.ts';

const ORIGIN = MINISTRY_ORIGIN;
// Every test runs twice: through the Hono application in process, and over HTTP through the collector's own
// listener, which serves submissions without Hono — the two must answer alike.
describe.each(['in process', 'over HTTP'])('%s', (transport) => {
  const make = (options: AppOptions): Requester =>
    transport === 'in process' ? createApp(options) : overHttp(createCollector(options));

  let store: SqliteStore;
  let app: Requester;

  beforeEach(async () => {
    store = await ministryStore();
    app = make({ store, clientLimit: { burst: 50, perSecond: 1 } });
  });
  afterEach(async () => {
    await closeServers();
    await store.close();
  });

  const submission = (overrides: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    site: 'ministry',
    page: 'https://gov.example.kz/ru/id-card?utm=x#top',
    language: 'ru',
    vote: 'no',
    clarity: 2,
    reasons: ['hard-to-understand'],
    comment: 'Непонятно. Мой телефон +7 701 234 56 78',
    createdAt: '2026-11-27T10:00:00.000Z',
    elapsedMs: 15_000,
    ...overrides,
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    app.request('/api/v1/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  describe('POST /api/v1/feedback', () => {
    it('stores a valid submission with its comment scrubbed and answers 201 with CORS for the site origin', async () => {
      const body = submission();
      const response = await post(body);
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ id: body.id, status: 'accepted' });
      expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(await store.hasFeedback(body.id)).toBe(true);
      expect((await store.pageTotals('ministry', 'https://gov.example.kz/ru/id-card')).votes).toBe(1);
      expect(await store.commentOf(body.id)).toBe('Непонятно. Мой телефон [phone]');
    });

    it('drops control characters from a comment (PostgreSQL refuses U+0000), refuses them in an address, and refuses year 0', async () => {
      const body = submission({ comment: 'Bad\u0000 form\u0007\nsecond line\u001B' });
      expect((await post(body)).status).toBe(201);
      expect(await store.commentOf(body.id)).toBe('Bad form\nsecond line');
      const yearZero = await post(submission({ createdAt: '0000-01-01T00:00:00Z' }));
      expect(await yearZero.json()).toMatchObject({ fields: [{ path: 'createdAt' }] });
      const address = await post(submission({ page: 'https://gov.example.kz/ru/a\u0000b' }));
      expect(address.status).toBe(400);
      expect(await address.json()).toMatchObject({ fields: [{ path: 'page' }] });
    });

    it('is idempotent on id', async () => {
      const body = submission();
      expect((await post(body)).status).toBe(201);
      const again = await post(body);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ id: body.id, status: 'duplicate' });
      expect(await store.countFeedback()).toBe(1);
    });

    it.each([
      ['https://ivan:secret@gov.example.kz/a', 'https://gov.example.kz/a'],
      [
        'https://gov.example.kz/profile/ivan.petrov@mail.ru/edit',
        'https://gov.example.kz/profile/[email]/edit',
      ],
      [
        'https://gov.example.kz/profile/ivan.petrov%40mail.ru/edit',
        'https://gov.example.kz/profile/[email]/edit',
      ],
      ['https://gov.example.kz/check/870412300129', 'https://gov.example.kz/check/[IIN]'],
      ['https://gov.example.kz/a;jsessionid=ABC123', 'https://gov.example.kz/a'],
      ['https://gov.example.kz/a;jsessionid=ABC123/b/', 'https://gov.example.kz/a/b'],
      ['https://GOV.EXAMPLE.KZ:443/ru/services/?q=1#x', 'https://gov.example.kz/ru/services'],
      ['https://gov.example.kz', 'https://gov.example.kz/'],
    ])('stores the page %s as %s', async (page, stored) => {
      const body = submission({ page });
      expect((await post(body)).status).toBe(201);
      expect((await store.getFeedbackItem(body.id))?.page).toBe(stored);
      expect(canonicalPage(stored)).toBe(stored);
    });

    it('refuses a page on an origin that is not the site’s', async () => {
      const response = await post(submission({ page: 'https://evil.example/phish' }));
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({
        error: 'page_not_allowed',
        message: expect.stringContaining('https://evil.example'),
      });
      expect(await store.countFeedback()).toBe(0);
    });

    it('treats an id in upper and in lower case as one submission, and a replacement naming it in either', async () => {
      const body = submission({ comment: undefined });
      expect((await post({ ...body, id: body.id.toUpperCase() })).status).toBe(201);
      const again = await post(body);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ id: body.id, status: 'duplicate' });
      expect(await store.hasFeedback(body.id)).toBe(true);
      const changed = submission({ comment: undefined, vote: 'yes', replaces: body.id.toUpperCase() });
      expect((await post(changed)).status).toBe(201);
      const totals = await store.pageTotals('ministry', 'https://gov.example.kz/ru/id-card');
      expect([totals.votes, totals.yes]).toEqual([1, 1]);
      expect(await store.countFeedback()).toBe(2);
    });

    it('accepts the text/plain bodies navigator.sendBeacon sends', async () => {
      const response = await post(submission(), { 'content-type': 'text/plain;charset=UTF-8' });
      expect(response.status).toBe(201);
    });

    it.each(['https://[bad', 'http://exa%mple.kz/', 'http://a:b:c/', 'https://xn--/'])(
      'answers 400 naming the page to an address the URL parser refuses: %s',
      async (page) => {
        const response = await post(submission({ page }));
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({ fields: [{ path: 'page' }] });
      },
    );

    it('answers 400 with field errors and stores nothing', async () => {
      const response = await post(submission({ vote: 'maybe', clarity: 9, id: 'x' }));
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; fields: { path: string }[] };
      expect(body.error).toBe('invalid_request');
      expect(body.fields.map((f) => f.path).sort()).toEqual(['clarity', 'id', 'vote']);
      expect(await store.countFeedback()).toBe(0);
    });

    it.each([
      ['not JSON', '{"id": '],
      ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ])('answers 400 to %s', async (_, body) => {
      const response = await app.request('/api/v1/feedback', {
        method: 'POST',
        headers: { origin: ORIGIN },
        body,
      });
      expect(response.status).toBe(400);
    });

    it('answers 413 to a body over 16 KB', async () => {
      const response = await post(submission({ comment: 'а'.repeat(20_000) }));
      expect(response.status).toBe(413);
    });

    it('answers 413 to a chunked body past 16 KB without reading the rest of it', async () => {
      // No Content-Length (chunked transfer): 1,000 chunks of 64 KB would be 62.5 MB if buffered whole.
      let pulled = 0;
      let chunks = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (chunks++ === 1_000) return controller.close();
          const chunk = new Uint8Array(64 * 1024).fill(0x20);
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      const response = await app.request(
        new Request('http://localhost/api/v1/feedback', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: ORIGIN },
          body,
          duplex: 'half',
        } as RequestInit),
      );
      expect(response.status).toBe(413);
      expect(response.headers.get('connection')).toBe('close');
      // Over HTTP the sender also fills the kernel's socket buffers (4 MB here) before it learns the answer.
      expect(pulled).toBeLessThan(transport === 'in process' ? 256 * 1024 : 16 * 1024 * 1024);
    });

    it('answers 403 for an unknown site or a foreign origin', async () => {
      expect((await post(submission({ site: 'nobody' }))).status).toBe(403);
      const foreign = await post(submission(), { origin: 'https://evil.example' });
      expect(foreign.status).toBe(403);
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('lets a registered origin read every answer, errors included, so the widget can tell them from network failures', async () => {
      await store.upsertSite({
        id: 'other',
        name: 'Other',
        origins: ['https://other.example.kz'],
        minVotes: 3,
        retentionDays: null,
      });
      const failing = new Proxy(store, {
        get: (target, name, receiver) =>
          name === 'addFeedback'
            ? () => Promise.reject(new Error('disk full'))
            : Reflect.get(target, name, receiver),
      });
      const broken = make({ store: failing, clientLimit: { burst: 50, perSecond: 1 } });
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const answers = [
        await post('{"id": '),
        await post(submission({ vote: 'maybe' })),
        await post(submission({ comment: 'а'.repeat(20_000) })),
        await post(submission({ site: 'nobody' })),
        // Registered, but for another site: refused, and readable.
        await post(submission(), { origin: 'https://other.example.kz' }),
        await broken.request('/api/v1/feedback', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: ORIGIN },
          body: JSON.stringify(submission()),
        }),
      ];
      logged.mockRestore();
      expect(answers.map((r) => r.status)).toEqual([400, 400, 413, 403, 403, 500]);
      expect(await answers[5]?.json()).toMatchObject({ message: expect.stringContaining('not stored') });
      expect(answers.map((r) => r.headers.get('access-control-allow-origin'))).toEqual([
        ORIGIN,
        ORIGIN,
        ORIGIN,
        ORIGIN,
        'https://other.example.kz',
        ORIGIN,
      ]);
      for (const answer of answers) expect(answer.headers.get('vary')).toBe('Origin');
    });

    it('answers 429 with Retry-After when a client sends too many', async () => {
      const limited = make({ store, clientLimit: { burst: 2, perSecond: 0.5 } });
      const send = () =>
        limited.request('/api/v1/feedback', {
          method: 'POST',
          headers: { origin: ORIGIN },
          body: JSON.stringify(submission()),
        });
      expect((await send()).status).toBe(201);
      expect((await send()).status).toBe(201);
      const third = await send();
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('stores honeypot and too-fast comments as spam without telling the sender', async () => {
      const bot = await post(submission({ website: 'http://spam.example' }));
      const fast = await post(submission({ elapsedMs: 300 }));
      // However long the honeypot's value, the answer is the same: nothing says which field gave it away.
      const long = await post(submission({ website: `http://spam.example/${'x'.repeat(5_000)}` }));
      expect([bot.status, fast.status, long.status]).toEqual([201, 201, 201]);
      expect(await long.json()).toMatchObject({ status: 'accepted' });
      expect((await store.pageTotals('ministry', 'https://gov.example.kz/ru/id-card')).votes).toBe(0);
    });

    it('counts a comment sent again by the same client for the same page once, and keeps the repeat as spam', async () => {
      const page = 'https://gov.example.kz/ru/id-card';
      const first = submission({ comment: 'Страница не открывается!' });
      const again = submission({ comment: 'страница   не открывается' });
      const elsewhere = submission({
        comment: 'Страница не открывается!',
        page: 'https://gov.example.kz/ru/other',
      });
      const fromAnother = submission({ comment: 'Страница не открывается!' });
      const other = { 'x-forwarded-for': '203.0.113.9' };
      for (const body of [first, again, elsewhere]) expect((await post(body)).status).toBe(201);
      const appOf = make({
        store,
        clientLimit: { burst: 50, perSecond: 1 },
        clientAddress: () => '203.0.113.9',
      });
      const response = await appOf.request('/api/v1/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN, ...other },
        body: JSON.stringify(fromAnother),
      });
      expect(response.status).toBe(201);
      // first and the other client's; the repeat is stored but not counted
      expect((await store.pageTotals('ministry', page)).votes).toBe(2);
      expect(await store.commentOf(again.id)).toBe('страница   не открывается');
      // A retry of the first (same id) is still a plain duplicate, and a replacement is never a repeat.
      expect((await (await post(first)).json()).status).toBe('duplicate');
      const changed = submission({ comment: 'Страница не открывается!', vote: 'yes', replaces: first.id });
      expect((await post(changed)).status).toBe(201);
      expect((await store.pageTotals('ministry', page)).votes).toBe(2);
    });

    it('compares comments sent as replacements, as the widget sends them, and exempts only a changed answer', async () => {
      const page = 'https://gov.example.kz/ru/id-card';
      const words = 'Страница не открывается!';
      const counted = async () => (await store.pageTotals('ministry', page)).votes;
      const spam = async (id: string) => (await store.getFeedbackItem(id))?.status === 'spam';
      // The widget: a bare vote, then its details replacing it.
      const vote1 = submission({ comment: undefined });
      const details1 = submission({ comment: words, replaces: vote1.id });
      for (const body of [vote1, details1]) expect((await post(body)).status).toBe(201);
      expect(await counted()).toBe(1);
      // The same words in a new answer from the same client: the vote counts, its repeated details do not.
      const vote2 = submission({ comment: undefined });
      const details2 = submission({ comment: words, replaces: vote2.id });
      for (const body of [vote2, details2]) expect((await post(body)).status).toBe(201);
      expect(await spam(details2.id)).toBe(true);
      expect(await counted()).toBe(2);
      // A made-up `replaces`, or one naming another page's row, does not make a repeat a changed answer.
      const elsewhere = submission({ comment: 'Другая страница', page: 'https://gov.example.kz/ru/other' });
      expect((await post(elsewhere)).status).toBe(201);
      const madeUp = submission({ comment: words, replaces: randomUUID() });
      const foreign = submission({ comment: words, replaces: elsewhere.id });
      for (const body of [madeUp, foreign]) expect((await post(body)).status).toBe(201);
      expect([await spam(madeUp.id), await spam(foreign.id)]).toEqual([true, true]);
      expect(await counted()).toBe(2);
      // Changing the answer that carries these words is not a repeat: it replaces it and counts instead.
      const changed = submission({ comment: words.toUpperCase(), vote: 'yes', replaces: details1.id });
      expect((await post(changed)).status).toBe(201);
      expect(await spam(changed.id)).toBe(false);
      expect(await counted()).toBe(2);
    });

    it('does not take a retry after a failed store for a repeat', async () => {
      let failures = 1;
      const flaky = new Proxy(store, {
        get: (target, name, receiver) =>
          name === 'addFeedback' && failures-- > 0
            ? () => Promise.reject(new Error('database restarting'))
            : Reflect.get(target, name, receiver),
      });
      const once = make({ store: flaky, clientLimit: { burst: 50, perSecond: 1 } });
      const body = submission({ comment: 'Не работает запись' });
      const send = () =>
        once.request('/api/v1/feedback', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: ORIGIN },
          body: JSON.stringify(body),
        });
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      expect((await send()).status).toBe(500);
      logged.mockRestore();
      expect((await send()).status).toBe(201);
      expect((await store.getFeedbackItem(body.id))?.status).toBe('new');
    });

    it('answers preflights from a cached list of every site’s origins', async () => {
      const listed = vi.spyOn(store, 'listSites');
      const preflight = () =>
        app.request('/api/v1/feedback', { method: 'OPTIONS', headers: { origin: ORIGIN } });
      for (let i = 0; i < 3; i++) expect((await preflight()).status).toBe(204);
      expect(listed).toHaveBeenCalledTimes(1);
    });

    it('answers preflight only for registered origins', async () => {
      const ok = await app.request('/api/v1/feedback', { method: 'OPTIONS', headers: { origin: ORIGIN } });
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-methods')).toBe('POST');
      expect(
        (
          await app.request('/api/v1/feedback', {
            method: 'OPTIONS',
            headers: { origin: 'https://evil.example' },
          })
        ).status,
      ).toBe(403);
    });
  });

  describe('GET /api/v1/sites/{site}/summary', () => {
    const url = (page: string) => `/api/v1/sites/ministry/summary?page=${encodeURIComponent(page)}`;

    it('hides the share of useful votes below the minimum count', async () => {
      await post(submission({ vote: 'yes' }));
      const body = await (await app.request(url('https://gov.example.kz/ru/id-card'))).json();
      expect(body).toMatchObject({ votes: null, usefulShare: null, responses: [] });
    });

    it('shows votes, share and responses above it, with an ETag that answers 304', async () => {
      // Four citizens behind one address, each with their own words (a repeated comment would count once).
      for (const [i, vote] of ['yes', 'yes', 'no', 'yes'].entries())
        await post(submission({ vote, comment: `Отзыв номер ${i + 1}` }));
      await store.publishResponse({
        id: randomUUID(),
        site: 'ministry',
        page: 'https://gov.example.kz/ru/id-card',
        language: 'ru',
        text: 'Переписали страницу',
        publishedAt: '2026-11-26T12:00:00.000Z',
      });
      const response = await app.request(url('https://gov.example.kz/ru/id-card#x'));
      expect(await response.json()).toMatchObject({
        votes: 4,
        usefulShare: 0.75,
        responses: [{ text: 'Переписали страницу' }],
      });
      const etag = response.headers.get('etag') ?? '';
      expect(response.headers.get('cache-control')).toContain('public');
      expect(
        (await app.request(url('https://gov.example.kz/ru/id-card'), { headers: { 'if-none-match': etag } }))
          .status,
      ).toBe(304);
    });

    it('canonicalises the page as submissions do: a trailing slash or credentials name the same page', async () => {
      for (const [i, page] of [
        'https://gov.example.kz/ru/a/',
        'https://gov.example.kz/ru/a',
        'https://x:y@gov.example.kz/ru/a;s=1',
      ].entries())
        expect((await post(submission({ page, comment: `Отзыв ${i}` }))).status).toBe(201);
      for (const page of [
        'https://gov.example.kz/ru/a',
        'https://gov.example.kz/ru/a/?x',
        'https://u:p@GOV.example.kz/ru/a;jsessionid=1/',
      ]) {
        expect(await (await app.request(url(page))).json()).toMatchObject({
          page: 'https://gov.example.kz/ru/a',
          votes: 3,
        });
      }
    });

    it('answers 304 to If-None-Match naming its ETag weakly, in a list, or as *', async () => {
      const first = await app.request(url('https://gov.example.kz/ru/id-card'));
      const etag = first.headers.get('etag') ?? '';
      expect(etag).toMatch(/^"[^"]+"$/);
      const status = async (ifNoneMatch: string) =>
        (
          await app.request(url('https://gov.example.kz/ru/id-card'), {
            headers: { 'if-none-match': ifNoneMatch },
          })
        ).status;
      for (const header of [etag, `W/${etag}`, `"other", ${etag}`, `"a",W/${etag} , "b"`, '*'])
        expect(await status(header)).toBe(304);
      for (const header of ['"other"', `W/"other", "x${etag.slice(1)}`, ''])
        expect(await status(header)).toBe(200);
    });

    it('answers a database failure with a 500 that speaks of no submission', async () => {
      const failing = new Proxy(store, {
        get: (target, name, receiver) =>
          name === 'pageTotals'
            ? () => Promise.reject(new Error('database down'))
            : Reflect.get(target, name, receiver),
      });
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const response = await make({ store: failing }).request(url('https://gov.example.kz/ru/id-card'));
      logged.mockRestore();
      expect(response.status).toBe(500);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe('internal_error');
      expect(body.message).not.toMatch(/submission/);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    });

    it('answers 404 for an unknown site and 400 for a bad page', async () => {
      expect((await app.request('/api/v1/sites/nobody/summary?page=https://x.kz/')).status).toBe(404);
      expect((await app.request('/api/v1/sites/ministry/summary?page=not-a-url')).status).toBe(400);
      for (const page of ['mailto:ivan@mail.ru', 'https://[bad', 'http://a:b:c/', '']) {
        const response = await app.request(url(page));
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({ fields: [{ path: 'page' }] });
      }
    });
  });

  describe('GET /api/openapi.json', () => {
    it('describes the API with the same schemas the server validates with', async () => {
      const response = await app.request('/api/openapi.json');
      expect(response.status).toBe(200);
      const document = (await response.json()) as {
        openapi: string;
        paths: Record<string, unknown>;
        components: {
          schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
        };
      };
      expect(document.openapi).toBe('3.1.0');
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining(['/api/v1/feedback', '/api/v1/sites/{site}/summary', '/api/v1/admin/pages']),
      );
      const pages = (
        document.paths['/api/v1/admin/pages'] as {
          get: { parameters: { name: string; required: boolean }[] };
        }
      ).get;
      expect(pages.parameters.filter((p) => p.required).map((p) => p.name)).toEqual(['site']);
      expect(pages.parameters.map((p) => p.name)).toEqual(
        expect.arrayContaining(['from', 'to', 'language', 'sort', 'order', 'limit', 'offset']),
      );
      expect(Object.keys(document.components.schemas)).toEqual(
        expect.arrayContaining(['PagesResponse', 'ExportRow', 'Me']),
      );
      const submission = document.components.schemas.FeedbackSubmission;
      expect(Object.keys(submission?.properties ?? {})).toContain('comment');
      expect(submission?.required).toEqual(
        expect.arrayContaining(['id', 'site', 'page', 'language', 'vote', 'createdAt']),
      );
    });
  });
});
