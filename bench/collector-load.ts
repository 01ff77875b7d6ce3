// Load and crash benchmarks of the collector on loopback: valid submissions through the real pipeline
// (validation, PII scrubbing, rate limiting, idempotency, durable group commit), then a check of the stored
// rows against every acknowledged id. Bounded in time; traffic only to 127.0.0.1.
// Run: npx tsx bench/collector-load.ts [--seconds 10] [--connections 50] [--rate N] [--crash]   (HEARD_BENCH_DATABASE_URL for PostgreSQL)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { newSubmissionId } from '../contract/submission-id.ts';
import { loadConfig } from '../server/config.ts';
import { openStore } from '../server/start.ts';
import { scratchSchemaUrl } from '../test/postgres-schema.ts';
import { spawnCollector } from './lib/spawn-collector.ts';
import { printTable } from './lib/table.ts';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 10;
const connections = Number(process.argv[process.argv.indexOf('--connections') + 1]) || 50;
const crash = process.argv.includes('--crash');
// A fixed request rate instead of as fast as the connections go: CPU per request then compares code
// versions without the machine being saturated.
const rate = process.argv.includes('--rate')
  ? Number(process.argv[process.argv.indexOf('--rate') + 1])
  : undefined;
// PostgreSQL runs start from an empty schema of their own, as SQLite runs start from an empty file: a table
// grown by earlier runs makes every insert slower.
const databaseUrl = process.env.HEARD_BENCH_DATABASE_URL
  ? await scratchSchemaUrl(process.env.HEARD_BENCH_DATABASE_URL, 'bench')
  : undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'heard-load-'));
const sitesFile = join(dataDir, 'sites.json');
writeFileSync(
  sitesFile,
  JSON.stringify([
    { id: 'load-test', name: 'Load test', origins: ['http://127.0.0.1', 'https://gov.example.kz'] },
  ]),
);
const env = {
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  HEARD_DATA_DIR: dataDir,
  HEARD_SITES_FILE: sitesFile,
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
};

// HEARD_BENCH_NODE_ARGS passes flags to the collector process, e.g. `--cpu-prof` to profile it.
const nodeArgs = process.env.HEARD_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];

const acknowledged = new Set<string>();
const { child, url } = await spawnCollector(env, nodeArgs);
let usage: { cpuMs: number; loopBusy: number; mainMs?: number; otherMs?: number } | undefined;
child.stdout?.on('data', (d: Buffer) => {
  const match = /usage (\{.*\})/.exec(d.toString());
  if (match?.[1]) usage = JSON.parse(match[1]) as typeof usage;
});
const comments = [
  'Страница понятная, спасибо',
  'Не нашёл телефон: мой +7 701 234 56 78',
  'Too long, please shorten it',
  '',
];

/** The n-th submission of the run: 50 pages, mixed votes, a quarter with a phone number to scrub. */
function body(n: number): string {
  // The mix comes from a request counter: UUIDv7 ids start with the time, so their first characters
  // are the same for weeks and every request would be about one page, with one vote and one comment.
  const comment = comments[n % comments.length] ?? '';
  return JSON.stringify({
    id: newSubmissionId(),
    site: 'load-test',
    page: `https://gov.example.kz/ru/page-${n % 50}`,
    language: 'ru',
    vote: n % 3 === 0 ? 'no' : 'yes',
    clarity: (n % 5) + 1,
    // Each citizen's own words: the collector counts a comment repeated by one client once.
    ...(comment ? { comment: `${comment} (${n})` } : {}),
    createdAt: new Date().toISOString(),
    elapsedMs: 20_000,
  });
}

// Bodies are made before the clock starts: the load generator shares the machine's two cores with the
// collector, and building JSON with fresh ids during the run took CPU from the system under test.
const prepared = Array.from({ length: seconds * 15_000 }, (_, n) => body(n));
let sent = 0;
const loadCpuAtStart = process.cpuUsage();
const load = autocannon({
  url: `${url}/api/v1/feedback`,
  connections,
  duration: seconds,
  ...(rate ? { overallRate: rate } : {}),
  requests: [
    {
      method: 'POST',
      setupRequest: (request) => {
        const n = sent++;
        return {
          ...request,
          headers: { 'content-type': 'application/json' },
          body: prepared[n] ?? body(n),
        };
      },
      onResponse: (status, body) => {
        if (status === 201) acknowledged.add((JSON.parse(body) as { id: string }).id);
      },
    },
  ],
});
if (crash) setTimeout(() => child.kill('SIGKILL'), (seconds * 1000) / 2);
const result = await load;
const loadCpu = process.cpuUsage(loadCpuAtStart);
if (!crash) {
  child.kill('SIGTERM');
  // 'close', not 'exit': the usage line may still be in the pipe when the process has exited.
  await new Promise((done) => child.once('close', done));
}

// Reopen the store as a restarted server would, and look for every acknowledged id.
const store = await openStore(loadConfig(env));
let missing = 0;
for (const id of acknowledged) if (!(await store.hasFeedback(id))) missing++;
const stored = await store.countFeedback('load-test');
await store.close();

const perRequest = (ms: number) => Math.round((ms * 1000) / Math.max(1, result.requests.total));
printTable(
  `Collector under load: ${seconds} s, ${connections} connections${rate ? `, ${rate} requests/s` : ''}, ${store.kind}${crash ? ', kill -9 half way' : ''}`,
  [
    'requests/s (mean)',
    'p50 ms',
    'p99 ms',
    'non-2xx',
    'acknowledged',
    'stored',
    'acknowledged but missing',
    'collector CPU µs/request',
    'of it event loop / busiest other thread',
    'event loop busy',
    'load generator CPU µs/request',
  ],
  [
    [
      Math.round(result.requests.average).toLocaleString('en'),
      result.latency.p50,
      result.latency.p99,
      result.non2xx,
      acknowledged.size.toLocaleString('en'),
      stored.toLocaleString('en'),
      missing,
      usage ? Math.round((usage.cpuMs * 1000) / Math.max(1, result.requests.total)) : '—',
      usage?.mainMs === undefined ? '—' : `${perRequest(usage.mainMs)} / ${perRequest(usage.otherMs ?? 0)}`,
      usage ? `${Math.round(usage.loopBusy * 100)}%` : '—',
      Math.round((loadCpu.user + loadCpu.system) / Math.max(1, result.requests.total)),
    ],
  ],
);
if (missing > 0) {
  console.error(`LOST ${missing} acknowledged submissions`);
  process.exitCode = 1;
}
