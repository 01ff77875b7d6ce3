import { readFileSync } from 'node:fs';
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
  stop(): Promise<void>;
}

/** Starts the collector; `stop` stops accepting, answers what is queued, then closes the store. */
export async function startServer(
  config: ServerConfig,
  limits: Pick<AppOptions, 'clientLimit' | 'siteLimit'> = {},
): Promise<RunningServer> {
  const store = await openStore(config);
  if (config.sitesFile) await provisionSites(config.sitesFile, store);
  await ensureFirstAdmin(store, config.adminPassword, (message) => console.log(message));
  const app = createApp({
    ...limits,
    store,
    publicOrigin: config.publicOrigin,
    trustProxy: config.trustProxy,
    version: packageVersion(),
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
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: config.port,
        hostname: config.host,
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://${config.host}:${port}`,
    store,
    stop: async () => {
      stopRetention();
      clearInterval(sweep);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
