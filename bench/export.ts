// Streams the whole export of a seeded database (see bench/pages-table.ts --keep DIR) through the real route
// and measures throughput and how long the event loop was held meanwhile.
// Run: npx tsx bench/export.ts DIR [--format csv|json]
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createApp } from '../server/app.ts';
import { ensureFirstAdmin } from '../server/auth/first-admin.ts';
import { SqliteStore } from '../server/storage/sqlite.ts';
import { printTable } from './lib/table.ts';

const dir = process.argv[2];
if (!dir) {
  console.error(
    'usage: npx tsx bench/export.ts DIR [--format csv|json]  (DIR from bench/pages-table.ts --keep DIR)',
  );
  process.exit(2);
}
const format = process.argv.includes('json') ? 'json' : 'csv';
const store = new SqliteStore(join(dir, 'heard.db'));
const password = 'benchmark password';
await ensureFirstAdmin(store, password, () => undefined);
const app = createApp({ store, now: () => new Date('2026-11-27T00:00:00.000Z') });
const login = await app.request('/api/v1/admin/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

const delay = monitorEventLoopDelay({ resolution: 1 });
const ticker = setInterval(() => undefined, 1);
delay.enable();
const started = performance.now();
const response = await app.request(
  `/api/v1/admin/export?site=ministry&from=2025-01-01&to=2026-11-27&format=${format}`,
  {
    headers: { cookie },
  },
);
let bytes = 0;
let lines = 0;
const reader = response.body?.getReader();
for (;;) {
  const chunk = await reader?.read();
  if (!chunk || chunk.done) break;
  bytes += chunk.value.byteLength;
  for (const byte of chunk.value) if (byte === 10) lines++;
}
const seconds = (performance.now() - started) / 1000;
delay.disable();
clearInterval(ticker);
const rows = format === 'csv' ? lines - 1 : lines - 1;
printTable(
  `Export, SQLite, ${format}`,
  ['rows', 'MB', 'seconds', 'rows/s', 'event-loop max delay ms', 'p99 delay ms', 'RSS MB'],
  [
    [
      rows,
      (bytes / 1e6).toFixed(0),
      seconds.toFixed(1),
      Math.round(rows / seconds),
      (delay.max / 1e6).toFixed(1),
      (delay.percentile(99) / 1e6).toFixed(1),
      (process.memoryUsage().rss / 1e6).toFixed(0),
    ],
  ],
);
await store.close();
