import type { Document, Sentence, Word } from '../text/document.ts';

/** An abbreviation at word `w` of a sentence, and the words of its pack's definition idiom. */
export interface AbbreviationUse {
  doc: Document;
  sentence: Sentence;
  w: number;
  abbreviation: string;
  definitionWords: ReadonlySet<string>;
}

/**
 * Where an abbreviation is spelled out at its first use. Three shapes, after the ones Schwartz & Hearst (2003)
 * found in running text: the full name, then the abbreviation in brackets («центр обслуживания населения
 * (ЦОН)», with the legal idiom «(далее – ЦОН)»); the abbreviation, then its full name («ЦОН (центр …)»,
 * «ЦОН – центр …», «ЦОН, то есть центр …», "STEM subjects (science, technology, …)"); and the full name, then
 * "or" and the abbreviation ("a personal online data store, or POD"). Where the full name is not in brackets right beside
 * it, its words must spell the abbreviation out.
 */
export function isDefinedHere(use: AbbreviationUse): boolean {
  const { doc, w, definitionWords } = use;
  const word = doc.words[w];
  if (!word) return false;
  return (
    /^\s*[(—–-]\s*\p{L}/u.test(doc.text.slice(word.end, word.end + 4)) ||
    definedInBrackets(doc.text, word, definitionWords) ||
    spelledOutInBracketsAfter(use) ||
    spelledOutBefore(use) ||
    spelledOutAfter(use)
  );
}

/** How far a definition's brackets may reach on either side of the abbreviation, in characters. */
const BRACKET_REACH = 60;

/**
 * Whether the abbreviation stands in brackets after its full name, alone («(ЦОН)») or with only words of
 * the definition idiom, dashes, quotes and the other abbreviations of a name in two beside it: «(далее – ЦОН)»,
 * «(бұдан әрі – «ХҚКО»)», "(the “PSC”)", «(далее – МЗ РК)», «(КоАП РК)». Any other word inside («(see PSC)») makes it a use,
 * not a definition.
 */
function definedInBrackets(text: string, word: Word, definitionWords: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, word.start - BRACKET_REACH), word.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.includes(')', open)) return false;
  const after = text.slice(word.end, word.end + BRACKET_REACH);
  const close = after.indexOf(')');
  if (close < 0 || after.lastIndexOf('(', close) >= 0) return false;
  // One Russian adjective in the nominative may qualify it, part of the name: «правовых актов (открытые НПА)».
  const inside = before.slice(open + 1).replace(/^\s*[а-яё]+(?:ые|ый|ий|ой|ая|яя|ое|ее|ие)\s+$/u, '');
  const beside = `${inside} ${after.slice(0, close)}`;
  return (beside.match(/\p{L}+/gu) ?? []).every(
    (w) => definitionWords.has(w.toLowerCase()) || ABBREVIATION.test(w),
  );
}

/** An abbreviation: a capital first and another after, lower-case letters between too («МЗ», «КоАП»). */
const ABBREVIATION = /^\p{Lu}\p{Ll}*\p{Lu}\p{L}*$/u;

/** Words that may stand between an abbreviation and the bracket that spells it out ("STEM subjects (…)"). */
const WORDS_BEFORE_BRACKET = 2;

/** "STEM subjects (science, technology, engineering and maths)": a bracket soon after spells it out. */
function spelledOutInBracketsAfter({ doc, sentence, w, abbreviation }: AbbreviationUse): boolean {
  for (let n = w + 1; n < sentence.endWord && n <= w + WORDS_BEFORE_BRACKET + 1; n++) {
    const next = doc.words[n];
    const previous = doc.words[n - 1];
    if (!next || !previous) return false;
    const gap = doc.text.slice(previous.end, next.start);
    if (/^\s*\(\s*$/u.test(gap)) {
      const inside: Word[] = [];
      for (let i = n; i < sentence.endWord; i++) {
        const inner = doc.words[i];
        if (!inner || doc.text.slice(doc.words[i - 1]?.end ?? 0, inner.start).includes(')')) break;
        inside.push(inner);
      }
      return spellsOut(inside, abbreviation);
    }
    if (!/^\s+$/u.test(gap)) return false;
  }
  return false;
}

/** How many more words than letters a full name may have (prepositions and conjunctions between). */
const EXTRA_WORDS = 3;

/** How many linking words («или», «яғни», "that is the") may stand between an abbreviation and its full name. */
const LINKING_WORDS = 3;

/**
 * The index of the first word past the linking words next to the abbreviation at `w`, walking `step` (−1
 * before it, +1 after it), or undefined when nothing links them: a linking word, or a comma, colon or dash ("PSC,
 * a Public Service Centre", "IIN: your individual identification number"); an article alone does not. Between
 * them only spaces, commas, colons and dashes.
 */
function pastLinkingWords(use: AbbreviationUse, step: -1 | 1): number | undefined {
  const { doc, sentence, w, definitionWords } = use;
  const gap = (a: number, b: number) => {
    const [left, right] = a < b ? [doc.words[a], doc.words[b]] : [doc.words[b], doc.words[a]];
    return left && right ? doc.text.slice(left.end, right.start) : '';
  };
  let n = w + step;
  let linked = false;
  for (; n >= sentence.firstWord && n < sentence.endWord && Math.abs(n - w) <= LINKING_WORDS; n += step) {
    const between = gap(n - step, n);
    if (!/^[\s,:—–-]*$/u.test(between)) break;
    linked ||= /[,:—–-]/u.test(between);
    const linking = doc.words[n];
    if (!linking || !(definitionWords.has(linking.norm) || ARTICLES.has(linking.norm))) break;
    linked ||= !ARTICLES.has(linking.norm);
  }
  return linked ? n : undefined;
}
// Articles and possessives that may open a full name ("a Public Service Centre", "your individual
// identification number", «ваш индивидуальный идентификационный номер»): they link nothing alone.
const ARTICLES = new Set(
  'a an the your our their its ваш ваша ваше ваши вашего вашей вашим наш наша наше наши сіздің біздің'.split(
    ' ',
  ),
);

/**
 * "a personal online data store, or POD", «местные исполнительные органы, или МИО»: right before the
 * abbreviation stand linking words ("or", «или», «немесе», an article) and before them words that spell it out.
 */
function spelledOutBefore(use: AbbreviationUse): boolean {
  const { doc, sentence, abbreviation } = use;
  const end = pastLinkingWords(use, -1);
  if (end === undefined || end < sentence.firstWord) return false;
  const letters = [...abbreviation].length;
  const before = doc.words.slice(Math.max(sentence.firstWord, end + 1 - letters - EXTRA_WORDS), end + 1);
  // The full name may start anywhere in reach: try the nearest start first.
  for (let start = before.length - letters; start >= 0; start--)
    if (spellsOut(before.slice(start), abbreviation)) return true;
  return false;
}

/**
 * «ХҚКО-ға, яғни халыққа қызмет көрсету орталығына, …», «ЦОН, то есть центр обслуживания населения»: after
 * the abbreviation linking words («яғни», «то есть», "that is the"), then words that spell it out.
 */
function spelledOutAfter(use: AbbreviationUse): boolean {
  const { doc, sentence, abbreviation } = use;
  const start = pastLinkingWords(use, 1);
  if (start === undefined) return false;
  const letters = [...abbreviation].length;
  return spellsOut(
    doc.words.slice(start, Math.min(sentence.endWord, start + letters + EXTRA_WORDS)),
    abbreviation,
  );
}

/**
 * Whether words spell an abbreviation out: its first letter begins the first word, and its other letters
 * begin later words in order (words between them are prepositions and conjunctions: «Организация по
 * безопасности и сотрудничеству в Европе», ОБСЕ).
 */
export function spellsOut(words: readonly Word[], abbreviation: string): boolean {
  // A lower-case head clipped from the first word, then capitals for the rest: «спецЦОН» is «специализированный
  // центр обслуживания населения».
  const clipped = /^(\p{Ll}{2,})(\p{Lu}{2,})$/u.exec(abbreviation);
  if (clipped?.[1] && clipped[2])
    return words[0]?.norm.startsWith(clipped[1]) === true && spellsOut(words.slice(1), clipped[2]);
  const letters = [...abbreviation.toLowerCase()];
  if (letters.length < 2 || words[0]?.norm[0] !== letters[0]) return false;
  let next = 1;
  for (let i = 1; i < words.length && next < letters.length; i++)
    if (words[i]?.norm[0] === letters[next]) next++;
  return next === letters.length;
}

/** How many words an abbreviation's spelled-out name may have besides one for each letter ("of", "and"). */
const EXTRA_NAME_WORDS = 2;

/** How many words after the measured one the brackets may stand. */
const ABBREVIATION_REACH = 6;

/**
 * Whether word `at` is one of the words that spell out an abbreviation in brackets right after them: "a faecal
 * immunochemical test (FIT)", "mandatory reconsideration (MR)", «электронный паспорт транспортного средства
 * (ЭПТС)». They are the abbreviation's name, which the writer cannot put in other words.
 */
export function inSpelledOutName(doc: Document, firstWord: number, endWord: number, at: number): boolean {
  const words = doc.words;
  for (let last = at; last < endWord; last++) {
    const word = words[last];
    if (!word) return false;
    const bracket = /^\s*\(((?:\p{Ll}{2,})?\p{Lu}{2,})\)/u.exec(doc.text.slice(word.end, word.end + 16));
    if (bracket?.[1]) {
      const abbreviation = bracket[1];
      const from = Math.max(firstWord, last - abbreviation.length - EXTRA_NAME_WORDS + 1);
      for (let first = from; first <= at; first++)
        if (spellsOut(words.slice(first, last + 1), abbreviation)) return true;
      return false;
    }
    // The name's words stand together: a comma or a bracket before the abbreviation ends them.
    if (/^\s*[^\s\p{L}\p{N}'’-]/u.test(doc.text.slice(word.end, word.end + 2))) return false;
    if (last - at >= ABBREVIATION_REACH) return false;
  }
  return false;
}
