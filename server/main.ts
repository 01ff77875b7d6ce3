// `npm run server`: the collector alone, configured from the environment.
import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './start.ts';

try {
  const config = loadConfig(process.env);
  const running = await startServer(config);
  console.log(
    `Heard collector on ${running.url} (storage: ${running.store.kind}${config.databaseUrl ? '' : `, ${config.dataDir}`})`,
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second signal means "now": what was answered 201 is on disk already.
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`heard: ${signal}: stopping (open connections get up to 10 s to finish)`);
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`heard: stopping failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`heard: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
