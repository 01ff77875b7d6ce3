// Size budget of the widget, run in CI after `npm run build`: the script a page loads to show the first
// question — heard.js and every chunk it imports statically (Lit's shared chunk) — must stay within 12 KB
// gzip; every chunk's size is printed, with whether a page loads it up front or on demand.
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

/** Chunks a module imports statically (`import … from "./x.js"`), not the lazy `import("./x.js")`. */
function staticImports(source: string): string[] {
  const found = source.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([\w.-]+\.js)["']/g);
  return [...found].map((m) => m[1] as string);
}

const upFront = new Set<string>();
const visit = (file: string) => {
  if (upFront.has(file)) return;
  upFront.add(file);
  for (const dependency of staticImports(readFileSync(join(dir, file), 'utf8'))) visit(dependency);
};
visit('heard.js');

const sizes = files.map((file) => {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
printTable(
  'Widget chunks',
  ['chunk', 'bytes', 'gzip bytes', 'loaded'],
  sizes.map((s) => [s.file, s.raw, s.gzip, upFront.has(s.file) ? 'on every page' : 'on demand']),
);
const firstQuestion = sizes.filter((s) => upFront.has(s.file)).reduce((sum, s) => sum + s.gzip, 0);
console.log(
  `\nFirst question (${[...upFront].join(' + ')}): ${firstQuestion} of ${BUDGET_BYTES} bytes gzip.`,
);
if (firstQuestion > BUDGET_BYTES) {
  console.error(`widget-budget: the first question needs ${firstQuestion} bytes gzip, over the budget.`);
  process.exit(1);
}
