import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../server/app.ts';
import type { HeardStore } from '../../../server/storage/store.ts';
import { backends } from './backends.ts';

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
