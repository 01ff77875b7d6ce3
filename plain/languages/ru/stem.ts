// Inflectional endings of Russian, longest first, so a word and its dictionary form share a stem
// (заявление/заявления/заявлением → заявлени). A light stemmer: derivational suffixes stay.
const ENDINGS = [
  'ейшими',
  'ейшего',
  'ейшему',
  'ившись',
  'ывшись',
  'ующими',
  'ающими',
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'иях',
  'иям',
  'ием',
  'ешь',
  'ете',
  'ишь',
  'ите',
  'ала',
  'ало',
  'али',
  'ила',
  'ило',
  'или',
  'ыла',
  'ыли',
  'ела',
  'ели',
  'ать',
  'ять',
  'еть',
  'ить',
  'ыть',
  'уть',
  'ться',
  'тся',
  'айте',
  'яйте',
  'йте',
  'ите',
  'ешься',
  'ется',
  'ются',
  'ится',
  'ятся',
  'ов',
  'ев',
  'ей',
  'ам',
  'ям',
  'ах',
  'ях',
  'ом',
  'ем',
  'ой',
  'ый',
  'ий',
  'ая',
  'яя',
  'ое',
  'ее',
  'ую',
  'юю',
  'ые',
  'ие',
  'ых',
  'их',
  'ым',
  'им',
  'ет',
  'ит',
  'ут',
  'ют',
  'ат',
  'ят',
  'ал',
  'ил',
  'ел',
  'ыл',
  'ол',
  'ла',
  'ло',
  'ли',
  'ть',
  'ся',
  'сь',
  'ю',
  'у',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'й',
  'ь',
];

const MIN_STEM = 3;
// Endings grouped by length, longest first: a lookup per length instead of a scan of every ending.
const BY_LENGTH = [...new Set(ENDINGS.map((e) => e.length))]
  .sort((a, b) => b - a)
  .map((length) => ({ length, endings: new Set(ENDINGS.filter((e) => e.length === length)) }));

function longestEnding(word: string): string | undefined {
  for (const { length, endings } of BY_LENGTH) {
    if (word.length - length < MIN_STEM) continue;
    const ending = word.slice(-length);
    if (endings.has(ending)) return ending;
  }
  return undefined;
}

/** Strips one inflectional ending, keeping at least three letters of stem. Input: lower case, ё as е. */
export function russianStem(word: string): string {
  let stem = word;
  for (let round = 0; round < 2; round++) {
    const ending = longestEnding(stem);
    if (!ending) break;
    stem = stem.slice(0, -ending.length);
    // A reflexive -ся/-сь hides a second ending (занимался → занима); other endings stop here.
    if (!/(?:ся|сь|ться|тся)$/.test(ending)) break;
  }
  return stem;
}
