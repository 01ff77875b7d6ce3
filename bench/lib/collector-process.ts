// A collector for load and crash benchmarks, run as its own process so the load generator does not share
// its event loop. Configured from the environment like `npm run server`; rate limits are raised so one
// loopback client can load it, but they still run on every request.
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';

const running = await startServer(loadConfig(process.env), {
  clientLimit: { burst: 1_000_000, perSecond: 1_000_000 },
  siteLimit: { burst: 1_000_000, perSecond: 1_000_000 },
});
console.log(`listening ${running.url}`);
process.once('SIGTERM', async () => {
  await running.stop();
  process.exit(0);
});
