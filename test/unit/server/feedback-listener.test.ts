import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DailySaltedHasher } from '../../../server/abuse/client-key.ts';
import { RateLimiter } from '../../../server/abuse/rate-limit.ts';
import { RepeatedComments } from '../../../server/abuse/repeated-comments.ts';
import { FeedbackIntake } from '../../../server/api/feedback-intake.ts';
import { feedbackListener } from '../../../server/api/feedback-listener.ts';
import { createCollector } from '../../../server/app.ts';
import { ErrorLog } from '../../../server/error-log.ts';
import { SiteCache } from '../../../server/sites-cache.ts';
import type { SqliteStore } from '../../../server/storage/sqlite.ts';
import { MINISTRY_ORIGIN, ministryStore } from './ministry-store.ts';
import { closeServers, overHttp, serve } from './over-http.ts';

const ORIGIN = MINISTRY_ORIGIN;
let store: SqliteStore;

beforeEach(async () => {
  store = await ministryStore();
});
afterEach(async () => {
  await closeServers();
  await store.close();
});

const submission = () =>
  JSON.stringify({
    id: randomUUID(),
    site: 'ministry',
    page: `${ORIGIN}/ru/id-card`,
    language: 'ru',
    vote: 'yes',
    createdAt: '2026-11-27T10:00:00.000Z',
  });

/** A server whose listener is the feedback listener alone; what it hands on is answered 418. */
async function listenerAlone(draining = false): Promise<string> {
  const intake = new FeedbackIntake({
    store,
    clientKeys: new DailySaltedHasher(),
    perClient: new RateLimiter(50, 1),
    perSite: new RateLimiter(50, 1),
    repeatedComments: new RepeatedComments(),
    now: () => new Date(),
    sites: new SiteCache(store, 0),
    errors: new ErrorLog(),
  });
  const submissions = feedbackListener(
    intake,
    () => '192.0.2.1',
    () => draining,
  );
  return serve((request, response) => {
    if (submissions(request, response)) return;
    response.writeHead(418);
    response.end();
  });
}

const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { origin: ORIGIN, ...headers }, body: submission() });

describe('the collector’s feedback listener', () => {
  it('serves POST /api/v1/feedback, with or without a query string, and hands every other request on', async () => {
    const base = await listenerAlone();
    const served = await post(`${base}/api/v1/feedback`);
    expect(served.status).toBe(201);
    expect(served.headers.get('content-type')).toBe('application/json');
    expect(served.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((await post(`${base}/api/v1/feedback?from=widget`)).status).toBe(201);
    expect(await store.countFeedback('ministry')).toBe(2);
    expect((await fetch(`${base}/api/v1/feedback`)).status).toBe(418);
    expect((await fetch(`${base}/api/v1/feedback`, { method: 'OPTIONS' })).status).toBe(418);
    expect((await post(`${base}/api/v1/feedback/more`)).status).toBe(418);
    expect((await post(`${base}/api/v1/feedbacks`)).status).toBe(418);
  });

  it('closes the connection after its answer while the collector stops', async () => {
    const base = await listenerAlone(true);
    const answer = await post(`${base}/api/v1/feedback`);
    expect(answer.status).toBe(201);
    expect(answer.headers.get('connection')).toBe('close');
  });

  it('outlives a client that goes away in the middle of its body, and stores nothing of it', async () => {
    const base = new URL(await listenerAlone());
    await new Promise<void>((resolve) => {
      const half = httpRequest({
        host: base.hostname,
        port: base.port,
        path: '/api/v1/feedback',
        method: 'POST',
        headers: { 'content-length': '500', origin: ORIGIN },
      });
      half.on('error', () => resolve());
      half.write('{"id": "', () => {
        half.destroy();
        resolve();
      });
    });
    expect((await post(`${base.origin}/api/v1/feedback`)).status).toBe(201);
    expect(await store.countFeedback('ministry')).toBe(1);
  });

  it('rate-limits by the proxy’s X-Forwarded-For only when the proxy is trusted', async () => {
    const send = (app: ReturnType<typeof overHttp>, client: string) =>
      app.request('/api/v1/feedback', {
        method: 'POST',
        headers: { origin: ORIGIN, 'x-forwarded-for': `10.0.0.1, ${client}` },
        body: submission(),
      });
    const behindProxy = overHttp(
      createCollector({ store, trustProxy: true, clientLimit: { burst: 1, perSecond: 0.01 } }),
    );
    expect((await send(behindProxy, '198.51.100.1')).status).toBe(201);
    expect((await send(behindProxy, '198.51.100.2')).status).toBe(201);
    expect((await send(behindProxy, '198.51.100.1')).status).toBe(429);
    const direct = overHttp(
      createCollector({ store, trustProxy: false, clientLimit: { burst: 1, perSecond: 0.01 } }),
    );
    expect((await send(direct, '198.51.100.3')).status).toBe(201);
    expect((await send(direct, '198.51.100.4')).status).toBe(429);
  });
});
