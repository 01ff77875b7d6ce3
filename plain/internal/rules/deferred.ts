import type { Finding } from '../finding.ts';
import type { Rule } from './types.ts';

/**
 * The findings without those a rule defers to another (`Rule.deferTo`): a finding is dropped when a finding of
 * a rule it defers to covers its whole text — with words to paste there, or with the advice to rewrite or
 * cut those words, which settles what is inside them too. `findings` is sorted by start.
 */
export function withoutDeferred(findings: Finding[], rules: Iterable<Rule>): Finding[] {
  const deferTo = new Map<string, readonly string[]>();
  const covering = new Set<string>();
  for (const rule of rules) {
    if (!rule.deferTo?.length) continue;
    deferTo.set(rule.id, rule.deferTo);
    for (const id of rule.deferTo) covering.add(id);
  }
  if (deferTo.size === 0) return findings;
  const covers = findings.filter((f) => covering.has(f.rule));
  // One pass: the furthest end, per rule, of the covering findings that start at or before each finding.
  const furthestEnd = new Map<string, number>();
  let next = 0;
  return findings.filter((finding) => {
    const to = deferTo.get(finding.rule);
    if (!to) return true;
    for (let c = covers[next]; c && c.start <= finding.start; c = covers[++next])
      furthestEnd.set(c.rule, Math.max(furthestEnd.get(c.rule) ?? 0, c.end));
    return !to.some((id) => (furthestEnd.get(id) ?? -1) >= finding.end);
  });
}
