// Kazakh is agglutinative: a word is a root and a chain of suffixes in a fixed order (plural, possessive,
// case). Stripping them from the end, longest first, leaves the root that dictionaries list.
const SUFFIX_LAYERS: string[][] = [
  // Case (and the -дағы/-дегі attributive), after possessive.
  [
    'ындағы',
    'індегі',
    'дағы',
    'дегі',
    'тағы',
    'тегі',
    'нан',
    'нен',
    'дан',
    'ден',
    'тан',
    'тен',
    'ның',
    'нің',
    'дың',
    'дің',
    'тың',
    'тің',
    'нда',
    'нде',
    'да',
    'де',
    'та',
    'те',
    'ға',
    'ге',
    'қа',
    'ке',
    'на',
    'не',
    'ны',
    'ні',
    'ды',
    'ді',
    'ты',
    'ті',
    'мен',
    'бен',
    'пен',
    'ын',
    'ін',
    'н',
    'а',
    'е',
  ],
  // Possessive.
  [
    'ымыз',
    'іміз',
    'ыңыз',
    'іңіз',
    'мыз',
    'міз',
    'ңыз',
    'ңіз',
    'сы',
    'сі',
    'ым',
    'ім',
    'ың',
    'ің',
    'ы',
    'і',
    'м',
    'ң',
  ],
  // Plural.
  ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'],
  // Verbal nouns, participles, tense and person on verbs.
  [
    'ғандықтан',
    'гендіктен',
    'атын',
    'етін',
    'йтын',
    'йтін',
    'ған',
    'ген',
    'қан',
    'кен',
    'ады',
    'еді',
    'йды',
    'йді',
    'ды',
    'ді',
    'ты',
    'ті',
    'уға',
    'уге',
    'уды',
    'уді',
    'у',
    'ып',
    'іп',
    'п',
    'са',
    'се',
    'ңыз',
    'ңіз',
    'мын',
    'мін',
    'сың',
    'сің',
    'мыз',
    'міз',
  ],
];

const MIN_ROOT = 2;

/** Strips Kazakh suffixes layer by layer from the end of a lower-case Cyrillic word, keeping a root of 2+ letters. */
export function kazakhStem(word: string): string {
  let stem = word;
  for (const layer of SUFFIX_LAYERS) {
    const suffix = layer.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_ROOT + 1);
    if (suffix) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/**
 * Every root a word may have: each layer's suffix stripped or kept, down to two letters (де-п, ал-ды). The
 * greedy stem above can strip too much from a bare root (адам → ада: «-м» is also "my"), so a word list is
 * matched against all of these, and the list decides which reading is a word.
 */
export function kazakhRootCandidates(word: string): string[] {
  let candidates = [word];
  for (const layer of CANDIDATE_LAYERS) {
    const next = [...candidates];
    for (const candidate of candidates) {
      for (const suffix of layer) {
        if (candidate.endsWith(suffix) && candidate.length - suffix.length >= MIN_ROOT) {
          next.push(candidate.slice(0, -suffix.length));
        }
      }
    }
    candidates = [...new Set(next)];
  }
  // A root's final к, қ, п is voiced before a vowel (кітап → кітабы, жүрек → жүрегі, аяқ → аяғы).
  const devoiced = candidates.flatMap((c) => {
    const plain = DEVOICED[c.at(-1) ?? ''];
    return c !== word && plain ? [c.slice(0, -1) + plain] : [];
  });
  return [...new Set([...candidates, ...devoiced])];
}

const DEVOICED: Record<string, string> = { б: 'п', г: 'к', ғ: 'қ' };

// After a possessive ending in a vowel, the case ending takes a linking н (ара-сы-н-дағы, Алматы-н-дағы). The
// greedy stem cannot strip it (өзен-дегі would lose its н), but a candidate can: the list decides.
const CANDIDATE_LAYERS = SUFFIX_LAYERS.map((layer, i) => (i === 0 ? [...layer, 'ндағы', 'ндегі'] : layer));
