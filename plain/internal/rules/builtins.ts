import type { Word } from '../text/document.ts';
import { hasMixedPart, inOneScript, mayMixScripts } from '../text/look-alikes.ts';
import { normalizeWord } from '../text/normalize.ts';
import { isRomanNumeral } from '../text/numerals.ts';
import { countLetters, isLexical } from '../text/segment.ts';
import { inSpelledOutName, isDefinedHere } from './abbreviation-definitions.ts';
import {
  adjacent,
  forEachSentence,
  neighbourMatches,
  type RuleContext,
  reportFinding,
  sentenceAt,
} from './context.ts';
import { doubledNumbers } from './doubled-number.ts';
import { nominalChains } from './nominal-chain.ts';
import type { BuiltinRule } from './types.ts';

const UPPER_WORD = /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u;

/**
 * The abbreviation in a word, without its ending: hyphenated («ХҚКО-ға» → «ХҚКО», "NGO-run" → "NGO"), glued
 * in Russian («в ЦОНе», «МИДа» → «ЦОН», «МИД») or an English plural ("NGOs" → "NGO").
 */
function head(word: Word): string {
  const before = word.text.split(/[-‐‑']/u)[0] ?? word.text;
  return GLUED_ENDING.exec(before)?.[1] ?? before;
}
const GLUED_ENDING = /^(\p{Lu}{2,})(?:[а-яё]{1,3}|s)$/u;

/** Letters each part of a compound in capitals has at least, for it to be read as words, not an abbreviation. */
const COMPOUND_PART = 4;

/** Whether a capitalised word is an ordinary word typed in capitals ("IMPORTANT", «ВНИМАНИЕ»). */
function isShouted(ctx: RuleContext, text: string): boolean {
  const letters = countLetters(text);
  return letters >= 7 || (letters >= 4 && ctx.isFamiliar(text.toLowerCase()));
}

/**
 * A press release's dateline: a place in capitals opening a paragraph, then a dash, a bracket or a date
 * ("ASTANA, 12 March —", «АСТАНА. 12 марта.», "ALMATY (Kazinform) –"), not "USAID, the agency". Five letters
 * or more: an abbreviation is mostly shorter.
 */
function isDateline(text: string, word: Word, letters: number): boolean {
  if (letters < 5) return false;
  const lineStart = text.lastIndexOf('\n', word.start - 1) + 1;
  return (
    /^\s*$/u.test(text.slice(lineStart, word.start)) &&
    DATELINE_AFTER.test(text.slice(word.end, word.end + DATELINE_LOOKAHEAD))
  );
}
const DATELINE_AFTER = /^\s*(?:[–—(-]|[,.]\s*(?:\d|\p{Lu}\p{Ll}+\.?\s+\d))/u;
const DATELINE_LOOKAHEAD = 24;

/** A short everyday word in capitals is emphasis: "Do NOT send originals", «Заполните ВСЕ поля». */
function isEmphasis(ctx: RuleContext, text: string): boolean {
  const letters = countLetters(text);
  return letters >= 2 && letters <= 3 && ctx.isEveryday?.(text.toLowerCase()) === true;
}

/**
 * The abbreviation in word `w` and the key it is known by, or undefined for a word that is none (lower case,
 * a Roman numeral, a code with digits, shouting) or one everyone knows.
 */
function abbreviationAt(
  ctx: RuleContext,
  known: ReadonlySet<string>,
  w: number,
): { abbreviation: string; key: string } | undefined {
  const word = ctx.doc.words[w];
  // Most words are lower case: skip them before any regular expression runs.
  if (!word || word.text === word.norm) return undefined;
  const abbreviation = head(word);
  const letters = countLetters(abbreviation);
  if (letters < 2 || !UPPER_WORD.test(abbreviation)) return undefined;
  if (isShouted(ctx, abbreviation) || isEmphasis(ctx, abbreviation)) return undefined;
  // A compound of words typed in capitals («ПРЕСС-РЕЛИЗ», "CROSS-BORDER") is measured whole, as one word; a short
  // part is an abbreviation's («ДКС-ГРАД», "NGO-RUN").
  const parts = word.text.split(/[-‐‑]/u);
  const capitalWords = parts.every((part) => UPPER_WORD.test(part) && countLetters(part) >= COMPOUND_PART);
  if (parts.length > 1 && capitalWords && isShouted(ctx, word.text)) return undefined;
  if (isDateline(ctx.doc.text, word, letters)) return undefined;
  if (isRomanNumeral(abbreviation)) return undefined;
  // A code with a number is a name, not words to spell out: flight MH370, asteroid DA14, an A320, form V5C,
  // and so is a number with its unit (5MB, 2KB); and so are the letters of a registration number, before a
  // year or more numbers («№ ЖТ-2024-01234567», «ЗТ-02-15»).
  if (/\p{N}/u.test(abbreviation)) return undefined;
  if (inFormatMask(ctx.doc.text, word)) return undefined;
  if (/^[-‐‑]\p{N}+(?:[-‐‑/]\p{N}|\p{N}{3})/u.test(word.text.slice(abbreviation.length))) return undefined;
  // …and the letters of a legal act's registration number, from «№» up to its number («№ ҚР ДСМ-264/2020»).
  if (inRegistrationNumber(ctx.doc.text, word.start, word.start + abbreviation.length)) return undefined;
  // So are the letters of a case reference with slashes ("reference HB/2024/08812") and a UK postcode's halves
  // ("Northfield NF1 2AB"), and a number plate's ("Vehicle Registration Mark: LK19 XPT").
  const start = word.start;
  if (/^\/\p{N}/u.test(ctx.doc.text.slice(start + abbreviation.length, start + abbreviation.length + 2)))
    return undefined;
  // …and the letters closing one after its numbers ("planning reference 24/01873/FUL").
  if (/\p{N}\/$/u.test(ctx.doc.text.slice(Math.max(0, start - 2), start))) return undefined;
  if (inPostcode(ctx.doc.text, start, word.end)) return undefined;
  // Looked up as read where reading kept the word's length, letter for letter (Kazakh typed without its
  // letters: «АКШ-тын» is АҚШ).
  const lower =
    word.norm.length === word.text.length
      ? word.norm.slice(0, abbreviation.length)
      : abbreviation.toLowerCase();
  // Words typed in capitals beside a shouted word are shouting too, not abbreviations; a short one only
  // if it is an everyday word («СПАСИБО ЗА ПОДДЕРЖКУ», "THANK YOU FOR…"), so "ЦОН" beside it still counts.
  if ((letters >= 4 || ctx.isFamiliar(lower)) && besideShouting(ctx, w)) return undefined;
  // Known abbreviations are listed in the main script: АҚШ covers AQŞ. A Latin one is also looked up as
  // written, since English ones (QR, SMS) read as Kazakh Latin would become other words (ҚР, СМС).
  const key = (ctx.otherScript?.isWritten(lower) ? ctx.otherScript.toMain(lower) : lower).toUpperCase();
  if (known.has(key) || known.has(abbreviation.toUpperCase())) return undefined;
  return { abbreviation, key };
}

/** Whether the capitals at `start`–`end` stand between «№» and the number it opens: «№ ҚР ДСМ-264/2020». */
function inRegistrationNumber(text: string, start: number, end: number): boolean {
  return (
    /№\s*(?:\p{Lu}+[\s‐‑-]+)*$/u.test(text.slice(Math.max(0, start - 40), start)) &&
    /^(?:[\s‐‑-]+\p{Lu}+)*[\s‐‑-]*\p{N}/u.test(text.slice(end, end + 40))
  );
}

/**
 * Whether the word is one letter repeated in a format mask of such runs joined by slashes, colons, dots or
 * hyphens: a date or a time to type ("DD/MM/YYYY", "MM/YY", "HH:MM"), not words to spell out.
 */
function inFormatMask(text: string, word: Word): boolean {
  if (!/^(\p{Lu})\1+$/u.test(word.text)) return false;
  let start = word.start;
  let end = word.end;
  while (start > 0 && /[\p{Lu}/:.-]/u.test(text[start - 1] ?? '')) start--;
  while (end < text.length && /[\p{Lu}/:.-]/u.test(text[end] ?? '')) end++;
  return FORMAT_MASK.test(text.slice(start, end).replace(/[.:]+$/u, ''));
}
const FORMAT_MASK = /^(?:(\p{Lu})\1+[/:.-])+(\p{Lu})\2+$/u;

/**
 * A UK postcode ("NF1 2AB", "SW1A 1AA", "M1 1AE") or a UK vehicle registration mark since 2001, two letters,
 * two digits and three letters ("LK19 XPT").
 */
const POSTCODE =
  /(?<![\p{L}\p{N}])(?:\p{Lu}{1,2}\p{N}[\p{Lu}\p{N}]? \p{N}\p{Lu}{2}|\p{Lu}{2}\p{N}{2} \p{Lu}{3})(?![\p{L}\p{N}])/gu;

/** Whether `start`…`end` is inside a UK postcode or registration mark. */
function inPostcode(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 6);
  for (const match of text.slice(from, end + 6).matchAll(POSTCODE)) {
    const at = from + (match.index ?? 0);
    if (at <= start && at + match[0].length >= end) return true;
  }
  return false;
}

/** The sentences of the rule's paragraphs that are headings. */
function headingSentences(ctx: RuleContext): Set<number> {
  const sentences = new Set<number>();
  for (const p of ctx.paragraphs) {
    const paragraph = ctx.doc.paragraphs[p];
    if (paragraph?.kind !== 'heading') continue;
    for (let s = paragraph.firstSentence; s < paragraph.endSentence; s++) sentences.add(s);
  }
  return sentences;
}

/**
 * An abbreviation must be spelled out at its first use: «центр обслуживания населения (ЦОН)» or
 * "PSC (Public Service Centre)". Only the first undefined use is reported; well-known ones are listed in data.
 * An undefined first use waits: in a heading, for the first use in the text under it («Как записаться в ЦОН»
 * above «В ЦОН — центр обслуживания населения — …»); in the text, for the next sentence ("The amount is set in
 * MCI. MCI means monthly calculation index."). It is reported if that use does not define it either.
 */
function undefinedAbbreviations(rule: BuiltinRule, ctx: RuleContext) {
  const known = new Set((rule.words ?? []).map((w) => w.toUpperCase()));
  const definitionWords = new Set(rule.definitionWords);
  const headings = headingSentences(ctx);
  const { doc } = ctx;
  const seen = new Set<string>();
  // Undefined first uses, and the last sentence whose use may still define them (undefined: any later one).
  const waiting = new Map<string, { start: number; end: number; until: number | undefined }>();
  const fullNames = Object.entries(rule.fullNames ?? {});
  const { unlistedMessage } = rule;
  const report = (key: string, use: { start: number; end: number }) =>
    unlistedMessage && !fullNames.some(([a]) => a === key)
      ? reportFinding(ctx, { ...rule, message: unlistedMessage }, use.start, use.end)
      : reportFinding(ctx, rule, use.start, use.end, [], {
          example: spelledOutExample(ctx, fullNames, key, use.start, use.end),
        });
  forEachSentence(ctx, (sentence, index) => {
    for (const [key, use] of waiting)
      if (use.until !== undefined && use.until < index) {
        waiting.delete(key);
        report(key, use);
      }
    const inHeading = headings.has(index);
    for (let w = sentence.firstWord; w < sentence.endWord; w++) {
      const found = abbreviationAt(ctx, known, w);
      if (!found) continue;
      const { abbreviation, key } = found;
      const defined = () => isDefinedHere({ doc, sentence, w, abbreviation, definitionWords });
      if (seen.has(key)) {
        const first = waiting.get(key);
        if (!first || inHeading) continue;
        waiting.delete(key);
        if (!defined()) report(key, first);
        continue;
      }
      seen.add(key);
      if (defined()) continue;
      const start = doc.words[w]?.start ?? 0;
      waiting.set(key, { start, end: start + abbreviation.length, until: inHeading ? undefined : index + 1 });
    }
  });
  for (const [key, use] of waiting) report(key, use);
}

/**
 * How to spell the abbreviation out: its full name and itself in brackets («Республика Казахстан (РК)»), or
 * the rule's first full name as an example for one it does not list. In the abbreviation's script (Latin
 * Kazakh too); an example for an unlisted one is in its sentence's, since a foreign abbreviation («GRE») in a
 * Cyrillic sentence is no sign of a Latin Kazakh text.
 */
function spelledOutExample(
  ctx: RuleContext,
  fullNames: readonly [abbreviation: string, name: string][],
  key: string,
  start: number,
  end: number,
): string {
  const listed = fullNames.find(([a]) => a === key);
  const [abbreviation, name] = listed ?? fullNames[0] ?? ['', ''];
  const example = `${name} (${abbreviation})`;
  if (!ctx.otherScript) return example;
  const sentence = listed ? undefined : sentenceAt(ctx.doc, start);
  const sample = ctx.doc.text.slice(sentence?.start ?? start, sentence?.end ?? end);
  return ctx.otherScript.spellLike(example, sample);
}

/**
 * Whether `w` stands in a run of words in capitals that holds a capitalised ordinary word, or two short everyday
 * words: then `w` is part of a shouted phrase ("THANK YOU FOR STANDING UP TO THE MOB", a heading "HOW TO APPLY").
 */
function besideShouting(ctx: RuleContext, w: number): boolean {
  const words = ctx.doc.words;
  const shouted = (n: Word) => countLetters(n.text) >= 4 && isShouted(ctx, n.text);
  const everyday = (n: Word) => countLetters(n.text) >= 2 && ctx.isFamiliar(n.norm);
  const self = words[w];
  let everydayWords = self && everyday(self) ? 1 : 0;
  for (const step of [-1, 1]) {
    for (let i = w + step; ; i += step) {
      const n = words[i];
      const between = words[step < 0 ? i + 1 : i - 1];
      if (
        !n ||
        !between ||
        !UPPER_WORD.test(n.text) ||
        !nearby(ctx, step < 0 ? n : between, step < 0 ? between : n)
      )
        break;
      if (shouted(n)) return true;
      if (everyday(n) && ++everydayWords >= 2) return true;
    }
  }
  return false;
}

/** Whether only spaces or light punctuation (a comma, a dash) stand between two words of one phrase. */
function nearby(ctx: RuleContext, left: Word, right: Word): boolean {
  return /^[\s,–—-]*$/u.test(ctx.doc.text.slice(left.end, right.start));
}

/** What may stand between a number and the words around it in a run of capitals: a currency sign, a percent sign. */
const AMOUNT_GAP = /^[\s,–—-]*[£$€₸₽%]?[\s–—-]*$/u;

/**
 * A word alone in brackets after its words is an abbreviation being defined, however long: «…шарт ұйымы
 * (ЯСЖТСШҰ)», not shouting.
 */
function inParentheses(ctx: RuleContext, word: Word): boolean {
  const { text } = ctx.doc;
  return (
    /\(\s*$/u.test(text.slice(Math.max(0, word.start - 2), word.start)) &&
    /^\s*\)/u.test(text.slice(word.end, word.end + 2))
  );
}

/**
 * Whether an act's formula word or a document's label stands as its form sets it: before a colon
 * («ПРИКАЗЫВАЮ:», «Акимат ПОСТАНОВЛЯЕТ:»), on a line of its own, a number or a full stop after it aside
 * («ПРИКАЗ № 12», "PRESS RELEASE", "## NOTICE"), or opening or closing a title line, which has no final
 * punctuation («ПОСТАНОВЛЕНИЕ акимата города Астаны», «Астана қаласы әкімдігінің ҚАУЛЫСЫ»).
 */
function setAsFormula(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const found = text.indexOf('\n', end);
  const lineEnd = found < 0 ? text.length : found;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  if (/^\s*:/u.test(after)) return true;
  const opens = /^[\s#*]*$/u.test(before);
  const closes = /^[\s.*]*(?:№.*)?$/u.test(after);
  if (opens && closes) return true;
  const titleLine = !/[.!?…;,]\s*$/u.test(text.slice(lineStart, lineEnd));
  return titleLine && (opens || closes);
}

/**
 * Words typed in capitals for emphasis: harder to read and feel like shouting. A shouted run of words («С 1
 * ИЮЛЯ МЕНЯЕТСЯ ПОРЯДОК», "HOW TO APPLY") is one finding over the whole run, short words and numbers in it
 * included, not one a word.
 */
function allCaps(rule: BuiltinRule, ctx: RuleContext) {
  const known = new Set((rule.words ?? []).map((w) => w.toUpperCase()));
  const formulas = new Set((rule.formulas ?? []).map((w) => w.toUpperCase()));
  const keyword = rule.keywordAfter === undefined ? undefined : new RegExp(rule.keywordAfter, 'iu');
  const { doc } = ctx;
  const capital = (w: number) => {
    const word = doc.words[w];
    return word !== undefined && word.text !== word.norm && UPPER_WORD.test(word.text);
  };
  // A heading runs on past a compound in capitals ("AUCTION OF COUNCIL-OWNED LAND") and a colon ("PUBLIC
  // WARNING: SCAM CALLS"): one line, one finding. A compound alone is no shouting (a code, "COVID-19").
  const inRun = (w: number) => {
    const word = doc.words[w];
    return capital(w) || word?.text.split(/[-‐‑]/u).every((part) => UPPER_WORD.test(part)) === true;
  };
  const joined = (left: number, right: number) => {
    const a = doc.words[left];
    const b = doc.words[right];
    return a !== undefined && b !== undefined && /^[\s,:–—-]*$/u.test(doc.text.slice(a.end, b.start));
  };
  // A number or an amount inside a run of capitals is part of it ("A PENALTY CHARGE OF £70 IS NOW PAYABLE",
  // «С 1 ИЮЛЯ МЕНЯЕТСЯ»): the run goes on past up to two of them to the next word in capitals.
  const numeric = (w: number) => /^\p{N}[\p{N}.,]*$/u.test(doc.words[w]?.text ?? '');
  const amountJoined = (left: number, right: number) => {
    const a = doc.words[left];
    const b = doc.words[right];
    return a !== undefined && b !== undefined && AMOUNT_GAP.test(doc.text.slice(a.end, b.start));
  };
  /** The next word of the run from `from` in direction `step`, past numbers, or undefined where it ends. */
  const nextInRun = (from: number, step: 1 | -1, sentence: { firstWord: number; endWord: number }) => {
    const inside = (w: number) => w >= sentence.firstWord && w < sentence.endWord;
    const next = from + step;
    if (inside(next) && inRun(next) && joined(Math.min(from, next), Math.max(from, next))) return next;
    for (let w = next, count = 0; inside(w) && numeric(w) && count < 2; w += step, count++) {
      const [left, right] = step === 1 ? [w - 1, w] : [w, w + 1];
      if (!amountJoined(left, right)) return undefined;
      const beyond = w + step;
      const [l, r] = step === 1 ? [w, beyond] : [beyond, w];
      if (inside(beyond) && capital(beyond) && amountJoined(l, r)) return beyond;
    }
    return undefined;
  };
  forEachSentence(ctx, (sentence) => {
    for (let w = sentence.firstWord; w < sentence.endWord; w++) {
      const word = doc.words[w];
      if (!word || !capital(w) || known.has(word.text.toUpperCase())) continue;
      if (inParentheses(ctx, word) || inCode(doc.text, word)) continue;
      const emphasis = isEmphasis(ctx, word.text);
      if (countLetters(word.text) < 4 && !emphasis) continue;
      if (!emphasis && !isShouted(ctx, word.text) && !besideShouting(ctx, w)) continue;
      let first = w;
      for (
        let before = nextInRun(first, -1, sentence);
        before !== undefined;
        before = nextInRun(first, -1, sentence)
      )
        first = before;
      let last = w;
      for (
        let after = nextInRun(last, 1, sentence);
        after !== undefined;
        after = nextInRun(last, 1, sentence)
      )
        last = after;
      let start = doc.words[first]?.start ?? word.start;
      const end = doc.words[last]?.end ?? word.end;
      // A formula line before a colon ("PRESS RELEASE: NEW HOMES") keeps its form: the run starts after it.
      const colon = doc.text.slice(start, end).indexOf(':');
      if (
        colon >= 0 &&
        formulas.has(
          doc.text
            .slice(start, start + colon)
            .replace(/\s+/gu, ' ')
            .toUpperCase(),
        )
      )
        start += colon + 1 + (/^\s*/u.exec(doc.text.slice(start + colon + 1))?.[0].length ?? 0);
      const run = doc.text.slice(start, end);
      if (first === last && keyword && isKeyword(doc, first, keyword)) {
        w = last;
        continue;
      }
      // A listed phrase in capitals, a formula the law writes so («ҚАУЛЫ ЕТЕДІ»), is no shouting anywhere; an
      // act's formula word or a label is none where the document's form sets it.
      const phrase = run.replace(/\s+/gu, ' ').toUpperCase();
      if (!known.has(phrase) && !(formulas.has(phrase) && setAsFormula(doc.text, start, end)))
        reportFinding(ctx, rule, start, end);
      w = last;
    }
  });
}

/**
 * Whether a word in capitals is part of a reference code, glued by a slash or to a number: the outline
 * application "25/00312/OUT", "REF/2025", "PC-123-ABC".
 */
function inCode(text: string, word: Word): boolean {
  return (
    /[/\\\p{N}]$|\p{N}[-_]$/u.test(text.slice(Math.max(0, word.start - 2), word.start)) ||
    /^[/\\\p{N}]|^[-_]\p{N}/u.test(text.slice(word.end, word.end + 2))
  );
}

/** Whether the word before word `w`, with only spaces and quotes between, matches `keyword` (see `keywordAfter`). */
function isKeyword(doc: RuleContext['doc'], w: number, keyword: RegExp): boolean {
  const word = doc.words[w];
  const before = doc.words[w - 1];
  if (!word || !before) return false;
  return /^[\s"'“”‘’«»]*$/u.test(doc.text.slice(before.end, word.start)) && keyword.test(before.norm);
}

/** «Кaзахстан» with a Latin «a»: looks right, but search, screen readers and spell checkers fail on it. */
function mixedScript(rule: BuiltinRule, ctx: RuleContext) {
  const { doc } = ctx;
  forEachSentence(ctx, (sentence) => {
    for (let w = sentence.firstWord; w < sentence.endWord; w++) {
      const word = doc.words[w];
      if (!word || !mayMixScripts(word.text)) continue;
      // "SMS-хабарлама", "IT-специалист": each part in one script is fine.
      if (!hasMixedPart(word.text)) continue;
      const fixed = inOneScript(word.text);
      reportFinding(ctx, rule, word.start, word.end, fixed === undefined ? [] : [fixed]);
    }
  });
}

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * «кужат» for «құжат», «ozgeris» for «özgeris»: a word typed without the language's own letters, which the pack
 * read with them put back as a word its lists know (offered in the script it was typed in). A capitalised word
 * inside a sentence is left alone: a name the lists happen to read as a word (Битти).
 */
function lostLetters(rule: BuiltinRule, ctx: RuleContext) {
  if (!rule.letters) return;
  const own = new RegExp(`[${rule.letters}]`, 'iu');
  const { doc } = ctx;
  forEachSentence(ctx, (sentence) => {
    // A Latin word in a sentence of Cyrillic words is a foreign one («UK», «twp»), not Kazakh typed without marks;
    // the sentence is read for Cyrillic only when such a word comes.
    let cyrillic: boolean | undefined;
    const inCyrillic = () => {
      cyrillic ??= CYRILLIC.test(doc.text.slice(sentence.start, sentence.end));
      return cyrillic;
    };
    for (let w = sentence.firstWord; w < sentence.endWord; w++) {
      const word = doc.words[w];
      if (!word || !own.test(word.norm) || own.test(word.text)) continue;
      if (w > sentence.firstWord && isCapitalised(word.text)) continue;
      if (LATIN.test(word.text) && inCyrillic()) continue;
      // A reading guessed by harmony alone is good enough to read suffixes by, not to offer.
      if (!ctx.isKnownReading?.(word.norm)) continue;
      const typed = normalizeWord(word.text);
      const asTyped = LATIN.test(typed) ? ctx.otherScript?.toMain(typed) : typed;
      if (asTyped === undefined || asTyped === word.norm) continue;
      const offered = abbreviationAware(word.text, word.norm);
      if (offered) reportFinding(ctx, rule, word.start, word.end, [offered]);
    }
  });
}

/**
 * The reading to offer for a word as typed, part by part: an abbreviation (two to four capitals) keeps its
 * capitals with its letters put back («АКШ-пен» → «АҚШ-пен»), and the ending after it stays as typed, since its
 * vowels follow how the abbreviation is said, which its letters do not tell («ЕО-дан» is offered nothing, not
 * «ЕО-дән»). A longer word in capitals is a word stressed («КУЖАТТАРДЫ» → «ҚҰЖАТТАРДЫ»).
 */
function abbreviationAware(typed: string, norm: string): string | undefined {
  const typedParts = typed.split('-');
  const normParts = norm.split('-');
  const abbreviation = (part: string) => /^\p{Lu}{2,4}$/u.test(part);
  if (typedParts.length !== normParts.length || !typedParts.some(abbreviation)) return inCaseOf(typed, norm);
  let changed = false;
  const parts = typedParts.map((part, i) => {
    const read = normParts[i] ?? '';
    if (abbreviation(part)) {
      changed ||= read.toUpperCase() !== part;
      return read.toUpperCase();
    }
    return read === part.toLowerCase() ? part : undefined;
  });
  return changed && parts.every((part) => part !== undefined) ? parts.join('-') : undefined;
}

/** `norm` in the case `typed` is written in: all capitals, a capital first, or lower case. */
function inCaseOf(typed: string, norm: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return norm.toUpperCase();
  if (/^\p{Lu}/u.test(typed)) return norm.charAt(0).toUpperCase() + norm.slice(1);
  return norm;
}

/** A word written with a capital and then lower case: "Mau", «Роа» (not "THE", not "the"). */
function isCapitalised(text: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text);
}

/** «в в», "the the": a word typed twice. */
function repeatedWords(rule: BuiltinRule, ctx: RuleContext) {
  const allowed = new Set((rule.words ?? []).map((w) => w.toLowerCase()));
  const notReduplicated = rule.reduplicationExcept
    ? new Set(rule.reduplicationExcept.map((w) => w.toLowerCase()))
    : undefined;
  const notReduplicatedPattern = rule.reduplicationExceptPattern
    ? new RegExp(rule.reduplicationExceptPattern, 'u')
    : undefined;
  const reduplicates = rule.reduplicates ? new RegExp(rule.reduplicates, 'u') : undefined;
  const doubledAfter = new Map(
    Object.entries(rule.doubledAfter ?? {}).map(([word, before]) => [word, new RegExp(before, 'iu')]),
  );
  const attribute = rule.attributeBeforeHead && {
    word: new RegExp(rule.attributeBeforeHead.word, 'u'),
    head: new RegExp(rule.attributeBeforeHead.head, 'u'),
  };
  const { doc } = ctx;
  forEachSentence(ctx, (sentence) => {
    for (let w = sentence.firstWord + 1; w < sentence.endWord; w++) {
      const previous = doc.words[w - 1];
      const word = doc.words[w];
      if (!previous || !word || !isLexical(word) || previous.norm !== word.norm) continue;
      if (allowed.has(word.norm) || !adjacent(doc, previous, word)) continue;
      const next = w + 1 < sentence.endWord ? doc.words[w + 1] : undefined;
      if (
        attribute?.word.test(word.norm) &&
        next &&
        adjacent(doc, word, next) &&
        attribute.head.test(next.norm)
      )
        continue;
      const before = doubledAfter.get(word.norm);
      if (before && neighbourMatches(doc, w - 1, -1, sentence.firstWord, sentence.endWord, before)) continue;
      // A capital letter after the same letter in lower case is an initial: «Саврасова и И. И. Шишкина».
      if (word.text.length === 1 && word.text !== previous.text && /\p{Lu}/u.test(word.text)) continue;
      // A doubled name inside a sentence is the name itself: "the Mau Mau rebellion", «отель Роа Роа».
      if (w - 1 > sentence.firstWord && isCapitalised(previous.text) && isCapitalised(word.text)) continue;
      // In Russian or Kazakh, a capitalised Latin word is a foreign name even first in a sentence: «Roa Roa
      // қонақ үйінде…» (a typo doubles the word, not its capital: «Ол ол»).
      if (
        ctx.language !== 'en' &&
        isCapitalised(previous.text) &&
        isCapitalised(word.text) &&
        LATIN.test(word.text.charAt(0))
      )
        continue;
      const reduplication =
        notReduplicated && !notReduplicated.has(word.norm) && !notReduplicatedPattern?.test(word.norm);
      const suggestions = !reduplication
        ? [previous.text]
        : !reduplicates || reduplicates.test(word.norm)
          ? [`${previous.text}-${word.text}`, previous.text]
          : [];
      reportFinding(ctx, rule, previous.start, word.end, suggestions);
    }
  });
}

/** Runs a built-in check. */
export function runBuiltinRule(rule: BuiltinRule, ctx: RuleContext): void {
  switch (rule.check) {
    case 'undefined-abbreviation':
      undefinedAbbreviations(rule, ctx);
      return;
    case 'all-caps':
      allCaps(rule, ctx);
      return;
    case 'mixed-script':
      mixedScript(rule, ctx);
      return;
    case 'repeated-word':
      repeatedWords(rule, ctx);
      return;
    case 'lost-letters':
      lostLetters(rule, ctx);
      return;
    case 'doubled-number':
      doubledNumbers(rule, ctx);
      return;
    case 'nominal-chain':
      forEachSentence(ctx, (sentence) => {
        for (const [first, last] of nominalChains(ctx.doc, sentence, ctx.language, ctx.terms)) {
          // A chain inside the name an abbreviation in brackets after it spells out is that name's wording
          // («свидетельство о безопасности конструкции транспортного средства (СБКТС)»).
          if (inSpelledOutName(ctx.doc, sentence.firstWord, sentence.endWord, first)) continue;
          const from = ctx.doc.words[first];
          const to = ctx.doc.words[last];
          if (from && to) reportFinding(ctx, rule, from.start, to.end);
        }
      });
  }
}
