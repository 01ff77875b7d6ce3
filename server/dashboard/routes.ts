import { fileURLToPath } from 'node:url';
import { type Context, Hono } from 'hono';
import { readStaticFile } from '../static-files.ts';

/** Where the collector serves the dashboard. */
export const DASHBOARD_PATH = '/dashboard';

/** Where `npm run build` writes the dashboard (see vite.dashboard.config.ts). */
export const DASHBOARD_BUILD_DIR = fileURLToPath(new URL('../../dist/dashboard/', import.meta.url));

/**
 * Nothing inline and nothing from elsewhere: the built dashboard is one hashed script and one hashed
 * stylesheet, and Lit's component styles are constructed stylesheets, which `style-src 'self'` allows.
 */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Heard dashboard not built</title>
<h1>The dashboard has not been built</h1>
<p>Run <code>npm run build</code> in the Heard folder, then reload this page.</p>
</html>`;

/** Options of the dashboard's sub-app. */
export interface DashboardOptions {
  /** The built dashboard (defaults to `dist/dashboard`); read on every request so a rebuild needs no restart. */
  root?: string;
}

/**
 * Serves the built dashboard under `DASHBOARD_PATH`: the page itself is never cached (it names the current
 * hashed files), the hashed files are cached forever. Every answer, errors included, carries the CSP.
 */
export function dashboardRoutes(options: DashboardOptions = {}) {
  const root = options.root ?? DASHBOARD_BUILD_DIR;
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('content-security-policy', DASHBOARD_CSP);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('cross-origin-opener-policy', 'same-origin');
    c.header('x-frame-options', 'DENY');
  });

  const page = async (c: Context) => {
    c.header('cache-control', 'no-store');
    const file = await readStaticFile(root, '/index.html');
    if (!file) return c.html(NOT_BUILT_PAGE, 503);
    return c.body(new Uint8Array(file.body), 200, { 'content-type': file.contentType });
  };
  app.get('/', page);
  app.get('/index.html', page);
  app.get('/assets/:file', async (c) => {
    // Only a built asset's own name: «..%2Findex.html» would serve the page under the assets' year-long cache.
    const name = c.req.param('file');
    const file =
      /^[\w.-]+$/.test(name) && !name.startsWith('.')
        ? await readStaticFile(root, `/assets/${name}`)
        : undefined;
    if (!file) {
      c.header('cache-control', 'no-store');
      return c.text('Not found', 404);
    }
    // File names carry a content hash, so a cached copy can never be stale.
    c.header('cache-control', 'public, max-age=31536000, immutable');
    return c.body(new Uint8Array(file.body), 200, { 'content-type': file.contentType });
  });
  app.all('*', (c) => {
    // `/dashboard/` is the same page; one address keeps bookmarks and history tidy.
    if (c.req.method === 'GET' && c.req.path === `${DASHBOARD_PATH}/`) return c.redirect(DASHBOARD_PATH, 301);
    c.header('cache-control', 'no-store');
    return c.text('Not found', 404);
  });
  return app;
}
