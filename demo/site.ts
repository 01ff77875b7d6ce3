import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { readStaticFile } from '../server/static-files.ts';

const DEMO_ROOT = resolve(import.meta.dirname);
const WIDGET_ROOT = resolve(import.meta.dirname, '../dist/widget');

/** The policy the demo pages are served under: the strict CSP a government site would use. */
export const DEMO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Serves the sample agency site, with the built widget under `/heard/`, as the README's embed snippet expects. */
export function createDemoServer(): Server {
  return createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://demo.invalid').pathname;
    const file = path.startsWith('/heard/')
      ? await readStaticFile(WIDGET_ROOT, path.slice('/heard'.length))
      : await readStaticFile(DEMO_ROOT, path);
    // The demo folder also holds this server's source; only the site's own files are public.
    if (!file || path.endsWith('.ts')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response
      .writeHead(200, {
        'content-type': file.contentType,
        'content-security-policy': DEMO_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
      })
      .end(file.body);
  });
}
