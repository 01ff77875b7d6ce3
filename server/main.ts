// `npm run server`: the collector alone, configured from the environment.
import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './start.ts';

try {
  const config = loadConfig(process.env);
  const running = await startServer(config);
  console.log(
    `Heard collector on ${running.url} (storage: ${running.store.kind}${config.databaseUrl ? '' : `, ${config.dataDir}`})`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      await running.stop();
      process.exit(0);
    });
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`heard: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
