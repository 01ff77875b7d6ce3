import { inOneScript, mayMixScripts } from './look-alikes.ts';

// Kazakh Latin is typed with many look-alike letters (older 2017/2018 alphabets, Turkish keyboards,
// combining marks). Each maps to the 2021 alphabet so rules and word lists see one spelling.
const LETTER_VARIANTS: Record<string, string> = {
  ŋ: 'ñ',
  ń: 'ñ',
  ǵ: 'ğ',
  ș: 'ş',
  ţ: 't',
  á: 'ä',
  ó: 'ö',
  ú: 'ü',
  ё: 'е',
};

const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'gu');
const COMBINING = /\p{M}/u;
// Typographic ligatures ("ﬁ", "ﬂ") come with text copied from PDFs: "ﬁgures" is the word "figures".
const LIGATURES = /[\uFB00-\uFB06]/gu;
// Invisible characters a word may carry from a web page or a word processor: the soft hyphen (a hyphenation
// hint), zero-width joiners and the word joiner. The reader sees one word without them.
// (An alternation, not a character class: a class with the zero-width joiner reads as a joined sequence.)
const INVISIBLE = /\u00AD|\u200C|\u200D|\u2060/gu;
// The hyphen and the non-breaking hyphen are the hyphen-minus the compound rules split on.
const HYPHENS = /[\u2010\u2011]/gu;
// The hyphen, line break and indentation inside a word hyphenated at a line end: the reader reads «рабо-⏎чих»
// as «рабочих». (A compound broken at its own hyphen loses that hyphen too; typeset text breaks far more
// words by hyphenation than at a compound's hyphen.)
const LINE_BREAK = /[-\u00AD]?\r?\n[ \t]*/gu;
// Superscript digits after a word are a footnote mark ("population¹") or a unit's power ("km²", «м³»).
const SUPERSCRIPTS = /(?<=\p{L})[\u00B2\u00B3\u00B9\u2070-\u2079]+$/u;
// Stress marks (an acute or grave over a vowel) in dictionaries and texts for learners: «молоко́» is «молоко».
const STRESS = /[\u0300\u0301]/gu;
const NEEDS_MORE = new RegExp(
  `[${Object.keys(LETTER_VARIANTS).join('')}’ʼ‘\`\\p{M}${LIGATURES.source.slice(1, -1)}${HYPHENS.source.slice(1, -1)}\u00B2\u00B3\u00B9\u2070-\u2079]|${INVISIBLE.source}`,
  'u',
);

const PLAIN = 0;
const MIXED = 1;
const OTHER = 2;

/**
 * Whether a lower-cased word has nothing to fold (PLAIN: ASCII other than the backtick, or Cyrillic letters
 * other than ё), mixes ASCII letters with such Cyrillic ones (MIXED), or has anything else (OTHER).
 * Checked code unit by code unit, it spares most words the Unicode-property patterns below.
 */
function foldKind(lower: string): number {
  let latin = false;
  let cyrillic = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x60) return OTHER;
      if (c >= 97 && c <= 122) latin = true;
    } else if (c < 0x0400 || c > 0x04ff || c === 0x0451 || (c >= 0x0483 && c <= 0x0489)) return OTHER;
    else cyrillic = true;
  }
  return latin && cyrillic ? MIXED : PLAIN;
}

/**
 * Normalises a word for matching: a word hyphenated across a line joined, NFC, lower case; stress marks,
 * invisible characters and a footnote's or power's superscript digits dropped; Latin ligatures spelled out,
 * Latin Kazakh letter variants, Russian ё → е, typographic apostrophes → ', hyphens → -. A word typed with
 * look-alike letters of the other script («Кaзахстан» with a Latin a, «iшiнде» with Latin i) is read as the
 * reader reads it, in one script; the mixed-script rule still reports it from the text as typed. The result
 * may differ in length from the input; offsets stay on the input.
 */
export function normalizeWord(typed: string): string {
  // A word hyphenated across a line is read joined, before anything looks at its letters.
  const word = typed.includes('\n') ? typed.replace(LINE_BREAK, '') : typed;
  let lower = word.toLowerCase();
  // Most words need nothing more than lower case.
  const kind = foldKind(lower);
  if (kind === PLAIN) return lower;
  if (kind === MIXED || mayMixScripts(word)) {
    const oneScript = inOneScript(word);
    if (oneScript !== undefined) lower = oneScript.toLowerCase();
  }
  if (!NEEDS_MORE.test(lower)) return lower;
  // Marks left after composing are stress marks over letters without an accented form of their own.
  if (COMBINING.test(lower)) lower = lower.normalize('NFC').replace(STRESS, '');
  return lower
    .replace(INVISIBLE, '')
    .replace(SUPERSCRIPTS, '')
    .replace(HYPHENS, '-')
    .replace(LIGATURES, (ligature) => ligature.normalize('NFKC'))
    .replace(VARIANT_PATTERN, (letter) => LETTER_VARIANTS[letter] ?? letter)
    .replace(/[’ʼ‘`]/gu, "'");
}

/** `word` with «ё» wherever `original`, a form of the same word, has it in the stem they share. */
export function withYo(word: string, original: string): string {
  if (!/[ёЁ]/u.test(original)) return word;
  const letters = [...word];
  const written = [...original.toLowerCase()];
  for (let i = 0; i < letters.length && i < written.length; i++) {
    // Only in the stem, which the letter after it shows: a stressed ending's «ё» is gone in the new form
    // («статьёй» → «статье», not «статьё»).
    if (
      letters[i] === 'е' &&
      written[i] === 'ё' &&
      letters[i + 1] !== undefined &&
      letters[i + 1] === written[i + 1]
    )
      letters[i] = 'ё';
    else if (letters[i] !== written[i]) break;
  }
  return letters.join('');
}
