// The responsiveness view at scale: on the database `bench/pages-table.ts` seeded (1,000,000 submissions over
// 2,000 pages and 365 days), publishes two responses on each of 1,000 pages, then times
// GET /api/v1/admin/responsiveness, whose site-wide median reads every answered negative vote of the range,
// and measures how long the event loop was blocked meanwhile.
// Run: npx tsx bench/pages-table.ts --keep DIR, then npx tsx bench/responsiveness.ts --keep DIR [--runs 20]
//      (HEARD_BENCH_DATABASE_URL=postgres://… for the PostgreSQL database pages-table.ts seeded)
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { PostgresStore } from '../server/storage/postgres.ts';
import { SqliteStore } from '../server/storage/sqlite.ts';
import type { HeardStore } from '../server/storage/store.ts';
import { signedInAdmin } from './lib/admin-session.ts';
import { printTable } from './lib/table.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('--runs') ?? 20);
const END = Date.parse('2026-11-27T00:00:00.000Z');
const DAY_MS = 86_400_000;
const databaseUrl = process.env.HEARD_BENCH_DATABASE_URL;
const dir = arg('--keep');
if (!databaseUrl && !dir) throw new Error('Pass --keep DIR (the directory bench/pages-table.ts seeded).');
const store: HeardStore = databaseUrl
  ? await PostgresStore.open(databaseUrl)
  : new SqliteStore(join(dir as string, 'heard.db'));
if ((await store.countFeedback('ministry')) < 100_000)
  throw new Error('Seed the database first: npx tsx bench/pages-table.ts --keep DIR');

// Responses on the first 1,000 pages (the busiest: the seed skews towards low page numbers), 120 and 300
// days before the end, so most of the year's negative feedback on them is answered.
const page = (n: number) => `https://gov.example.kz/ru/services/${n}`;
if ((await store.listResponses('ministry', page(0))).length === 0) {
  for (let n = 0; n < 1_000; n++)
    for (const daysBefore of [300, 120])
      await store.publishResponse({
        id: `bench-${n}-${daysBefore}`,
        site: 'ministry',
        page: page(n),
        language: 'ru',
        text: 'Исправили',
        publishedAt: new Date(END - daysBefore * DAY_MS + n * 1000).toISOString(),
      });
}

const { app, cookie } = await signedInAdmin(store, () => new Date(END));

async function measure(label: string, query: string): Promise<(string | number)[]> {
  const times: number[] = [];
  let answered = 0;
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const ticker = setInterval(() => undefined, 1);
  delay.enable();
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const response = await app.request(`/api/v1/admin/responsiveness?${query}`, { headers: { cookie } });
    const body = (await response.json()) as { overall: { answered: number } };
    times.push(performance.now() - started);
    answered = body.overall.answered;
  }
  delay.disable();
  clearInterval(ticker);
  const at = (q: number) =>
    (times.sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
  return [label, answered, at(0.5), at(0.99), (delay.max / 1e6).toFixed(1)];
}

printTable(
  `Responsiveness, ${store.kind}, ${(await store.countFeedback('ministry')).toLocaleString('en')} submissions, 2,000 responses (${RUNS} runs each)`,
  ['range', 'answered "no" votes', 'p50 ms', 'p99 ms', 'event-loop max delay ms'],
  [
    await measure('last 30 days (default)', 'site=ministry'),
    await measure('365 days', 'site=ministry&from=2025-11-28&to=2026-11-27'),
    await measure('365 days, one language', 'site=ministry&from=2025-11-28&to=2026-11-27&language=kk'),
  ],
);
await store.close();
