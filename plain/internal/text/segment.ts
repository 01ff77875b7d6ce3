import {
  AMOUNT_ABBREVIATIONS,
  ENGLISH_REPORTING_VERBS,
  ENGLISH_SENTENCE_OPENERS,
  NUMBER_PREFIX_ABBREVIATIONS,
  PREFIX_ABBREVIATIONS,
  TRAILING_ABBREVIATIONS,
  UNIT_ABBREVIATIONS,
} from '../../languages/abbreviations.ts';
import type { Document, Paragraph, Sentence, Word } from './document.ts';
import { linkSpans } from './links.ts';
import { normalizeWord } from './normalize.ts';
import { isNumberWithEnding, romanNumeralHead } from './numerals.ts';
import { countScannedWords, scanWords } from './scan-words.ts';

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;
// Bullets as typed and as word processors paste them (●, ■, ►, ✓; Symbol-font bullets arrive as U+F0B7, U+F0A7).
const LIST_MARKER =
  /^[ \t]*(?:[-*•–—▪◦·●○■□►▸➢✓✔→\uF0B7\uF0A7\uF0D8]|\(?\d{1,3}(?:\.\d{1,3}){0,3}[.)]|\(?[a-zа-яё]\))[ \t]+/u;
/**
 * What may close a quotation or a bracket right after sentence-final punctuation: besides » ” ’, the “ that
 * closes Russian and Kazakh „…“ quotes (and ends many Kazakh translations' quotes, “…“), and a straight '.
 */
const CLOSING = `"'»”’“)\\]`;
const ENDS_SENTENCE = new RegExp(`[.!?…:;](?:\\s*[${CLOSING}])*$`, 'u');
const UPPER_START = /^[\p{Lu}\p{N}«"“„(]/u;
/** A line ending in a comma or a dash goes on in the next one. */
const CONTINUES = /[,\-–—]$/u;
const HEADING_MAX_WORDS = 12;

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

interface Block {
  start: number;
  end: number;
  kind: Paragraph['kind'];
}

function isHeading(line: Line, next: Line | undefined): boolean {
  const trimmed = line.text.trim();
  if (!trimmed || ENDS_SENTENCE.test(trimmed) || CONTINUES.test(trimmed)) return false;
  if (!UPPER_START.test(trimmed) || countScannedWords(trimmed) > HEADING_MAX_WORDS) return false;
  const following = next?.text.trim() ?? '';
  return following === '' || UPPER_START.test(following) || LIST_MARKER.test(next?.text ?? '');
}

/**
 * A line that opens a block without sentence-final punctuation, followed by a capitalised line, stands alone:
 * a headline or standfirst too long to pass for a heading, not the first line of a wrapped paragraph (a
 * wrapped line usually goes on in lower case). Gluing it to the next sentence would double that sentence's
 * length, and whether it happens would hang on the word count, which differs between languages for the same
 * line (a Kazakh translation has about 0.8 as many words as the English).
 */
function standsAlone(trimmed: string, next: Line | undefined): boolean {
  return !CONTINUES.test(trimmed) && UPPER_START.test(next?.text.trim() ?? '');
}

/**
 * Text wrapped at a fixed width (a plain-text email, a Markdown file) breaks lines in mid-sentence, and most
 * such breaks go on in lower case; there a capitalised next line is usually a name or a new sentence within the
 * paragraph, not the end of a headline. (Unpunctuated headlines and standfirsts are followed by capitals.)
 */
function isHardWrapped(lines: readonly Line[]): boolean {
  let midSentence = 0;
  let lowerNext = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const trimmed = lines[i]?.text.trim() ?? '';
    const next = lines[i + 1]?.text.trim() ?? '';
    if (!trimmed || !next || ENDS_SENTENCE.test(trimmed) || LIST_MARKER.test(lines[i + 1]?.text ?? ''))
      continue;
    midSentence++;
    if (/^\p{Ll}/u.test(next)) lowerNext++;
  }
  return midSentence >= 2 && lowerNext * 2 >= midSentence;
}

const LOWER_START = /^\p{Ll}/u;
const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(?=\S)/u;

/** Whether a line goes on with the list item above it: in lower case, and not an item of its own. */
function continuesItem(next: Line | undefined): boolean {
  return next !== undefined && LOWER_START.test(next.text.trim()) && !LIST_MARKER.test(next.text);
}

/**
 * Groups lines into blocks. A blank line ends a block; list items and headings are blocks of their own; a
 * line break after sentence-final punctuation starts a new paragraph (text pasted from web pages keeps one
 * paragraph per line), while a break in mid-sentence is only a wrapped line.
 */
function blocksOf(text: string): Block[] {
  const lines = splitLines(text);
  const wrapped = isHardWrapped(lines);
  const blocks: Block[] = [];
  let open: Block | undefined;
  const flush = () => {
    if (open) blocks.push(open);
    open = undefined;
  };
  lines.forEach((line, index) => {
    const trimmed = line.text.trim();
    if (!trimmed) {
      flush();
      return;
    }
    const contentStart = line.start + (line.text.length - line.text.trimStart().length);
    const contentEnd = line.start + line.text.trimEnd().length;
    // A Markdown heading («# Как подать заявление»): a heading whatever its case, without its marker.
    const atx = MARKDOWN_HEADING.exec(line.text);
    if (atx) {
      flush();
      blocks.push({ start: line.start + atx[0].length, end: contentEnd, kind: 'heading' });
      return;
    }
    const marker = LIST_MARKER.exec(line.text);
    if (marker) {
      flush();
      open = { start: line.start + marker[0].length, end: contentEnd, kind: 'list-item' };
      // An item wrapped onto the next line goes on there in lower case, as a law's clauses copied from a PDF
      // do («1.1. Правила определяют порядок⏎оказания услуги.»); otherwise the item is a block of its own.
      if (ENDS_SENTENCE.test(trimmed) || !continuesItem(lines[index + 1])) flush();
      return;
    }
    if (isHeading(line, lines[index + 1]) && !open) {
      blocks.push({ start: contentStart, end: contentEnd, kind: 'heading' });
      return;
    }
    if (open) {
      open.end = contentEnd;
      if (ENDS_SENTENCE.test(trimmed)) flush();
      return;
    }
    open = { start: contentStart, end: contentEnd, kind: 'text' };
    if (ENDS_SENTENCE.test(trimmed) || (!wrapped && standsAlone(trimmed, lines[index + 1]))) flush();
  });
  flush();
  return blocks;
}

const TERMINATOR = /[.!?…]/u;
const CLOSERS = new RegExp(`[${CLOSING}]`, 'u');
/** A per cent sign, a unit or currency symbol, a footnote mark: after a sentence's last word, the sentence's. */
const MARKS_AFTER_WORD = '%‰*†‡\\p{S}';
const MARK_AFTER_WORD = new RegExp(`[${MARKS_AFTER_WORD}]`, 'u');
/** The same, once spaced from its number: «5 %», «5 ₸», "5 €" (not a quote mark, which may open the next sentence). */
const SPACED_MARK = /[%‰\p{S}]/u;
/**
 * What may stand between a sentence's last word and its full stop: closing marks and marks after a word, one
 * space apart at most: «… “Сәлем“.», "… 'fun'.", "75%.", «5 %.», "40°.", «5 ₸.», "in 2020*."
 */
const CLOSED_RUN = new RegExp(
  `^\\s?(?:[${CLOSING}${MARKS_AFTER_WORD}]\\s?)*[${CLOSING}${MARKS_AFTER_WORD}]$`,
  'u',
);
const OPENERS = /["«“„([]/u;

const KNOWN_ABBREVIATIONS = new Set([
  ...PREFIX_ABBREVIATIONS,
  ...TRAILING_ABBREVIATIONS,
  ...NUMBER_PREFIX_ABBREVIATIONS,
]);

/**
 * The abbreviation that ends just before a full stop: the word, joined with earlier words over single dots.
 * Over a dot and one space only if the joined form is a known abbreviation: Russian typography spaces «т. е.»,
 * «т. д.», whose last letter alone would read as an initial or another abbreviation («д.» for дом).
 */
function abbreviationBefore(words: Word[], index: number, text: string): string {
  let form = words[index]?.norm ?? '';
  let tight = true;
  let found = form;
  for (let i = index; i > 0; i--) {
    const previous = words[i - 1];
    const current = words[i];
    const gap = previous && current ? text.slice(previous.end, current.start) : '';
    if (!previous || !/^\.\s?$/u.test(gap)) break;
    tight &&= gap === '.';
    form = `${previous.norm}.${form}`;
    if (tight || KNOWN_ABBREVIATIONS.has(form)) found = form;
  }
  return found;
}

/**
 * Marks the words of known abbreviations («т.е.», «п. 5», «ст.», «т.б.», "e.g.", "Mr."), initials and the
 * letters of dotted initialisms («И. Иванов», "J. Smith", "U.S."), and units after a number: the reader knows
 * them as the word they stand for, so they are graded as familiar words, not as the rare letters they are.
 */
function markAbbreviations(text: string, words: Word[], first: number): void {
  for (let i = first; i < words.length; i++) {
    const word = words[i];
    if (!word || word.letters === 0) continue;
    if (isUnitAfterNumber(words, i, first)) {
      word.abbreviation = true;
      continue;
    }
    if (text[word.end] !== '.') continue;
    // An initial or a letter of a dotted initialism («И. Иванов», "J. Smith", "U.S."): read at a glance.
    if (word.letters === 1) {
      word.abbreviation = true;
      continue;
    }
    const form = abbreviationBefore(words, i, text);
    if (!KNOWN_ABBREVIATIONS.has(form)) continue;
    // "No.", "Jan." only before a number: "She said no." ends with a word.
    const numberPrefix = NUMBER_PREFIX_ABBREVIATIONS.has(form) && !PREFIX_ABBREVIATIONS.has(form);
    if (numberPrefix && !/^\p{N}/u.test(words[i + 1]?.text ?? '')) continue;
    const pieces = form.split('.').length;
    for (let j = Math.max(first, i - pieces + 1); j <= i; j++) {
      const piece = words[j];
      if (piece) piece.abbreviation = true;
    }
  }
}

/** A unit, currency or scale written short right after a number or another one («50 км», «100 кв. м», "5 kg"). */
function isUnitAfterNumber(words: Word[], i: number, first: number): boolean {
  const previous = i > first ? words[i - 1] : undefined;
  // The cheap test first: most words do not follow a number.
  if (!previous || !(previous.abbreviation || previous.letters === 0)) return false;
  const word = words[i];
  if (!word || !UNIT_ABBREVIATIONS.has(word.norm)) return false;
  return previous.abbreviation === true || /^\p{N}/u.test(previous.text);
}

/**
 * After a quotation that ends in "?" or "!", whether the words that follow are its attribution: a capitalised
 * name that is not a sentence opener, then a reporting verb within the next few words, and the clause ends soon
 * after it in a full stop or comma ("CNN reported.", "Smith shouted, and …", "Police chief Murphy told reporters.").
 */
function isAttribution(words: Word[], start: number, text: string): boolean {
  const subject = words[start];
  if (!subject || !/^\p{Lu}/u.test(subject.text) || ENGLISH_SENTENCE_OPENERS.has(subject.norm)) return false;
  const spaced = (i: number) => {
    const word = words[i];
    const next = words[i + 1];
    return word !== undefined && next !== undefined && /^\s+$/u.test(text.slice(word.end, next.start));
  };
  for (let i = start; i < start + 4 && spaced(i); i++) {
    if (!ENGLISH_REPORTING_VERBS.has(words[i + 1]?.norm ?? '')) continue;
    let last = i + 1;
    while (last < i + 3 && spaced(last)) last++;
    const after = words[last + 1];
    // A colon after the verb introduces a new quotation, a sentence of its own: '… next?" Smith said: "I …'.
    return !after || /^[.,]/u.test(text.slice(words[last]?.end ?? 0, after.start));
  }
  return false;
}

/** Decides whether the gap between two words of a block ends a sentence. */
function endsSentence(text: string, words: Word[], index: number): boolean {
  const word = words[index];
  const next = words[index + 1];
  if (!word || !next) return false;
  const gap = text.slice(word.end, next.start);
  const stop = gap.search(TERMINATOR);
  if (stop !== 0 && !(stop > 0 && CLOSED_RUN.test(gap.slice(0, stop)))) return false;
  // Punctuation glued to the next word is not a sentence end: "3.5", "example.com", «т.е.».
  if (!/\s/u.test(gap)) return false;
  const punctuation = gap.trim();
  // A comma never opens a sentence: «Алло!», — Иван кивнул; "Abai Ave., 10".
  if (/[,;]/u.test(punctuation)) return false;
  const nextStartsUpper = /^[\p{Lu}\p{N}]/u.test(next.text);
  if (/^[!?…]+["'”’»]+$/u.test(punctuation) && isAttribution(words, index + 1, text)) return false;
  if (!punctuation.startsWith('.') || punctuation.startsWith('...')) return nextStartsUpper;
  const abbreviation = abbreviationBefore(words, index, text);
  const afterNumber = /^\p{N}/u.test(words[index - 1]?.text ?? '');
  if (NUMBER_PREFIX_ABBREVIATIONS.has(abbreviation) && /^\p{N}/u.test(next.text)) return false;
  if (PREFIX_ABBREVIATIONS.has(abbreviation) && !(afterNumber && TRAILING_ABBREVIATIONS.has(abbreviation))) {
    return false;
  }
  // A dotted Latin initialism ("U.S.", "p.m.", "Ph.D."): a new sentence only if an English sentence opener
  // follows. Its parts have one or two letters; a domain name's are longer ("gov.kz. Там"), and ends a sentence.
  if (/^[a-z]{1,2}(?:\.[a-z]{1,2})+$/u.test(abbreviation) && /^\p{Lu}/u.test(next.text)) {
    return ENGLISH_SENTENCE_OPENERS.has(next.norm);
  }
  // An initial («И. И. Иванов», "J. Smith"): one capital letter before the dot and a capital after it. A
  // word that opens English sentences ("Plan B. In the event …") starts a new one, unless it is a letter
  // itself ("J. A. Smith"), as does any capital after a temperature's scale ("It rose to 32°C. You …").
  if (/^\p{Lu}$/u.test(word.text) && nextStartsUpper) {
    const opener = next.letters > 1 && ENGLISH_SENTENCE_OPENERS.has(next.norm);
    return opener || /\p{N}\s?°\s?$/u.test(text.slice(Math.max(0, word.start - 4), word.start));
  }
  if (AMOUNT_ABBREVIATIONS.has(abbreviation) && /^\p{Lu}{2,}(?!\p{Ll})/u.test(next.text)) return false;
  // After «т.д.», "etc." a new sentence starts with a capital letter; a number goes on («б.з.д. 500 жылы»).
  // Not before an act's title word and its year: "the Party Wall etc. Act 1996" is one name.
  if (TRAILING_ABBREVIATIONS.has(abbreviation)) {
    const actTitle =
      /^(?:Act|Regulations|Order|Rules)$/u.test(next.text) &&
      /^\p{N}{4}$/u.test(words[index + 2]?.text ?? '');
    return /^\p{Lu}/u.test(next.text) && !actTitle;
  }
  return nextStartsUpper;
}

function sentenceEnd(text: string, lastWord: Word, limit: number): number {
  let end = lastWord.end;
  const closes = (ch: string) => TERMINATOR.test(ch) || CLOSERS.test(ch) || MARK_AFTER_WORD.test(ch);
  while (end < limit) {
    if (closes(text[end] ?? '')) end++;
    else if (end + 1 < limit && /\s/u.test(text[end] ?? '') && SPACED_MARK.test(text[end + 1] ?? ''))
      end += 2;
    else break;
  }
  return end;
}

/**
 * Splits text into paragraphs, sentences and words in one pass over each block: linear in the input, unlike
 * `Intl.Segmenter`, which is quadratic on long strings in Node 20.
 */
export function segment(text: string, reuse: readonly Word[] = []): Document {
  // `reuse`: word objects of a finished analysis to rewrite instead of allocating (analyze.ts). Each index is
  // taken at most once, since the word list only grows.
  const words: Word[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  // Every word gets the same fields in the same order, so the loops over words see one object shape.
  // Word forms repeat (Zipf's law): each is normalised once, and its words share one copy of its strings,
  // which keeps a long document's word objects small for the garbage collector.
  const forms = new Map<string, { text: string; norm: string; letters: number }>();
  const addWord = (start: number, end: number) => {
    const typed = text.slice(start, end);
    let form = forms.get(typed);
    if (!form) {
      const norm = normalizeWord(typed);
      form = { text: typed, norm, letters: lettersOf(typed, norm) };
      forms.set(typed, form);
    }
    const old = reuse[words.length];
    if (old) {
      old.start = start;
      old.end = end;
      old.text = form.text;
      old.norm = form.norm;
      old.letters = form.letters;
      old.abbreviation = false;
      words.push(old);
    } else {
      words.push({
        start,
        end,
        text: form.text,
        norm: form.norm,
        letters: form.letters,
        abbreviation: false,
      });
    }
  };
  for (const block of blocksOf(text)) {
    const firstWord = words.length;
    // Addresses are single words with no letters to read (links.ts); the text between them is scanned.
    let from = block.start;
    for (const [start, end] of linkSpans(text, block.start, block.end)) {
      scanWords(text, from, start, addWord);
      const link = text.slice(start, end);
      words.push({ start, end, text: link, norm: link.toLowerCase(), letters: 0, abbreviation: false });
      from = end;
    }
    scanWords(text, from, block.end, addWord);
    markAbbreviations(text, words, firstWord);
    if (words.length === firstWord) continue;
    const firstSentence = sentences.length;
    let sentenceStart = firstWord;
    for (let i = firstWord; i < words.length; i++) {
      const last = i === words.length - 1;
      if (!last && !endsSentence(text, words, i)) continue;
      const first = words[sentenceStart];
      const lastWord = words[i];
      if (first && lastWord) {
        let start = first.start;
        while (start > block.start && OPENERS.test(text[start - 1] ?? '')) start--;
        sentences.push({
          start,
          end: sentenceEnd(text, lastWord, block.end),
          firstWord: sentenceStart,
          endWord: i + 1,
        });
      }
      sentenceStart = i + 1;
    }
    paragraphs.push({
      start: block.start,
      end: block.end,
      firstSentence,
      endSentence: sentences.length,
      kind: block.kind,
    });
  }
  return { text, paragraphs, sentences, words };
}

const LETTER = /\p{L}/gu;

/**
 * Letters of a word. A number written with letters — a Roman numeral, digits with an ending ("20th", «5-го») —
 * has none to read, as digits have none; a hyphenated word after a Roman numeral keeps its own («ХХ-ғасыр»).
 */
function lettersOf(word: string, norm: string): number {
  if (isNumberWithEnding(norm)) return 0;
  const numeral = romanNumeralHead(word);
  return countLetters(numeral ? word.slice(numeral.length) : word);
}

/** Letters in a string (what `\p{L}` matches). */
export function countLetters(text: string): number {
  // Most words are Latin or Cyrillic: counted code unit by code unit, anything else by the Unicode pattern.
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) letters++;
    } else if (c >= 0x0400 && c <= 0x04ff && (c < 0x0482 || c > 0x0489)) {
      letters++;
    } else {
      return text.match(LETTER)?.length ?? 0;
    }
  }
  return letters;
}

/** Whether a word has a letter (numbers are words for rules, not for readability counts). */
export function isLexical(word: Word): boolean {
  return word.letters > 0;
}
