import { memo } from './memo.ts';
import type { Document, Sentence, Word } from './text/document.ts';
import { isLexical } from './text/segment.ts';

/** What a language contributes to counting: its syllables and its familiar vocabulary. */
export interface CountingRules {
  syllables(norm: string): number;
  isFamiliar(norm: string): boolean;
  /** How hard the word is to recognise, 0 for everyday words (see each language's grade module). */
  difficulty(norm: string): number;
  /** Passive constructions in a sentence, where the language has a detector for them (English). */
  passives?(doc: Document, sentence: Sentence): number;
}

/** Raw counts of a text (or one sentence): the inputs of every readability formula. */
export interface Counts {
  words: number;
  sentences: number;
  paragraphs: number;
  syllables: number;
  letters: number;
  /** Words of more than six letters (Björnsson's LIX definition, used across languages). */
  longWords: number;
  /** Words of three or more syllables (SMOG, Gunning). */
  polysyllables: number;
  /** Words of five or more syllables (plainrussian's "complex words" for Russian SMOG). */
  complexWords: number;
  /** Words outside the language's familiar vocabulary (Dale–Chall's "difficult words"). */
  unfamiliarWords: number;
  /** Sum of the words' difficulty: the lexical load the reader carries. */
  lexicalLoad: number;
  /**
   * Commas, semicolons, colons, brackets and dashes inside sentences: each joins a clause or an insertion the
   * reader must hold, so they are a cheap cue of syntactic complexity in all three languages.
   */
  clauseMarks: number;
  /**
   * Passive constructions ("was sent", "is being checked"): the reader must work out who acts. Counted only
   * where the language has a detector (English); 0 elsewhere.
   */
  passives: number;
}

function countClauseMarks(text: string, start: number, end: number): number {
  let marks = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    // A dash counts when it stands apart ("a — b"), not inside a word.
    if (
      ch === ',' ||
      ch === ';' ||
      ch === ':' ||
      ch === '(' ||
      ((ch === '—' || ch === '–') && text[i - 1] === ' ')
    )
      marks++;
  }
  return marks;
}

/** An empty tally. */
export function zeroCounts(): Counts {
  return {
    words: 0,
    sentences: 0,
    paragraphs: 0,
    syllables: 0,
    letters: 0,
    longWords: 0,
    polysyllables: 0,
    complexWords: 0,
    unfamiliarWords: 0,
    lexicalLoad: 0,
    clauseMarks: 0,
    passives: 0,
  };
}

/** What a tally reads of a word form: its syllables, whether it is familiar, how hard it is. */
interface WordMeasure {
  syllables: number;
  familiar: boolean;
  difficulty: number;
}

const measuresOf = new WeakMap<CountingRules, (norm: string) => WordMeasure>();

/**
 * A language's word measures, looked up once per form: three lookups a word (syllables, familiarity,
 * difficulty, each cached by its pack) cost more than the tally they feed.
 */
function measuring(rules: CountingRules): (norm: string) => WordMeasure {
  let measure = measuresOf.get(rules);
  if (!measure) {
    // Every word is read as at least one syllable, even an abbreviation without vowels ("ЦНТ").
    measure = memo((norm) => ({
      syllables: Math.max(1, rules.syllables(norm)),
      familiar: rules.isFamiliar(norm),
      difficulty: rules.difficulty(norm),
    }));
    measuresOf.set(rules, measure);
  }
  return measure;
}

/** Adds one word to a tally. Numbers and symbols are not words for readability. */
function countWord(counts: Counts, word: Word, measure: (norm: string) => WordMeasure): void {
  if (!isLexical(word)) return;
  const letters = word.letters;
  const { syllables, familiar, difficulty } = measure(word.norm);
  counts.words++;
  counts.letters += letters;
  counts.syllables += syllables;
  if (letters > 6) counts.longWords++;
  if (syllables >= 3) counts.polysyllables++;
  if (syllables >= 5) counts.complexWords++;
  // A known abbreviation is read as the everyday word it stands for («т.е.», «п.», "e.g.").
  if (word.abbreviation) return;
  if (!familiar) counts.unfamiliarWords++;
  counts.lexicalLoad += difficulty;
}

/** Counts a document; `rulesFor` returns undefined for paragraphs to leave out (another language's pass). */
export function countDocument(
  doc: Document,
  rulesFor: (paragraph: number) => CountingRules | undefined,
): Counts {
  const counts = zeroCounts();
  doc.paragraphs.forEach((paragraph, index) => {
    const rules = rulesFor(index);
    if (!rules) return;
    counts.paragraphs++;
    const measure = measuring(rules);
    for (let s = paragraph.firstSentence; s < paragraph.endSentence; s++) {
      const sentence = doc.sentences[s];
      if (!sentence) continue;
      const before = counts.words;
      for (let w = sentence.firstWord; w < sentence.endWord; w++) {
        const word = doc.words[w];
        if (word) countWord(counts, word, measure);
      }
      if (counts.words > before) {
        counts.sentences++;
        counts.clauseMarks += countClauseMarks(doc.text, sentence.start, sentence.end);
        counts.passives += rules.passives?.(doc, sentence) ?? 0;
      }
    }
  });
  return counts;
}

/**
 * The counts a grade is computed on: the prose, without headings. Headings are for finding one's way, not for
 * reading through, and a page's short headings would otherwise pull its sentence length down (a text that is
 * nothing but headings is graded on them). `all` is `countDocument(doc, rulesFor)`.
 */
export function proseCounts(
  doc: Document,
  rulesFor: (paragraph: number) => CountingRules | undefined,
  all: Counts,
): Counts {
  const headings = countDocument(doc, (i) =>
    doc.paragraphs[i]?.kind === 'heading' ? rulesFor(i) : undefined,
  );
  if (headings.words === 0 || headings.words === all.words) return all;
  const prose = { ...all };
  for (const key of Object.keys(prose) as (keyof Counts)[]) prose[key] -= headings[key];
  return prose;
}
