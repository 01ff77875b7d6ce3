import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { createCollector } from '../../../server/app.ts';

/** What a test sends requests through: a Hono application in process, or the collector over real HTTP. */
export interface Requester {
  request(input: string | Request, init?: RequestInit): Response | Promise<Response>;
}

const servers: Server[] = [];

/** Serves `listener` on a loopback port until `closeServers`; resolves with its base URL. */
export function serve(listener: RequestListener): Promise<string> {
  return new Promise<string>((resolve) => {
    const server = createServer(listener);
    servers.push(server);
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
  });
}

/**
 * The collector served by its own node:http listener on a loopback port, as `startServer` serves it, with
 * Hono's `app.request` calling convention: a path (or a Request, whose path is kept) is sent there.
 */
export function overHttp(collector: ReturnType<typeof createCollector>): Requester {
  let base: Promise<string> | undefined;
  return {
    async request(input, init) {
      base ??= serve(collector.listener);
      const url = await base;
      if (typeof input === 'string') return fetch(url + input, init);
      const { pathname, search } = new URL(input.url);
      return fetch(url + pathname + search, {
        method: input.method,
        headers: input.headers,
        body: input.body,
        duplex: 'half',
      } as RequestInit);
    },
  };
}

/** Closes every server `overHttp` started, cutting what is still connected. */
export async function closeServers(): Promise<void> {
  const closing = servers.splice(0).map(
    (server) =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  await Promise.all(closing);
}
