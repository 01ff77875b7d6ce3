// `npm start`: the demo agency site and the collector on an embedded database, with their URLs printed.
import { createDemoServer } from '../demo/site.ts';
import { ConfigError, loadConfig } from '../server/config.ts';
import { startServer } from '../server/start.ts';

const demoPort = Number(process.env.DEMO_PORT ?? 8080);
if (!Number.isInteger(demoPort) || demoPort < 0 || demoPort > 65_535) {
  console.error(`DEMO_PORT=${process.env.DEMO_PORT} is not a port number (0–65535).`);
  process.exit(2);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`heard: ${error.message}`);
    process.exit(2);
  }
  throw error;
}

let collectorUrl: string | undefined;
const demo = createDemoServer(() => collectorUrl);
demo.on('error', (error) => {
  console.error(
    `Could not start the demo site on ${config.host}:${demoPort}: ${error.message}. Set DEMO_PORT to a free port.`,
  );
  process.exit(1);
});
await new Promise<void>((resolve) => demo.listen(demoPort, config.host, resolve));
const address = demo.address();
const demoUrl = `http://${config.host}:${typeof address === 'object' && address ? address.port : demoPort}`;

const collector = await startServer(config);
collectorUrl = collector.url;
// The demo site is registered like any agency site: its own origin posts feedback, and its pages are named by
// their canonical addresses (<link rel="canonical">), whose origin must be the site's too.
await collector.store.upsertSite({
  id: 'demo-agency',
  name: 'Agency for Public Services (demo)',
  origins: [demoUrl, 'https://services.example.gov.kz'],
  minVotes: 10,
  retentionDays: null,
});

console.log('Heard is running.');
console.log(
  `  Demo agency site:  ${demoUrl}/  (Қазақша ${demoUrl}/kk/ · Русский ${demoUrl}/ru/ · English ${demoUrl}/en/)`,
);
console.log(
  `  Collector API:     ${collector.url}/api/v1/feedback  (health: ${collector.url}/healthz, storage: ${collector.store.kind})`,
);
console.log(
  `  Dashboard:         ${collector.url}/dashboard  (account "admin"; a first start prints its one-time password above)`,
);
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    demo.close();
    await collector.stop();
    process.exit(0);
  });
}
