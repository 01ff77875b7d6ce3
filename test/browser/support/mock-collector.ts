// A fake fetch layer for the widget's tests: records requests, fails on demand, answers like the collector.
// Only the network is faked; the outbox, the form and the element are the real ones.
import { openOutbox } from '../../../widget/internal/outbox.ts';
import { cleanup } from './fixture.ts';

export interface RecordedRequest {
  url: string;
  init: RequestInit | undefined;
}

const realFetch = window.fetch;

/** What the fake collector has seen and how it behaves; reset before each test. */
export const collector = {
  requests: [] as RecordedRequest[],
  failing: false,
  summary: { site: 'demo', page: '', votes: null, usefulShare: null, responses: [] } as unknown,
  /** The bodies POSTed to /api/v1/feedback, parsed. */
  submissions(): Record<string, unknown>[] {
    return this.requests
      .filter((r) => r.url.endsWith('/api/v1/feedback'))
      .map((r) => JSON.parse(String(r.init?.body)) as Record<string, unknown>);
  },
};

export function installMockCollector(): void {
  collector.requests = [];
  collector.failing = false;
  collector.summary = { site: 'demo', page: '', votes: null, usefulShare: null, responses: [] };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    collector.requests.push({ url, init });
    if (collector.failing) throw new TypeError('Failed to fetch');
    if (url.includes('/summary')) return new Response(JSON.stringify(collector.summary), { status: 200 });
    const id = JSON.parse(String(init?.body)).id;
    return new Response(JSON.stringify({ id, status: 'accepted' }), { status: 201 });
  };
}

export function removeMockCollector(): void {
  window.fetch = realFetch;
}

/** Empties the real IndexedDB outbox and the remembered answers between tests. */
export async function resetBrowserState(): Promise<void> {
  localStorage.clear();
  const outbox = await openOutbox();
  for (const item of await outbox.all()) await outbox.delete(item.submission.id);
}

/**
 * Registers the hooks every widget test file needs: before each test the fake collector and an empty outbox,
 * after it the real fetch back and the fixtures removed.
 */
export function useMockCollector(): void {
  beforeEach(async () => {
    installMockCollector();
    await resetBrowserState();
  });
  afterEach(() => {
    removeMockCollector();
    cleanup();
  });
}

/** Polls until the condition holds (the widget works asynchronously: lazy chunks, IndexedDB, fetch). */
export async function until(condition: () => boolean | Promise<boolean>, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
