import { Hono } from 'hono';
import { accountRoutes } from './accounts.ts';
import type { AdminDeps, AdminEnv } from './context.ts';
import { exportRoutes } from './export.ts';
import { passwordChangeGate, requireSession, sameOriginJson } from './guards.ts';
import { moderationRoutes } from './moderation.ts';
import { reportRoutes } from './reports.ts';
import { responseRoutes, responsivenessRoutes } from './responses.ts';
import { loginRoutes, sessionRoutes } from './session-routes.ts';
import { siteRoutes } from './sites.ts';

export type { AdminDeps } from './context.ts';

/** Where the admin API is mounted. */
export const ADMIN_PATH = '/api/v1/admin';

/**
 * The dashboard's API: one router per resource behind three gates — same-origin JSON for changes, a live
 * session, and a changed first password. Roles and site access are checked by each route.
 */
export function adminRoutes(deps: AdminDeps) {
  const app = new Hono<AdminEnv>();
  app.use('*', async (c, next) => {
    await next();
    // Agency data: never cached by browsers or proxies.
    c.header('cache-control', 'no-store');
  });
  app.use('*', sameOriginJson(deps));
  app.route('/', loginRoutes(deps));
  app.use('*', requireSession(deps));
  app.use('*', passwordChangeGate(ADMIN_PATH));
  app.route('/', sessionRoutes(deps));
  app.route('/accounts', accountRoutes(deps));
  app.route('/sites', siteRoutes(deps));
  app.route('/', reportRoutes(deps));
  app.route('/feedback', moderationRoutes(deps));
  app.route('/responses', responseRoutes(deps));
  app.route('/responsiveness', responsivenessRoutes(deps));
  app.route('/export', exportRoutes(deps));
  return app;
}
