import '../contract/zod-messages.ts';
import { Hono } from 'hono';
import { DailySaltedHasher } from './abuse/client-key.ts';
import { RateLimiter } from './abuse/rate-limit.ts';
import { errorResponse } from './api/errors.ts';
import { type FeedbackDeps, feedbackRoutes } from './api/feedback.ts';
import { openApiRoutes } from './api/openapi.ts';
import { summaryRoutes } from './api/summary.ts';
import { DASHBOARD_PATH, dashboardRoutes } from './dashboard/routes.ts';
import { SiteCache } from './sites-cache.ts';
import type { FeedbackStore } from './storage/store.ts';

export interface AppOptions {
  store: FeedbackStore;
  clientAddress?: FeedbackDeps['clientAddress'];
  now?: () => Date;
  /** The API version shown in the OpenAPI document. */
  version?: string;
  /** How long a site's settings are cached, in milliseconds (tests set 0 to see changes at once). */
  siteCacheMs?: number;
  /** Requests per client: burst and sustained rate per second. */
  clientLimit?: { burst: number; perSecond: number };
  /** Requests per site: burst and sustained rate per second. */
  siteLimit?: { burst: number; perSecond: number };
}

/** The collector's HTTP application: one router per resource, every body validated at the edge. */
export function createApp(options: AppOptions) {
  const client = options.clientLimit ?? { burst: 20, perSecond: 1 };
  const site = options.siteLimit ?? { burst: 5_000, perSecond: 2_000 };
  const app = new Hono();
  app.route(
    '/api/v1/feedback',
    feedbackRoutes({
      store: options.store,
      clientKeys: new DailySaltedHasher(options.now),
      perClient: new RateLimiter(client.burst, client.perSecond),
      perSite: new RateLimiter(site.burst, site.perSecond),
      clientAddress: options.clientAddress ?? (() => 'unknown'),
      sites: new SiteCache(options.store, options.siteCacheMs ?? 5_000),
      now: options.now ?? (() => new Date()),
    }),
  );
  app.route('/api/v1/sites', summaryRoutes(options.store));
  app.route('/api', openApiRoutes(options.version ?? '0.0.0'));
  app.route(DASHBOARD_PATH, dashboardRoutes());
  app.get('/healthz', (c) => c.json({ status: 'ok', storage: options.store.kind }));
  app.notFound((c) =>
    errorResponse(c, 404, 'not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`),
  );
  app.onError((error, c) => {
    console.error(error);
    return errorResponse(c, 500, 'internal_error', 'Something went wrong; the submission was not stored.');
  });
  return app;
}
