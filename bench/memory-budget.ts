// Memory budget, run in CI: the engine's heap once its packs are loaded and a text in each language analysed.
// The packs generate tens of thousands of phrase entries; a guard string built afresh for each (instead of
// shared) once kept 50 MB of copies alive, in every tab of the extension and every worker. The heap is read
// after a full garbage collection, less the heap before the engine was imported, so the runner's own share is
// not counted.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { printTable } from './lib/table.ts';

/**
 * Megabytes the engine may keep alive. When this budget was set it kept 48 with its packs loaded and 79 once a
 * text in each language had compiled the entries it meets (106 and 137 before the guards were shared).
 */
const MAX_MEGABYTES = 95;

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 1e6;
}

const before = heapAfterCollection();
const { analyze } = await import('../plain/index.ts');
const loaded = heapAfterCollection() - before;
const samples = {
  kk: 'Өтінішті қарау мерзімі он жұмыс күнін құрайды. Шешім туралы хабарлама жіберіледі.',
  ru: 'Срок рассмотрения заявления составляет десять рабочих дней. Уведомление о решении направляется заявителю.',
  en: 'The application will be processed within ten working days. You will be notified of the decision.',
} as const;
for (const [language, text] of Object.entries(samples)) analyze(text, { language: language as 'kk' });
const used = heapAfterCollection() - before;

printTable(
  'Engine heap after a full collection',
  ['state', 'MB', 'budget MB'],
  [
    ['packs loaded', loaded.toFixed(1), ''],
    ['a text analysed in each language', used.toFixed(1), MAX_MEGABYTES],
  ],
);
if (used > MAX_MEGABYTES) {
  console.error(`memory budget: the engine keeps ${used.toFixed(1)} MB alive, over ${MAX_MEGABYTES} MB`);
  process.exit(1);
}
