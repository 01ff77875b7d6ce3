import { adjacent, followsMatching, forEachSentence, type RuleContext, reportFinding } from './context.ts';
import type { PhraseEntry, PhraseRule } from './types.ts';
import { compileWords, matchesWord, type WordMatcher } from './word-pattern.ts';

interface CompiledEntry {
  entry: PhraseEntry;
  words: WordMatcher[];
  notAfter: RegExp | undefined;
}

/** A phrase rule indexed by its first word, so each word of the text checks only a few entries. */
export interface CompiledPhraseRule {
  rule: PhraseRule;
  byExactFirst: Map<string, CompiledEntry[]>;
  byPrefixStart: Map<string, CompiledEntry[]>;
  /** Entries whose first word is a stem shorter than the index key: checked at every word. */
  always: CompiledEntry[];
}

const KEY = 3;

function addTo(map: Map<string, CompiledEntry[]>, key: string, entry: CompiledEntry) {
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
  const compiled: CompiledPhraseRule = {
    rule,
    byExactFirst: new Map(),
    byPrefixStart: new Map(),
    always: [],
  };
  for (const entry of rule.entries) {
    for (const phrase of alternatives(entry.match)) {
      const words = phrase.split(/\s+/).map((pattern) => compileWords([pattern], entry.except));
      const first = words[0];
      if (!first) continue;
      const item = { entry, words, notAfter: entry.notAfter ? new RegExp(entry.notAfter, 'iu') : undefined };
      for (const form of first.exact) addTo(compiled.byExactFirst, form, item);
      for (const prefix of first.prefixes) {
        if (prefix.length >= KEY) addTo(compiled.byPrefixStart, prefix.slice(0, KEY), item);
        else compiled.always.push(item);
      }
    }
  }
  return compiled;
}

/** Length in words of the entry matched at `at`, or 0. */
function matchAt(ctx: RuleContext, item: CompiledEntry, at: number, endWord: number): number {
  const words = ctx.doc.words;
  if (item.notAfter && followsMatching(ctx.doc, at, 0, item.notAfter)) return 0;
  for (let k = 0; k < item.words.length; k++) {
    const word = words[at + k];
    const matcher = item.words[k];
    if (!word || !matcher || at + k >= endWord || !matchesWord(matcher, word.norm)) return 0;
    const previous = words[at + k - 1];
    if (k > 0 && previous && !adjacent(ctx.doc, previous, word)) return 0;
  }
  return item.words.length;
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

/** The entry's suggestions, put in the form of the phrase's last word when the entry asks for it. */
function suggestionsFor(ctx: RuleContext, item: CompiledEntry, at: number, length: number): string[] {
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
  };
  return item.entry.replace.map((suggestion) => agree(suggestion, headNorm, stem, phrase));
}

/** Reports every phrase of the rule, longest first at each position, without overlaps. */
export function runPhraseRule(compiled: CompiledPhraseRule, ctx: RuleContext): void {
  const { doc } = ctx;
  forEachSentence(ctx, (sentence) => {
    for (let i = sentence.firstWord; i < sentence.endWord; i++) {
      const word = doc.words[i];
      if (!word) continue;
      // The entries whose first word may match, from three lists; the longest match wins. (This runs for
      // every word, so the lists are walked where they are, not gathered into a new array.)
      let best: CompiledEntry | undefined;
      let bestLength = 0;
      const exact = compiled.byExactFirst.get(word.norm);
      // English entries are all exact: skip cutting a key from every word for an empty index.
      const prefixed = compiled.byPrefixStart.size
        ? compiled.byPrefixStart.get(word.norm.slice(0, KEY))
        : undefined;
      for (let l = 0; l < 3; l++) {
        const list = l === 0 ? exact : l === 1 ? prefixed : compiled.always;
        if (!list) continue;
        for (const item of list) {
          const length = matchAt(ctx, item, i, sentence.endWord);
          if (length > bestLength) {
            best = item;
            bestLength = length;
          }
        }
      }
      if (!best) continue;
      const last = doc.words[i + bestLength - 1];
      if (!last) continue;
      reportFinding(ctx, compiled.rule, word.start, last.end, suggestionsFor(ctx, best, i, bestLength));
      i += bestLength - 1;
    }
  });
}
