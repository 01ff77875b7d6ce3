// Terms of art: the fixed names of procedures, tests, legal statuses and codes ("mandatory reconsideration",
// "ordinarily resident", «лица, участвующие в деле», «жұмыспен қамтылу»). A wording finding inside one would
// rename the thing: an editor keeps the term and explains it, so the finding is not reported at all.
import type { Document, Sentence, Word } from '../text/document.ts';
import { normalizeWord } from '../text/normalize.ts';
import { compileWords, matchesWord, type WordMatcher } from './word-pattern.ts';

/** Letters of a term's first word that index it: a stem pattern («правонарушени*») has at least this many. */
export const TERM_KEY_LETTERS = 3;

/** A pack's terms, each a run of word matchers, indexed by the first letters of its first word. */
export type CompiledTerms = ReadonlyMap<string, readonly (readonly WordMatcher[])[]>;

const compiled = new WeakMap<readonly string[], CompiledTerms>();

/**
 * Terms written as words separated by spaces, each a `WordPattern` (`a|b`, `stem*`): "mandatory
 * reconsideration*", «лиц* участвующ* в деле». Compiled once per list.
 */
export function compileTerms(terms: readonly string[]): CompiledTerms {
  let index = compiled.get(terms) as Map<string, WordMatcher[][]> | undefined;
  if (index) return index;
  index = new Map();
  for (const term of terms) {
    const parts = term.trim().split(/\s+/u);
    const matchers = parts.map((part) => compileWords([part]));
    const keys = new Set(
      (parts[0] ?? '')
        .split('|')
        .map((form) => normalizeWord(form).replace('*', '').slice(0, TERM_KEY_LETTERS)),
    );
    for (const key of keys) index.set(key, [...(index.get(key) ?? []), matchers]);
  }
  compiled.set(terms, index);
  return index;
}

/** Only spaces, or a comma and spaces («лица, участвующие в деле»), stand between a term's words. */
function joined(doc: Document, left: Word, right: Word): boolean {
  return /^,?\s+$/u.test(doc.text.slice(left.end, right.start));
}

/**
 * How many words the longest term starting at word `w` of `doc` takes, if it ends before word `endWord`; 0
 * where none starts there. The nominal-chain rule counts such a term as one noun.
 */
export function termLengthAt(doc: Document, terms: CompiledTerms, w: number, endWord: number): number {
  return termLengthsAt(doc, terms, w, endWord)[0] ?? 0;
}

/** Whether a term's words match the words from `w` on, joined as a term's words are. */
function termMatchesAt(doc: Document, matchers: readonly WordMatcher[], w: number): boolean {
  const { words } = doc;
  for (let k = 0; k < matchers.length; k++) {
    const word = words[w + k];
    const previous = words[w + k - 1];
    const matcher = matchers[k];
    if (!word || !matcher || !matchesWord(matcher, word.norm)) return false;
    if (k > 0 && (!previous || !joined(doc, previous, word))) return false;
  }
  return true;
}

/** `termLengthAt` over one sentence's words, each looked up once however often it is asked. */
export type SentenceTerms = (w: number, endWord: number) => number;

/**
 * The terms of a sentence, looked up once per word: a chain rule asks for the words around each run it tries,
 * so the same word is asked up to a dozen times. Each word keeps the lengths of all the terms starting there
 * inside the sentence, longest first, and an answer takes the longest that ends before `endWord`.
 */
export function sentenceTerms(doc: Document, terms: CompiledTerms, sentence: Sentence): SentenceTerms {
  if (terms.size === 0) return () => 0;
  const found: (readonly number[] | undefined)[] = [];
  return (w, endWord) => {
    const at = w - sentence.firstWord;
    let lengths = found[at];
    if (!lengths) {
      lengths = termLengthsAt(doc, terms, w, sentence.endWord);
      found[at] = lengths;
    }
    for (const length of lengths) if (w + length <= endWord) return length;
    return 0;
  };
}

const NONE: readonly number[] = [];

/** The lengths of every term starting at word `w` and ending before `endWord`, longest first. */
function termLengthsAt(doc: Document, terms: CompiledTerms, w: number, endWord: number): readonly number[] {
  const first = doc.words[w];
  const candidates = first && terms.get(first.norm.slice(0, TERM_KEY_LETTERS));
  if (!candidates) return NONE;
  const lengths = candidates
    .filter((matchers) => w + matchers.length <= endWord && termMatchesAt(doc, matchers, w))
    .map((matchers) => matchers.length);
  return lengths.length === 0 ? NONE : [...new Set(lengths)].sort((a, b) => b - a);
}

/** The spans `[start, end)` of the terms found in sentences `[first, end)` of `doc` (the longest at each word). */
export function termSpans(
  doc: Document,
  terms: CompiledTerms,
  firstSentence: number,
  endSentence: number,
): [number, number][] {
  const spans: [number, number][] = [];
  const { words } = doc;
  for (let s = firstSentence; s < endSentence; s++) {
    const sentence = doc.sentences[s];
    if (!sentence) continue;
    for (let w = sentence.firstWord; w < sentence.endWord; w++) {
      const length = termLengthAt(doc, terms, w, sentence.endWord);
      const first = words[w];
      const end = words[w + length - 1];
      if (length > 0 && first && end) spans.push([first.start, end.end]);
    }
  }
  return spans;
}

/** Whether `[start, end)` lies within one of `spans`. */
export function insideTerm(
  spans: readonly (readonly [number, number])[],
  start: number,
  end: number,
): boolean {
  return spans.some(([from, to]) => start >= from && end <= to);
}
