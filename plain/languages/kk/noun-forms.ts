// Puts a suggested Kazakh noun in the number, possessive and case of the noun it replaces («жеке
// тұлғалардың» → «азаматтардың», «тұрғылықты жеріне» → «мекенжайына»), by vowel harmony and the assimilation
// of each ending to the sound before it.

import type { AgreePhrase, CarriedPhrase, GrammaticalCase } from '../../internal/rules/types.ts';
import {
  dentalAfter,
  devoicedRoot,
  endsDevoicing,
  endsInVowel,
  isBack,
  labialAfter,
  lastOf,
  lateralAfter,
  VOWELS,
  velarAfter,
  voicedBeforeVowel,
} from './sounds.ts';
import {
  ABLE,
  abilityFromVerbalNoun,
  CONDITIONAL,
  CONDITIONAL_YOU,
  CONVERB_FROM_NOUN,
  finiteFromForm,
  formFromVerbalNoun,
  IMPERATIVE_YOU,
  MUST_ITS,
  MUST_WE,
  MUST_YOU,
  PRESENT,
  UNABLE,
} from './verb-forms.ts';

type Possessive = 'my' | 'your' | 'its' | 'our' | 'yours';
/** The cases, and the locative made an attribute by -ғы («жеріңіздегі»: at your place, of it). */
type Case = 'of' | 'to' | 'object' | 'in' | 'in-of' | 'from' | 'with';

/** The endings after a noun's stem: plural, possessive, case (each may be absent). */
export interface NounEndings {
  plural: boolean;
  possessive: Possessive | undefined;
  case: Case | undefined;
}

const PLURAL = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'];
const POSSESSIVES: [string[], Possessive][] = [
  [['ымыз', 'іміз', 'мыз', 'міз'], 'our'],
  [['ыңыз', 'іңіз', 'ңыз', 'ңіз'], 'yours'],
  [['ым', 'ім', 'м'], 'my'],
  [['ың', 'ің', 'ң'], 'your'],
  [['сы', 'сі', 'ы', 'і'], 'its'],
];
/** Case endings after a stem or another possessive. */
const CASES: [string[], Case][] = [
  [['ның', 'нің', 'дың', 'дің', 'тың', 'тің'], 'of'],
  [['ға', 'ге', 'қа', 'ке', 'а', 'е'], 'to'],
  [['ны', 'ні', 'ды', 'ді', 'ты', 'ті'], 'object'],
  [['да', 'де', 'та', 'те'], 'in'],
  [['дағы', 'дегі', 'тағы', 'тегі'], 'in-of'],
  [['дан', 'ден', 'тан', 'тен', 'нан', 'нен'], 'from'],
  [['мен', 'бен', 'пен'], 'with'],
];
/** Case endings after the third-person possessive, with its linking н. */
const CASES_AFTER_ITS: [string[], Case][] = [
  [['ның', 'нің'], 'of'],
  [['на', 'не'], 'to'],
  [['н'], 'object'],
  [['нда', 'нде'], 'in'],
  [['ндағы', 'ндегі'], 'in-of'],
  [['нан', 'нен'], 'from'],
  [['мен'], 'with'],
];

const oneOf = <T>(groups: [string[], T][], text: string): T | undefined =>
  groups.find(([endings]) => endings.includes(text))?.[1];

/** The endings `suffix` is made of, or undefined when it is not plural + possessive + case. */
export function parseNounEndings(suffix: string): NounEndings | undefined {
  for (const plural of ['', ...PLURAL])
    for (const possessive of ['', ...POSSESSIVES.flatMap(([endings]) => endings)]) {
      const head = plural + possessive;
      if (!suffix.startsWith(head)) continue;
      const rest = suffix.slice(head.length);
      const person = possessive ? oneOf(POSSESSIVES, possessive) : undefined;
      const kase = rest ? oneOf(person === 'its' ? CASES_AFTER_ITS : CASES, rest) : undefined;
      if (rest && !kase) continue;
      // A bare «-а/-е» is a dative only after «-ым/-ың»; «-н» only after a possessive.
      if ((rest === 'а' || rest === 'е') && person !== 'my' && person !== 'your') continue;
      return { plural: plural !== '', possessive: person, case: kase };
    }
  return undefined;
}

/**
 * Whether a noun ends in a vowel for its endings. у, ю and и are written vowels but sound ұw, йұw, ый: a noun
 * in them takes the endings of a voiced consonant («тексеруі», «тексеруді», «тексерудің»; «миы», «миды»).
 */
const endsInOpenVowel = (word: string) => endsInVowel(word) && !/[уюи]$/u.test(word);

function addPlural(word: string): string {
  return `${word}${lateralAfter(word)}${isBack(word) ? 'ар' : 'ер'}`;
}

function addPossessive(word: string, person: Possessive): string {
  const back = isBack(word);
  const y = back ? 'ы' : 'і';
  if (endsInOpenVowel(word)) {
    const after = { my: 'м', your: 'ң', its: `с${y}`, our: `м${y}з`, yours: `ң${y}з` };
    return word + after[person];
  }
  const after = { my: `${y}м`, your: `${y}ң`, its: y, our: `${y}м${y}з`, yours: `${y}ң${y}з` };
  return voicedBeforeVowel(word) + after[person];
}

function addCase(word: string, kase: Case, person: Possessive | undefined): string {
  const back = isBack(word);
  const a = back ? 'а' : 'е';
  const y = back ? 'ы' : 'і';
  if (person === 'its') {
    const after = {
      of: `н${y}ң`,
      to: `н${a}`,
      object: 'н',
      in: `нд${a}`,
      'in-of': `нд${a}${back ? 'ғы' : 'гі'}`,
      from: `н${a}н`,
      with: 'мен',
    };
    return word + after[kase];
  }
  const vowel = endsInOpenVowel(word);
  const voiceless = endsDevoicing(word);
  const nasal = 'мнң'.includes(lastOf(word));
  switch (kase) {
    case 'of':
      return `${word}${vowel || nasal ? 'н' : voiceless ? 'т' : 'д'}${y}ң`;
    case 'to':
      if (person === 'my' || person === 'your') return word + a;
      return `${word}${velarAfter(word, back)}${a}`;
    case 'object':
      return `${word}${vowel ? 'н' : voiceless ? 'т' : 'д'}${y}`;
    case 'in':
      return `${word}${dentalAfter(word)}${a}`;
    case 'in-of':
      return `${word}${dentalAfter(word)}${a}${back ? 'ғы' : 'гі'}`;
    case 'from':
      return `${word}${voiceless ? 'т' : nasal ? 'н' : 'д'}${a}н`;
    case 'with':
      return `${word}${labialAfter(word)}ен`;
  }
}

/**
 * A noun in the accusative, after the third person's possessive it may already have («өтініші» → «өтінішін»)
 * or by its last sound and harmony («өтінішті», «анықтаманы», «тексеруді»).
 */
export const accusativeOf = (noun: string, afterPossessive: boolean): string =>
  addCase(noun, 'object', afterPossessive ? 'its' : undefined);

/** `noun` with `endings`; a noun that is plural already («шаралар») is not made plural again. */
export function inflectNoun(noun: string, endings: NounEndings): string {
  let word = noun;
  if (endings.plural && !PLURAL.some((ending) => noun.endsWith(ending) && noun.length > ending.length + 2))
    word = addPlural(word);
  if (endings.possessive) word = addPossessive(word, endings.possessive);
  if (endings.case) word = addCase(word, endings.case, endings.possessive);
  return word;
}

/**
 * The stem of a compound's head that carries the third-person possessive already («байланыс орталығы» →
 * «орталық», «баспасөз хабарламасы» → «хабарлама», «төлем деректері» → «деректер»), with a voiced final
 * consonant made voiceless again (ғ → қ, г → к, б → п); undefined for any other word. Only for a head after
 * another word: a word alone in -ы («пайдаланушы») is taken as it is.
 */
function possessedStem(head: string): string | undefined {
  if (/[аәеиоөұүуыіэюя]с[ыі]$/u.test(head) && head.length >= 4) return head.slice(0, -2);
  // Not after ш, л, д, т, where -ы/-і is more often a suffix of its own: the doer («алушы»), "having"
  // («маңызды», «тұрақты»).
  if (!/[бвгғжзйкмнңпрсфхцчщ][ыі]$/u.test(head) || head.length < 4) return undefined;
  const stem = head.slice(0, -1);
  return devoicedRoot(stem) ?? stem;
}

/**
 * The endings after a pattern's stem. A stem cut short of its word («верифика*» for «верификация») leaves up to
 * three letters of it before the endings; they must end in a vowel, as loan nouns in -ция, -ия do.
 */
function endingsAfter(rest: string): NounEndings | undefined {
  for (let skip = 0; skip <= 3 && skip <= rest.length; skip++) {
    if (skip > 0 && !VOWELS.includes(rest[skip - 1] ?? '')) continue;
    const endings = parseNounEndings(rest.slice(skip));
    if (endings) return endings;
  }
  return undefined;
}

/**
 * In a suggestion, the matched noun with its case ending taken off and its plural and possessive kept: for a
 * postposition that takes the nominative in place of one that takes another case («заңға сәйкес» → «заң
 * бойынша», «қағидаларына сәйкес» → «қағидалары бойынша»).
 */
export const GOVERNING_NOUN = '{noun}';

/**
 * In a suggestion, the matched word as it is: a phrase whose verb alone is replaced keeps its noun in its own
 * case and possessive («Құжаттар ұсынылды» → «Құжаттар тапсырылды», «құжаттарыңызды ұсынған» →
 * «құжаттарыңызды тапсырған»). With `agree: 'first-noun'`.
 */
export const MATCHED_WORD = '{word}';

/**
 * In a suggestion, the phrase's first word, a noun or a verbal noun in the dative, put in the accusative: for a
 * plain verb that takes as its object what the phrase took in the dative («екеніне баса назар аударды» →
 * «екенін атап айтты», «енгізуге шешім қабылдады» → «енгізуді шешті»). With `agree: 'first-noun'`; where
 * the word does not read as a dative, no suggestion is offered.
 */
export const DATIVE_AS_OBJECT = '{dative-object}';

/**
 * In a suggestion, the phrase's first word, a noun in the dative, in the nominative: for a postposition that takes
 * the nominative in place of one that takes the dative («ережелерге қатысты сұрақтар» → «ережелер туралы
 * сұрақтар», «осыған қатысты» → «осы туралы»). With `agree: 'first-noun'`; where the word does not read as a
 * dative, no suggestion is offered.
 */
export const DATIVE_AS_NOMINATIVE = '{dative-nominative}';

/** Pronouns in the dative, in the nominative: «осыған қатысты» → «осы туралы». */
const PRONOUN_NOMINATIVES: Readonly<Record<string, string>> = {
  оған: 'ол',
  оларға: 'олар',
  бұған: 'бұл',
  мұған: 'бұл',
  соған: 'сол',
  осыған: 'осы',
  сізге: 'сіз',
  бізге: 'біз',
};

/** `word`, a noun or pronoun in the dative, in the nominative; undefined if unread. */
export function nominativeFromDative(word: string): string | undefined {
  return PRONOUN_NOMINATIVES[word] ?? recase(word, ['to'], undefined);
}

/** `word`, a noun in the dative («саясатқа», «екеніне», «енгізуге»), in the accusative; undefined if unread. */
export const accusativeFromDative = (word: string): string | undefined => recase(word, ['to'], 'object');

/**
 * In a suggestion, the phrase's first word, a possessor in the genitive or a bare plural before a possessed
 * noun, put in the dative: for a plain verb that takes as its recipient what the phrase named as the owner of
 * its noun («тұрғындардың назарына жеткіземіз» → «тұрғындарға хабарлаймыз», «Салық төлеушілер назарына» →
 * «Салық төлеушілерге»). With `agree: 'first-noun'`; where the word does not read so, no suggestion is offered.
 */
export const GENITIVE_AS_DATIVE = '{genitive-dative}';

/** Pronouns in the genitive, in the dative: «оның назарына жеткізу» → «оған хабарлау». */
const PRONOUN_DATIVES: Readonly<Record<string, string>> = {
  оның: 'оған',
  олардың: 'оларға',
  бұның: 'бұған',
  мұның: 'бұған',
  соның: 'соған',
  осының: 'осыған',
};

/** `word`, a possessor in the genitive or a bare plural, in the dative; undefined if unread. */
export function dativeFromGenitive(word: string): string | undefined {
  return PRONOUN_DATIVES[word] ?? recase(word, ['of', undefined], 'to', true);
}

/** The placeholders that stand for the phrase's first word in another case, each with how it is put there. */
const FIRST_WORD_RECASED: readonly (readonly [string, (word: string) => string | undefined])[] = [
  [DATIVE_AS_OBJECT, accusativeFromDative],
  [DATIVE_AS_NOMINATIVE, nominativeFromDative],
  [GENITIVE_AS_DATIVE, dativeFromGenitive],
];

/**
 * `word` read as a noun in one of the cases `from` (undefined: the nominative) and put in `to`; undefined when
 * it does not read so. `pluralBare`: a nominative only in the plural, with no possessive (a bare singular may be
 * any word: an adverb, an adjective).
 */
function recase(
  word: string,
  from: readonly (Case | undefined)[],
  to: Case | undefined,
  pluralBare = false,
): string | undefined {
  for (let k = 2; k < word.length; k++) {
    const stem = word.slice(0, k);
    const endings = parseNounEndings(word.slice(k));
    if (!endings || !from.includes(endings.case)) continue;
    if (pluralBare && !endings.case && (!endings.plural || endings.possessive)) continue;
    // Read back: the stem with these endings must give the word as written.
    if (inflectNoun(stem, endings) === word) return inflectNoun(stem, { ...endings, case: to });
  }
  return undefined;
}

/** `word` without its case ending, read after `stem`; undefined when its endings cannot be read. */
function withoutCase(word: string, stem: string): string | undefined {
  const endings = endingsAfter(word.slice(stem.length));
  if (!endings) return undefined;
  if (!endings.case) return word;
  const groups = endings.possessive === 'its' ? CASES_AFTER_ITS : CASES;
  const forms = groups.find(([, kase]) => kase === endings.case)?.[0] ?? [];
  const ending = forms.filter((form) => word.endsWith(form)).sort((a, b) => b.length - a.length)[0];
  return ending && word.length - ending.length >= stem.length ? word.slice(0, -ending.length) : undefined;
}

const PRONOUNS = new Set(['мен', 'сен', 'сіз', 'ол', 'біз', 'сендер', 'сіздер', 'олар', 'біздер']);
const REGULAR_PRONOUNS = new Set(['сіз', 'біз']);

/** The genitive's endings, after each kind of sound: «дамудың», «оның», «біздің», «қаланың». */
export const GENITIVE_ENDING = '(?:ның|нің|дың|дің|тың|тің)';
const GENITIVE = new RegExp(`${GENITIVE_ENDING}$`, 'u');

/**
 * `suggestion` with its last word (the head noun: Kazakh puts it last) in the form of `matched`, whose stem is
 * `stem` (the entry's pattern before its `*`); `suggestion` as it is when `matched` cannot be read.
 * An entry that agrees as a noun (`agree: 'noun'`) is a compound of two nouns (izafet: «жол картасы»,
 * «құжаттар топтамасы», «жөндеу жұмыстары»), whose head's third-person possessive belongs to the compound:
 * the plain noun takes it only after a possessor in the genitive («облыстың жол картасы» → «облыстың
 * жоспары»; «жол картасы әзірленді» → «жоспар»). A `singular` one names an action, never plural («жөндеу
 * жұмыстарының» → «жөндеудің»).
 */
export function agreeKazakh(
  suggestion: string,
  matched: string,
  stem?: string,
  phrase?: AgreePhrase,
): string {
  if (
    suggestion.includes(CONDITIONAL) ||
    suggestion.includes(CONDITIONAL_YOU) ||
    suggestion.includes(PRESENT)
  )
    return finiteFromForm(suggestion.replace(MATCHED_WORD, matched), matched, phrase?.clauseBefore);
  if (
    [MUST_YOU, MUST_WE, MUST_ITS, CONVERB_FROM_NOUN, IMPERATIVE_YOU].some((marker) =>
      suggestion.includes(marker),
    )
  )
    return formFromVerbalNoun(suggestion, matched);
  if (suggestion === ABLE || suggestion === UNABLE)
    return abilityFromVerbalNoun(suggestion === ABLE, matched, phrase?.clauseBefore ?? []);
  if (suggestion.includes(MATCHED_WORD)) return suggestion.replace(MATCHED_WORD, matched);
  for (const [placeholder, recased] of FIRST_WORD_RECASED) {
    if (!suggestion.includes(placeholder)) continue;
    const word = recased(matched);
    return word ? suggestion.replace(placeholder, word) : '';
  }
  if (!stem || !matched.startsWith(stem)) return suggestion;
  if (suggestion.includes(GOVERNING_NOUN)) {
    const noun = withoutCase(matched, stem);
    // Unread, the suggestion cannot be built: none is offered.
    return noun ? suggestion.replace(GOVERNING_NOUN, noun) : '';
  }
  const rest = matched.slice(stem.length);
  const read = endingsAfter(rest);
  // An adjective in -лық («перспективтік жоспар») takes the noun as its attribute («болашақ жоспар»); another
  // ending unread («уәкілетті органдай») would leave the listed form not fitting the sentence: none is offered.
  if (!read) return /(?:лық|лік|дық|дік|тық|тік)$/u.test(rest) ? suggestion : '';
  const compound = phrase?.noun === true && phrase.previous !== undefined;
  const endings: NounEndings = {
    ...read,
    plural: read.plural && !(compound && phrase?.singular),
    possessive:
      compound && read.possessive === 'its' && !GENITIVE.test(phrase?.before ?? '')
        ? undefined
        : read.possessive,
  };
  const words = suggestion.split(' ');
  const head = words.pop() ?? '';
  // «сіз» and «біз» decline as nouns («сіздің», «сізге», «сіздер»), but take no possessive.
  if (PRONOUNS.has(head) && (endings.possessive || !REGULAR_PRONOUNS.has(head))) return suggestion;
  // The head of a compound («байланыс орталығы») keeps its possessive unless the matched word has another,
  // and takes the case after it: «колл-центрге» → «байланыс орталығына».
  const possessed = words.length > 0 ? possessedStem(head) : undefined;
  if (possessed)
    return [...words, inflectNoun(possessed, { ...endings, possessive: endings.possessive ?? 'its' })].join(
      ' ',
    );
  return [...words, inflectNoun(head, endings)].join(' ');
}

const MONTHS = new Set(
  'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(' '),
);

/**
 * A year in the genitive replaced by an attribute («ағымдағы жылдың» → «биылғы», `carries` genitive to
 * nominative): the date it possessed, a month with or without its day, loses its possessive («ағымдағы
 * жылдың 15 наурызында» → «биылғы 15 наурызда»). Undefined for anything else the year possesses («жылдың
 * басында»).
 */
function carryDate(suggestion: string, following: readonly string[]): CarriedPhrase | undefined {
  const day = following[0] !== undefined && /^\d{1,2}$/u.test(following[0]) ? following[0] : undefined;
  const month = following[day ? 1 : 0];
  const read = month ? readPossessed(month) : undefined;
  if (!read || !MONTHS.has(read.stem)) return undefined;
  const bare = inflectNoun(read.stem, { ...read.endings, possessive: undefined });
  return { length: day ? 2 : 1, text: [suggestion, day, bare].filter(Boolean).join(' ') };
}

/** `word` read as a noun with the third-person possessive («өтініші», «шотына», «құжаттары»): stem, endings. */
function readPossessed(word: string): { stem: string; endings: NounEndings } | undefined {
  for (let k = 2; k < word.length; k++) {
    const stem = word.slice(0, k);
    const endings = parseNounEndings(word.slice(k));
    // Read back: the stem with these endings must give the word as written.
    if (endings?.possessive === 'its' && inflectNoun(stem, endings) === word) return { stem, endings };
  }
  return undefined;
}

/**
 * Whether `word` reads as a possessed noun on a stem in a vowel and on one in с too («басын»: «ба-сы-н» or
 * «бас-ы-н»), so that its person cannot be changed with certainty.
 */
const ambiguousStem = (word: string): boolean => {
  const read = readPossessed(word);
  if (!read || !/сы|сі/u.test(word.slice(read.stem.length, read.stem.length + 2))) return false;
  const other = `${read.stem}с`;
  const endings = parseNounEndings(word.slice(other.length));
  return endings?.possessive === 'its' && inflectNoun(other, endings) === word;
};

/** `word` read as a noun with the third-person possessive, in `person`. */
function withPerson(word: string, person: Possessive): string | undefined {
  const read = readPossessed(word);
  return read && inflectNoun(read.stem, { ...read.endings, possessive: person });
}

/**
 * A possessor in the genitive replaced by «сіздің» or «біздің» (`PhraseEntry.carries`, genitive to genitive)
 * takes the noun it possesses along, in the same person: «өтініш берушінің өтініші» → «сіздің өтінішіңіз»,
 * «көрсетілетін қызметті берушінің шешіміне» → «біздің шешімімізге». Undefined when that noun cannot be read.
 */
export function carryKazakh(
  suggestion: string,
  following: readonly string[],
  from: GrammaticalCase,
  to: GrammaticalCase,
): CarriedPhrase | undefined {
  if (from === 'genitive' && to === 'nominative') return carryDate(suggestion, following);
  if (from !== 'genitive' || to !== 'genitive') return undefined;
  const person = /(?:^|\s)сіздің$/u.test(suggestion)
    ? 'yours'
    : /(?:^|\s)біздің$/u.test(suggestion)
      ? 'our'
      : undefined;
  const [first, second, third] = following;
  if (!person || !first) return undefined;
  // A word before a possessed noun, not its possessor nor a noun in a case of its own («мекенжайына»), is its
  // attribute or a compound's first part («тұрғылықты жеріне», «тұрғын үйіне»): the possessive goes on the head,
  // the second word («сіздің тұрғылықты жеріңізге»). Past it a participle may go on the phrase («жеке басын
  // куәландыратын құжаты»): not read.
  const firstCase = readPossessed(first)?.endings.case;
  const firstIsHead = firstCase !== undefined && firstCase !== 'object';
  if (second && !firstIsHead && !GENITIVE.test(first) && !FINITE_VERB.test(second) && readPossessed(second)) {
    const head = withPerson(second, person);
    if (!head || ambiguousStem(second) || (third && PARTICIPLE.test(third))) return undefined;
    return { length: 2, text: `${suggestion} ${first} ${head}` };
  }
  const possessed = withPerson(first, person);
  return possessed ? { length: 1, text: `${suggestion} ${possessed}` } : undefined;
}

/**
 * A verb in the present or past tense («барады», «қарайды», «қайтарды»), which reads as a possessed noun too; so
 * does a noun in т («құжаты»), left to the one-word reading.
 */
const FINITE_VERB = /(?:ды|ді|ты|ті)$/u;
/** A participle that makes the words before it a clause on the noun after it («куәландыратын», «берілген»). */
const PARTICIPLE = /\p{L}{2}(?:атын|етін|йтын|йтін|ған|ген|қан|кен)$/u;
