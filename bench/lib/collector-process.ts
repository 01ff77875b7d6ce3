// A collector for load and crash benchmarks, run as its own process so the load generator does not share
// its event loop. Configured from the environment like `npm run server`; rate limits are raised so one
// loopback client can load it, but they still run on every request.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';

const running = await startServer(loadConfig(process.env), {
  clientLimit: { burst: 1_000_000, perSecond: 1_000_000 },
  siteLimit: { burst: 1_000_000, perSecond: 1_000_000 },
});
/**
 * CPU milliseconds of each of this process's threads (Linux only: empty elsewhere), so a run can say what the
 * event loop cost apart from the SQLite writer thread and V8's helpers.
 */
function threadCpuMs(): Map<string, number> {
  const threads = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      threads.set(tid, ((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
    }
  } catch {
    // Not Linux: no per-thread figures.
  }
  return threads;
}

// What the run cost this process, reported on exit: on a shared machine requests/s swing with the other
// jobs, CPU per request and how busy the event loop was do much less.
const cpuAtStart = process.cpuUsage();
let threadsAtStart = threadCpuMs();
let loopAtStart = performance.eventLoopUtilization();
// (Measured from the loop's first turn: before it, Node counts the whole start-up as busy.)
setImmediate(() => {
  loopAtStart = performance.eventLoopUtilization();
  threadsAtStart = threadCpuMs();
});
console.log(`listening ${running.url}`);
process.once('SIGTERM', async () => {
  const cpu = process.cpuUsage(cpuAtStart);
  const loop = performance.eventLoopUtilization(loopAtStart);
  const spent = [...threadCpuMs()].map(([tid, ms]) => ({ tid, ms: ms - (threadsAtStart.get(tid) ?? 0) }));
  const mainMs = spent.find((t) => t.tid === String(process.pid))?.ms;
  // The busiest other thread is the SQLite writer (on PostgreSQL, a V8 helper).
  const otherMs = Math.max(0, ...spent.filter((t) => t.tid !== String(process.pid)).map((t) => t.ms));
  await running.stop();
  console.log(
    `usage ${JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, loopBusy: loop.utilization, mainMs, otherMs })}`,
  );
  process.exit(0);
});
