import { devoicedRoot, isBack, labialAfter, VOWELS } from './sounds.ts';

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
    const next = new Set(candidates);
    for (const candidate of candidates) for (const rest of strip(candidate, layer)) next.add(rest);
    candidates = [...next];
  }
  // A finite verb's person ending closes the word: no case or possessive follows it.
  candidates.push(...strip(word, FINITE));
  // A root's final к, қ, п is voiced before a vowel (кітап → кітабы, жүрек → жүрегі, аяқ → аяғы).
  const devoiced = candidates.flatMap((c) => {
    const plain = devoicedRoot(c);
    return c !== word && plain ? [plain] : [];
  });
  // Some nouns lose the ы/і of their last syllable, between a sonorant and н з к қ п, before a possessive or
  // case vowel (ауыз → аузы, орын → орны, мойын → мойны, халық → халқы, ерік → еркі, әріп → әрпі): put it back.
  // Only that shape is restored, so that жұмса (spend) is not read as жұмыс, nor қырқу (shear) as қырық.
  const dropped = candidates.flatMap((c) => {
    const [before, sonorant, last] = [c.at(-3) ?? '', c.at(-2) ?? '', c.at(-1) ?? ''];
    const restorable =
      c !== word &&
      c.length >= 3 &&
      VOWELS.includes(before) &&
      'йлрумнң'.includes(sonorant) &&
      'зкқнп'.includes(last) &&
      'аеыі'.includes(word[c.length] ?? '');
    return restorable ? [c.slice(0, -1) + (isBack(c) ? 'ы' : 'і') + last] : [];
  });
  return [...new Set([...candidates, ...devoiced, ...dropped])];
}

/** What is left of a word after each suffix of a layer that it ends with, where that suffix's condition holds. */
function strip(word: string, layer: string[]): string[] {
  const rests: string[] = [];
  for (const suffix of layer) {
    if (!word.endsWith(suffix) || word.length - suffix.length < MIN_ROOT) continue;
    const rest = word.slice(0, -suffix.length);
    if (GUARDS.get(suffix)?.(rest) ?? true) rests.push(rest);
  }
  return rests;
}

const isConsonant = (ch: string) => /\p{L}/u.test(ch) && !VOWELS.includes(ch);
const harmonises = (suffix: string) => {
  const back = /[аоұы]/.test(suffix);
  return (rest: string) => isBack(rest) === back;
};

// Suffixes only the candidates strip, each with what must come before it, because without that condition
// too many plain words end in the same letters (бала, сала, шара end in -а; жағдай, ондай in -дай).
const GUARDS = new Map<string, (rest: string) => boolean>();
function guarded(suffixes: string[], guard: (rest: string) => boolean): string[] {
  for (const suffix of suffixes) GUARDS.set(suffix, guard);
  return suffixes;
}

const PERSON_BACK = ['мын', 'сың', 'сыз', 'мыз'];
const PERSON_FRONT = ['мін', 'сің', 'сіз', 'міз'];
const endsInConsonant = (rest: string) => isConsonant(rest.at(-1) ?? '');
// After a voiceless sound a suffix's д, ғ/г turn т, қ/к (ал-дық but өт-тік, кел-гелі but кет-келі).
const endsVoiceless = (rest: string) => 'кқпстфхцчшщ'.includes(rest.at(-1) ?? '');

// The case layer's bare dative -а/-е follows only the possessive -м or -ң (анама, үйіңе); elsewhere that vowel
// is the word's own (сала is not сал + а, nor шара шар + а).
guarded(['а', 'е'], (rest) => /[мң]$/.test(rest));
// The bare accusative -н follows only the third person's possessive -ы/-і (үй-і-н, қала-сы-н); after anything
// else the н is the word's own (сон is not со + н, nor тен те + н).
guarded(['н'], (rest) => /[ыі]$/.test(rest));

const CASE_EXTRA = [
  // After a possessive ending in a vowel, the case ending takes a linking н (ара-сы-н-дағы, Алматы-н-дағы).
  // The greedy stem cannot strip it (өзен-дегі would lose its н), but a candidate can: the list decides.
  'ндағы',
  'ндегі',
  // Manner and "according to" -ша/-ше, with н after the possessive -ы/-і (ой-ым-ша, айту-ы-нша, қазақ-ша).
  ...guarded(['ша'], harmonises('ша')),
  ...guarded(['ше'], harmonises('ше')),
  ...guarded(['нша'], (rest) => rest.endsWith('ы') && harmonises('ша')(rest)),
  ...guarded(['нше'], (rest) => rest.endsWith('і') && harmonises('ше')(rest)),
  // "As (if)" -дай/-дей after a participle (хабарла-ған-дай, көрсет-кен-дей, күт-етін-дей); after anything else
  // -дай is a derivation that derivation.ts strips in its one right form (жағдай, ондай are words of their own).
  ...guarded(['ғандай', 'қандай', 'атындай', 'йтындай'], harmonises('а')),
  ...guarded(['гендей', 'кендей', 'етіндей', 'йтіндей'], harmonises('е')),
];

const FINITE = [
  // Present-future -а/-е/-й with a person ending (бол-а-мын, біл-е-міз, ойла-й-мын, алма-й-мыз). The vowel
  // alone is not stripped: it ends too many nouns (бала, сала, шара), and a bare converb (бара) is rarer.
  ...guarded(
    PERSON_BACK.map((p) => `а${p}`),
    (rest) => harmonises('а')(rest) && endsInConsonant(rest),
  ),
  ...guarded(
    PERSON_FRONT.map((p) => `е${p}`),
    (rest) => harmonises('е')(rest) && endsInConsonant(rest),
  ),
  ...guarded(
    PERSON_BACK.map((p) => `й${p}`),
    (rest) => harmonises('а')(rest) && /[ае]$/.test(rest),
  ),
  ...guarded(
    PERSON_FRONT.map((p) => `й${p}`),
    (rest) => harmonises('е')(rest) && /[ае]$/.test(rest),
  ),
  // The negative converb -май/-мей (ал-ма-й, жет-пе-й): -й only after the negation, which derivation.ts
  // then checks against the root's last sound. (The bare converb of a root in а/е, жаса-й, is not stripped:
  // too many nouns end in -ай/-ей, and жағдай would be read through жақ.)
  ...guarded(['й'], (rest) => /..[мбп][ае]$/.test(rest)),
  // The imperative's first person: -айын/-ейін, -айық/-ейік after a consonant (айт-айын, бар-айық, кел-ейік),
  // -йын/-йін, -йық/-йік after а or е (жаса-йын, ойла-йық, сөйле-йік); and its third, -сын/-сін (бол-сын, келсін).
  ...guarded(['айын', 'айық'], (rest) => harmonises('а')(rest) && endsInConsonant(rest)),
  ...guarded(['ейін', 'ейік'], (rest) => harmonises('е')(rest) && endsInConsonant(rest)),
  ...guarded(['йын', 'йық'], (rest) => harmonises('а')(rest) && /[ае]$/.test(rest)),
  ...guarded(['йін', 'йік'], (rest) => harmonises('е')(rest) && /[ае]$/.test(rest)),
  ...guarded(['сын'], harmonises('сын')),
  ...guarded(['сін'], harmonises('сін')),
  // Future -мақ/-мек (бол-мақ, бер-мек, жүргіз-бек) with the м/б/п the root's last sound requires: қалпақ is
  // not қал + пақ, since after л it would be -мақ (аймақ still reads as ай + мақ).
  ...['мақ', 'мек', 'бақ', 'бек', 'пақ', 'пек'].flatMap((future) =>
    guarded([future], (rest) => labialAfter(rest) === future[0] && harmonises(future)(rest)),
  ),
  // Conditional -са/-се with the first person plural -қ/-к (бол-са-қ, сүйен-се-к).
  ...guarded(['сақ'], harmonises('сақ')),
  ...guarded(['сек'], harmonises('сек')),
  // Past tense, first person plural: -ды/-ді/-ты/-ті with -қ/-к (ал-дық, жібер-дік, өт-тік, жарияла-дық, қатыспа-дық).
  // The д or т must be the one the root's last sound takes; the possessive layer has no -қ to reach it.
  ...guarded(['дық'], (rest) => !endsVoiceless(rest) && harmonises('дық')(rest)),
  ...guarded(['дік'], (rest) => !endsVoiceless(rest) && harmonises('дік')(rest)),
  ...guarded(['тық'], (rest) => endsVoiceless(rest) && harmonises('тық')(rest)),
  ...guarded(['тік'], (rest) => endsVoiceless(rest) && harmonises('тік')(rest)),
  // Intention -мақшы/-мекші, the future -мақ with -шы, alone or with a person ending (кел-мекші, ауыс-пақшы-мын),
  // in the м/б/п form the root requires as for -мақ.
  ...['мақшы', 'мекші', 'бақшы', 'бекші', 'пақшы', 'пекші'].flatMap((intent) =>
    guarded(
      [intent, ...(isBack(intent) ? PERSON_BACK : PERSON_FRONT).map((p) => intent + p)],
      (rest) => labialAfter(rest) === intent[0] && harmonises(intent)(rest),
    ),
  ),
];

const VERB_EXTRA = [
  // A participle made a noun by -лық (-дық after its н), then inflected: жат-қан-дығ-ы, кел-ген-дік-тен,
  // тұр-атын-дығ-ы, ал-май-тын-дығ-ын. ғ/г is the к/қ voiced before the possessive vowel. Inflection would
  // otherwise have to come after derivation, which derivation.ts cannot reach through a participle.
  ...guarded(
    ['ғандық', 'қандық', 'атындық', 'йтындық', 'ғандығ', 'қандығ', 'атындығ', 'йтындығ'],
    harmonises('а'),
  ),
  ...guarded(
    ['гендік', 'кендік', 'етіндік', 'йтіндік', 'гендіг', 'кендіг', 'етіндіг', 'йтіндіг'],
    harmonises('е'),
  ),
  // The negative participle -мас/-мес (орындал-мас, өт-пес, таусыл-мас-тан), with the м/б/п the root requires.
  ...['мас', 'мес', 'бас', 'бес', 'пас', 'пес'].flatMap((negative) =>
    guarded([negative], (rest) => labialAfter(rest) === negative[0] && harmonises(negative)(rest)),
  ),
  // "Since" -ғалы/-гелі, -қалы/-келі after a voiceless sound (кел-гелі, кет-келі, әкел-гелі).
  ...guarded(['ғалы'], (rest) => !endsVoiceless(rest) && harmonises('а')(rest)),
  ...guarded(['гелі'], (rest) => !endsVoiceless(rest) && harmonises('е')(rest)),
  ...guarded(['қалы'], (rest) => endsVoiceless(rest) && harmonises('а')(rest)),
  ...guarded(['келі'], (rest) => endsVoiceless(rest) && harmonises('е')(rest)),
];

const CANDIDATE_LAYERS = SUFFIX_LAYERS.map((layer, i) =>
  i === 0 ? [...layer, ...CASE_EXTRA] : i === SUFFIX_LAYERS.length - 1 ? [...layer, ...VERB_EXTRA] : layer,
);
