// `npm start`: runs everything a newcomer needs to see Heard working and prints where to find it.
import { createDemoServer } from '../demo/site.ts';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.DEMO_PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`DEMO_PORT=${process.env.DEMO_PORT} is not a port number (0–65535).`);
  process.exit(2);
}

const demo = createDemoServer();
demo.on('error', (error) => {
  console.error(
    `Could not start the demo site on ${host}:${port}: ${error.message}. Set DEMO_PORT to a free port.`,
  );
  process.exit(1);
});
demo.listen(port, host, () => {
  const address = demo.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const base = `http://${host}:${actualPort}`;
  console.log('Heard is running.');
  console.log(
    `  Demo agency site:  ${base}/  (Қазақша ${base}/kk/ · Русский ${base}/ru/ · English ${base}/en/)`,
  );
  console.log('Press Ctrl+C to stop.');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => demo.close(() => process.exit(0)));
}
