// Letters that look the same in Cyrillic and Latin, the usual culprits of copy-paste and keyboard mix-ups:
// «Кaзахстан» with a Latin a, and Kazakh typed with the Latin i for і (older fonts and keyboard layouts
// lacked і, some sites still type ә and ө with the Latin ə and ɵ), so that «iшiнде» looks right but is a
// different string.
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  k: 'к',
  h: 'һ',
  ə: 'ә',
  ɵ: 'ө',
  Ə: 'Ә',
  Ɵ: 'Ө',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const HYPHEN = /([-‐‑])/u;

/**
 * Whether a word may mix scripts: false for the words that plainly cannot (only Latin, or only Cyrillic,
 * letters of the common blocks), decided code unit by code unit so that most words skip the script patterns.
 */
export function mayMixScripts(text: string): boolean {
  let latin = false;
  let cyrillic = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin = true;
    else if (c >= 0x0400 && c <= 0x052f) cyrillic = true;
    else if (c >= 0x80) return true;
  }
  return latin && cyrillic;
}

const mixes = (part: string) => CYRILLIC.test(part) && LATIN.test(part);

/** Whether a part of the word between hyphens mixes scripts ("SMS-хабарлама" does not: each part is one). */
export function hasMixedPart(text: string): boolean {
  return text.split(HYPHEN).some(mixes);
}

// A Latin word with a Kazakh or Russian case ending glued on («Googleке», «Telegramда», «iPhoneом»): the
// ending belongs after a hyphen («Google-ке»), not in Latin letters. Endings of two letters or more only, so
// that a look-alike typo such as «OOО» is not taken for one.
const GLUED_ENDING = /^(\p{Script=Latin}{2,})(\p{Script=Cyrillic}{2,5})$/u;
const ENDINGS = new Set(
  (
    'ға ге қа ке на не да де та те нда нде дан ден тан тен нан нен ның нің дың дің тың тің ны ні ды ді ты ті ' +
    'сы сі ын ін мен бен пен дағы дегі тағы тегі ндағы ндегі лар лер дар дер тар тер ом ов ам ами ах ой ей ем'
  ).split(' '),
);

/** A word with each Cyrillic look-alike letter in its Latin form. */
function toLatin(part: string): string {
  return [...part].map((c) => CYRILLIC_TO_LATIN[c] ?? c).join('');
}

/** Capital Roman numerals, the letters of the Latin script. */
const ROMAN_NUMERAL = /^[IVXLCDM]+$/u;

/**
 * The word with each mixed part written in its majority script through the look-alike letters («Кaзахстан»
 * → «Казахстан», «iшiнде» → «ішінде») or, for a Latin word with a case ending glued on, with the ending after
 * a hyphen («Googleке» → «Google-ке»); undefined when some part would still mix scripts after that.
 */
export function inOneScript(text: string): string | undefined {
  const parts = text.split(HYPHEN).map((part) => {
    if (!mixes(part)) return part;
    const glued = GLUED_ENDING.exec(part);
    if (glued && ENDINGS.has((glued[2] ?? '').toLowerCase())) return `${glued[1]}-${glued[2]}`;
    const letters = [...part];
    // A Roman numeral typed with Cyrillic look-alikes («ХIХ» with Cyrillic Х) is Latin whatever the count:
    // read as Cyrillic, its I would become the Kazakh and Ukrainian І.
    const asLatin = toLatin(part);
    if (ROMAN_NUMERAL.test(asLatin)) return asLatin;
    const cyrillic = letters.filter((c) => CYRILLIC.test(c)).length;
    const latin = letters.filter((c) => LATIN.test(c)).length;
    const map = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
    return letters.map((c) => map[c] ?? c).join('');
  });
  // A range of Roman numerals («Х-ХI вв.») is Latin throughout, its all-Cyrillic half too.
  const romanRange = parts.some((part) => ROMAN_NUMERAL.test(part));
  const joined = parts
    .map((part) => (romanRange && ROMAN_NUMERAL.test(toLatin(part)) ? toLatin(part) : part))
    .join('');
  return hasMixedPart(joined) ? undefined : joined;
}
