import { memo } from '../memo.ts';
import type { Document, Word } from '../text/document.ts';
import { withYo } from '../text/normalize.ts';
import { inSpelledOutName } from './abbreviation-definitions.ts';
import { compileClauseMarks, withClauseCommas } from './clause-commas.ts';
import {
  adjacent,
  capitalised,
  compilePattern,
  followsMatching,
  forEachSentence,
  listedAfter,
  neighbourMatches,
  type RuleContext,
  reportFinding,
  sentenceAt,
  startsSentence,
  textAfter,
  textBefore,
} from './context.ts';
import { inGlossedTerm } from './glossed-terms.ts';
import type { GrammaticalCase, PhraseEntry, PhraseRule } from './types.ts';
import { compileWords, matchesWord, type WordMatcher } from './word-pattern.ts';

interface CompiledEntry {
  entry: PhraseEntry;
  /** The entry's place in the rule: of two matches of one length, the earlier entry wins. */
  order: number;
  words: WordMatcher[];
  notAfter: RegExp | undefined;
  notListedAfter: RegExp | undefined;
  after: RegExp | undefined;
  notInClause: RegExp | undefined;
  inClause: RegExp | undefined;
  inSentence: RegExp | undefined;
  inText: RegExp | undefined;
  afterSentence: RegExp | undefined;
  notInClauseUnlessBefore: RegExp | undefined;
  inClauseUnlessBefore: RegExp | undefined;
  notBefore: RegExp | undefined;
  followedBy: RegExp | undefined;
  precededBy: RegExp | undefined;
  /** What each word a `*` stands for must match (`PhraseEntry.between`), by the `*`'s place; else undefined. */
  between: (RegExp | undefined)[] | undefined;
  /** All words but the last, with the entry's exceptions and conditions: entries alike in it group. */
  headKey: string | undefined;
  /**
   * A group of entries that differ only in their last word's exact forms (one per form of a verb:
   * «тексеру жүргізілді», «тексеру жүргізіледі» …): `words` but the last are checked once, then the last word
   * is looked up here.
   */
  byLast?: Map<string, CompiledEntry>;
}

/**
 * A phrase rule indexed by its first word, so each word of the text checks only a few entries. The entries
 * under a first word are compiled the first time a text has that word (`exactEntries`, `prefixEntries`): a
 * pack lists tens of thousands of generated entries, and a text meets few of their first words.
 */
export interface CompiledPhraseRule {
  rule: PhraseRule;
  /** Entries not compiled yet, by their first word's exact form and by its stem's first letters. */
  pendingExact: Map<string, PendingEntry[]>;
  pendingPrefix: Map<string, PendingEntry[]>;
  byExactFirst: Map<string, CompiledEntry[]>;
  byPrefixStart: Map<string, CompiledEntry[]>;
  /**
   * Entries whose first word may be any word — given by its ending («*ған жағдайда», «*ға басшылық ет*») or a
   * stem shorter than the index key — indexed by their second word instead.
   */
  always: AlwaysEntries;
  /**
   * For a first word that begins many entries ("in", "the", «в»): its list narrowed by the next word, each
   * keeping the list's order, with the entries whose second word is no exact form (or that have none) in all.
   */
  byExactFirstThenNext: Map<string, NarrowedEntries>;
  /** What a word form may begin or continue (`entriesOfForm`), looked up once per form. */
  entriesOf: (norm: string) => FormEntries;
  /** Compiles one phrase of an entry (word matchers and guards shared across the rule), once. */
  compile(pending: PendingEntry): CompiledEntry;
}

interface NarrowedEntries {
  byNext: Map<string, CompiledEntry[]>;
  rest: CompiledEntry[];
}

/**
 * The entries a word form may begin, and those it may continue as the second word of an entry whose first word
 * may be any: the five lists the rule walks at each word, looked up once per form instead of at every word.
 */
interface FormEntries {
  exact: CompiledEntry[] | undefined;
  narrowed: NarrowedEntries | undefined;
  prefixed: CompiledEntry[] | undefined;
  asSecond: CompiledEntry[] | undefined;
  asSecondByStem: CompiledEntry[] | undefined;
}

/**
 * Entries that may begin at any word, by their second word: its exact forms, or the index key of its stem;
 * `rest` (a second word given by its ending, or none) is checked at every word.
 */
interface AlwaysEntries {
  byNext: Map<string, CompiledEntry[]>;
  byNextPrefix: Map<string, CompiledEntry[]>;
  rest: CompiledEntry[];
}

function alwaysIndexed(list: CompiledEntry[]): AlwaysEntries {
  const index: AlwaysEntries = { byNext: new Map(), byNextPrefix: new Map(), rest: [] };
  for (const item of list) {
    const second = item.words[1];
    const keys = second?.prefixes.map((prefix) => prefix.slice(0, KEY)) ?? [];
    if (!second || second.suffixes.length > 0 || keys.some((key) => key.length < KEY)) {
      index.rest.push(item);
      continue;
    }
    for (const form of new Set(exactSecondForms(item, second))) addTo(index.byNext, form, item);
    for (const key of new Set(keys)) addTo(index.byNextPrefix, key, item);
  }
  return index;
}

/** One phrase of an entry, with its place in the rule, waiting to be compiled. */
interface PendingEntry {
  entry: PhraseEntry;
  phrase: string;
  order: number;
  compiled?: CompiledEntry;
}

/** A first word's list longer than this is also indexed by the next word. */
const NARROWED_FROM = 8;

/**
 * The exact forms an entry's second word may take (a group of two-word entries keeps its other second words
 * by form), or undefined when it is no exact form or absent.
 */
function secondForms(item: CompiledEntry): string[] | undefined {
  const second = item.words[1];
  if (!second || second.prefixes.length > 0 || second.suffixes.length > 0) return undefined;
  return exactSecondForms(item, second);
}

/** The exact forms of an entry's second word, with a two-word group's other last forms. */
function exactSecondForms(item: CompiledEntry, second: WordMatcher): string[] {
  return [...second.exact, ...(item.byLast && item.words.length === 2 ? item.byLast.keys() : [])];
}

function narrowedByNext(list: CompiledEntry[]) {
  const byNext = new Map<string, CompiledEntry[]>();
  const rest: CompiledEntry[] = [];
  const forms = list.map(secondForms);
  for (const f of forms) for (const form of f ?? []) byNext.set(form, []);
  list.forEach((item, n) => {
    const own = forms[n];
    if (!own) {
      rest.push(item);
      for (const sub of byNext.values()) sub.push(item);
      return;
    }
    for (const form of new Set(own)) byNext.get(form)?.push(item);
  });
  return { byNext, rest };
}

const KEY = 3;

function addTo<T>(map: Map<string, T[]>, key: string, entry: T) {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** `a b|c d` lists whole phrases; `a|b` (no spaces) lists forms of one word, handled by the word matcher. */
function alternatives(match: string): string[] {
  const trimmed = match.trim();
  return trimmed.includes(' ') ? trimmed.split('|').map((p) => p.trim()) : [trimmed];
}

/** Compiles a phrase rule once; the result is reused for every text. */
export function compilePhraseRule(rule: PhraseRule): CompiledPhraseRule {
  const compile = entryCompiler();
  const compiled: CompiledPhraseRule = {
    rule,
    pendingExact: new Map(),
    pendingPrefix: new Map(),
    byExactFirst: new Map(),
    byPrefixStart: new Map(),
    always: { byNext: new Map(), byNextPrefix: new Map(), rest: [] },
    byExactFirstThenNext: new Map(),
    entriesOf: memo((norm) => entriesOfForm(compiled, norm)),
    compile,
  };
  // Only the first word is read now; many entries share it («тексеру …»), so each is parsed once.
  const firstWords = new Map<string, WordMatcher>();
  const always: PendingEntry[] = [];
  let order = 0;
  for (const entry of rule.entries) {
    for (const phrase of alternatives(entry.match)) {
      const space = phrase.search(/\s/);
      const firstPattern = space < 0 ? phrase : phrase.slice(0, space);
      let first = firstWords.get(firstPattern);
      if (!first) {
        first = compileWords([firstPattern]);
        firstWords.set(firstPattern, first);
      }
      const pending: PendingEntry = { entry, phrase, order: order++ };
      for (const form of first.exact) addTo(compiled.pendingExact, form, pending);
      for (const prefix of first.prefixes) {
        if (prefix.length >= KEY) addTo(compiled.pendingPrefix, prefix.slice(0, KEY), pending);
        else always.push(pending);
      }
      // A first word given by its ending (`*ған`) may be any word: checked at every word.
      if (first.suffixes.length > 0) always.push(pending);
    }
  }
  compiled.always = alwaysIndexed(grouped(always.map(compile)));
  return compiled;
}

/** Compiles pending entries; word matchers and guards are shared by all the rule's entries. */
function entryCompiler(): (pending: PendingEntry) => CompiledEntry {
  // Generated entries repeat their words (a verb's forms share the words before it) and share a few
  // exception lists: each pattern is compiled once per exception list, and so is each guard.
  const matchers = new Map<readonly string[] | undefined, Map<string, WordMatcher>>();
  const matcherOf = (pattern: string, except: readonly string[] | undefined) => {
    let byPattern = matchers.get(except);
    if (!byPattern) {
      byPattern = new Map();
      matchers.set(except, byPattern);
    }
    let matcher = byPattern.get(pattern);
    if (!matcher) {
      matcher = compileWords([pattern], except);
      byPattern.set(pattern, matcher);
    }
    return matcher;
  };
  const guards = new Map<string, RegExp | undefined>();
  const guard = (pattern: string | undefined, flags = 'iu') => {
    if (pattern === undefined) return undefined;
    const key = `${flags}\u0001${pattern}`;
    if (!guards.has(key)) guards.set(key, pattern ? new RegExp(pattern, flags) : undefined);
    return guards.get(key);
  };
  // An exception list is named by its place among the rule's lists, not spelled out in every key.
  const exceptionLists = new Map<readonly string[] | undefined, number>();
  const conditions = (entry: PhraseEntry) => {
    let exceptions = exceptionLists.get(entry.except);
    if (exceptions === undefined) {
      exceptions = exceptionLists.size;
      exceptionLists.set(entry.except, exceptions);
    }
    return {
      guards: {
        notAfter: guard(entry.notAfter),
        notListedAfter: guard(entry.notListedAfter),
        after: guard(entry.after),
        notInClause: guard(entry.notInClause),
        inClause: guard(entry.inClause),
        inSentence: guard(entry.inSentence),
        inText: guard(entry.inText, 'u'),
        afterSentence: guard(entry.afterSentence),
        notInClauseUnlessBefore: guard(entry.notInClauseUnlessBefore),
        inClauseUnlessBefore: guard(entry.inClauseUnlessBefore),
        notBefore: guard(entry.notBefore),
        followedBy: guard(entry.followedBy, 'u'),
        precededBy: guard(entry.precededBy),
        between: guard(entry.between),
      },
      key: [
        exceptions,
        entry.notAfter ?? '',
        entry.notListedAfter ?? '',
        entry.after ?? '',
        entry.notInClause ?? '',
        entry.inClause ?? '',
        entry.inSentence ?? '',
        entry.inText ?? '',
        entry.afterSentence ?? '',
        entry.notInClauseUnlessBefore ?? '',
        entry.inClauseUnlessBefore ?? '',
        entry.notBefore ?? '',
        entry.followedBy ?? '',
        entry.precededBy ?? '',
        entry.between ?? '',
      ].join('\u0001'),
    };
  };
  const conditionsOf = new WeakMap<PhraseEntry, ReturnType<typeof conditions>>();
  return (pending) => {
    if (pending.compiled) return pending.compiled;
    const { entry, phrase, order } = pending;
    let own = conditionsOf.get(entry);
    if (!own) {
      own = conditions(entry);
      conditionsOf.set(entry, own);
    }
    const patterns = phrase.split(/\s+/);
    const words = patterns.map((pattern) => matcherOf(pattern, entry.except));
    const last = words.at(-1);
    const headKey =
      words.length >= 2 && last && last.prefixes.length === 0 && last.suffixes.length === 0
        ? `${patterns.slice(0, -1).join(' ')}\u0001${own.key}`
        : undefined;
    const { between: wildcard, ...guards } = own.guards;
    const between = wildcard ? patterns.map((p) => (p === '*' ? wildcard : undefined)) : undefined;
    pending.compiled = { entry, order, words, ...guards, between, headKey };
    return pending.compiled;
  };
}

/** The groups of entries pending under `key`, compiled, grouped and moved to `done` the first time asked. */
function groupsUnder(
  compiled: CompiledPhraseRule,
  pending: Map<string, PendingEntry[]>,
  done: Map<string, CompiledEntry[]>,
  key: string,
): CompiledEntry[] | undefined {
  const known = done.get(key);
  if (known) return known;
  const entries = pending.get(key);
  if (!entries) return undefined;
  pending.delete(key);
  const groups = grouped(entries.map(compiled.compile));
  done.set(key, groups);
  return groups;
}

/** The groups of entries whose first word is exactly `norm`, compiled at the first text that has it. */
export function exactEntries(compiled: CompiledPhraseRule, norm: string): CompiledEntry[] | undefined {
  const fresh = !compiled.byExactFirst.has(norm);
  const groups = groupsUnder(compiled, compiled.pendingExact, compiled.byExactFirst, norm);
  if (fresh && groups && groups.length > NARROWED_FROM)
    compiled.byExactFirstThenNext.set(norm, narrowedByNext(groups));
  return groups;
}

/** The groups of entries whose first word is a stem beginning with `key`, compiled when first needed. */
const prefixEntries = (compiled: CompiledPhraseRule, key: string) =>
  groupsUnder(compiled, compiled.pendingPrefix, compiled.byPrefixStart, key);

/** The entries a word form may begin or continue (`FormEntries`), compiled when first asked. */
function entriesOfForm(compiled: CompiledPhraseRule, norm: string): FormEntries {
  const exact = exactEntries(compiled, norm);
  const { always } = compiled;
  return {
    exact,
    narrowed: exact && compiled.byExactFirstThenNext.get(norm),
    // English entries are all exact: no key is cut for an empty index.
    prefixed:
      compiled.byPrefixStart.size || compiled.pendingPrefix.size
        ? prefixEntries(compiled, norm.slice(0, KEY))
        : undefined,
    asSecond: always.byNext.get(norm),
    asSecondByStem: always.byNextPrefix.size ? always.byNextPrefix.get(norm.slice(0, KEY)) : undefined,
  };
}

/**
 * A list with the entries that share all words but an exact last one made one group, so a verb's dozens of
 * forms cost one check of the words before it, even where generated entries interleave (a verb's forms with
 * and without a guard). A group stands where its first entry stood; which entry wins a tie is decided by
 * `order`, not by the list, and of two entries with the same last form the earlier is kept.
 */
function grouped(list: CompiledEntry[]): CompiledEntry[] {
  const result: CompiledEntry[] = [];
  const groupAt = new Map<string, number>();
  for (const item of list) {
    const at = item.headKey === undefined ? undefined : groupAt.get(item.headKey);
    const group = at === undefined ? undefined : result[at];
    if (at === undefined || !group) {
      if (item.headKey !== undefined) groupAt.set(item.headKey, result.length);
      result.push(item);
      continue;
    }
    const byLast = group.byLast ?? new Map<string, CompiledEntry>();
    if (!group.byLast) {
      addLastForms(byLast, group);
      result[at] = { ...group, byLast };
    }
    addLastForms(byLast, item);
  }
  return result;
}

function addLastForms(byLast: Map<string, CompiledEntry>, item: CompiledEntry): void {
  const last = item.words.at(-1);
  if (!last) return;
  for (const form of last.exact) if (!last.except.has(form) && !byLast.has(form)) byLast.set(form, item);
}

/** The entry matched at `at` (a group's member), or undefined; its length is its words'. */
function matchAt(
  ctx: RuleContext,
  item: CompiledEntry,
  at: number,
  firstWord: number,
  endWord: number,
): CompiledEntry | undefined {
  const words = ctx.doc.words;
  const checked = item.byLast ? item.words.length - 1 : item.words.length;
  for (let k = 0; k < checked; k++) {
    const word = words[at + k];
    const matcher = item.words[k];
    if (!word || !matcher || at + k >= endWord || !matchesWord(matcher, word.norm)) return undefined;
    if (item.between?.[k]?.test(word.norm) === false) return undefined;
    const previous = words[at + k - 1];
    if (k > 0 && previous && !adjacent(ctx.doc, previous, word)) return undefined;
  }
  const matched = item.byLast ? lastOfGroup(ctx, item.byLast, at + checked, endWord) : item;
  if (!matched) return undefined;
  // The guards on the words before a phrase cost more than its words: checked only once those match. The word
  // before is in the phrase's own sentence: a heading's last word («Получение технических условий») is none.
  if (item.notAfter && followsMatching(ctx.doc, at, firstWord, item.notAfter)) return undefined;
  if (item.notListedAfter && listedAfter(ctx.doc, at, item.notListedAfter)) return undefined;
  if (item.after && !followsMatching(ctx.doc, at, 0, item.after)) return undefined;
  if (
    item.notInClause &&
    inClauseBefore(ctx.doc, at, firstWord, item.notInClause, item.notInClauseUnlessBefore)
  )
    return undefined;
  if (item.inClause && !inClauseBefore(ctx.doc, at, firstWord, item.inClause, item.inClauseUnlessBefore))
    return undefined;
  if (item.inSentence && !anyWordMatches(ctx.doc, firstWord, endWord, item.inSentence)) return undefined;
  if (item.inText && !textMatches(ctx.doc, item.inText)) return undefined;
  if (item.afterSentence && !sentenceBeforeMatches(ctx.doc, at, item.afterSentence)) return undefined;
  const last = at + matched.words.length - 1;
  if (matched.followedBy && !matched.followedBy.test(textAfter(ctx.doc, last))) return undefined;
  if (matched.precededBy && !matched.precededBy.test(textBefore(ctx.doc, at))) return undefined;
  // The word after the phrase, inside its sentence and with spaces only between, must not match `notBefore`.
  if (matched.notBefore && neighbourMatches(ctx.doc, last, 1, at, endWord, matched.notBefore))
    return undefined;
  return matched;
}

const textMatchesCache = new WeakMap<Document, Map<RegExp, boolean>>();

/** Whether the document's text matches `pattern`, tested once per document and pattern. */
function textMatches(doc: Document, pattern: RegExp): boolean {
  let known = textMatchesCache.get(doc);
  if (!known) {
    known = new Map();
    textMatchesCache.set(doc, known);
  }
  let matches = known.get(pattern);
  if (matches === undefined) {
    matches = pattern.test(doc.text);
    known.set(pattern, matches);
  }
  return matches;
}

/** Whether a word of `[from, to)` matches `pattern` (a candidate is checked at every word: no slice made). */
function anyWordMatches(doc: Document, from: number, to: number, pattern: RegExp): boolean {
  for (let w = from; w < to; w++) if (pattern.test(doc.words[w]?.norm ?? '')) return true;
  return false;
}

/** The member of a group whose last word stands at `index`, right after the group's other words. */
function lastOfGroup(
  ctx: RuleContext,
  byLast: Map<string, CompiledEntry>,
  index: number,
  endWord: number,
): CompiledEntry | undefined {
  const last = ctx.doc.words[index];
  const previous = ctx.doc.words[index - 1];
  if (!last || !previous || index >= endWord || !adjacent(ctx.doc, previous, last)) return undefined;
  return byLast.get(last.norm);
}

const commonStems = new WeakMap<WordMatcher, string>();

/** The longest beginning the exact forms of a word pattern share («тізбе|тізбесі|тізбесін» → «тізбе»). */
function commonStem(matcher: WordMatcher): string {
  let stem = commonStems.get(matcher);
  if (stem === undefined) {
    const forms = [...matcher.exact];
    stem = forms[0] ?? '';
    for (const form of forms) while (!form.startsWith(stem)) stem = stem.slice(0, -1);
    commonStems.set(matcher, stem);
  }
  return stem;
}

/**
 * The entry's suggestions, put in the form of the phrase's last word when the entry asks for it; '' where the
 * pack cannot build one in this form. Positions are kept: `carries.to` pairs with them by index.
 */
function suggestionsFor(
  ctx: RuleContext,
  item: CompiledEntry,
  at: number,
  length: number,
  firstWord: number,
): string[] {
  const { agree, doc } = ctx;
  if (!item.entry.agree || !agree) return item.entry.replace;
  // The word the replacements agree with: the phrase's last, or its first for a head noun that leads.
  const first = item.entry.agree === 'first-noun';
  const index = first ? 0 : length - 1;
  const headNorm = doc.words[at + index]?.norm ?? '';
  const head = item.words[index];
  // The head's stem: its pattern's («тұлға*»), or what its listed forms share; the rest are endings.
  const stem = head?.exact.has(headNorm)
    ? commonStem(head)
    : head?.prefixes.find((p) => headNorm.startsWith(p));
  const start = doc.words[at];
  const before = doc.words[at - 1];
  const phrase = {
    noun: item.entry.agree === 'noun' || first,
    previous: !first && length > 1 ? doc.words[at + length - 2]?.norm : undefined,
    before: before && start && adjacent(doc, before, start) ? before.norm : undefined,
    singular: item.entry.singular,
    clauseBefore: clauseBefore(doc, at, firstWord),
  };
  const agreed = item.entry.replace.map((suggestion) => agree(suggestion, headNorm, stem, phrase));
  // A replacement that keeps the head's own word keeps its capital inside a sentence, a name's: «…Заңына
  // сәйкес» → «Заңы бойынша».
  const headWord = doc.words[at + index];
  if (!headWord || !/^\p{Lu}/u.test(headWord.text) || startsSentence(doc, headWord.start)) return agreed;
  return agreed.map((suggestion) =>
    suggestion.startsWith(headNorm.slice(0, 3)) ? capitalised(suggestion) : suggestion,
  );
}

/** How many words of its clause before a phrase the pack's `agree` is told (`AgreePhrase.clauseBefore`). */
const CLAUSE_WORDS = 8;

/**
 * Whether a word of the clause before word `at` matches `pattern`, unless the word right after it matches
 * `unlessBefore` (a postposition that makes it an adverbial of its own: «Заңға сәйкес»).
 */
function inClauseBefore(
  doc: RuleContext['doc'],
  at: number,
  firstWord: number,
  pattern: RegExp,
  unlessBefore: RegExp | undefined,
): boolean {
  const clause = clauseBefore(doc, at, firstWord);
  clause.push(doc.words[at]?.norm ?? '');
  return clause.some(
    (word, i) => i < clause.length - 1 && pattern.test(word) && !unlessBefore?.test(clause[i + 1] ?? ''),
  );
}

/**
 * The words of the clause before word `at`, back to `firstWord` or punctuation, lower-cased, in order. A
 * bracketed abbreviation is an aside that does not end the clause («фактісі … тіркеу (АХАТ) органдарында»).
 */
function clauseBefore(doc: RuleContext['doc'], at: number, firstWord: number): string[] {
  const words: string[] = [];
  for (let w = at - 1; w >= firstWord && words.length < CLAUSE_WORDS; w--) {
    const word = doc.words[w];
    const next = doc.words[w + 1];
    if (!word || !next) break;
    if (adjacent(doc, word, next)) {
      words.push(word.norm);
      continue;
    }
    // An abbreviation in brackets is passed over: the clause goes on from the word before its bracket.
    const before = doc.words[w - 1];
    if (w - 1 < firstWord || !before || !bracketedAbbreviation(doc.text, before, word, next)) break;
    words.push(before.norm);
    w--;
  }
  return words.reverse();
}

/** Whether `word` is an abbreviation in brackets between `before` and `next`: «тіркеу (АХАТ) органдарында». */
function bracketedAbbreviation(text: string, before: Word, word: Word, next: Word): boolean {
  return (
    /^\p{Lu}{2,}$/u.test(word.text) &&
    /^[ \u00a0]?\($/.test(text.slice(before.end, word.start)) &&
    /^\)[ \u00a0]?$/.test(text.slice(word.end, next.start))
  );
}

/** How many words after a phrase may make the noun phrase it governs (two adjectives and a noun). */
const CARRIED_WORDS = 3;

/**
 * For an entry that `carries` the noun phrase after it: the words that phrase takes and the suggestions with
 * it in each one's case («является основанием» → «— основание»); a suggestion that governs the phrase's own
 * case takes the words as written. When the pack cannot read the noun phrase, the finding stays the phrase
 * alone (length 0), with only the suggestions that need no other case.
 */
function carryNounPhrase(
  ctx: RuleContext,
  entry: PhraseEntry,
  suggestions: readonly string[],
  next: number,
  endWord: number,
): { length: number; suggestions: string[] } | undefined {
  const { carries } = entry;
  if (!carries) return undefined;
  const { doc } = ctx;
  // The words the phrase may take, and a few more to tell where it ends, past a genitive complement
  // (`CarryPhrase`'s `following`): a comma between them is «,».
  const following: string[] = [];
  for (let w = next; w < endWord && following.length < CARRIED_WORDS + 5; w++) {
    const word = doc.words[w];
    const previous = doc.words[w - 1];
    if (!word || !previous) break;
    if (!adjacent(doc, previous, word)) {
      if (w > next && /^\s*,\s*$/u.test(doc.text.slice(previous.end, word.start)))
        following.push(',', word.norm);
      break;
    }
    following.push(word.norm);
  }
  const carry = (suggestion: string | undefined, to: GrammaticalCase | null) => {
    if (!to || !suggestion || !ctx.carry) return undefined;
    const phrase = ctx.carry(suggestion, following, carries.from, to);
    // Read into the nominative itself, which takes only forms of listed words.
    const subject =
      phrase && carries.notNominative && ctx.carry(suggestion, following, 'nominative', 'nominative');
    return subject && subject.length === phrase.length ? undefined : phrase;
  };
  const carried = carries.to.map((to, i) => carry(suggestions[i], to));
  const length = carried.find(Boolean)?.length;
  // Not understood: the phrase alone, without the replacements that need the noun phrase in another case.
  if (length === undefined) {
    return { length: 0, suggestions: suggestions.filter((suggestion, i) => suggestion && !carries.to[i]) };
  }
  const first = doc.words[next];
  const lastCarried = doc.words[next + length - 1];
  const asWritten = first && lastCarried ? doc.text.slice(first.start, lastCarried.end) : '';
  const withPhrase = suggestions.flatMap((suggestion, i) => {
    if (!suggestion) return [];
    if (!carries.to[i]) return [`${suggestion} ${asWritten}`];
    const phrase = carried[i];
    return phrase?.length === length ? [keepCapitals(phrase.text, asWritten)] : [];
  });
  return { length, suggestions: withPhrase };
}

/**
 * A suggestion whose last words are new forms of `written`, with the capitals the text gave them (a name keeps
 * its capital: «Государственной программы» → «Государственной программе») and its «ё», which the words'
 * normal forms write as «е» («расчёта» → «расчёту»).
 */
function keepCapitals(text: string, written: string): string {
  const writtenWords = written.split(/\s+/u);
  const words = text.split(' ');
  const offset = words.length - writtenWords.length;
  return words
    .map((word, i) => {
      const original = i >= offset ? (writtenWords[i - offset] ?? '') : '';
      const spelled = withYo(word, original);
      const cased = original && original[0] !== original[0]?.toLowerCase() ? capitalised(spelled) : spelled;
      return withPartsAsWritten(cased, original);
    })
    .join(' ');
}

/**
 * `word` with each hyphenated part that is `original`'s part in another case of letters written as there: an
 * acronym keeps its capitals («SMS-сообщения» → «SMS-сообщение», not «Sms-сообщение»).
 */
function withPartsAsWritten(word: string, original: string): string {
  if (!word.includes('-')) return word;
  const writtenParts = original.split('-');
  return word
    .split('-')
    .map((part, i) => {
      const written = writtenParts[i];
      return written !== undefined && written.toLowerCase() === part.toLowerCase() ? written : part;
    })
    .join('-');
}

/**
 * `{2}`, `{3}` … in a suggestion: the phrase's second, third … word as the text writes it; `{2:accusative}` that
 * word read as a genitive noun and put into the accusative by the pack (`carry`); `{2-3:accusative}` the two
 * words so, as one noun phrase («налоговых деклараций» → «налоговые декларации») or as a noun and the genitive
 * noun after it, which stays («документов заявителя» → «документы заявителя»). A suggestion whose words the
 * pack cannot read so is not offered (`PhraseEntry.replace`).
 */
const MATCHED_WORD = /\{(\d)(?:-(\d))?(?::(accusative))?\}/gu;

/** The suggestions with each `{n}` replaced by the n-th word of the phrase found at word `at`. */
function withMatchedWords(ctx: RuleContext, suggestions: string[], at: number): string[] {
  if (!suggestions.some((suggestion) => suggestion.includes('{'))) return suggestions;
  return suggestions.flatMap((suggestion) => {
    let readable = true;
    const filled = suggestion.replace(
      MATCHED_WORD,
      (_, first: string, last: string | undefined, to?: GrammaticalCase) => {
        const words = ctx.doc.words.slice(at + Number(first) - 1, at + Number(last ?? first));
        if (words.length === 0) return '';
        if (!to) return words.map((word) => word.text).join(' ');
        const carried = carriedPhrase(ctx, words, to);
        if (carried === undefined) readable = false;
        return carried ?? '';
      },
    );
    return readable ? [filled] : [];
  });
}

/** Matched words read as a genitive noun phrase in case `to`, as `withMatchedWords` describes; or undefined. */
function carriedPhrase(ctx: RuleContext, words: readonly Word[], to: GrammaticalCase): string | undefined {
  const carried = ctx.carry?.(
    '',
    words.map((word) => word.norm),
    'genitive',
    to,
  );
  if (!carried) return undefined;
  const text = keepCapitals(carried.text.trim(), words[0]?.text ?? '');
  if (carried.length === words.length) return text;
  // A noun and the genitive noun that depends on it: the second must read as a whole genitive phrase itself.
  const rest = words.slice(carried.length);
  if (carried.length !== 1 || rest.length !== 1) return undefined;
  const genitive = ctx.carry?.(
    '',
    rest.map((word) => word.norm),
    'genitive',
    'genitive',
  );
  return genitive?.length === 1 ? `${text} ${rest[0]?.text ?? ''}` : undefined;
}

const QUOTES: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"' };
const CLOSING = new Set(Object.values(QUOTES));
const QUOTE_MARK = /[«“„"]/u;

/**
 * Whether text [start, end) of a sentence [from, to) stands inside quotes whose closing quote is followed by a
 * word matching `before` (`PhraseRule.quotedNameBefore`: a title quoted before what it names), or whose
 * opening quote follows one matching `after` (`PhraseRule.quotedNameAfter`: a title quoted after it).
 */
function inQuotedName(
  text: string,
  from: number,
  to: number,
  start: number,
  end: number,
  before: RegExp | undefined,
  after: RegExp | undefined,
) {
  let open = -1;
  for (let i = start - 1; i >= from; i--) {
    const ch = text.charAt(i);
    if (ch in QUOTES) {
      // A straight quote opens only where an even number of them stands before it in the sentence.
      if (ch === '"' && (text.slice(from, i).split('"').length - 1) % 2 === 1) return false;
      open = i;
      break;
    }
    if (CLOSING.has(ch)) return false;
  }
  if (open < 0) return false;
  const close = text.indexOf(QUOTES[text.charAt(open)] ?? '', end);
  if (close < 0 || close >= to) return false;
  // The name may stand a few words away: «"…туралы" Қазақстан Республикасының Заңы», «Закон Республики
  // Казахстан «О…»».
  const wordsOf = (slice: string) => slice.match(/[\p{L}\p{N}-]+/gu) ?? [];
  const named = (words: readonly string[], pattern: RegExp | undefined) =>
    pattern !== undefined && words.some((word) => pattern.test(word.toLowerCase()));
  return (
    named(wordsOf(text.slice(close + 1, Math.min(to, close + 60))).slice(0, 3), before) ||
    named(wordsOf(text.slice(Math.max(from, open - 60), open)).slice(-3), after)
  );
}

/** Words an act's title written without quotes runs to at most, its opening word included. */
const UNQUOTED_TITLE_WORDS = 8;

/**
 * Whether word `first` of a sentence from `firstWord` stands in an act's title written without quotes: after a
 * capitalised word matching `opener` (not the sentence's first word), with no punctuation mark between
 * (`PhraseRule.unquotedTitleAfter`).
 */
function inUnquotedTitle(doc: Document, first: number, firstWord: number, opener: RegExp): boolean {
  const start = doc.words[first]?.start ?? 0;
  for (let j = first - 1; j > firstWord && j >= first - UNQUOTED_TITLE_WORDS + 1; j--) {
    const word = doc.words[j];
    if (!word || /[^\s\p{L}\p{N}-]/u.test(doc.text.slice(word.end, start))) return false;
    if (/^\p{Lu}\p{Ll}/u.test(word.text) && opener.test(word.norm)) return true;
  }
  return false;
}

/**
 * Whether words `first` to `last` of a sentence [firstWord, endWord) stand in a run of capitalised words (with
 * a capitalised word right before or after them, the sentence's first word aside) while the sentence has words
 * in lower case: part of a name or a title (`PhraseRule.titleCaseNames`).
 */
function inTitleCaseName(doc: Document, first: number, last: number, firstWord: number, endWord: number) {
  const capital = (index: number) => /^\p{Lu}/u.test(doc.words[index]?.text ?? '');
  if (first > firstWord && !capital(first) && inActTitle(doc, first, last, endWord)) return true;
  if (first === firstWord || !capital(first)) return false;
  const before = first - 1 > firstWord && capital(first - 1) && joinedNeighbour(doc, first, first - 1);
  const after = last + 1 < endWord && capital(last + 1) && joinedNeighbour(doc, last, last + 1);
  if (!before && !after) return false;
  for (let w = firstWord; w < endWord; w++) if (!capital(w)) return true;
  return false;
}

/**
 * Whether words `first` to `last`, in lower case, stand inside an act's short title: a capitalised word right
 * before them, and after them capitalised words up to "Act" (or "Regulations", "Order", "Rules") and its year:
 * "the Party Wall etc. Act 1996", whose words are the law's own.
 */
function inActTitle(doc: Document, first: number, last: number, endWord: number): boolean {
  if (!/^\p{Lu}/u.test(doc.words[first - 1]?.text ?? '')) return false;
  for (let w = last + 1; w < Math.min(endWord - 1, last + 6); w++) {
    const word = doc.words[w]?.text ?? '';
    if (!/^\p{Lu}/u.test(word)) return false;
    if (/^(?:Act|Regulations|Order|Rules)$/u.test(word) && /^\p{N}{4}$/u.test(doc.words[w + 1]?.text ?? ''))
      return true;
  }
  return false;
}

/** A bracketed abbreviation right after a phrase: «(ЖАО)», "(LAs)". */
const ABBREVIATION_AFTER = /^[ \u00a0]?\(\p{Lu}{2,}[\p{L}\d-]*\)/u;

/**
 * Whether the phrase ending at `end` is spelled out by a bracketed abbreviation right after it («жергілікті
 * атқарушы органдар (ЖАО)», "local authorities (LAs)"): a paste would leave the abbreviation after words it no
 * longer stands for, so the finding stays with nothing to paste.
 */
function spelledOutBefore(text: string, end: number): boolean {
  return ABBREVIATION_AFTER.test(text.slice(end, end + 24));
}

/** Conjunctions that join two words of a kind: a suggestion equal to the other word would double it. */
const JOINING = new Set(['and', 'or', 'и', 'или', 'және', 'немесе']);

/**
 * The suggestions, or none where one would repeat the word the phrase is joined to: by a conjunction
 * («possible and feasible» → not «possible and possible») or by an infinitive's «to» («help to facilitate» →
 * not «help to help»). The pair then says one thing twice, and the other suggestions need not
 * share its sense («strengthen and improve» → «increase» would change it): the finding stays, nothing to paste.
 */
function withoutDoubling(
  doc: Document,
  suggestions: readonly string[],
  first: number,
  endWord: number,
  from: number,
  to: number,
): string[] {
  // The word a conjunction joins to the phrase's edge, with only spaces between the three.
  const joined = (conjunction: number, other: number) => {
    const edge = conjunction < other ? conjunction - 1 : conjunction + 1;
    const link = joinedNeighbour(doc, edge, conjunction);
    return link && JOINING.has(link.norm) ? (joinedNeighbour(doc, conjunction, other)?.norm ?? '') : '';
  };
  const infinitive = first - 2 >= from && joinedNeighbour(doc, first, first - 1)?.norm === 'to';
  const neighbours = [
    first - 2 >= from ? joined(first - 1, first - 2) : '',
    endWord + 1 < to ? joined(endWord, endWord + 1) : '',
    infinitive ? (joinedNeighbour(doc, first - 1, first - 2)?.norm ?? '') : '',
  ].filter(Boolean);
  const doubles = suggestions.some((suggestion) => neighbours.includes(suggestion.toLowerCase()));
  return doubles ? [] : [...suggestions];
}

/**
 * English words that no article may stand before: "an additional fee" is no "an more fee", "a sufficient
 * lead-in period" no "an enough lead-in period".
 */
const NO_ARTICLE_BEFORE =
  /^(?:the|this|that|these|those|more|most|many|much|some|several|enough|fewer|no|not|any|all|each|every|both|as)(?![\p{L}])/iu;

/**
 * For an English phrase after «a» or «an»: the finding from the article, with the article each suggestion
 * takes («a key role» → «an important role», not «a important role»), where any suggestion needs the other
 * one. A suggestion that takes no article («enough») is not offered after one: with none left the phrase is
 * flagged with nothing to paste. Undefined when all keep the article.
 */
function articleBefore(
  doc: Document,
  first: number,
  from: number,
  suggestions: readonly string[],
): { start: number; suggestions: string[] } | undefined {
  const article = first - 1 >= from ? joinedNeighbour(doc, first, first - 1) : undefined;
  if (!article || (article.norm !== 'a' && article.norm !== 'an')) return undefined;
  const usable = suggestions.filter((s) => !NO_ARTICLE_BEFORE.test(s));
  if (usable.length === 0 && suggestions.length > 0)
    return { start: doc.words[first]?.start ?? 0, suggestions: [] };
  const articleFor = (next: string) => (takesAn(next) ? 'an' : 'a');
  if (usable.length === suggestions.length && usable.every((s) => s === '' || articleFor(s) === article.norm))
    return undefined;
  if (usable.every((s) => s === '' || articleFor(s) === article.norm))
    return { start: doc.words[first]?.start ?? 0, suggestions: usable };
  const written = (a: string) => (/^\p{Lu}/u.test(article.text) ? a.charAt(0).toUpperCase() + a.slice(1) : a);
  return {
    start: article.start,
    suggestions: usable.map((s) => (s === '' ? written(article.norm) : `${written(articleFor(s))} ${s}`)),
  };
}

/**
 * For a phrase after a preposition whose form depends on the next word (Russian «о», «об», «в», «во», …;
 * `RuleContext.prepositionFor`): the finding from the preposition, with the form each suggestion asks for
 * («о данном решении» → «об этом решении»). Undefined when every suggestion keeps the written form.
 */
function prepositionBefore(
  ctx: RuleContext,
  first: number,
  from: number,
  suggestions: readonly string[],
): { start: number; suggestions: string[] } | undefined {
  const { doc, prepositionFor } = ctx;
  const preposition =
    prepositionFor && first - 1 >= from ? joinedNeighbour(doc, first, first - 1) : undefined;
  if (!preposition || !prepositionFor) return undefined;
  const forms = suggestions.map((s) => (s === '' ? undefined : prepositionFor(preposition.text, s)));
  if (forms.every((form) => form === undefined || form === preposition.text)) return undefined;
  return {
    start: preposition.start,
    suggestions: suggestions.map((s, i) => `${forms[i] ?? preposition.text} ${s}`.trimEnd()),
  };
}

/**
 * English conjunctions that open a sentence with no comma after them: "Alternatively, you may" is "Or you
 * may", not "Or, you may".
 */
const NO_COMMA_AFTER = /^(?:or|and|but|yet)$/iu;

/**
 * For an English phrase that opens its sentence before a comma: the end past the comma, with the comma put
 * back after each suggestion but a conjunction that takes none. Undefined when every suggestion keeps it.
 */
function commaAfterOpening(
  doc: Document,
  first: number,
  from: number,
  end: number,
  suggestions: readonly string[],
): { end: number; suggestions: string[] } | undefined {
  if (first !== from || !suggestions.some((s) => NO_COMMA_AFTER.test(s))) return undefined;
  const comma = /^\s*,/u.exec(doc.text.slice(end));
  if (!comma) return undefined;
  return {
    end: end + comma[0].length,
    suggestions: suggestions.map((s) => (NO_COMMA_AFTER.test(s) ? s : `${s},`)),
  };
}

/** Word `neighbour` of the document when only spaces stand between it and word `index`. */
function joinedNeighbour(doc: Document, index: number, neighbour: number): Word | undefined {
  const [word, other] = [doc.words[index], doc.words[neighbour]];
  if (!word || !other) return undefined;
  const [left, right] = index < neighbour ? [word, other] : [other, word];
  return adjacent(doc, left, right) ? other : undefined;
}

/** Kazakh particles written apart whose vowel follows the word before: «айтты да», «келді ме». */
const HARMONIC_PARTICLES: Readonly<Record<string, [back: string, front: string]>> = {
  да: ['да', 'де'],
  де: ['да', 'де'],
  та: ['та', 'те'],
  те: ['та', 'те'],
  ма: ['ма', 'ме'],
  ме: ['ма', 'ме'],
  ба: ['ба', 'бе'],
  бе: ['ба', 'бе'],
  па: ['па', 'пе'],
  пе: ['па', 'пе'],
};

/**
 * For a Kazakh phrase before a particle whose vowel follows the word before it: the finding through the
 * particle, with the particle each suggestion takes («атап өтті де» → «айтты да», not «айтты де»), where any
 * suggestion needs the other vowel. Undefined when all keep it.
 */
function particleAfter(
  doc: Document,
  endWord: number,
  to: number,
  suggestions: readonly string[],
): { end: number; suggestions: string[] } | undefined {
  const particle = endWord < to ? joinedNeighbour(doc, endWord - 1, endWord) : undefined;
  if (!particle) return undefined;
  const forms = HARMONIC_PARTICLES[particle.norm];
  if (!forms) return undefined;
  const formFor = (word: string) => {
    const vowels = word.toLowerCase().match(/[аоұыәеөүіэиуюя]/gu) ?? [];
    const lastVowel = vowels[vowels.length - 1];
    if (lastVowel === undefined || 'иуюя'.includes(lastVowel)) return particle.text;
    return 'аоұы'.includes(lastVowel) ? forms[0] : forms[1];
  };
  if (suggestions.every((s) => s === '' || formFor(s) === particle.norm)) return undefined;
  return { end: particle.end, suggestions: suggestions.map((s) => (s === '' ? s : `${s} ${formFor(s)}`)) };
}

/** Whether an English word is said with a vowel first and so takes «an»: «an important», «an hour», not «a use». */
function takesAn(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/u.test(lower)) return true;
  if (/^(?:uni|use|usu|ure|uti|one|once|eu|ewe)/u.test(lower)) return false;
  return /^[aeiou]/u.test(lower);
}

/** Whether the sentence before word `at`'s, in the same paragraph, matches `pattern` (`PhraseEntry.afterSentence`). */
function sentenceBeforeMatches(doc: Document, at: number, pattern: RegExp): boolean {
  const word = doc.words[at];
  const sentence = word && sentenceAt(doc, word.start);
  if (!sentence) return false;
  const before = doc.sentences[doc.sentences.indexOf(sentence) - 1];
  if (!before || /\n\s*\n/u.test(doc.text.slice(before.end, sentence.start))) return false;
  return pattern.test(doc.text.slice(before.start, before.end));
}

/** Reports every phrase of the rule, longest first at each position, without overlaps. */
export function runPhraseRule(compiled: CompiledPhraseRule, ctx: RuleContext): void {
  const { doc } = ctx;
  const { quotedNameBefore, quotedNameAfter, titleCaseNames } = compiled.rule;
  const nameBefore = compilePattern(quotedNameBefore);
  const nameAfter = compilePattern(quotedNameAfter);
  const titleAfter = compilePattern(compiled.rule.unquotedTitleAfter);
  const clauseMarks = compileClauseMarks(compiled.rule.subordinateClauses);
  const readAs = (words: readonly string[], grammaticalCase: GrammaticalCase) =>
    ctx.carry?.('', words, grammaticalCase, grammaticalCase) !== undefined;
  const nominativeFirst = (words: readonly string[]) =>
    readAs(words, 'nominative') && !readAs(words, 'genitive');
  forEachSentence(ctx, (sentence) => {
    // The first word no finding of the rule has taken yet.
    let free = sentence.firstWord;
    // Most sentences hold no quote: looked up once, at the sentence's first match.
    let quoted: boolean | undefined;
    const hasQuote = () => {
      quoted ??= QUOTE_MARK.test(doc.text.slice(sentence.start, sentence.end));
      return quoted;
    };
    // The next word's forms, looked up at a word, serve again when the walk moves on to it.
    let ahead: FormEntries | undefined;
    let aheadAt = -1;
    for (let i = sentence.firstWord; i < sentence.endWord; i++) {
      const word = doc.words[i];
      if (!word) continue;
      // The entries whose first word may match, from three lists; the longest match wins. (This runs for
      // every word, so the lists are walked where they are, not gathered into a new array.)
      let best: CompiledEntry | undefined;
      let bestLength = 0;
      let bestList = 0;
      const following = i + 1 < sentence.endWord ? doc.words[i + 1]?.norm : undefined;
      const here = ahead && aheadAt === i ? ahead : compiled.entriesOf(word.norm);
      const next = following === undefined ? undefined : compiled.entriesOf(following);
      ahead = next;
      aheadAt = i + 1;
      const { narrowed, prefixed } = here;
      const exact = narrowed
        ? ((following !== undefined ? narrowed.byNext.get(following) : undefined) ?? narrowed.rest)
        : here.exact;
      const byNext = next?.asSecond;
      const byNextPrefix = next?.asSecondByStem;
      const anyFirst = compiled.always;
      // The entries that may begin at any word come in three lists that rank as one (`l` 2).
      for (let n = 0; n < 5; n++) {
        const list =
          n === 0 ? exact : n === 1 ? prefixed : n === 2 ? byNext : n === 3 ? byNextPrefix : anyFirst.rest;
        if (!list || list.length === 0) continue;
        const l = Math.min(n, 2);
        for (const item of list) {
          const matched = matchAt(ctx, item, i, sentence.firstWord, sentence.endWord);
          if (!matched) continue;
          const length = matched.words.length;
          // Longest first; of equal ones, the first list's, then the entry listed first (groups gather entries
          // from all over the list, so the walk's order is not the list's).
          if (
            length > bestLength ||
            (length === bestLength && l === bestList && best && matched.order < best.order)
          ) {
            best = matched;
            bestLength = length;
            bestList = l;
          }
        }
      }
      if (!best) continue;
      const last = doc.words[i + bestLength - 1];
      if (!last) continue;
      if (
        titleCaseNames &&
        inTitleCaseName(doc, i, i + bestLength - 1, sentence.firstWord, sentence.endWord)
      ) {
        i += bestLength - 1;
        continue;
      }
      if (titleAfter && inUnquotedTitle(doc, i, sentence.firstWord, titleAfter)) {
        i += bestLength - 1;
        continue;
      }
      if (
        compiled.rule.skipGlossed &&
        inGlossedTerm(doc, sentence.firstWord, sentence.endWord, i, i + bestLength - 1)
      ) {
        i += bestLength - 1;
        continue;
      }
      if (compiled.rule.skipSpelledOut && inSpelledOutName(doc, sentence.firstWord, sentence.endWord, i)) {
        i += bestLength - 1;
        continue;
      }
      const suggestions = suggestionsFor(ctx, best, i, bestLength, sentence.firstWord);
      const carried = best.entry.carries
        ? carryNounPhrase(ctx, best.entry, suggestions, i + bestLength, sentence.endWord)
        : undefined;
      const end = carried ? (doc.words[i + bestLength + carried.length - 1]?.end ?? last.end) : last.end;
      if (
        (nameBefore || nameAfter) &&
        hasQuote() &&
        inQuotedName(doc.text, sentence.start, sentence.end, word.start, end, nameBefore, nameAfter)
      ) {
        i += bestLength - 1;
        continue;
      }
      const endWord = i + bestLength + (carried?.length ?? 0);
      const found = spelledOutBefore(doc.text, end)
        ? []
        : withoutDoubling(
            doc,
            carried?.suggestions ?? suggestions.filter(Boolean),
            i,
            endWord,
            sentence.firstWord,
            sentence.endWord,
          );
      const pasted = withMatchedWords(ctx, found, i);
      const clause =
        clauseMarks &&
        withClauseCommas(doc, clauseMarks, best.entry, pasted, {
          first: i,
          endWord,
          sentence,
          free,
          nominativeFirst,
        });
      const article = ctx.language === 'en' ? articleBefore(doc, i, sentence.firstWord, pasted) : undefined;
      const particle =
        ctx.language === 'kk' ? particleAfter(doc, endWord, sentence.endWord, pasted) : undefined;
      const comma =
        ctx.language === 'en' ? commaAfterOpening(doc, i, sentence.firstWord, end, pasted) : undefined;
      if (article) reportFinding(ctx, compiled.rule, article.start, end, article.suggestions);
      else if (comma) {
        // The message names the phrase and its plain word without the comma the paste takes along.
        const phrase = { text: doc.text.slice(word.start, end) };
        const named = pasted[0] === undefined ? phrase : { ...phrase, suggestion: pasted[0] };
        reportFinding(ctx, compiled.rule, word.start, comma.end, comma.suggestions, named);
      } else if (particle) reportFinding(ctx, compiled.rule, word.start, particle.end, particle.suggestions);
      else if (clause) {
        // The paste takes the word before and the commas along; the message names the phrase and its plain words.
        const phrase = { text: doc.text.slice(word.start, end) };
        const plain = clause.suggestions.length > 0 ? pasted[0] : undefined;
        const named = plain === undefined ? phrase : { ...phrase, suggestion: plain };
        reportFinding(ctx, compiled.rule, clause.start, end, clause.suggestions, named);
      } else {
        const preposition = prepositionBefore(ctx, i, sentence.firstWord, pasted);
        if (preposition) reportFinding(ctx, compiled.rule, preposition.start, end, preposition.suggestions);
        else reportFinding(ctx, compiled.rule, word.start, end, pasted);
      }
      i = endWord - 1;
      free = endWord;
    }
  });
}
