import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

type Axe = { run(context: Element, options: RunOptions): Promise<AxeResults> };

// axe-core is a UMD bundle: imported as a module it installs itself on window.
const axe = (globalThis as unknown as { axe: Axe }).axe;

/** Runs axe-core on one element (not the whole test page) against WCAG 2.2 A/AA and best practice. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
  });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
