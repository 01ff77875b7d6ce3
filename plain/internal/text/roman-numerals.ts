/**
 * Roman numerals: centuries, chapters and monarchs («ХХІ ғасыр», «XXI век», «глава IV», "World War II"). They
 * are numbers, not words or abbreviations: a reader does not decode "XXI" letter by letter, and it needs no
 * spelling out. Only I, V and X are taken (1–39, as in "XXXIX"), since numerals with L, C, D or M read as
 * acronyms far more often (CD, DC, CV, MD); Cyrillic І and Х stand in for their Latin twins, as typed in
 * Kazakh and Russian text. A single letter is not taken: "I" is a pronoun, "X" a name.
 */
const ROMAN = /^X{0,3}(?:IX|IV|VI{0,3}|I{1,3})?$/u;
const FIRST_LETTERS = new Set(['I', 'V', 'X', 'І', 'Х']);

/** Whether `text` is a Roman numeral of at least two letters. */
export function isRomanNumeral(text: string): boolean {
  if (text.length < 2 || !FIRST_LETTERS.has(text[0] ?? '')) return false;
  return ROMAN.test(text.replace(/І/gu, 'I').replace(/Х/gu, 'X'));
}

/** The Roman numeral a word starts with before a hyphen («ХХ-ғасыр», "XX-го»), or '' if it has none. */
export function romanNumeralHead(text: string): string {
  if (!FIRST_LETTERS.has(text[0] ?? '')) return '';
  const head = text.split(/[-‐]/u)[0] ?? '';
  return isRomanNumeral(head) ? head : '';
}
