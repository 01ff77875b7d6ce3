import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { readStaticFile } from '../server/static-files.ts';

const DEMO_ROOT = resolve(import.meta.dirname);
const WIDGET_ROOT = resolve(import.meta.dirname, '../dist/widget');

/** The policy the demo pages are served under: the strict CSP a government site would use. */
export const DEMO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * Serves the sample agency site, with the built widget under `/heard/`, as the README's embed snippet expects.
 * `/api/` is passed to the collector, so the pages can use `endpoint="/"` whatever ports are chosen.
 */
export function createDemoServer(collectorUrl?: () => string | undefined): Server {
  return createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://demo.invalid').pathname;
    const collector = collectorUrl?.();
    if (collector && path.startsWith('/api/')) {
      await proxy(request, response, `${collector}${request.url ?? ''}`);
      return;
    }
    // No icon in the demo; answering 204 keeps the browser console free of a 404.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
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

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host']);

/** Forwards one request to the collector and its answer back, as a reverse proxy in front of it would. */
async function proxy(request: IncomingMessage, response: ServerResponse, target: string): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string' && !HOP_BY_HOP.has(name)) headers.set(name, value);
  }
  try {
    const answer = await fetch(target, {
      method: request.method ?? 'GET',
      headers,
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    });
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name) && name !== 'content-encoding' && name !== 'content-length')
        out[name] = value;
    });
    response.writeHead(answer.status, out).end(Buffer.from(await answer.arrayBuffer()));
  } catch {
    response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end('Collector unavailable\n');
  }
}
