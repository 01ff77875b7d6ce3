const RUSSIAN_VOWELS = /[аеёиоуыэюя]/giu;

/** Counts the syllables of a Russian word: one per vowel letter, as Russian phonology and readability research do. */
export function russianSyllables(word: string): number {
  return word.match(RUSSIAN_VOWELS)?.length ?? 0;
}
