// `npm run bench`: every benchmark, each printing a table. Needs ../shared/corpora (or HEARD_CORPORA).
import { CORPORA_DIR, corporaAvailable } from './lib/corpora.ts';
import { qualityBenchmarks } from './quality.ts';
import { speedBenchmarks } from './speed.ts';

if (!corporaAvailable()) {
  console.error(
    `bench: corpora not found at ${CORPORA_DIR}; set HEARD_CORPORA to the shared corpora folder.`,
  );
  process.exit(2);
}
const only = process.argv[2];
if (!only || only === 'quality') qualityBenchmarks();
if (!only || only === 'speed') await speedBenchmarks();
