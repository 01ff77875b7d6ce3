import type { Counts } from '../../internal/counts.ts';
import { lix } from '../../internal/formulas.ts';

/**
 * Kazakh has no published readability formula. The report shows LIX, which Björnsson designed to work
 * across languages from sentence and word length alone; the engine's own grade is calibrated against
 * English and Russian (see README.md beside this file).
 */
export function kazakhFormulas(c: Counts): Record<string, number> {
  return { lix: lix(c) };
}
