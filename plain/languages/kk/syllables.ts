// Kazakh vowels in Cyrillic and in the 2021 Latin alphabet. «у»/«u» is both a vowel and the glide /w/;
// «и»/«i» is written for /ɯj/ or /ij/ and always carries a syllable.
const VOWELS = new Set('аәеёиіоөұүуыэюяaäeıioöuūüy'.split(''));
const GLIDES = new Set(['у', 'u']);
// Latin i stands for both и (a syllable) and й (a glide): after a vowel it is й (üi = үй, aiyp = айып).
const LATIN_I = 'i';

/**
 * Counts the syllables of a Kazakh word, Cyrillic or Latin. A vowel letter is a syllable, except the glide:
 * «у» after a vowel (тау, бауыр) or at the start of a word before a vowel (уақыт, ұлы — but not ұ) is /w/.
 */
export function kazakhSyllables(word: string): number {
  const letters = [...word.toLowerCase()];
  let count = 0;
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i] ?? '';
    if (!VOWELS.has(letter)) continue;
    const before = letters[i - 1];
    if (letter === LATIN_I && before !== undefined && VOWELS.has(before)) continue;
    if (GLIDES.has(letter)) {
      const previous = letters[i - 1];
      const next = letters[i + 1];
      const afterVowel = previous !== undefined && VOWELS.has(previous) && !GLIDES.has(previous);
      const initialBeforeVowel = i === 0 && next !== undefined && VOWELS.has(next);
      if (afterVowel || initialBeforeVowel) continue;
    }
    count++;
  }
  return count;
}
