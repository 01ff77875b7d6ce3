import type { Counts } from '../../internal/counts.ts';
import {
  lix,
  obornevaGrade,
  obornevaReadingEase,
  plainRussianAri,
  plainRussianColemanLiau,
  plainRussianFleschKincaid,
  plainRussianSmog,
} from '../../internal/formulas.ts';

/** The published Russian formulas the report shows beside the engine's grade. */
export function russianFormulas(c: Counts): Record<string, number> {
  return {
    fleschReadingEase: obornevaReadingEase(c),
    fleschKincaidGrade: obornevaGrade(c),
    plainRussianFleschKincaid: plainRussianFleschKincaid(c),
    smog: plainRussianSmog(c),
    colemanLiau: plainRussianColemanLiau(c),
    automatedReadabilityIndex: plainRussianAri(c),
    lix: lix(c),
  };
}
