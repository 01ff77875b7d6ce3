/**
 * Numbers written with letters. A reader takes them in at a glance, as digits, so they are not words to
 * decode or abbreviations to spell out:
 * - Roman numerals: centuries, chapters and monarchs («ХХІ ғасыр», «XXI век», «глава IV», "World War II").
 *   Only I, V and X are taken (2 to 39, as in "XXXIX"), since numerals with L, C, D or M read as acronyms far
 *   more often (CD, DC, CV, MD); Cyrillic І and Х stand in for their Latin twins, as typed in Kazakh and Russian
 *   text. A single letter is not taken: "I" is a pronoun, "X" a name.
 * - Digits with a grammatical ending: ordinals, cases and plurals ("20th", "1990s", «5-го», «1990-х», «8-ші»,
 *   «20-дан», «5%-ға»). The ending is a closed set; a word after the hyphen ("20-year", «2-сынып») is not one.
 */
const ROMAN = /^X{0,3}(?:IX|IV|VI{0,3}|I{1,3})?$/u;

/** Whether a word starts with I, V, X or Cyrillic І, Х: checked by code, as every word passes here. */
function startsRoman(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 73 || c === 86 || c === 88 || c === 0x0406 || c === 0x0425;
}

/** Whether `text` is a Roman numeral of at least two letters. */
export function isRomanNumeral(text: string): boolean {
  if (text.length < 2 || !startsRoman(text)) return false;
  return ROMAN.test(text.replace(/І/gu, 'I').replace(/Х/gu, 'X'));
}

/** The Roman numeral a word starts with before a hyphen («ХХ-ғасыр»), or '' if it has none. */
export function romanNumeralHead(text: string): string {
  if (!startsRoman(text)) return '';
  const head = text.split(/[-‐‑]/u)[0] ?? '';
  return isRomanNumeral(head) ? head : '';
}

const NUMBER_WITH_ENDING = /^\p{N}+(?:[.,]\p{N}+)?%?([-‐‑])?([’']?\p{L}+)$/u;
// English ordinals and decades, written without a hyphen ("20th", "1990s", "1990's").
const ENGLISH_ENDING = /^(?:st|nd|rd|th|s|[’']s|am|pm)$/u;
// Russian ordinal and case endings («5-го», «3-й», «1990-х», «10-ти») and Kazakh ordinal, case and possessive
// ones («8-ші», «20-дан», «5-інде», «3-ыншы»): one to three letters, or a known longer Kazakh one.
const CYRILLIC_ENDING =
  /^(?:[а-яёәғқңөұүһі]{1,3}|(?:ын|ін)(?:шы|ші|ың|ің|да|де|нан|нен|а|е)|дағы|дегі|тағы|тегі|ндағы|ндегі)$/u;
// The Kazakh endings in the 2021 Latin alphabet («20-dan», «8-şı»); other Latin words after a hyphen are words
// ("3-car", "5-day").
const KAZAKH_LATIN_ENDING =
  /^(?:ğa|ge|qa|ke|na|ne|a|e|da|de|ta|te|nda|nde|dan|den|tan|ten|nan|nen|dy|dı|ty|tı|ny|nı|y|ı|sy|sı|nyñ|nıñ|dyñ|dıñ|tyñ|tıñ|şy|şı|ynşy|ınşı)$/u;

/** Whether a word is digits with a grammatical ending ("20th", «5-го», «20-дан», «5%-ға»); `norm` is lower case. */
export function isNumberWithEnding(norm: string): boolean {
  const first = norm.charCodeAt(0);
  if (first < 48 || first > 57) return false;
  const match = NUMBER_WITH_ENDING.exec(norm);
  const ending = match?.[2];
  if (!match || !ending) return false;
  if (CYRILLIC_ENDING.test(ending)) return true;
  return match[1] ? KAZAKH_LATIN_ENDING.test(ending) : ENGLISH_ENDING.test(ending);
}

/** Whether a word is a number written with letters (see above): read as a number, not as a word. */
export function isNumeral(text: string, norm: string): boolean {
  return isRomanNumeral(text) || isNumberWithEnding(norm);
}
