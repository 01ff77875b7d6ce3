import type { Finding } from '../finding.ts';
import { formatMessage } from './messages.ts';
import type { LanguageCode, RuleBase, Severity } from './types.ts';

/**
 * The findings without those a rule defers to another (`Rule.deferTo`, and `Rule.deferBareTo` for one with
 * nothing to paste): a finding is dropped when a finding of
 * a rule it defers to covers its whole text (from its anchor on: `anchorFinding`) — with words to paste there, or with the advice to rewrite or
 * cut those words, which settles what is inside them too. A finding that holds findings of the rules it
 * `joins` is one finding with them (`joined`). `found` is sorted by start.
 */
export function withoutDeferred(
  found: Finding[],
  rules: Iterable<RuleBase>,
  ui: LanguageCode,
  withSubject?: WithSubject,
): Finding[] {
  const ruleById = new Map<string, RuleBase>();
  const deferTo = new Map<string, readonly string[]>();
  const deferBareTo = new Map<string, readonly string[]>();
  const covering = new Set<string>();
  for (const rule of rules) {
    ruleById.set(rule.id, rule);
    if (rule.deferBareTo?.length) deferBareTo.set(rule.id, rule.deferBareTo);
    if (rule.deferTo?.length) deferTo.set(rule.id, rule.deferTo);
    for (const id of [...(rule.deferTo ?? []), ...(rule.deferBareTo ?? [])]) covering.add(id);
  }
  if (covering.size === 0) return joined(found, ruleById, ui, withSubject);
  const findings = withBareRunIns(found, deferBareTo, ruleById, ui);
  const covers = findings.filter((f) => covering.has(f.rule));
  // One pass: the furthest end, per rule, of the covering findings that start at or before each finding.
  const furthestEnd = new Map<string, number>();
  let next = 0;
  const kept = findings.filter((finding) => {
    const bare = finding.suggestions.length === 0 ? deferBareTo.get(finding.rule) : undefined;
    const own = deferTo.get(finding.rule);
    const to = bare ? [...(own ?? []), ...bare] : own;
    if (!to) return true;
    const anchor = anchors.get(finding);
    if (anchor !== undefined) return !anchoredCovered(anchor, covers, to);
    for (let c = covers[next]; c && c.start <= finding.start; c = covers[++next])
      furthestEnd.set(c.rule, Math.max(furthestEnd.get(c.rule) ?? 0, c.end));
    return !to.some((id) => (furthestEnd.get(id) ?? -1) >= finding.end);
  });
  return joined(kept, ruleById, ui, withSubject);
}

const runIns = new WeakMap<RuleBase, RegExp>();

/** A rule's `bareRunIn` compiled once. */
function runInPattern(rule: RuleBase | undefined): RegExp | undefined {
  if (!rule?.bareRunIn) return undefined;
  let pattern = runIns.get(rule);
  if (!pattern) {
    pattern = new RegExp(rule.bareRunIn, 'iu');
    runIns.set(rule, pattern);
  }
  return pattern;
}

/**
 * A finding with nothing to paste whose words run into the first words of a finding it defers to when bare,
 * its words before them matching `RuleBase.bareRunIn` («В целях обеспечения реализации» into the chain
 * «обеспечения реализации конституционного права»), is one problem told twice: the wider finding takes in its
 * words from their start, and says its advice once over them all («В целях обеспечения реализации
 * конституционного права»: use a verb). `findings` is sorted by start, and so is the result.
 */
function withBareRunIns(
  findings: Finding[],
  deferBareTo: ReadonlyMap<string, readonly string[]>,
  ruleById: ReadonlyMap<string, RuleBase>,
  ui: LanguageCode,
): Finding[] {
  if (deferBareTo.size === 0) return findings;
  const replaced = new Map<Finding, Finding | undefined>();
  findings.forEach((bare, at) => {
    const to = bare.suggestions.length === 0 ? deferBareTo.get(bare.rule) : undefined;
    const runIn = runInPattern(ruleById.get(bare.rule));
    if (!to || !runIn || replaced.has(bare)) return;
    for (let i = at + 1; i < findings.length; i++) {
      const wider = findings[i];
      if (!wider || wider.start >= bare.end) break;
      const rule = ruleById.get(wider.rule);
      if (!rule || !to.includes(wider.rule) || wider.start <= bare.start || wider.end <= bare.end) continue;
      const before = bare.text.slice(0, wider.start - bare.start).trim();
      if (replaced.has(wider) || !runIn.test(before)) continue;
      const text = bare.text.slice(0, wider.start - bare.start) + wider.text;
      replaced.set(bare, { ...wider, start: bare.start, text, message: formatMessage(rule, ui, { text }) });
      replaced.set(wider, undefined);
      return;
    }
  });
  if (replaced.size === 0) return findings;
  return findings.flatMap((f) => {
    if (!replaced.has(f)) return [f];
    const instead = replaced.get(f);
    return instead ? [instead] : [];
  });
}

/**
 * Where the words a finding is about start, when it spans more so that its suggestion can be pasted: a passive
 * over its subject («Справка выдаётся» → «Справку выдают») is about the verb, and defers to officialese on the
 * verb alone.
 */
const anchors = new WeakMap<Finding, { start: number; end: number }>();

/** Marks `finding` as about its words from `start` to `end`, for what it defers to. */
export function anchorFinding(finding: Finding, start: number, end: number): void {
  if (start > finding.start || end < finding.end) anchors.set(finding, { start, end });
}

/** Whether a finding of a rule in `to` covers `finding`'s anchored words (a rare case: read directly). */
function anchoredCovered(
  anchor: { start: number; end: number },
  covers: readonly Finding[],
  to: readonly string[],
) {
  return covers.some((c) => c.start <= anchor.start && c.end >= anchor.end && to.includes(c.rule));
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
function joined(
  findings: Finding[],
  ruleById: ReadonlyMap<string, RuleBase>,
  ui: LanguageCode,
  withSubject: WithSubject | undefined,
): Finding[] {
  const absorbed = new Set<Finding>();
  const result: Finding[] = [];
  const kept = (f: Finding) => !absorbed.has(f);
  findings.forEach((outer, at) => {
    if (absorbed.has(outer)) return;
    const joins = ruleById.get(outer.rule)?.joins;
    if (joins?.length) for (const dropped of droppedByRewording(findings, at, joins)) absorbed.add(dropped);
    const span = joins?.length ? spanWith(findings, at, joins) : undefined;
    const inner = span && joins ? innerFindings(findings, at, span, joins, absorbed) : [];
    const first = inner[0];
    const rule = first && ruleById.get(first.rule);
    if (!span || !first || !rule || inner.some((f) => f.rule !== first.rule)) {
      result.push(outer);
      return;
    }
    for (const f of inner) {
      absorbed.add(f);
      // One that starts with or before the outer finding is sorted first, and already kept.
      const index = result.indexOf(f);
      if (index >= 0) result.splice(index, 1);
    }
    result.push(joinedFinding(span, inner, rule, ruleById.get(outer.rule), ui, withSubject?.(rule.id)));
  });
  return result.filter(kept);
}

/**
 * The findings of the rules `at`'s finding joins that lie inside it and only say to cut their words, where
 * its own wording leaves them out (the active «Комиссия өтінішті қарайды» for «Өтініш комиссия тарапынан
 * қаралады» has no «тарапынан»): pasting that wording settles them. Where it has no wording of its own either
 * ("it will be required", "be required" and "required"), its advice to recast its verb settles theirs on that
 * verb: one finding on those words, not two with nothing to paste. A word before the verb ("is hereby revoked")
 * is advice of its own.
 */
function droppedByRewording(findings: readonly Finding[], at: number, joins: readonly string[]): Finding[] {
  const outer = findings[at];
  if (!outer) return [];
  const own = outer.suggestions[0]?.toLowerCase();
  const inside: Finding[] = [];
  for (let i = at - 1; i >= 0 && (findings[i]?.start ?? -1) >= outer.start; i--)
    inside.push(findings[i] as Finding);
  for (let i = at + 1; i < findings.length && (findings[i]?.start ?? Infinity) < outer.end; i++)
    inside.push(findings[i] as Finding);
  return inside.filter(
    (f) =>
      joins.includes(f.rule) &&
      f.suggestions.length === 0 &&
      f.end <= outer.end &&
      (own === undefined ? f.end === outer.end : !own.includes(f.text.toLowerCase())),
  );
}

/** How far before a finding another may start and still run into it: a few words of officialese. */
const MAX_REACH = 160;

/**
 * The words a finding of a joining rule stands for: its own, and those of any finding of a joined rule that
 * runs across one of its ends ("The applicant is" → "You are" over "is notified"), so that both are one finding
 * ("The applicant is notified" → "You are told") rather than two offering words for the same place.
 * Undefined when such a finding has no words to paste: then the two are left as they are.
 */
function spanWith(findings: readonly Finding[], at: number, joins: readonly string[]): Finding | undefined {
  const outer = findings[at];
  if (!outer) return undefined;
  let span = outer;
  const crossing: Finding[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const other = findings[i];
    if (!other || other.start < outer.start - MAX_REACH) break;
    if (other.start < outer.start && other.end > outer.start && joins.includes(other.rule))
      crossing.push(other);
  }
  for (let i = at + 1; i < findings.length; i++) {
    const other = findings[i];
    if (!other || other.start >= outer.end) break;
    if (other.end > outer.end && joins.includes(other.rule)) crossing.push(other);
  }
  for (const other of crossing) {
    if (other.suggestions.length === 0) return undefined;
    if (other.start < span.start)
      span = { ...span, start: other.start, text: other.text + span.text.slice(other.end - span.start) };
    if (other.end > span.end)
      span = { ...span, end: other.end, text: span.text + other.text.slice(span.end - other.start) };
  }
  return span;
}

/**
 * The findings of the rules `span` joins that lie inside it, in order, or none when two of them overlap (their
 * words could not both be pasted).
 */
function innerFindings(
  findings: readonly Finding[],
  at: number,
  span: Finding,
  joins: readonly string[],
  absorbed: ReadonlySet<Finding>,
): Finding[] {
  const inner: Finding[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const other = findings[i];
    if (!other || other.start < span.start) break;
    if (joinable(other, span, joins) && !absorbed.has(other)) inner.unshift(other);
  }
  for (let i = at + 1; i < findings.length; i++) {
    const other = findings[i];
    if (!other || other.start >= span.end) break;
    if (joinable(other, span, joins) && !absorbed.has(other)) inner.push(other);
  }
  const overlapping = inner.some((f, i) => i > 0 && f.start < (inner[i - 1]?.end ?? 0));
  return overlapping ? [] : inner;
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
 * `wording` with each inner finding's words replaced by its first suggestion, matched without regard to case
 * and taking the case of the place it goes to (a sentence's first capital); undefined if some inner words are
 * not in it (the wording changed them).
 */
function withInnerWords(
  wording: string,
  inner: readonly Finding[],
  agree: SubjectAgreement | undefined,
): string | undefined {
  let text = wording;
  for (const f of inner) {
    const plain = f.suggestions[0];
    const at = text.toLowerCase().indexOf(f.text.toLowerCase());
    if (plain === undefined || at < 0) return undefined;
    // A capital the inner words had for opening the sentence is not theirs inside the wording («Тиісті»).
    const opening = /^\p{Lu}\p{Ll}/u;
    const cased =
      at === 0 && /^\p{Lu}/u.test(text)
        ? plain.charAt(0).toUpperCase() + plain.slice(1)
        : at > 0 && opening.test(plain) && opening.test(f.text)
          ? plain.charAt(0).toLowerCase() + plain.slice(1)
          : plain;
    text = text.slice(0, at) + cased + text.slice(at + f.text.length);
    // New words at the start are the clause's subject: its verb must agree with them, or nothing is offered.
    if (at === 0) {
      const agreed = agree ? agree(text, cased.length) : text;
      if (agreed === undefined) return undefined;
      text = agreed;
    }
  }
  return text;
}

/** A pack's `LanguagePack.withSubject`. */
export type SubjectAgreement = (clause: string, subjectEnd: number) => string | undefined;
/** The subject agreement of the language of a rule, by the rule's id. */
export type WithSubject = (ruleId: string) => SubjectAgreement | undefined;

/** One finding over `outer`'s words of the rule of `inner`, with `inner`'s suggestions spliced into its text. */
function joinedFinding(
  outer: Finding,
  inner: readonly Finding[],
  rule: RuleBase,
  outerRule: RuleBase | undefined,
  ui: LanguageCode,
  agree: SubjectAgreement | undefined,
): Finding {
  const count = Math.max(...inner.map((f) => f.suggestions.length));
  // The outer finding's own wording (a passive said in the active) with the inner plain words put into it,
  // where it keeps their words: "The applicant signed the form" with "the applicant" → "you".
  const own = outer.suggestions[0];
  const rewritten = own === undefined ? undefined : withInnerWords(own, inner, agree);
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
  if (rewritten !== undefined) suggestions.unshift(rewritten);
  // The message quotes the words as words, as a single finding's does: a capital that only says the words
  // begin a sentence ("You are told") is left to the list, which is pasted in their place.
  const first = suggestions[0];
  const suggestion =
    first && /^\p{Lu}\p{Ll}/u.test(first) && /^\p{Lu}/u.test(outer.text)
      ? first.charAt(0).toLowerCase() + first.slice(1)
      : first;
  const message = formatMessage(
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
    message: outerRule ? `${message} ${formatMessage(outerRule, ui, { text: outer.text })}` : message,
    suggestions: [...new Set(suggestions)],
    link: inner[0]?.link ?? outer.link,
  };
}
