// A collector for load and crash benchmarks, run as its own process so the load generator does not share
// its event loop. Configured from the environment like `npm run server`; rate limits are raised so one
// loopback client can load it, but they still run on every request.
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';

const running = await startServer(loadConfig(process.env), {
  clientLimit: { burst: 1_000_000, perSecond: 1_000_000 },
  siteLimit: { burst: 1_000_000, perSecond: 1_000_000 },
});
// What the run cost this process, reported on exit: on a shared machine requests/s swing with the other
// jobs, CPU per request and how busy the event loop was do much less.
const cpuAtStart = process.cpuUsage();
let loopAtStart = performance.eventLoopUtilization();
// (Measured from the loop's first turn: before it, Node counts the whole start-up as busy.)
setImmediate(() => {
  loopAtStart = performance.eventLoopUtilization();
});
console.log(`listening ${running.url}`);
process.once('SIGTERM', async () => {
  const cpu = process.cpuUsage(cpuAtStart);
  const loop = performance.eventLoopUtilization(loopAtStart);
  await running.stop();
  console.log(
    `usage ${JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, loopBusy: loop.utilization })}`,
  );
  process.exit(0);
});
