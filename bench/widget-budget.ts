// Size budget of the widget, run in CI after `npm run build`: the script a page loads to show the first
// question (Lit included) must stay within 12 KB gzip; every chunk's size is printed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { printTable } from './lib/table.ts';

const BUDGET_BYTES = 12 * 1024;
const dir = resolve(import.meta.dirname, '../dist/widget');
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
if (!files.includes('heard.js')) {
  console.error('widget-budget: dist/widget/heard.js is missing; run npm run build first.');
  process.exit(2);
}
const sizes = files.map((file) => {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
printTable(
  'Widget chunks',
  ['chunk', 'bytes', 'gzip bytes', 'loaded'],
  sizes.map((s) => [s.file, s.raw, s.gzip, s.file === 'heard.js' ? 'on every page' : 'on demand']),
);
const entry = sizes.find((s) => s.file === 'heard.js');
if (entry && entry.gzip > BUDGET_BYTES) {
  console.error(`widget-budget: heard.js is ${entry.gzip} bytes gzip, over the ${BUDGET_BYTES}-byte budget.`);
  process.exit(1);
}
console.log(`\nheard.js: ${entry?.gzip} of ${BUDGET_BYTES} bytes gzip.`);
