import type { Counts } from '../counts.ts';
import type { Finding } from '../finding.ts';
import type { Document, Sentence, Word } from '../text/document.ts';
import { formatMessage, type MessageValues } from './messages.ts';
import type { CompiledTerms } from './terms.ts';
import {
  type AgreePhrase,
  type CarriedPhrase,
  type GrammaticalCase,
  type LanguageCode,
  PASTE_SITE_CHARS,
  type PasteSite,
  type RuleBase,
} from './types.ts';

/**
 * An impersonal active to paste for a passive, and the words around the verb it replaces too: the subject,
 * when it becomes the object in another form («Справка выдаётся» → «Справку выдают»), else none.
 */
export interface ImpersonalActive {
  text: string;
  /** Words before the verb the text replaces. */
  before: number;
  /** Words after the verb the text replaces. */
  after: number;
  /**
   * The text puts the words in another order (the doer first: «Комиссия рассмотрела заявление»), so it is
   * offered only where none of them has a capital of its own, which a lower-cased word could not keep.
   */
  reordered?: boolean;
}

/**
 * The active for a passive whose doer is named (`SequenceRule.active`): given the document's words, the
 * sentence's first word and one past its last with whether a word and the next stand together (spaces only
 * between), the passive's first and last word, and whether a form is a word of the language's lists; the words
 * the active replaces and its text.
 */
export type ActiveVoice = (
  words: readonly Word[],
  sentence: { from: number; to: number; joined: (i: number) => boolean },
  match: { first: number; last: number },
  isWord: (norm: string) => boolean,
) => { first: number; last: number; text: string } | undefined;

/** What a rule sees: the document, which paragraphs are in the rule's language, and how to report. */
export interface RuleContext {
  doc: Document;
  language: LanguageCode;
  ui: LanguageCode;
  /** Indices of the paragraphs written in `language`. */
  paragraphs: readonly number[];
  syllables(norm: string): number;
  isFamiliar(norm: string): boolean;
  /**
   * Whether a word is among the language's commonest, which cost a reader nothing ("not", «не», «жоқ»): typed
   * in capitals, such a short word is emphasis, not an abbreviation. Absent: no word is.
   */
  isEveryday?: ((norm: string) => boolean) | undefined;
  /**
   * Whether a word read with its language's lost letters put back (`LanguagePack.lostLetters`) was read as a
   * word the lists know, not guessed. Absent: the language has no such reading.
   */
  isKnownReading?: ((norm: string) => boolean) | undefined;
  /**
   * The impersonal active to paste for a one-word passive (`SequenceRule.impersonal`), given the normalised
   * words of its clause before it (undefined when more than five), the verb, up to five words after it and
   * the sentence's words after it to its end, and its words before it from its start (past brackets and
   * quotes, where a doer may open the sentence); undefined when its subject cannot be read with certainty.
   */
  impersonal?:
    | ((
        before: readonly string[] | undefined,
        verb: string,
        after: readonly string[],
        rest?: readonly string[],
        opening?: readonly string[],
      ) => ImpersonalActive | undefined)
    | undefined;
  /** The pack's active for a passive whose doer is named (`SequenceRule.active`), with its word lists. */
  activeVoice?:
    | ((
        words: readonly Word[],
        sentence: { from: number; to: number; joined: (i: number) => boolean },
        match: { first: number; last: number },
      ) => { first: number; last: number; text: string } | undefined)
    | undefined;
  /** The language's second script (Kazakh Latin), whose words' `norm` is already in the main script. */
  otherScript?: OtherScript | undefined;
  /**
   * A suggestion put in the form of the phrase's last word it replaces, whose stem is `stem` where its pattern
   * names one (see `PhraseEntry.agree`).
   */
  agree?: ((suggestion: string, matched: string, stem?: string, phrase?: AgreePhrase) => string) | undefined;
  /**
   * The pack's `carry`: a replacement and the noun phrase after it in another case (`PhraseEntry.carries`).
   * `following` holds the words after the phrase up to five, as far as only spaces stand between them; a comma
   * before the next word is «,» and that word, so the pack can tell whether the noun phrase goes on.
   */
  carry?:
    | ((
        suggestion: string,
        following: readonly string[],
        from: GrammaticalCase,
        to: GrammaticalCase,
      ) => CarriedPhrase | undefined)
    | undefined;
  /** Suggestions spelled as the text spells (the pack's `spellingOf` for this text). */
  spell?: ((suggestion: string) => string) | undefined;
  /** The pack's `prepositionFor`: a preposition before a paste in the form the paste asks for. */
  prepositionFor?: ((written: string, next: string) => string | undefined) | undefined;
  /** The pack's `fitsInPlace`: whether a suggestion keeps the agreements around the finding it replaces. */
  fitsInPlace?: ((suggestion: string, site: PasteSite) => boolean) | undefined;
  /** The pack's terms of art (`LanguagePack.terms`), compiled: a nominal chain counts one as one noun. */
  terms?: CompiledTerms | undefined;
  report(finding: Finding): void;
}

/** How a language pack reads words of its second script (Kazakh Latin) and writes suggestions back in it. */
export interface OtherScript {
  /** Whether a normalised word is written in the other script. */
  isWritten(norm: string): boolean;
  /**
   * The normalised word in the main script; `spellings`, from `spellingsOf` for the word's paragraph, narrows
   * the ways it may be spelled (which Latin alphabet a Kazakh paragraph is in).
   */
  toMain(norm: string, spellings?: string): string;
  /** What a paragraph's words in this script, as typed, say of how they are spelled, for `toMain`. */
  spellingsOf?(typed: readonly string[]): string;
  /** A suggestion from the pack's lists, spelled in the script of the text it would replace. */
  spellLike(suggestion: string, text: string): string;
}

/** Calls `visit` for each sentence of the context's paragraphs. */
export function forEachSentence(ctx: RuleContext, visit: (sentence: Sentence, index: number) => void): void {
  for (const p of ctx.paragraphs) {
    const paragraph = ctx.doc.paragraphs[p];
    if (!paragraph) continue;
    for (let s = paragraph.firstSentence; s < paragraph.endSentence; s++) {
      const sentence = ctx.doc.sentences[s];
      if (sentence) visit(sentence, s);
    }
  }
}

/**
 * Whether the word one step `by` from word `at` — inside words [first, end), with only spaces between them —
 * matches `pattern`: a rule's `notAfter` or `notBefore`, a sequence token's context.
 */
export function neighbourMatches(
  doc: Document,
  at: number,
  by: -1 | 1,
  first: number,
  end: number,
  pattern: RegExp,
): boolean {
  const other = at + by;
  const word = doc.words[at];
  const neighbour = other >= first && other < end ? doc.words[other] : undefined;
  if (!word || !neighbour) return false;
  const spaced = by < 0 ? adjacent(doc, neighbour, word) : adjacent(doc, word, neighbour);
  return spaced && pattern.test(neighbour.norm);
}

/** A rule's optional pattern (Unicode, case-insensitive), compiled once; undefined when it has none. */
export const compilePattern = (pattern: string | undefined) =>
  pattern ? new RegExp(pattern, 'iu') : undefined;

/**
 * Whether the word right before word `at` (not before `first`, with only spaces between them) matches
 * `pattern`: a rule's `notAfter`, which keeps a match from counting after that word.
 */
export function followsMatching(doc: Document, at: number, first: number, pattern: RegExp): boolean {
  return neighbourMatches(doc, at, -1, first, doc.words.length, pattern);
}

/** Whether the word right before word `at` stands across one comma (`word, …`) and matches `pattern`. */
export function listedAfter(doc: Document, at: number, pattern: RegExp): boolean {
  const word = doc.words[at];
  const before = doc.words[at - 1];
  if (!word || !before) return false;
  return /^\s*,\s*$/u.test(doc.text.slice(before.end, word.start)) && pattern.test(before.norm);
}

/**
 * The text right after word `at` to the end of its sentence, as far as a `followedBy` pattern (of a phrase or of
 * a sequence's context) reads: a pattern that looks for a second infinitive after "and" or for "during which"
 * must see the whole clause ("are required to use the allocated funds for the approved purposes and to
 * report"), which a window of a few dozen characters cut off, offering words that left "to report" stranded.
 */
export function textAfter(doc: Document, at: number): string {
  const word = doc.words[at];
  if (!word) return '';
  const end = sentenceAt(doc, word.start)?.end ?? word.end;
  return doc.text.slice(word.end, Math.max(word.end, end));
}

/** The text of word `at`'s sentence before it, for a `precededBy` pattern. */
export function textBefore(doc: Document, at: number): string {
  const word = doc.words[at];
  if (!word) return '';
  const start = sentenceAt(doc, word.start)?.start ?? word.start;
  return doc.text.slice(Math.min(start, word.start), word.start);
}

/** Whether only whitespace stands between two words, so a phrase may run across them. */
export function adjacent(doc: Document, left: Word, right: Word): boolean {
  for (let i = left.end; i < right.start; i++) {
    const ch = doc.text.charCodeAt(i);
    // space, tab, line breaks, no-break space
    if (ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13 && ch !== 160 && ch !== 0x202f) return false;
  }
  return true;
}

export type { Counts };

/**
 * Whether a word is written as a name: a capital inside its sentence (not all capitals), and not where a quoted
 * sentence begins, after an opening quote or a colon ('Another commented: "Understandably…').
 */
export function writtenAsName(
  text: string,
  word: { text: string; start: number },
  opensSentence: boolean,
): boolean {
  if (opensSentence || !/^\p{Lu}/u.test(word.text) || word.text === word.text.toUpperCase()) return false;
  return !/[:"“«‘(]\s*$/u.test(text.slice(Math.max(0, word.start - 3), word.start));
}

/** Whether a word of the document starts at `start` and begins its sentence. */
export function startsSentence(doc: Document, start: number): boolean {
  const sentence = sentenceAt(doc, start);
  return sentence !== undefined && doc.words[sentence.firstWord]?.start === start;
}

/**
 * Whether a capital at `start` is a sentence's: where the word opens a sentence, stands right after a
 * sentence's closing mark that the segmenter read as an abbreviation's dot ("… at 18 C. In the event that …"),
 * or opens what follows a heading's or a list item's label ("Step 2: Obtain approval", "Note: Upon receipt").
 * A paste takes that capital.
 */
function takesSentenceCapital(doc: Document, start: number): boolean {
  return (
    startsSentence(doc, start) ||
    /[.!?…]["'”’»)]?\s+$/u.test(doc.text.slice(Math.max(0, start - 4), start)) ||
    followsLabel(doc, start)
  );
}

/**
 * A label before a colon that opens its sentence: up to three words and a number or letter ("Step 2",
 * "Note", "Option A", «Шаг 2»), nothing else before the word at `start`. The capital after it opens the
 * heading's or item's own text, as a sentence's does.
 */
const LABEL_BEFORE = /^\p{Lu}[\p{L}\p{N}]*(?:[ \u00a0][\p{L}\p{N}]+){0,3}:[ \u00a0]+$/u;

function followsLabel(doc: Document, start: number): boolean {
  const sentence = sentenceAt(doc, start);
  return (
    sentence !== undefined &&
    start - sentence.start <= 40 &&
    LABEL_BEFORE.test(doc.text.slice(sentence.start, start))
  );
}

/** The sentence that holds offset `start`. */
export function sentenceAt(doc: Document, start: number): Sentence | undefined {
  const { sentences } = doc;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= start) low = mid;
    else high = mid - 1;
  }
  return sentences[low];
}

/** A word with its first letter in capitals. */
export const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const isCapitalised = (word: string) => {
  const first = word.replace(/\P{L}/gu, '').charAt(0);
  return first !== '' && first !== first.toLowerCase();
};

/**
 * Whether an English phrase is in title case, as headings often are: its words of four letters or more all
 * start with a capital, and one of them is not its first word («in Lieu of», "Place of Residence").
 */
function isTitleCase(text: string): boolean {
  const long = text
    .split(/\s+/u)
    .map((word, i) => ({ word, i }))
    .filter(({ word }) => word.replace(/\P{L}/gu, '').length >= 4);
  return long.some(({ i }) => i > 0) && long.every(({ word }) => isCapitalised(word));
}

/**
 * Whether a capitalised word inside a sentence is so because the whole sentence is in title case, as English
 * headlines are ("Controller Dies To Ensure Hundreds Can Escape"), not because it is a name.
 */
function inTitleCaseHeadline(doc: Document, start: number, text: string): boolean {
  if (!isCapitalised(text) || startsSentence(doc, start)) return false;
  const sentence = sentenceAt(doc, start);
  return sentence !== undefined && isTitleCase(doc.text.slice(sentence.start, sentence.end));
}

/**
 * A suggestion cased to stand in the text's place: all capitals for an all-capitals phrase, a capital first
 * letter where the text begins a sentence («В целях» → «Чтобы», "In order to" → "To"), English title case in
 * a title-case phrase ("in Lieu of" → "Instead of"), as written elsewhere (a capital mid-sentence is a name's:
 * «Қазақстан Республикасының заңнамасына сәйкес» → «заң бойынша»). A suggestion with capitals of its own
 * ("eGov", «ЦОН») is left as written, except in an all-capitals phrase.
 */
function casedLike(ctx: RuleContext, start: number, text: string, suggestion: string): string {
  // Lower-case text has no capital to carry over (most findings; a paragraph typed without Kazakh letters
  // has a thousand of them).
  if (text === text.toLowerCase()) return suggestion;
  return keepPoliteCapitals(ctx, start, text, casedLikeText(ctx, start, text, suggestion));
}

/** The polite "you" of letters, written with a capital mid-sentence: «Вас», «Вашего», «Сізге». */
const POLITE_YOU: Partial<Record<string, RegExp>> = {
  ru: /^(?:вы|вас|вам|вами|ваш(?:а|е|и|его|ей|ему|им|ими|их|у|ем)?)$/u,
  kk: /^(?:сіз|сізге|сізді|сіздің|сізден|сізбен|сізде)$/u,
};

/**
 * A capital of courtesy is kept: «Мы Вас уведомим» → «Вам сообщим», not «вам». It counts only where it is no
 * sentence's first capital.
 */
function keepPoliteCapitals(ctx: RuleContext, start: number, text: string, suggestion: string): string {
  const polite = POLITE_YOU[ctx.language];
  if (!polite) return suggestion;
  const courteous = text
    .split(/\s+/u)
    .some(
      (word, i) =>
        polite.test(word.toLowerCase()) &&
        isCapitalised(word) &&
        !(i === 0 && startsSentence(ctx.doc, start)),
    );
  if (!courteous) return suggestion;
  return suggestion
    .split(' ')
    .map((word) => (polite.test(word) ? capitalised(word) : word))
    .join(' ');
}

function casedLikeText(ctx: RuleContext, start: number, text: string, suggestion: string): string {
  // All capitals first: a word carried along as written («ТЕКСЕРУДІ КОМИССИЯ ЖҮРГІЗЕДІ» → «КОМИССИЯ
  // ТЕКСЕРЕДІ») is a capital of its own, which would leave the rest in lower case.
  const letters = text.replace(/\P{L}/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return suggestion.toUpperCase();
  if (suggestion !== suggestion.toLowerCase()) {
    // Capitals of its own («по Конституции», a name carried along) still take the sentence's first capital,
    // unless its first word has them ("eGov").
    const first = suggestion.split(' ')[0] ?? '';
    return first === first.toLowerCase() && isCapitalised(text) && takesSentenceCapital(ctx.doc, start)
      ? capitalised(suggestion)
      : suggestion;
  }
  if (ctx.language === 'en' && (isTitleCase(text) || inTitleCaseHeadline(ctx.doc, start, text)))
    return suggestion
      .split(' ')
      .map((word, i) => (word.length >= 4 || (i === 0 && isCapitalised(text)) ? capitalised(word) : word))
      .join(' ');
  if (isCapitalised(text) && takesSentenceCapital(ctx.doc, start)) return capitalised(suggestion);
  return suggestion;
}

/** The suggestions the pack's `fitsInPlace` finds grammatical in place of the finding (all, without one). */
function fittingInPlace(
  ctx: RuleContext,
  start: number,
  end: number,
  text: string,
  suggestions: readonly string[],
): readonly string[] {
  const fits = ctx.fitsInPlace;
  if (!fits || suggestions.length === 0) return suggestions;
  const site = {
    before: ctx.doc.text.slice(Math.max(0, start - PASTE_SITE_CHARS), start),
    text,
    after: ctx.doc.text.slice(end, end + PASTE_SITE_CHARS),
  };
  return suggestions.filter((suggestion) => fits(suggestion, site));
}

const LETTER = /\p{L}/u;

/** The word right before `start` on the same line, lower-cased ('' if a mark or a line break comes first). */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\u00a0')) end--;
  if (end === start) return '';
  let from = end;
  while (from > 0 && LETTER.test(text[from - 1] ?? '')) from--;
  return text.slice(from, end).toLowerCase();
}

/**
 * Suggestions as written and as pasted: one that opens with the word right before the finding drops it, so the
 * paste does not say it twice ("maintained at not less than 18°C" → "least", which reads "at least", not "at at
 * least"). One that is only that word is no paste.
 */
function withoutRepeatedWord(
  text: string,
  start: number,
  suggestions: readonly string[],
): { written: string; paste: string }[] {
  if (suggestions.length === 0) return [];
  const before = wordBefore(text, start);
  return suggestions.flatMap((written) => {
    const [first = '', ...rest] = written.split(' ');
    if (first.toLowerCase() !== before) return [{ written, paste: written }];
    return rest.length > 0 ? [{ written, paste: rest.join(' ') }] : [];
  });
}

/**
 * Reports a finding of `rule` over `[start, end)`: the text, the message in the UI language (with the first
 * suggestion filled in when there is one), the suggestions that fit in place (`fitsInPlace`), cased to stand
 * there, and the rule's severity and link. `values` may name another text and suggestion for the message, when the span is wider
 * than the phrase it is about.
 */
export function reportFinding(
  ctx: RuleContext,
  rule: RuleBase,
  start: number,
  end: number,
  suggestions: readonly string[] = [],
  values: Partial<MessageValues> = {},
): Finding {
  const text = ctx.doc.text.slice(start, end);
  const script = ctx.otherScript;
  const { spell } = ctx;
  const fitting = fittingInPlace(ctx, start, end, text, suggestions);
  const scripted = script ? fitting.map((s) => script.spellLike(s, text)) : fitting;
  const pastes = withoutRepeatedWord(ctx.doc.text, start, spell ? scripted.map(spell) : scripted);
  const spelled = pastes.map(({ paste }) => paste);
  // The message names the plain words whole ("try “at least”"), also where the paste leaves one out.
  const suggestion = pastes[0]?.written;
  // A message that names a plain word none of which fits in place names none.
  const { suggestion: namedSuggestion, ...unnamed } = values;
  const shown = spelled.length === 0 && suggestions.length > 0 ? unnamed : values;
  const named =
    spell && namedSuggestion !== undefined && shown === values
      ? { ...values, suggestion: spell(namedSuggestion) }
      : shown;
  const finding: Finding = {
    rule: rule.id,
    severity: rule.severity,
    start,
    end,
    text,
    message: formatMessage(
      rule,
      ctx.ui,
      suggestion === undefined ? { text, ...named } : { text, suggestion, ...named },
    ),
    // The message quotes a suggestion as a word; the list is what an editor pastes in place of the text.
    suggestions: spelled.map((s) => casedLike(ctx, start, text, s)),
    link: rule.link,
  };
  ctx.report(finding);
  return finding;
}
