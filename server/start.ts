import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { type AppOptions, createCollector } from './app.ts';
import { ensureFirstAdmin } from './auth/first-admin.ts';
import { Sessions } from './auth/sessions.ts';
import { ConfigError, type ServerConfig } from './config.ts';
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

/** An error's message with DATABASE_URL and its password taken out (pg's own messages hold neither). */
function withoutSecrets(message: string, databaseUrl: string): string {
  let out = message.split(databaseUrl).join('(DATABASE_URL)');
  try {
    const { password } = new URL(databaseUrl);
    for (const secret of new Set([password, decodeURIComponent(password)]))
      if (secret) out = out.split(secret).join('***');
  } catch {
    // Validated at loadConfig: a URL that parses.
  }
  return out;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Opens the configured store: PostgreSQL when DATABASE_URL is set, else SQLite under the data directory. A
 * store that cannot be opened is a `ConfigError` naming the variable, never showing the URL or its password.
 * With `timeZone`, submissions count on its days (the counters are rebuilt if they were kept in another);
 * without it the store keeps the zone it has, for tools that count nothing.
 */
export async function openStore(
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'> & { timeZone?: string | undefined },
): Promise<HeardStore> {
  const { databaseUrl, dataDir, timeZone } = config;
  if (databaseUrl) {
    try {
      return await PostgresStore.open(databaseUrl, { timeZone });
    } catch (error) {
      throw new ConfigError(
        `DATABASE_URL (not shown): cannot open the PostgreSQL database: ${withoutSecrets(messageOf(error), databaseUrl)}`,
      );
    }
  }
  try {
    return new SqliteStore(join(dataDir, 'heard.db'), { timeZone });
  } catch (error) {
    throw new ConfigError(
      `HEARD_DATA_DIR=${JSON.stringify(dataDir)}: cannot keep the database there (a directory this process may write to): ${messageOf(error)}`,
    );
  }
}

/** Why the server could not listen, naming the variable to change. */
function listenError(error: unknown, config: Pick<ServerConfig, 'host' | 'port'>): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const host = `HOST=${JSON.stringify(config.host)}`;
  switch (code) {
    case 'EADDRINUSE':
      return new ConfigError(
        `PORT=${config.port}: the port is in use on ${config.host} (${code}); choose another`,
      );
    case 'EACCES':
      return new ConfigError(
        `PORT=${config.port}: not allowed to listen on this port (${code}); use one above 1023`,
      );
    case 'EADDRNOTAVAIL':
      return new ConfigError(
        `${host}: not an address of this machine (${code}); use one of its own, e.g. 127.0.0.1`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return new ConfigError(
        `${host}: the name does not resolve (${code}); use an address such as 127.0.0.1`,
      );
    default:
      return new ConfigError(`${host}, PORT=${config.port}: cannot listen: ${messageOf(error)}`);
  }
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
  let server: Server;
  try {
    if (config.sitesFile) await provisionSites(config.sitesFile, store);
    await ensureFirstAdmin(store, config.adminPassword, (message) => console.log(message));
    const { listener } = createCollector({
      ...limits,
      store,
      publicOrigin: config.publicOrigin,
      trustProxy: config.trustProxy,
      version: packageVersion(),
      draining: () => draining,
    });
    server = await new Promise<Server>((resolve, reject) => {
      const s = createServer(listener);
      s.once('error', (error) => reject(listenError(error, config)));
      s.listen(config.port, config.host, () => resolve(s));
    });
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  const stopRetention = scheduleRetention(store);
  // Expired sessions are refused when used; this removes the ones never used again.
  const sessions = new Sessions(store);
  const sweep = setInterval(
    () =>
      void sessions.sweep().catch((error: unknown) => console.error('heard: session sweep failed:', error)),
    60 * 60 * 1000,
  );
  sweep.unref();
  let stopping: Promise<void> | undefined;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    // An IPv6 address is bracketed in a URL: `http://[::1]:8787`, not `http://::1:8787`.
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
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
