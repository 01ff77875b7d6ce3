import '../contract/zod-messages.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { clientAddressOf, DailySaltedHasher } from './abuse/client-key.ts';
import { RateLimiter } from './abuse/rate-limit.ts';
import { RepeatedComments } from './abuse/repeated-comments.ts';
import { ADMIN_PATH, adminRoutes } from './api/admin/index.ts';
import { errorResponse } from './api/errors.ts';
import { feedbackRoutes } from './api/feedback.ts';
import { FeedbackIntake } from './api/feedback-intake.ts';
import { feedbackListener } from './api/feedback-listener.ts';
import { healthRoutes } from './api/health.ts';
import { openApiRoutes } from './api/openapi.ts';
import { summaryRoutes } from './api/summary.ts';
import { LoginLimiter } from './auth/login-limiter.ts';
import { Sessions } from './auth/sessions.ts';
import { DASHBOARD_PATH, dashboardRoutes } from './dashboard/routes.ts';
import { ErrorLog } from './error-log.ts';
import { SiteCache } from './sites-cache.ts';
import type { HeardStore } from './storage/store.ts';
import { WIDGET_PATH, widgetRoutes } from './widget-files.ts';

export interface AppOptions {
  store: HeardStore;
  /**
   * The client's address from the connection's and the X-Forwarded-For header's (default: `clientAddressOf`
   * with `trustProxy`). Only its daily salted hash is used, for rate limits.
   */
  clientAddress?: (peer: { remoteAddress: string | undefined; forwardedFor: string | undefined }) => string;
  now?: () => Date;
  /** The API version shown in the OpenAPI document. */
  version?: string;
  /** How long a site's settings are cached, in milliseconds (tests set 0 to see changes at once). */
  siteCacheMs?: number;
  /** Requests per client: burst and sustained rate per second. */
  clientLimit?: { burst: number; perSecond: number };
  /** Requests per site: burst and sustained rate per second. */
  siteLimit?: { burst: number; perSecond: number };
  /**
   * The origin browsers reach the dashboard at (HEARD_PUBLIC_ORIGIN); without it, the request's own origin
   * (from X-Forwarded-Proto/Host when `trustProxy`).
   */
  publicOrigin?: string | undefined;
  trustProxy?: boolean;
  /** Failed sign-ins allowed per username and per client in the window (default 5 per 15 minutes). */
  loginLimit?: { failures: number; windowMs: number };
  /** Whether the collector is stopping: answers then close their connection and `/healthz` says 503. */
  draining?: () => boolean;
  /** How long `/healthz` waits for the database before answering 503 (default 2 s). */
  healthTimeoutMs?: number;
}

/** The origin a request was made to, as the browser sees it. */
function requestOrigin(c: Context, options: AppOptions): string {
  if (options.publicOrigin) return options.publicOrigin;
  const url = new URL(c.req.url);
  if (options.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
    return `${proto || url.protocol.slice(0, -1)}://${host || url.host}`;
  }
  return url.origin;
}

/** The address Node's adapter saw a request come from; none for a request made in process (`app.request`). */
function remoteAddressOf(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** The collector's HTTP application: one router per resource, every body validated at the edge. */
export function createApp(options: AppOptions) {
  return createCollector(options).app;
}

/**
 * The collector: its Hono application, and the node:http listener that serves it — submissions straight
 * (see `feedbackListener`), everything else through the application.
 */
export function createCollector(options: AppOptions): {
  app: Hono;
  listener: (request: IncomingMessage, response: ServerResponse) => void;
} {
  const client = options.clientLimit ?? { burst: 20, perSecond: 1 };
  const site = options.siteLimit ?? { burst: 5_000, perSecond: 2_000 };
  const app = new Hono();
  const clientKeys = new DailySaltedHasher(options.now);
  const clientAddress =
    options.clientAddress ??
    ((peer) => clientAddressOf(peer.remoteAddress, peer.forwardedFor, options.trustProxy ?? false));
  const addressOfContext = (c: Context) =>
    clientAddress({ remoteAddress: remoteAddressOf(c), forwardedFor: c.req.header('x-forwarded-for') });
  const now = options.now ?? (() => new Date());
  const sites = new SiteCache(options.store, options.siteCacheMs ?? 5_000);
  const login = options.loginLimit ?? { failures: 5, windowMs: 15 * 60 * 1000 };
  const draining = options.draining ?? (() => false);
  const errors = new ErrorLog();
  // While the collector stops, a keep-alive client gets one more answer and must then reconnect (to another
  // instance): the listening socket is already closed.
  app.use('*', async (c, next) => {
    await next();
    if (!draining()) return;
    try {
      c.res.headers.set('connection', 'close');
    } catch {
      // A response with immutable headers: answer with a copy.
      c.res = new Response(c.res.body, c.res);
      c.res.headers.set('connection', 'close');
    }
  });
  const intake = new FeedbackIntake({
    store: options.store,
    clientKeys,
    perClient: new RateLimiter(client.burst, client.perSecond),
    perSite: new RateLimiter(site.burst, site.perSecond),
    repeatedComments: new RepeatedComments(),
    sites,
    now,
    errors,
  });
  app.route('/api/v1/feedback', feedbackRoutes(intake, addressOfContext));
  app.route(
    ADMIN_PATH,
    adminRoutes({
      store: options.store,
      sessions: new Sessions(options.store, now),
      loginLimiter: new LoginLimiter(login.failures, login.windowMs),
      clientKey: (c) => clientKeys.key(addressOfContext(c)),
      origin: (c) => requestOrigin(c, options),
      now,
      siteChanged: (id) => sites.forget(id),
    }),
  );
  app.route('/api/v1/sites', summaryRoutes(options.store));
  app.route('/api', openApiRoutes(options.version ?? '0.0.0'));
  app.route(DASHBOARD_PATH, dashboardRoutes());
  app.route(WIDGET_PATH, widgetRoutes());
  app.route(
    '/healthz',
    healthRoutes({ store: options.store, draining, timeoutMs: options.healthTimeoutMs ?? 2_000 }),
  );
  app.notFound((c) =>
    errorResponse(c, 404, 'not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`),
  );
  app.onError((error, c) => {
    errors.report(`${c.req.method} ${new URL(c.req.url).pathname}`, error);
    return errorResponse(c, 500, 'internal_error', 'Something went wrong on the server; try again later.');
  });
  const submissions = feedbackListener(
    intake,
    (request) =>
      clientAddress({
        remoteAddress: request.socket.remoteAddress,
        forwardedFor: request.headers['x-forwarded-for'] as string | undefined,
      }),
    draining,
  );
  const rest = getRequestListener(app.fetch);
  return {
    app,
    listener: (request, response) => {
      if (!submissions(request, response)) void rest(request, response);
    },
  };
}
