// A replacement that opens a subordinate clause is pasted with the commas that set the clause off: «Обратитесь
// в центр для получения помощи» → «…центр, чтобы получить помощь», «В целях получения справки обратитесь» →
// «Чтобы получить справку, обратитесь». Where the engine cannot tell where the clause ends, it offers nothing.
import type { Document, Sentence } from '../text/document.ts';
import type { PhraseEntry, SubordinateClauses } from './types.ts';

/** `SubordinateClauses` compiled. */
export interface ClauseMarks {
  conjunction: RegExp;
  verb: RegExp;
  mayBeVerb: RegExp;
  noCommaBeside: RegExp;
}

/** A rule's `subordinateClauses` as regular expressions, once per rule; undefined for a rule without them. */
export function compileClauseMarks(clauses: SubordinateClauses | undefined): ClauseMarks | undefined {
  if (!clauses) return undefined;
  const anchored = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'iu');
  return {
    conjunction: new RegExp(`^(?:${clauses.conjunction})(?![\\p{L}-])`, 'iu'),
    verb: anchored(clauses.verb),
    mayBeVerb: anchored(clauses.mayBeVerb),
    noCommaBeside: anchored(clauses.noCommaBeside),
  };
}

/** A finding's words: the phrase with any noun phrase it carries, `[first, endWord)`. */
export interface FoundWords {
  first: number;
  endWord: number;
  sentence: Sentence;
  /** The first word no earlier finding of the rule takes: a comma before the phrase may not reach back past it. */
  free: number;
  /**
   * Whether lower-cased words begin with a noun phrase that reads as a nominative and not as a genitive (the
   * pack's `carry`): a subject, which no clause-opening replacement's own words go on with.
   */
  nominativeFirst: (words: readonly string[]) => boolean;
}

/**
 * The suggestions with commas around the clauses they open, and where the finding then starts (the word before
 * the phrase, pasted with the comma after it); undefined when none opens a clause. A clause is dropped where a
 * comma's place is unknown.
 */
export function withClauseCommas(
  doc: Document,
  marks: ClauseMarks,
  entry: PhraseEntry,
  suggestions: readonly string[],
  found: FoundWords,
): { start: number; suggestions: string[] } | undefined {
  if (!suggestions.some((s) => marks.conjunction.test(s))) return undefined;
  // A phrase that ends in the conjunction it is cut to («в случае если» → «если») keeps the writer's commas.
  const last = doc.words[found.endWord - 1]?.norm;
  if (suggestions.every((s) => s.toLowerCase() === last)) return undefined;
  const before = commaBefore(doc, marks, found);
  const after = (suggestion: string) => commaAfter(doc, marks, entry, suggestion, found, before);
  const previous = doc.words[found.first - 1];
  const firstOpens = marks.conjunction.test(suggestions[0] ?? '');
  const reachBack = before === ',' && firstOpens && after(suggestions[0] ?? '') !== undefined && previous;
  const start = reachBack ? previous.start : (doc.words[found.first]?.start ?? 0);
  const pasted = suggestions.flatMap((suggestion) => {
    const lead = reachBack ? `${previous.text} ` : '';
    if (!marks.conjunction.test(suggestion)) return [lead + suggestion];
    const close = after(suggestion);
    if (before === undefined || close === undefined || (before === ',' && !reachBack)) return [];
    return [`${reachBack ? `${previous.text}, ` : ''}${suggestion}${close}`];
  });
  return { start, suggestions: pasted };
}

const PUNCTUATION_ONLY = /^\s*[,;:—–(-]\s*$/u;

/**
 * What the clause needs before it: '' where the sentence starts or punctuation stands, ',' after a word;
 * undefined where the comma's place is unknown (a quote, a conjunction or particle, a word of an earlier finding).
 */
function commaBefore(doc: Document, marks: ClauseMarks, found: FoundWords): string | undefined {
  const first = doc.words[found.first];
  const previous = doc.words[found.first - 1];
  if (!first || !previous || found.first <= found.sentence.firstWord) return '';
  const gap = doc.text.slice(previous.end, first.start);
  if (PUNCTUATION_ONLY.test(gap)) return '';
  if (gap.trim() !== '') return undefined;
  return found.first - 1 < found.free || marks.noCommaBeside.test(previous.norm) ? undefined : ',';
}

/**
 * What the clause needs after the finding: '' where punctuation or the sentence's end closes it, ',' where it
 * ends before the next word; undefined where it is unknown where it ends.
 */
function commaAfter(
  doc: Document,
  marks: ClauseMarks,
  entry: PhraseEntry,
  suggestion: string,
  found: FoundWords,
  before: string | undefined,
): string | undefined {
  const { endWord, sentence } = found;
  const run = wordsUpToPunctuation(doc, endWord, sentence);
  if (run.words.length === 0) return bracketLeavesClauseOpen(doc, endWord, sentence) ? undefined : '';
  const [next] = run.words;
  if (next === undefined || marks.noCommaBeside.test(next)) return undefined;
  if (entry.wholeClause) return ',';
  // A bare conjunction («если», «чтобы») leaves its own predicate to the words after it.
  const bare = suggestion.replace(marks.conjunction, '').trim() === '';
  if (!bare && (marks.verb.test(next) || found.nominativeFirst(run.words))) return ',';
  // Otherwise the clause runs on to the punctuation, with no predicate but its own in it; its main clause stands
  // before it, so a clause that opens the sentence must be closed by a comma the writer put.
  const predicates = run.words.filter((word) => marks.mayBeVerb.test(word)).length;
  if (predicates > (bare ? 1 : 0)) return undefined;
  if (before === '' && found.first <= sentence.firstWord) return run.endsSentence ? undefined : '';
  return before === ',' && !mainVerbBefore(doc, marks, found) ? undefined : '';
}

/**
 * Whether a bracket right after the finding only interrupts its clause: the words after «)» go on with no
 * punctuation, so the comma belongs after the bracket, past the finding («При наличии причин (…) брак может»
 * → «Если есть причины (…), брак может»), and the engine cannot paste it.
 */
function bracketLeavesClauseOpen(doc: Document, endWord: number, sentence: Sentence): boolean {
  const last = doc.words[endWord - 1];
  if (!last) return false;
  const rest = doc.text.slice(last.end, sentence.end);
  if (!/^\s*\(/u.test(rest)) return false;
  const close = rest.indexOf(')');
  return close === -1 || !/^\s*(?:[,;:.!?…—–-]|$)/u.test(rest.slice(close + 1));
}

/** Quotes inside a clause («бодрствовать «ночи напролёт»») leave its words going on. */
const QUOTES = /[«»"“”„]/gu;

/**
 * The words from `from` on that follow each other with only spaces or quotes between, to the sentence's end
 * or to punctuation.
 */
function wordsUpToPunctuation(doc: Document, from: number, sentence: Sentence) {
  const words: string[] = [];
  let w = from;
  for (; w < sentence.endWord; w++) {
    const word = doc.words[w];
    const previous = doc.words[w - 1];
    if (!word || !previous) break;
    if (doc.text.slice(previous.end, word.start).replace(QUOTES, '').trim() !== '') break;
    words.push(word.norm);
  }
  return { words, endsSentence: w >= sentence.endWord };
}

/** Whether the phrase's clause before it has a word that may be its predicate: the main clause stands there. */
function mainVerbBefore(doc: Document, marks: ClauseMarks, found: FoundWords): boolean {
  for (let w = found.first - 1; w >= found.sentence.firstWord; w--) {
    const word = doc.words[w];
    const next = doc.words[w + 1];
    if (!word || !next || doc.text.slice(word.end, next.start).trim() !== '') return false;
    if (marks.mayBeVerb.test(word.norm)) return true;
  }
  return false;
}
