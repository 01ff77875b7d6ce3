import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { readStaticFile } from './static-files.ts';

/** Where the collector serves the built widget, so an agency needs no CDN: `{collector}/heard/heard.js`. */
export const WIDGET_PATH = '/heard';

/** Where `npm run build` writes the widget (see vite.config.ts). */
export const WIDGET_BUILD_DIR = fileURLToPath(new URL('../dist/widget/', import.meta.url));

/**
 * Serves the built widget to any site: agency pages load it cross-origin as a module script, which needs
 * CORS; it is public code sent without credentials, so `*` is right. heard.js keeps its name across
 * releases and is cached briefly; the chunks it loads carry a content hash and are cached for good.
 */
export function widgetRoutes(root = WIDGET_BUILD_DIR) {
  const app = new Hono();
  app.get('/:file', async (c) => {
    const name = c.req.param('file');
    const file = /^[\w.-]+\.(?:js|json)$/.test(name) ? await readStaticFile(root, `/${name}`) : undefined;
    c.header('access-control-allow-origin', '*');
    c.header('cross-origin-resource-policy', 'cross-origin');
    c.header('x-content-type-options', 'nosniff');
    if (!file) {
      c.header('cache-control', 'no-store');
      return c.text(
        name === 'heard.js' ? 'The widget has not been built: run npm run build.\n' : 'Not found\n',
        404,
      );
    }
    c.header(
      'cache-control',
      name === 'heard.js' ? 'public, max-age=300' : 'public, max-age=31536000, immutable',
    );
    return c.body(new Uint8Array(file.body), 200, { 'content-type': file.contentType });
  });
  return app;
}
