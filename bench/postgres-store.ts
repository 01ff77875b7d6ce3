// The PostgreSQL store's durable write path without HTTP in front: N callers at a time each await
// addFeedback (answered only after COMMIT), as N waiting requests would. Tells whether the database batch
// path or the collector's request handling limits bench/collector-load.ts.
// Run: HEARD_BENCH_DATABASE_URL=postgres://… npx tsx bench/postgres-store.ts [--seconds 5]
import pg from 'pg';
import { newSubmissionId } from '../contract/submission-id.ts';
import { PostgresStore } from '../server/storage/postgres.ts';
import type { FeedbackRecord } from '../server/storage/store.ts';
import { printTable } from './lib/table.ts';

const url = process.env.HEARD_BENCH_DATABASE_URL;
if (!url) {
  console.error('Set HEARD_BENCH_DATABASE_URL to a PostgreSQL you can write to (a scratch database).');
  process.exit(2);
}
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 5;
const store = await PostgresStore.open(url);
await store.upsertSite({
  id: 'store-bench',
  name: 'Store bench',
  origins: [],
  minVotes: 10,
  retentionDays: null,
});

let n = 0;
const submission = (): FeedbackRecord => {
  const i = n++;
  const now = new Date().toISOString();
  return {
    id: newSubmissionId(),
    site: 'store-bench',
    page: `https://gov.example.kz/ru/services/${i % 2000}`,
    language: 'ru',
    vote: i % 3 ? 'yes' : 'no',
    clarity: 1 + (i % 5),
    ...(i % 4 ? {} : { comment: 'Не нашёл бланк' }),
    readability: { language: 'ru', grade: 9, score: 50, words: 300, averageSentenceLength: 14 },
    createdAt: now,
    receivedAt: now,
    spam: false,
  };
};

const rows: (string | number)[][] = [];
for (const callers of [50, 200, 500]) {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() - started < seconds * 1000) {
        const t = performance.now();
        await store.addFeedback(submission());
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const elapsed = (performance.now() - started) / 1000;
  const at = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(1);
  rows.push([callers, Math.round(latencies.length / elapsed), at(0.5), at(0.99)]);
}
// Durable only if the server fsyncs: say which it was, so a number from a test cluster is not mistaken.
const client = new pg.Client({ connectionString: url });
await client.connect();
const fsync = (await client.query<{ fsync: string }>('SHOW fsync')).rows[0]?.fsync;
await client.end();
printTable(
  `PostgreSQL store, durable commits (fsync=${fsync}), ${seconds} s per row`,
  ['callers', 'rows/s', 'p50 ms', 'p99 ms'],
  rows,
);
await store.close();
process.exit(0);
