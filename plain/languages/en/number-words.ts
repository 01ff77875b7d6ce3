/**
 * English number words for the doubled-number rule ("within 5 (five) working days", "ten (10) days"): the
 * cardinals, the hundreds and the scales. Ordinals are left out: "5 (fifth)" doubles nothing the digit says.
 */
const CARDINALS = [
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen',
  'seventeen eighteen nineteen',
]
  .join(' ')
  .split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** English number words and their values. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(CARDINALS.map((word, value) => [word, value])),
  ...Object.fromEntries(TENS.map((word, i) => [word, (i + 2) * 10])),
  // "a hundred (100) days": the article counts one, so the paste takes it too ("100 days", not "a 100 days").
  a: 1,
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/** "one hundred and five". */
export const NUMBER_JOINERS = ['and'];

/** Currency and unit words that may close the number words in brackets: "(five thousand pounds)". */
export const NUMBER_UNITS = '^(?:tenge|pounds?|pence|dollars?|euros?|per|cent|percent)$';
