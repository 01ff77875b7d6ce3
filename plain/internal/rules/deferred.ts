import type { Finding } from '../finding.ts';
import { formatMessage } from './messages.ts';
import type { LanguageCode, RuleBase, Severity } from './types.ts';

/**
 * The findings without those a rule defers to another (`Rule.deferTo`): a finding is dropped when a finding of
 * a rule it defers to covers its whole text — with words to paste there, or with the advice to rewrite or
 * cut those words, which settles what is inside them too. A finding that holds findings of the rules it
 * `joins` is one finding with them (`joined`). `findings` is sorted by start.
 */
export function withoutDeferred(findings: Finding[], rules: Iterable<RuleBase>, ui: LanguageCode): Finding[] {
  const ruleById = new Map<string, RuleBase>();
  const deferTo = new Map<string, readonly string[]>();
  const covering = new Set<string>();
  for (const rule of rules) {
    ruleById.set(rule.id, rule);
    if (!rule.deferTo?.length) continue;
    deferTo.set(rule.id, rule.deferTo);
    for (const id of rule.deferTo) covering.add(id);
  }
  if (deferTo.size === 0) return joined(findings, ruleById, ui);
  const covers = findings.filter((f) => covering.has(f.rule));
  // One pass: the furthest end, per rule, of the covering findings that start at or before each finding.
  const furthestEnd = new Map<string, number>();
  let next = 0;
  const kept = findings.filter((finding) => {
    const to = deferTo.get(finding.rule);
    if (!to) return true;
    for (let c = covers[next]; c && c.start <= finding.start; c = covers[++next])
      furthestEnd.set(c.rule, Math.max(furthestEnd.get(c.rule) ?? 0, c.end));
    return !to.some((id) => (furthestEnd.get(id) ?? -1) >= finding.end);
  });
  return joined(kept, ruleById, ui);
}

const SEVERITY_RANK: Record<Severity, number> = { suggestion: 0, warning: 1, error: 2 };

/**
 * Findings of a rule that `joins` others, each made one finding with the findings of those rules inside it:
 * a passive and the officialese participle in it ("is terminated", "terminated" → "ended") are one finding of
 * the officialese rule over the whole passive, whose suggestions put the plain words in the passive's place
 * ("is ended"), and whose message gives both pieces of advice. Two findings on the same words would ask the
 * editor to read the same words twice, and the passive alone would hide the plain word. `findings` is sorted
 * by start.
 */
function joined(findings: Finding[], ruleById: ReadonlyMap<string, RuleBase>, ui: LanguageCode): Finding[] {
  const absorbed = new Set<Finding>();
  const result: Finding[] = [];
  findings.forEach((outer, at) => {
    if (absorbed.has(outer)) return;
    const joins = ruleById.get(outer.rule)?.joins;
    if (!joins?.length) {
      result.push(outer);
      return;
    }
    const inner: Finding[] = [];
    for (let i = at + 1; i < findings.length; i++) {
      const other = findings[i];
      if (!other || other.start >= outer.end) break;
      if (joinable(other, outer, joins) && !absorbed.has(other)) inner.push(other);
    }
    // Findings sorted by start may put one that starts with the outer one before it.
    for (let i = at - 1; i >= 0; i--) {
      const other = findings[i];
      if (!other || other.start < outer.start) break;
      if (joinable(other, outer, joins) && !absorbed.has(other)) inner.unshift(other);
    }
    const first = inner[0];
    const rule = first && ruleById.get(first.rule);
    if (!first || !rule || inner.some((f) => f.rule !== first.rule) || crossed(findings, outer, joins)) {
      result.push(outer);
      return;
    }
    for (const f of inner) {
      absorbed.add(f);
      // One that starts with the outer finding and ends before it is sorted first, and already kept.
      const index = result.indexOf(f);
      if (index >= 0) result.splice(index, 1);
    }
    result.push(joinedFinding(outer, inner, rule, ruleById.get(outer.rule), ui));
  });
  return result;
}

/**
 * Whether `inner` lies inside `outer` and is of a rule it joins, with words to paste: a word to cut or
 * rewrite ("is hereby revoked") is a finding of its own, which does not make the whole phrase officialese.
 */
const joinable = (inner: Finding, outer: Finding, joins: readonly string[]) =>
  joins.includes(inner.rule) &&
  inner.start >= outer.start &&
  inner.end <= outer.end &&
  inner.suggestions.length > 0;

/**
 * Whether a finding of a joined rule runs across an end of `outer` ("The applicant is" → "You are" over "is
 * notified"): the two would offer words for the same place, and the joined finding a third.
 */
const crossed = (findings: readonly Finding[], outer: Finding, joins: readonly string[]) =>
  findings.some(
    (f) =>
      joins.includes(f.rule) &&
      f.start < outer.end &&
      outer.start < f.end &&
      (f.start < outer.start || f.end > outer.end),
  );

/** One finding over `outer`'s words of the rule of `inner`, with `inner`'s suggestions spliced into its text. */
function joinedFinding(
  outer: Finding,
  inner: readonly Finding[],
  rule: RuleBase,
  outerRule: RuleBase | undefined,
  ui: LanguageCode,
): Finding {
  const count = Math.max(...inner.map((f) => f.suggestions.length));
  const suggestions = Array.from({ length: count }, (_, n) => {
    let text = '';
    let cursor = outer.start;
    for (const f of inner) {
      text += outer.text.slice(cursor - outer.start, f.start - outer.start);
      text += f.suggestions[Math.min(n, f.suggestions.length - 1)] ?? f.text;
      cursor = f.end;
    }
    return text + outer.text.slice(cursor - outer.start);
  });
  const suggestion = suggestions[0];
  const own = formatMessage(
    rule,
    ui,
    suggestion === undefined ? { text: outer.text } : { text: outer.text, suggestion },
  );
  const severity =
    SEVERITY_RANK[outer.severity] > SEVERITY_RANK[rule.severity] ? outer.severity : rule.severity;
  return {
    rule: rule.id,
    severity,
    start: outer.start,
    end: outer.end,
    text: outer.text,
    message: outerRule ? `${own} ${formatMessage(outerRule, ui, { text: outer.text })}` : own,
    suggestions: [...new Set(suggestions)],
    link: inner[0]?.link ?? outer.link,
  };
}
