// The sound classes Kazakh suffixes agree with, shared by the readers (stem.ts, derivation.ts) and the
// writers (verb-forms.ts, noun-forms.ts) of Kazakh words: the last vowel's backness (vowel harmony) and the
// last sound, which decides a suffix's first consonant.

/** Kazakh Cyrillic vowel letters. */
export const VOWELS = 'аәеёиіоөұүуыэюя';
const BACK_VOWELS = 'аоұыяёю';
const FRONT_VOWELS = 'әеөүіиэ';
const VOICELESS = 'кқпстфхцчшщ';
// б в г д at the end of a (loan) root make the next consonant voiceless too.
const DEVOICING = `${VOICELESS}бвгд`;
const VOICED_SONORANTS = 'мнңзж';

/** Whether a root's last vowel is back (а о ұ ы), so that its suffixes take back vowels. */
export function isBack(root: string): boolean {
  for (let i = root.length - 1; i >= 0; i--) {
    const ch = root[i] ?? '';
    if (BACK_VOWELS.includes(ch)) return true;
    if (FRONT_VOWELS.includes(ch)) return false;
  }
  return true;
}

/** A word's last letter ('' for an empty word). */
export const lastOf = (root: string) => root.at(-1) ?? '';

/** Whether a word ends in a vowel letter. */
export const endsInVowel = (root: string) => root !== '' && VOWELS.includes(lastOf(root));

const VOICED: Record<string, string> = { п: 'б', к: 'г', қ: 'ғ' };
const DEVOICED: Record<string, string> = { б: 'п', г: 'к', ғ: 'қ' };

/** A root with its final п, к, қ voiced, as before a vowel: «кітап» → «кітаб(ы)», «куәлік» → «куәліг(і)». */
export function voicedBeforeVowel(root: string): string {
  const voiced = VOICED[lastOf(root)];
  return voiced ? root.slice(0, -1) + voiced : root;
}

/** The root a stem came from whose final б, г, ғ was voiced before a vowel («кітаб» → «кітап»), if it ends so. */
export function devoicedRoot(stem: string): string | undefined {
  const plain = DEVOICED[lastOf(stem)];
  return plain ? stem.slice(0, -1) + plain : undefined;
}

/** Whether a word ends in a sound that makes the next consonant voiceless (т, not д; қ, not ғ). */
export const endsDevoicing = (root: string) => root !== '' && DEVOICING.includes(lastOf(root));

/** The first consonant of a suffix in д/т (-ды, -да, -дан): т after a devoicing sound, else д. */
export const dentalAfter = (root: string) => (endsDevoicing(root) ? 'т' : 'д');

/**
 * The first consonant of a suffix in ғ/қ (back) or г/к (front) (-ған, -ға): қ/к after a devoicing sound.
 * `back` is the suffix's harmony, the root's unless given.
 */
export function velarAfter(root: string, back = isBack(root)): string {
  if (endsDevoicing(root)) return back ? 'қ' : 'к';
  return back ? 'ғ' : 'г';
}

/**
 * The first consonant of a suffix in м/б/п (negation -ма, -мен «with»): м after vowels and й у р л, б after
 * voiced sonorants, п after voiceless sounds (бол-ма, көр-ме, жүргіз-бе, айт-па; бала-мен, заң-бен).
 */
export function labialAfter(root: string): string {
  const last = lastOf(root);
  return VOWELS.includes(last) || 'йурл'.includes(last) ? 'м' : VOICED_SONORANTS.includes(last) ? 'б' : 'п';
}

/**
 * The first consonant of a suffix in л/д/т (-лық, -лар): л after vowels and й у р, д after л and voiced
 * sonorants, т after voiceless sounds (бала-лар, ел-дер, заң-дар, мектеп-тер).
 */
export function lateralAfter(root: string): string {
  const last = lastOf(root);
  if (VOWELS.includes(last) || 'йур'.includes(last)) return 'л';
  return VOICED_SONORANTS.includes(last) || last === 'л' ? 'д' : 'т';
}
