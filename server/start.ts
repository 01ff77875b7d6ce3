import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { clientAddressOf } from './abuse/client-key.ts';
import { type AppOptions, createApp } from './app.ts';
import { ensureFirstAdmin } from './auth/first-admin.ts';
import { Sessions } from './auth/sessions.ts';
import type { ServerConfig } from './config.ts';
import { scheduleRetention } from './retention.ts';
import { provisionSites } from './sites-file.ts';
import { PostgresStore } from './storage/postgres.ts';
import { SqliteStore } from './storage/sqlite.ts';
import type { HeardStore } from './storage/store.ts';

/** Heard's version, for the OpenAPI document. */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Opens the configured store: PostgreSQL when DATABASE_URL is set, else SQLite under the data directory. */
export async function openStore(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): Promise<HeardStore> {
  return config.databaseUrl
    ? PostgresStore.open(config.databaseUrl)
    : new SqliteStore(join(config.dataDir, 'heard.db'));
}

/** A running collector and how to stop it gracefully. */
export interface RunningServer {
  url: string;
  store: HeardStore;
  /**
   * Stops intake and closes the store: no new connections; every answer from now on closes its connection
   * (and `/healthz` answers 503, so a load balancer sends no more); idle connections are closed at once,
   * and connections still open after the grace period (a client holding a half-sent body) are cut. What was
   * answered 201 is durable, and what reached the store's queue is committed before it closes.
   */
  stop(): Promise<void>;
}

/** What tests and benchmarks may change about a started collector. */
export type StartOptions = Pick<AppOptions, 'clientLimit' | 'siteLimit'> & {
  /** How long `stop` lets open connections finish before it cuts them (default 10 s). */
  shutdownGraceMs?: number;
};

/** Starts the collector; `stop` stops accepting, answers what is queued, then closes the store. */
export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const { shutdownGraceMs = 10_000, ...limits } = options;
  let draining = false;
  const store = await openStore(config);
  if (config.sitesFile) await provisionSites(config.sitesFile, store);
  await ensureFirstAdmin(store, config.adminPassword, (message) => console.log(message));
  const app = createApp({
    ...limits,
    store,
    publicOrigin: config.publicOrigin,
    trustProxy: config.trustProxy,
    version: packageVersion(),
    draining: () => draining,
    clientAddress: (c) =>
      clientAddressOf(getConnInfo(c).remote.address, c.req.header('x-forwarded-for'), config.trustProxy),
  });
  const stopRetention = scheduleRetention(store);
  // Expired sessions are refused when used; this removes the ones never used again.
  const sessions = new Sessions(store);
  const sweep = setInterval(
    () =>
      void sessions.sweep().catch((error: unknown) => console.error('heard: session sweep failed:', error)),
    60 * 60 * 1000,
  );
  sweep.unref();
  const server = await new Promise<Server>((resolve, reject) => {
    // Without `createServer`, `serve` makes a node:http server.
    const s = serve(
      {
        fetch: app.fetch,
        port: config.port,
        hostname: config.host,
      },
      () => resolve(s as Server),
    );
    s.once('error', reject);
  });
  let stopping: Promise<void> | undefined;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://${config.host}:${port}`,
    store,
    stop: () => {
      stopping ??= (async () => {
        draining = true;
        stopRetention();
        clearInterval(sweep);
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const cut = setTimeout(() => server.closeAllConnections(), shutdownGraceMs);
        await closed;
        clearTimeout(cut);
        await store.close();
      })();
      return stopping;
    },
  };
}
