import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newSubmissionId } from '../../../contract/submission-id.ts';
import { createApp } from '../../../server/app.ts';
import { PostgresStore } from '../../../server/storage/postgres.ts';
import { scratchSchemaUrl } from '../../postgres-schema.ts';

const postgresUrl = process.env.HEARD_TEST_DATABASE_URL;
const ORIGIN = 'https://gov.example.kz';

/**
 * A TCP proxy to PostgreSQL whose `vanish()` makes every connection open at that moment lose its database
 * without a word — no FIN, no RST, as when a primary fails over or a firewall forgets the connection — while
 * new connections reach the database as before.
 */
async function vanishingProxy(target: URL) {
  const open = new Set<{ upstream: net.Socket; gone: boolean }>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    const pair = { upstream, gone: false };
    open.add(pair);
    client.on('data', (d) => pair.gone || upstream.write(d));
    upstream.on('data', (d) => pair.gone || client.write(d));
    const close = () => {
      open.delete(pair);
      if (pair.gone) return;
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) socket.on('close', close).on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    vanish() {
      for (const pair of open) {
        pair.gone = true;
        pair.upstream.destroy();
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.skipIf(!postgresUrl)('PostgreSQL: connections that vanish without a word', () => {
  let proxy: Awaited<ReturnType<typeof vanishingProxy>>;
  let store: PostgresStore;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const url = new URL(await scratchSchemaUrl(postgresUrl ?? '', 'test'));
    proxy = await vanishingProxy(new URL(url));
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    store = await PostgresStore.open(url.toString(), { queryTimeoutMs: 500 });
    await store.upsertSite({
      id: 'ministry',
      name: 'M',
      origins: [ORIGIN],
      minVotes: 1,
      retentionDays: null,
    });
    app = createApp({ store, siteCacheMs: 0 });
  });
  afterAll(async () => {
    await store?.close();
    await proxy?.close();
  });

  const post = async () => {
    const id = newSubmissionId();
    const response = await app.request('/api/v1/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({
        id,
        site: 'ministry',
        page: 'https://gov.example.kz/ru/vanished',
        language: 'ru',
        vote: 'yes',
        createdAt: '2026-11-27T10:00:00.000Z',
      }),
    });
    return { id, status: response.status };
  };

  it('fails the submissions caught on a dead connection, stores the next ones, and acknowledges none it lost', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // Several connections open, then lost at once.
      await Promise.all(Array.from({ length: 8 }, () => store.pageTotals('ministry', 'https://a.kz/')));
      expect((await post()).status).toBe(201);
      proxy.vanish();
      const answers: { id: string; status: number }[] = [];
      const started = Date.now();
      // The one caught on a dead connection fails after the query timeout (not never); the next is stored on
      // a new connection, not failed by the other dead ones idle in the pool.
      while (answers.at(-1)?.status !== 201 && Date.now() - started < 8_000) answers.push(await post());
      expect(answers.map((a) => a.status)).toEqual([500, 201]);
      for (const a of answers) expect(await store.hasFeedback(a.id)).toBe(a.status === 201);
    } finally {
      logged.mockRestore();
    }
  });
});
