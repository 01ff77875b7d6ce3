// Kazakh typed on a Russian keyboard loses its nine letters to look-alikes (ә а, ғ г, қ к, ң н, ө о, ұ у,
// ү у, һ х, і и): «кужаттарды кабылдау» for «құжаттарды қабылдау»; typed in Latin on an English layout, its
// marks («ortalygy» for «ortalyğy»). Read as typed, every such word is unknown and a plain paragraph grades as
// hard as a legal text. A word of such a paragraph is read with its letters put back, guided by vowel
// harmony: a native word's vowels are all back (а о ұ ы) or all front (ә ө ү і е), and қ, ғ stand beside back
// vowels, к, г beside front ones.
import { KAZAKH_LETTER } from './detection.ts';

const CYRILLIC_WORD = /^[а-яё]+(?:-[а-яё]+)*$/u;
const VOWELS = new Set('аеёиоуыэюя');

type Harmony = 'back' | 'front';

/** The letters a look-alike may stand for, in each harmony; the first is the likelier. */
const STANDS_FOR: Record<string, Record<Harmony, readonly string[]>> = {
  а: { back: ['а'], front: ['ә'] },
  о: { back: ['о'], front: ['ө'] },
  // A vowel у is ұ or ү in native words, у in loans; the glide у (тау, уақыт) is always у.
  у: { back: ['ұ', 'у'], front: ['ү', 'у'] },
  ы: { back: ['ы'], front: ['і'] },
  и: { back: ['и'], front: ['і', 'и'] },
  к: { back: ['қ', 'к'], front: ['к'] },
  г: { back: ['ғ', 'г'], front: ['г'] },
  // ң follows a vowel; it may end a word or a syllable, or stand between vowels (жаңа).
  н: { back: ['н', 'ң'], front: ['н', 'ң'] },
};

/**
 * A word typed in Latin without the marks of the Kazakh Latin letters («ozgeris», «sygu» for «özgeris», «şyğu»)
 * is read through Cyrillic first (latin.ts: «озгерис», «сыгу»), where s may also be ш and c ч.
 */
const STANDS_FOR_IN_LATIN: Record<string, Record<Harmony, readonly string[]>> = {
  ...STANDS_FOR,
  с: { back: ['с', 'ш'], front: ['с', 'ш'] },
  ц: { back: ['ц', 'ч'], front: ['ц', 'ч'] },
};

/** At most this many readings of a word are tried: long words with many н and у would multiply them. */
const MAX_READINGS = 256;

/** Whether the letter at `i` is the glide у: after a vowel (тау), or first in the word before a vowel (уақыт). */
function isGlide(letters: readonly string[], i: number): boolean {
  const before = letters[i - 1];
  const after = letters[i + 1];
  return (
    (before !== undefined && VOWELS.has(before) && before !== 'у') ||
    (i === 0 && after !== undefined && VOWELS.has(after))
  );
}

/**
 * The harmony of each letter under a pattern: vowels up to the `switchAt`-th take `first`, the rest the
 * other one. A consonant right before a vowel takes that vowel's harmony (it opens its syllable); any other
 * takes the vowel before it's.
 */
function harmonies(letters: readonly string[], first: Harmony, switchAt: number): Harmony[] {
  const other: Harmony = first === 'back' ? 'front' : 'back';
  const ofVowel: (Harmony | undefined)[] = [];
  let vowel = 0;
  letters.forEach((letter, i) => {
    if (VOWELS.has(letter) && !(letter === 'у' && isGlide(letters, i))) {
      ofVowel[i] = vowel < switchAt ? first : other;
      vowel++;
    }
  });
  const result: Harmony[] = [];
  let previous: Harmony = first;
  letters.forEach((_, i) => {
    const own = ofVowel[i] ?? ofVowel[i + 1] ?? previous;
    result.push(own);
    if (ofVowel[i]) previous = own;
  });
  return result;
}

/**
 * The word's readings, likeliest first: one harmony throughout (back, then front), then a switch after each
 * vowel (compounds and loans: кітап, қызмет, бірақ); within each, the likelier letter first.
 */
function* readingsOf(
  word: string,
  standsFor: Record<string, Record<Harmony, readonly string[]>>,
): Generator<string> {
  const letters = [...word];
  const vowels = letters.filter(
    (letter, i) => VOWELS.has(letter) && !(letter === 'у' && isGlide(letters, i)),
  );
  const patterns: [Harmony, number][] = [
    ['back', Number.POSITIVE_INFINITY],
    ['front', Number.POSITIVE_INFINITY],
  ];
  for (let at = 1; at < vowels.length; at++) patterns.push(['front', at], ['back', at]);
  let tried = 0;
  for (const [first, switchAt] of patterns) {
    const harmony = harmonies(letters, first, switchAt);
    const choices = letters.map((letter, i) => {
      if (letter === 'у' && isGlide(letters, i)) return ['у'];
      // ң never opens a word.
      if (letter === 'н' && i === 0) return ['н'];
      return standsFor[letter]?.[harmony[i] ?? 'back'] ?? [letter];
    });
    for (const reading of combinations(choices)) {
      if (++tried > MAX_READINGS) return;
      yield reading;
    }
  }
}

/** Every string with one choice per position, the earlier choices first. */
function* combinations(choices: readonly (readonly string[])[], from = 0, prefix = ''): Generator<string> {
  if (from === choices.length) {
    yield prefix;
    return;
  }
  for (const choice of choices[from] ?? []) yield* combinations(choices, from + 1, prefix + choice);
}

/**
 * Whether a paragraph, as typed, is Kazakh typed without its letters: three words or more, Cyrillic or Latin,
 * and not one Kazakh letter among them — no ә, ғ, қ, ң, ө, ұ, ү, һ, і in Cyrillic, and no Latin letter with a
 * mark (ä, ğ, ñ, ö, ū, ü, ş, ı …) (a Kazakh sentence of that length nearly always has one). Most paragraphs
 * have one, and one scan of the text finds it.
 */
export function isTypedWithoutKazakhLetters(paragraph: string): boolean {
  if (KAZAKH_LETTER.test(paragraph) || MARKED_LATIN_LETTER.test(paragraph)) return false;
  let words = 0;
  for (const [word] of paragraph.toLowerCase().matchAll(LETTER_RUN)) {
    if (CYRILLIC_WORD.test(word) || PLAIN_LATIN_WORD.test(word)) words++;
    if (words >= 3) return true;
  }
  return false;
}

const LETTER_RUN = /\p{L}+(?:[-'’]\p{L}+)*/gu;
const PLAIN_LATIN_WORD = /^[a-z]+(?:[-'’][a-z]+)*$/u;
/** A Latin letter other than a to z (in lower case, so a mark), or in capitals: one of À to ſ and beyond. */
const MARKED_LATIN_LETTER = /[^\P{Script=Latin}a-zA-Z]/u;

// я is йа: a loan in -ия takes back endings (конференциясы).
const BACK = new Set('аоұықғя');
const FRONT = new Set('әөүіе');

/** The instrumental's ending, which keeps its е after back vowels too (онымен, алдымен, жолмен). */
const INSTRUMENTAL = /.{2}(?:мен|бен|пен)$/u;

/**
 * How often a reading's vowels (and қ, ғ, which stand only beside back vowels) change harmony, the
 * instrumental's invariant ending left out.
 */
function harmonySwitches(reading: string): number {
  let switches = 0;
  let previous: boolean | undefined;
  const stem = INSTRUMENTAL.test(reading) ? reading.slice(0, -3) : reading;
  for (const letter of stem) {
    const back = BACK.has(letter) ? true : FRONT.has(letter) ? false : undefined;
    if (back === undefined) continue;
    if (previous !== undefined && back !== previous) switches++;
    previous = back;
  }
  return switches;
}

// Where grammar writes ң and a reading has н: the genitive after a consonant (елдің, үкіметтің, қазақтың, күннің,
// алаңның, and трамптың — not the participle -атын), the pronouns' (менің, оның), and the polite second person
// (-ңыз: барыңыз; теңіз). The genitive after a vowel looks like an accusative -н (болғанын): `vowelGenitive`.
const NG_EXPECTED =
  /(?:д[ыі]|[бвгғджзкқлмпрстфхцчшщ]т[ыі]|[мнң]н[ыі])н$|^(?:ме|се|о|мұ|бұ)н[ыі]н$|[ыі]н[ыі]з/gu;

/**
 * Whether a reading in vowel + -нын, -нін is the genitive -ның after a vowel, not a form whose н is an
 * accusative's after a stem in н. After a possessive (қаласының, өзінің, факультетінің: its accusative is a bare
 * -н, қаласын) it is, unless the possessive is a participle's, -атын, -етін, -йтын of a verb (болатынын,
 * келетінін: «that it will be»). After another vowel (қаланың, оқиғаның) it is when the word before it is one the
 * lists write out, a noun in its bare form, and not a participle -ған, -ген of a verb (алғанын, from ал, not
 * алға, forward).
 */
function isGenitiveAfterVowel(lexicon: KazakhLexicon, reading: string): boolean {
  const ending = /([аәеоөұүуыія])н[ыі]н$/u.exec(reading);
  if (!ending) return false;
  const before = reading.slice(0, -3);
  if (ending[1] === 'ы' || ending[1] === 'і') {
    const participle = /([аеә]|[йю])т[ыі]$/u.exec(before);
    if (!participle) return true;
    return participle[1] !== 'й' && participle[1] !== 'ю' && !lexicon.isVerbRoot(before.slice(0, -3));
  }
  const participle = /(?:ға|ге|қа|ке)$/u.test(before) && lexicon.isVerbRoot(before.slice(0, -2));
  return lexicon.isListed(before) && !participle;
}

/**
 * How many places a reading writes н where Kazakh grammar writes ң: none in a form the familiar list writes
 * out (алтын, gold; алдын, before), whose н is the word's own.
 */
function ngMissed(lexicon: KazakhLexicon, reading: string): number {
  const missed = (reading.match(NG_EXPECTED)?.length ?? 0) + (isGenitiveAfterVowel(lexicon, reading) ? 1 : 0);
  return missed > 0 && lexicon.isListed(reading) ? 0 : missed;
}

/**
 * Whether a reading has the informal second person's possessive after a consonant (өзің, your self; туыңды,
 * your flag, with its case), which official and news text hardly uses: it ranks after the third person's or
 * the accusative's -ын, -ін (өзін, туынды) typed alike. After н, д, т a consonant's -ың is the genitive
 * (елдің), except т after a vowel (соғатың, the participle -атын). A word whose ң is its own (қалың, шыңда, of
 * шың) is no such form; the reflexive pronoun's, listed with its paradigm, is.
 */
function isInformalSecondPerson(lexicon: KazakhLexicon, reading: string): boolean {
  const form = INFORMAL_SECOND_PERSON.exec(reading);
  if (!form) return false;
  const own = reading.slice(0, reading.length - (form[1]?.length ?? 0));
  return reading === 'өзің' || !lexicon.isListed(own);
}

const INFORMAL_SECOND_PERSON =
  /(?:[^ндтмңаәеоөұүыі]|[аәеоөұүуыі]т)[ыі]ң(да|де|дан|ден|ды|ді|ға|ге|мен|нан|нен|ның|нің)?$/u;

/**
 * Numerals, among the commonest words of notices and news, come before the other words they may be typed as
 * («уш» is үш, three, before ұш, fly; «торт» төрт, four, before торт, cake).
 */
const NUMERALS = new Set(
  'бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан жүз мың'.split(
    ' ',
  ),
);

/** What the lists say of a word: its difficulty (0 core, 1 unknown) and whether it is a listed form itself. */
export interface KazakhLexicon {
  /** False only for a word the lists cannot know (a cheap test of its start before the lookup). */
  mayBeKnown(norm: string): boolean;
  difficulty(norm: string): number;
  isListed(norm: string): boolean;
  /** Whether a root is a verb's (ал, кел, жаса). */
  isVerbRoot(root: string): boolean;
  /** The longest start of a known word the lists write out (кел of келеді; the word itself when listed). */
  knownRoot(norm: string): string;
}

/**
 * A normalised word of such a paragraph with its Kazakh letters put back (a hyphenated word part by part:
 * оңтүстік-шығысына): of the readings the lists know (the word as typed among them: бала, мектеп, компания),
 * the one in harmony (және, not жане; the instrumental's -мен left out: онымен), then the one with ң where
 * grammar has it (менің, not менін), then one without the informal second person (өзін, not өзің), then a
 * numeral, then the word as typed if the lists write it out, then a form the lists write out (әскери, not
 * әскері, which is reached through a stem), then the easiest. A word no
 * reading of which is known is guessed in the
 * harmony its е or ы shows (делінеді, зақымдалған: suffixes the rules read), or else left as typed (a name).
 */
export function withKazakhLetters(lexicon: KazakhLexicon): (norm: string) => string {
  const word = (norm: string) => knownReading(lexicon, norm, norm, STANDS_FOR) ?? harmonicGuess(norm);
  return (norm) => {
    if (!CYRILLIC_WORD.test(norm)) return norm;
    return norm.includes('-') ? norm.split('-').map(word).join('-') : word(norm);
  };
}

/**
 * The same for a word typed in Latin without marks («ozgeris», «boiynsa»), from its letter-by-letter Cyrillic
 * (`toCyrillic`: «озгерис», «бойынса», where s may be ш and c ч, and informal sh, ch are ш, ч) and `norm`, the
 * reading the Latin rules gave it, which counts as the word as typed (without the preference: unmarked, a
 * Latin word is a word as typed less often than a Cyrillic one is). Unknown, the reading stays.
 */
export function withKazakhLettersFromLatin(
  lexicon: KazakhLexicon,
  toCyrillic: (latin: string) => string,
): (norm: string, typed: string) => string {
  return (norm, typed) => {
    const letters = toCyrillic(typed.replace(/sh/gu, 'ş').replace(/ch/gu, 'ç'));
    if (!KAZAKH_CYRILLIC_WORD.test(letters)) return norm;
    const parts = letters.split('-');
    const read = norm.split('-');
    if (parts.length !== read.length) return norm;
    return parts
      .map((part, i) => knownReading(lexicon, part, read[i] ?? part, STANDS_FOR_IN_LATIN, false) ?? read[i])
      .join('-');
  };
}

const KAZAKH_CYRILLIC_WORD = /^[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*$/u;

/**
 * Whether a restored word (each part of a hyphenated one) is one the lists know, not a guess. A reading that
 * won only as the informal second person's possessive (туыңды, with no туынды in the lists) is one: official
 * text hardly writes it, and the word as typed is as likely another form the lists lack (туынды, a
 * derivative). A verb's present tense in the second person (барасың, дейсің) is no possessive: no other form
 * ends so.
 */
export function isKnownReading(lexicon: KazakhLexicon): (norm: string) => boolean {
  return (norm) =>
    norm
      .split('-')
      .every(
        (part) =>
          lexicon.difficulty(part) < 1 &&
          (!isInformalSecondPerson(lexicon, part) || isPresentSecondPerson(lexicon, part)),
      );
}

/** Whether a word is a verb's present tense in the informal second person: бар-а-сың, де-й-сің. */
function isPresentSecondPerson(lexicon: KazakhLexicon, word: string): boolean {
  const ending = /(?:[аеә]|й)с[ыі]ң$/u.exec(word);
  return ending !== null && lexicon.isVerbRoot(word.slice(0, ending.index));
}

/**
 * The best reading the lists know of `letters`, or of `typed`, the word as typed, ranked as
 * `withKazakhLetters` says; `preferTyped`: the word as typed ranks before the easier readings.
 */
function knownReading(
  lexicon: KazakhLexicon,
  letters: string,
  typed: string,
  standsFor: Record<string, Record<Harmony, readonly string[]>>,
  preferTyped = true,
): string | undefined {
  let best: string | undefined;
  let bestKey: number[] | undefined;
  let typedKey: number[] | undefined;
  let order = 0;
  for (const reading of [typed, ...readingsOf(letters, standsFor)]) {
    order++;
    // Harmony ranks first and costs nothing to count; looking a word up costs a stemming.
    const switches = harmonySwitches(reading);
    if (bestKey && switches > (bestKey[0] ?? 0)) continue;
    if (!lexicon.mayBeKnown(reading)) continue;
    const difficulty = lexicon.difficulty(reading);
    if (difficulty >= 1) continue;
    const root = lexicon.knownRoot(reading);
    if (breaksHarmonyAfter(root, reading)) continue;
    const key = [
      switches,
      ngMissed(lexicon, reading),
      isInformalSecondPerson(lexicon, reading) ? 1 : 0,
      NUMERALS.has(reading) ? 0 : 1,
      // Only a form the lists write out: one known only through stemming may be an accident of it («карсы»,
      // «сон») where a reading with letters put back is the word (қарсы, соң).
      preferTyped && reading === typed && lexicon.isListed(reading) ? 0 : 1,
      lexicon.isListed(reading) ? 0 : 1,
      difficulty,
      order,
    ];
    if (reading === typed) typedKey = key;
    if (!bestKey || isBefore(key, bestKey)) {
      best = reading;
      bestKey = key;
    }
  }
  if (preferTyped && best && bestKey && typedKey && isHomograph(lexicon, typed, typedKey, best, bestKey))
    return typed;
  return best;
}

/**
 * Whether the word as typed is as good a reading as the best one with letters put back: as harmonic and as
 * grammatical (the key up to the numerals), neither written out by the lists, and the typed one known by a
 * root as long or longer (салыстырып, салыстыр-ып, against сәлістіріп, which only сәл, a little, reaches;
 * танылды, таны-л-ды, against таңылды). Its letters put back would then be a guess; the word stays as
 * typed. A longer root the restoration alone has is the word (қаруды, of қару, not кар).
 */
function isHomograph(
  lexicon: KazakhLexicon,
  typed: string,
  typedKey: readonly number[],
  best: string,
  bestKey: readonly number[],
): boolean {
  if (best === typed || lexicon.isListed(best)) return false;
  if (typedKey.slice(0, 4).some((value, i) => value !== bestKey[i])) return false;
  return lexicon.knownRoot(typed).length >= lexicon.knownRoot(best).length;
}

/**
 * Whether the endings after a known root break vowel harmony with the root's front vowels, which Kazakh endings
 * follow: күшқан, күш with a back -қан, is no word (құшқан is). Loans may take front endings after a back vowel
 * (костюміне, хатімді), so endings are held to a front root only.
 */
function breaksHarmonyAfter(root: string, reading: string): boolean {
  if (root.length >= reading.length || !reading.startsWith(root)) return false;
  const last = [...root].reverse().find((letter) => BACK.has(letter) || FRONT.has(letter));
  if (last === undefined || BACK.has(last)) return false;
  const endings = INSTRUMENTAL.test(reading) ? reading.slice(root.length, -3) : reading.slice(root.length);
  return [...endings].some((letter) => BACK.has(letter));
}

/**
 * An unknown word's likeliest reading: е is always front and ы always back in such text (і is typed и), so a
 * word with one of them and not the other is read in that harmony, each letter its likelier choice.
 */
function harmonicGuess(norm: string): string {
  const front = norm.includes('е');
  if (front === norm.includes('ы')) return norm;
  const harmony: Harmony = front ? 'front' : 'back';
  const letters = [...norm];
  return letters
    .map((letter, i) => {
      if (letter === 'у' && isGlide(letters, i)) return letter;
      return STANDS_FOR[letter]?.[harmony][0] ?? letter;
    })
    .join('');
}

/** Whether one ranking key comes before another, comparing element by element. */
function isBefore(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}
