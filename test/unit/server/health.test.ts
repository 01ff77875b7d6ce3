import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newSubmissionId } from '../../../contract/submission-id.ts';
import { healthRoutes } from '../../../server/api/health.ts';
import { createApp } from '../../../server/app.ts';
import { PostgresStore } from '../../../server/storage/postgres.ts';
import { SqliteStore } from '../../../server/storage/sqlite.ts';
import type { HeardStore } from '../../../server/storage/store.ts';
import { scratchSchemaUrl } from '../../postgres-schema.ts';
import { backends } from './backends.ts';

const ORIGIN = 'https://gov.example.kz';

/** A store whose database refuses writes for real after `refuse`, and takes them again after `restore`. */
interface RefusingStore {
  store: HeardStore;
  refuse(): Promise<void>;
  restore(): Promise<void>;
  dispose(): Promise<void>;
}

/** Writes to `path` until the filesystem has no byte left. */
function fill(path: string): void {
  const fd = openSync(path, 'w');
  try {
    for (const size of [1 << 16, 1 << 12, 1 << 9]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * SQLite on a small filesystem of its own (a tmpfs: mounting needs root), filled to the last byte by
 * another file: submissions fail with SQLITE_FULL as on a full disk, and deleting the file gives the space
 * back. Undefined where no filesystem can be mounted.
 */
async function fullDiskSqlite(): Promise<RefusingStore | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'heard-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const store = new SqliteStore(join(dir, 'heard.db'));
  const filler = join(dir, 'filler');
  return {
    store,
    refuse: async () => fill(filler),
    restore: async () => rmSync(filler),
    dispose: async () => {
      await store.close().catch(() => undefined);
      execFileSync('umount', [dir]);
    },
  };
}

/**
 * PostgreSQL whose sessions turn read-only, as after a failover to a read-only server (or
 * `default_transaction_read_only` set on the database): reads work, every write is refused with 25006.
 * The setting is on a role of the test's own, so other suites on the same server are not touched.
 */
async function readOnlyPostgres(url: string): Promise<RefusingStore> {
  const role = `heard_health_${newSubmissionId().slice(-12)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE ROLE ${role} LOGIN SUPERUSER`);
  const scoped = new URL(await scratchSchemaUrl(url, 'test'));
  scoped.username = role;
  const store = await PostgresStore.open(scoped.toString());
  return {
    store,
    refuse: async () => {
      await admin.query(`ALTER ROLE ${role} SET default_transaction_read_only = on`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1', [role]);
    },
    restore: async () => {
      await admin.query(`ALTER ROLE ${role} RESET default_transaction_read_only`);
    },
    dispose: async () => {
      await store.close().catch(() => undefined);
      await admin.query(`DROP OWNED BY ${role} CASCADE`).catch(() => undefined);
      await admin.query(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
      await admin.end();
    },
  };
}

const refusingBackends: [string, () => Promise<RefusingStore | undefined>][] = [
  ['sqlite, disk full', fullDiskSqlite],
];
const postgresUrl = process.env.HEARD_TEST_DATABASE_URL;
if (postgresUrl) refusingBackends.push(['postgres, read-only', () => readOnlyPostgres(postgresUrl)]);

/** Stores one submission through the API; resolves with the answer's status. */
async function post(app: ReturnType<typeof createApp>): Promise<number> {
  const response = await app.request('/api/v1/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({
      id: newSubmissionId(),
      site: 'ministry',
      page: `${ORIGIN}/ru/services`,
      language: 'ru',
      vote: 'yes',
      createdAt: '2026-11-27T10:00:00.000Z',
    }),
  });
  return response.status;
}

/** An app over `store` with the site `post` submits to. */
async function withSite(store: HeardStore) {
  await store.upsertSite({ id: 'ministry', name: 'M', origins: [ORIGIN], minVotes: 1, retentionDays: null });
  return createApp({ store, siteCacheMs: 60_000 });
}

/** The lines `/healthz` logged (the failed submissions log theirs too). */
const healthLines = (logged: { mock: { calls: unknown[][] } }) =>
  logged.mock.calls.map((call) => String(call[0])).filter((line) => line.startsWith('heard: health check'));

/** The store with its `ping` replaced. */
const withPing = (store: HeardStore, ping: () => Promise<void>) =>
  new Proxy(store, {
    get: (target, name, receiver) => (name === 'ping' ? ping : Reflect.get(target, name, receiver)),
  });

describe.each(backends)('GET /healthz, on %s', (kind, open) => {
  let store: HeardStore;
  afterEach(async () => {
    vi.restoreAllMocks();
    await store?.close().catch(() => undefined);
  });

  it('answers 200 when the database answers', async () => {
    store = await open();
    const response = await createApp({ store }).request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', storage: kind });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 503 when the database fails, or does not answer in time, and says so once in the log', async () => {
    store = await open();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = createApp({
      store: withPing(store, () => Promise.reject(new Error('connection refused'))),
    });
    for (let i = 0; i < 2; i++) {
      const response = await failing.request('/healthz');
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', storage: kind });
    }
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[0])).toBe(
      `heard: health check failed on ${kind}: connection refused`,
    );
    const hanging = createApp({
      store: withPing(store, () => new Promise(() => undefined)),
      healthTimeoutMs: 50,
    });
    expect((await hanging.request('/healthz')).status).toBe(503);
  });

  it('runs no write probe, on a fresh instance and after submissions were stored', async () => {
    store = await open();
    const probe = vi.spyOn(store, 'probeWrite');
    const app = await withSite(store);
    expect((await app.request('/healthz')).status).toBe(200);
    expect(await post(app)).toBe(201);
    for (let i = 0; i < 5; i++) expect((await app.request('/healthz')).status).toBe(200);
    expect(probe).not.toHaveBeenCalled();
  });
});

describe('GET /healthz on a closed SQLite store', () => {
  it('answers 503', async () => {
    const [, open] = backends[0] ?? [];
    const store = await (open as () => Promise<HeardStore>)();
    const app = createApp({ store });
    await store.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await app.request('/healthz')).status).toBe(503);
    logged.mockRestore();
  });
});

describe.each(refusingBackends)('GET /healthz while the database refuses writes, on %s', (_kind, open) => {
  let refusing: RefusingStore | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await refusing?.dispose();
  });

  it('answers 503 once submissions failed, and 200 again when writes work, with no submission in between', async (context) => {
    refusing = await open();
    if (!refusing) return context.skip('no filesystem of its own can be mounted here (needs root)');
    const { store } = refusing;
    const storage = store.kind;
    const app = await withSite(store);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await post(app)).toBe(201);
    expect((await app.request('/healthz')).status).toBe(200);

    await refusing.refuse();
    expect(await post(app)).toBe(500);
    // The database still answers a read; the failed write is what takes the instance out of service.
    await store.ping();
    for (let i = 0; i < 2; i++) {
      const response = await app.request('/healthz');
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', storage });
    }
    expect(healthLines(logged)).toHaveLength(1);
    expect(healthLines(logged)[0]).toMatch(
      new RegExp(`^heard: health check failed on ${storage}: a test write failed: .*(SQLITE_FULL|25006)`),
    );

    // A load balancer sends nothing to an instance it took out: /healthz itself finds writes working again.
    await refusing.restore();
    const probe = vi.spyOn(store, 'probeWrite');
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', storage });
    expect(probe).toHaveBeenCalledTimes(1);
    expect(healthLines(logged).at(-1)).toBe(`heard: health check passes again on ${storage}`);
    // Healthy again: health checks read only.
    for (let i = 0; i < 3; i++) expect((await app.request('/healthz')).status).toBe(200);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(await post(app)).toBe(201);
    expect(await store.countFeedback('ministry')).toBe(2);
  }, 30_000);
});

describe('GET /healthz with writes failing', () => {
  const failingStore = (probeWrite: () => Promise<void>) => ({
    kind: 'sqlite' as const,
    ping: async () => undefined,
    writesFailing: true,
    probeWrite,
  });

  it('shares one write probe among the health checks that arrive together', async () => {
    let commit: () => void = () => undefined;
    const probeWrite = vi.fn(() => new Promise<void>((resolve) => (commit = resolve)));
    const app = healthRoutes({ store: failingStore(probeWrite), draining: () => false, timeoutMs: 2_000 });
    const answers = [app.request('/'), app.request('/'), app.request('/')];
    await vi.waitFor(() => expect(probeWrite).toHaveBeenCalled());
    commit();
    expect((await Promise.all(answers)).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(probeWrite).toHaveBeenCalledTimes(1);
  });

  it('answers 503 when the write probe does not commit within the timeout', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const app = healthRoutes({
      store: failingStore(() => new Promise(() => undefined)),
      draining: () => false,
      timeoutMs: 50,
    });
    const response = await app.request('/');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', storage: 'sqlite' });
    expect(String(logged.mock.calls[0]?.[0])).toBe(
      'heard: health check failed on sqlite: no answer within 50 ms',
    );
    logged.mockRestore();
  });
});
