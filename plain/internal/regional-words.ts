/**
 * Words every reader in Kazakhstan knows that the Russian and English frequency lists (subtitles from Russia
 * and the United States) barely have: the country, its people and language, its capital and largest cities,
 * its currency and its local government. Graded by rank they would be among the rarest words of every
 * Kazakhstan page («Республика Казахстан», «аким», «5 000 тенге»); they take the rank of a word among the
 * 2,000 commonest instead — familiar, not trivial. Names of other places stay names, graded as the lists have
 * them. Kazakh needs no such list: its familiar list is Kazakhstan's own.
 */
export const REGIONAL_RANK = 2_000;

/** Russian lemmas, and an oblique form where the stemmer cuts the lemma differently (matched by stem). */
export const KAZAKHSTAN_RUSSIAN = [
  'казахстан',
  'казахстанский',
  'казахстанец',
  'казахстанцы',
  'казахстанка',
  'казах',
  'казашка',
  'казахский',
  'астана',
  'алматы',
  'шымкент',
  'тенге',
  'тиын',
  'аким',
  'акимат',
  'акимата',
  'маслихат',
  'мажилис',
];

/** English forms (and their plurals, through the English stemmer). */
export const KAZAKHSTAN_ENGLISH = [
  'kazakhstan',
  'kazakhstani',
  'kazakh',
  'astana',
  'almaty',
  'shymkent',
  'tenge',
  'tiyn',
  'akim',
  'akimat',
  'maslikhat',
  'mazhilis',
];
