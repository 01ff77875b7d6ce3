// Kazakh is written in Cyrillic and, since the 2021 reform, in a Latin alphabet being phased in. The engine's
// word lists, stems and rule patterns are Cyrillic; a Latin word is read through its Cyrillic spelling, and a
// suggestion for a Latin word is written back in Latin.

const VOWELS = new Set('аәеиіоөұүуыэюя');

// 2021 alphabet (letters normalised by normalizeWord first), plus letters of loanwords typed in Latin.
const TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  ä: 'ә',
  b: 'б',
  c: 'ц',
  ç: 'ч',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  ğ: 'ғ',
  h: 'х',
  ı: 'і',
  i: 'и',
  // The 2018 alphabet's и and у, letters the 2021 one does not use.
  í: 'и',
  ý: 'у',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  ñ: 'ң',
  o: 'о',
  ö: 'ө',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ū: 'ұ',
  ü: 'ү',
  v: 'в',
  w: 'у',
  x: 'кс',
  y: 'ы',
  z: 'з',
};

const TO_LATIN: Record<string, string> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'io',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ç',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'y',
  і: 'ı',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

const LATIN_LETTER = /[a-zäçğıíñöşūüý]/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/** Whether a normalised word is written in Latin letters only (a Cyrillic one among them is a typo rule's job). */
export function isLatinWord(norm: string): boolean {
  // Most words of a Kazakh text start with a Cyrillic letter: skip the regular expressions for them.
  if (norm.charCodeAt(0) >= 0x0400) return false;
  return LATIN_LETTER.test(norm) && !CYRILLIC_LETTER.test(norm);
}

/**
 * The Cyrillic spelling of a normalised Latin Kazakh word. Latin «i» is both и and й: after a vowel it is the
 * glide й (üi = үй, aiyp = айып), as in the syllable counter.
 */
export function latinToCyrillic(norm: string): string {
  let out = '';
  for (const letter of norm) {
    const mapped = TO_CYRILLIC[letter] ?? letter;
    out += mapped === 'и' && VOWELS.has(out.at(-1) ?? '') ? 'й' : mapped;
  }
  return out;
}

/** The 2021 Latin spelling of Cyrillic Kazakh text, keeping capitals and everything that is not a letter. */
export function cyrillicToLatin(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const mapped = TO_LATIN[lower];
    if (mapped === undefined) out += char;
    else out += char === lower ? mapped : mapped.charAt(0).toUpperCase() + mapped.slice(1);
  }
  return out;
}

/** A suggestion written in the script of the text it replaces. */
export function spellLike(suggestion: string, text: string): string {
  return LATIN_LETTER.test(text.toLowerCase()) && !CYRILLIC_LETTER.test(text)
    ? cyrillicToLatin(suggestion)
    : suggestion;
}
