/**
 * Kazakh number words for the doubled-number rule («5 (бес) жұмыс күні», «бес (5)»): the cardinals, which stand
 * bare before the noun they count. Ordinals («бесінші») are left out: a digit alone reads as a cardinal, and
 * the ordinal needs its ending written («5-інші»).
 */
const CARDINALS: Record<number, string> = {
  0: 'нөл',
  1: 'бір',
  2: 'екі',
  3: 'үш',
  4: 'төрт',
  5: 'бес',
  6: 'алты',
  7: 'жеті',
  8: 'сегіз',
  9: 'тоғыз',
  10: 'он',
  20: 'жиырма',
  30: 'отыз',
  40: 'қырық',
  50: 'елу',
  60: 'алпыс',
  70: 'жетпіс',
  80: 'сексен',
  90: 'тоқсан',
  100: 'жүз',
  1000: 'мың',
  1000000: 'миллион',
  1000000000: 'миллиард',
};

/** Kazakh number words and their values. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(CARDINALS).map(([value, word]) => [word, Number(value)]),
);

/** Currency and unit words that may close the number words in brackets: «(бес мың теңге)». */
export const NUMBER_UNITS = '^(?:теңге|тенге|пайыз|доллар|еуро|евро|рубль|аек)$';
