// The dashboard's pages table at scale: seeds 1,000,000 submissions into SQLite (through the store's own insert
// path, so the counters are exactly the production ones) over 2,000 pages and 365 days, then times the pages
// table through the real route and measures how long the event loop was blocked meanwhile.
// Run: npx tsx bench/pages-table.ts [--rows 1000000] [--runs 50] [--keep DIR]
//      (HEARD_BENCH_DATABASE_URL=postgres://… for a scratch PostgreSQL instead of SQLite)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { newSubmissionId } from '../contract/submission-id.ts';
import { PostgresStore } from '../server/storage/postgres.ts';
import { SqliteStore } from '../server/storage/sqlite.ts';
import type { FeedbackRecord, HeardStore } from '../server/storage/store.ts';
import { signedInAdmin } from './lib/admin-session.ts';
import { printTable } from './lib/table.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('--rows', 1_000_000);
const RUNS = arg('--runs', 50);
const PAGES = 2_000;
const DAYS = 365;
const END = Date.parse('2026-11-27T00:00:00.000Z');
const keep = process.argv.indexOf('--keep');
const dir = keep > 0 ? (process.argv[keep + 1] as string) : mkdtempSync(join(tmpdir(), 'heard-pages-'));
const databaseUrl = process.env.HEARD_BENCH_DATABASE_URL;
const store: HeardStore = databaseUrl
  ? await PostgresStore.open(databaseUrl)
  : new SqliteStore(join(dir, 'heard.db'));
await store.upsertSite({ id: 'ministry', name: 'Ministry', origins: [], minVotes: 10, retentionDays: null });

// A deterministic generator (mulberry32), so runs are comparable.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const LANGUAGES = ['kk', 'ru', 'en'] as const;
const REASONS = [
  'clear',
  'hard-to-understand',
  'out-of-date',
  'missing-information',
  'found-what-i-needed',
] as const;

function submission(): FeedbackRecord {
  // Popular pages get more feedback: a skewed page choice.
  const page = Math.floor(random() ** 2 * PAGES);
  const hardness = (page % 17) / 17;
  const at = new Date(END - Math.floor(random() * DAYS * 86_400_000)).toISOString();
  const yes = random() > hardness * 0.8;
  return {
    id: newSubmissionId(),
    site: 'ministry',
    page: `https://gov.example.kz/ru/services/${page}`,
    language: LANGUAGES[Math.floor(random() * 3)] ?? 'ru',
    vote: yes ? 'yes' : 'no',
    ...(random() < 0.5 ? { clarity: 1 + Math.floor(random() * 5) } : {}),
    ...(random() < 0.3 ? { reasons: [REASONS[Math.floor(random() * REASONS.length)] ?? 'clear'] } : {}),
    ...(random() < 0.1 ? { comment: 'Не нашёл, где скачать бланк заявления' } : {}),
    ...(random() < 0.7
      ? {
          readability: {
            language: 'ru',
            grade: 6 + hardness * 10,
            score: 50,
            words: 400,
            averageSentenceLength: 15,
          },
        }
      : {}),
    createdAt: at,
    receivedAt: at,
    spam: false,
  };
}

const existing = await store.countFeedback();
if (existing < ROWS) {
  const started = performance.now();
  const BATCH = 1_000;
  for (let n = existing; n < ROWS; n += BATCH) {
    // One group-commit batch: the same transaction and counter updates as live traffic.
    await Promise.all(
      Array.from({ length: Math.min(BATCH, ROWS - n) }, () => store.addFeedback(submission())),
    );
    if ((n / BATCH) % 100 === 0) process.stderr.write(`\rseeded ${n.toLocaleString('en')}`);
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `\rseeded ${ROWS.toLocaleString('en')} in ${seconds.toFixed(0)} s (${Math.round((ROWS - existing) / seconds)} rows/s)\n`,
  );
}

const { app, cookie } = await signedInAdmin(store, () => new Date(END));

async function measure(label: string, query: string): Promise<(string | number)[]> {
  const times: number[] = [];
  const cpu: number[] = [];
  let total = 0;
  const delay = monitorEventLoopDelay({ resolution: 1 });
  // A timer beside the queries, as other requests would be: its lateness is what they would feel.
  const ticker = setInterval(() => undefined, 1);
  delay.enable();
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    const response = await app.request(`/api/v1/admin/pages?${query}`, { headers: { cookie } });
    const body = (await response.json()) as { total: number };
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    total = body.total;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  delay.disable();
  clearInterval(ticker);
  const at = (values: number[], q: number) =>
    (values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0).toFixed(
      1,
    );
  return [label, total, at(times, 0.5), at(times, 0.99), at(cpu, 0.5), (delay.max / 1e6).toFixed(1)];
}

const rows = [
  await measure('last 30 days (default)', 'site=ministry'),
  await measure('last 90 days', 'site=ministry&from=2026-08-30&to=2026-11-27'),
  await measure('365 days', 'site=ministry&from=2025-11-28&to=2026-11-27'),
  await measure('365 days, one language', 'site=ministry&from=2025-11-28&to=2026-11-27&language=kk'),
  await measure(
    '365 days, sort by votes, page 3',
    'site=ministry&from=2025-11-28&to=2026-11-27&sort=votes&offset=100',
  ),
];
printTable(
  `Pages table, ${store.kind}, ${ROWS.toLocaleString('en')} submissions, ${PAGES.toLocaleString('en')} pages × ${DAYS} days (${RUNS} runs each)`,
  // CPU time says what a query costs when other processes share the machine (wall time then includes waiting).
  ['range', 'pages', 'p50 ms', 'p99 ms', 'CPU p50 ms', 'event-loop max delay ms'],
  rows,
);
await store.close();
