// A noun phrase put in another case, for officialese whose plain replacement governs a case of its own:
// «является основанием» → «— основание» (instrumental → nominative), «в качестве свидетелей» → «как
// свидетели» (genitive → nominative), «в рамках проекта» → «в проекте» (genitive → prepositional).
import type { CarriedPhrase, GrammaticalCase } from '../../internal/rules/types.ts';
import { listWords } from '../pack.ts';
import { adjectiveInCase, adjectiveStem, agreesWithNoun } from './agreement.ts';
import { RUSSIAN_FUNCTION_WORDS } from './detection.ts';
import { FAMILIAR_WORDS } from './familiar-words.ts';
import { FREQUENT_WORDS } from './frequent-words.ts';
import {
  declineNoun,
  type Gender,
  hasListedGenitivePlural,
  type Noun,
  type NounReading,
  nounReadings,
} from './nouns.ts';

const CASES: readonly GrammaticalCase[] = [
  'nominative',
  'genitive',
  'dative',
  'accusative',
  'instrumental',
  'prepositional',
];

let familiarLemmas: Set<string> | undefined;
/** Whether a form is a lemma of the authored familiar list, which holds dictionary forms only. */
export const isFamiliarLemma = (form: string) => {
  familiarLemmas ??= new Set(listWords(FAMILIAR_WORDS));
  return familiarLemmas.has(form);
};

let lexicon: Set<string> | undefined;
/** Whether a form is a word of the frequency or familiar lists: the check on a noun's reconstructed lemma. */
export const isListed = (form: string) => {
  lexicon ??= new Set([...listWords(FREQUENT_WORDS), ...listWords(FAMILIAR_WORDS)]);
  return lexicon.has(form);
};

/**
 * A lemma a carried noun may have: a listed word, or a verbal noun in -ение, -ание, -тие or -ция, an abstract
 * noun in -ость or a noun of writing in -пись («перепись», «подпись»), whose declension is regular and which the
 * word lists (counted in subtitles) mostly lack («в связи с проведением работ», «вакцинация проводится», «сдачу
 * налоговой отчетности» → «сдавать налоговую отчетность»).
 */
export const isKnownLemma = (lemma: string) =>
  (isListed(lemma) && !isAdverbOfAdjective(lemma)) ||
  /(?:(?:[еа]ни|ти)е|ция|[а-яё]{3,}ость|[а-яё]{2,}пись)$/u.test(lemma) ||
  PEOPLE_OF_NOTICES.has(lemma);

/**
 * An adverb in «-но» made of a listed adjective in «-ный» («бесплатно», «обязательно»), which the lists give as a
 * word of its own: no neuter noun, so «бесплатна» is no form of one («в качестве безработного бесплатна»).
 */
const isAdverbOfAdjective = (lemma: string) => lemma.endsWith('но') && isListed(`${lemma.slice(0, -1)}ый`);

/**
 * The people agencies write to and of, whose nouns the subtitle lists lack and whose declension is regular
 * («заявителя», «получателям»).
 */
const PEOPLE_OF_NOTICES = new Set([
  'заявитель',
  'получатель',
  'услугополучатель',
  'пользователь',
  'потребитель',
  'плательщик',
  'налогоплательщик',
  'вкладчик',
  'заказчик',
  'поставщик',
  'исполнитель',
  'правообладатель',
  'собственник',
  'наниматель',
  'работодатель',
  'подрядчик',
  'застройщик',
  'арендатор',
  'арендодатель',
  'страхователь',
  'страховщик',
  'работник',
  'ответчик',
  'нарушитель',
]);

/**
 * The pack's `carry`: a replacement and the noun phrase after an officialese phrase, in the case the
 * replacement governs. «О» is «об» before a vowel sound («об оплате», «о решении»).
 */
export function carryRussian(
  suggestion: string,
  following: readonly string[],
  from: GrammaticalCase,
  to: GrammaticalCase,
): CarriedPhrase | undefined {
  // A numeral from five up governs the genitive plural in the nominative and accusative too: only it
  // changes («в течение пяти рабочих дней» → «за пять рабочих дней»).
  const numeral =
    from === 'genitive' && (to === 'accusative' || to === 'nominative') && NUMERALS[following[0] ?? ''];
  // A compound numeral («двадцати одного дня») changes its last word's noun too: not carried.
  if (numeral && !COMPOUND_NUMERAL_PART.test(following[1] ?? ''))
    return { length: 1, text: `${suggestion} ${numeral}` };
  // In the other cases the noun after the numeral changes too («о шести играх»), which is not built: the
  // numeral read alone as a noun would leave it behind («относительно шести игр» → «о шести игр»).
  if (NUMERALS[following[0] ?? ''] || OBLIQUE_NUMERAL.test(following[0] ?? '')) return undefined;
  const phrase = recaseNounPhrase(following, CASES.indexOf(from), CASES.indexOf(to), isKnownLemma);
  if (!phrase) return undefined;
  const after = following.slice(phrase.length);
  if (goesOn(following[phrase.length - 1] ?? '', after, isKnownLemma, CASES.indexOf(from))) return undefined;
  // After «как» a noun takes the case of what it describes: the subject's nominative («выступает как
  // заказчик») or the object's accusative («пригласили как замену»). Only a phrase whose two forms are one
  // («как доказательство», «как документы») is safe without knowing which.
  if (/^как$/iu.test(suggestion) && to === 'nominative') {
    const asObject = recaseNounPhrase(
      following,
      CASES.indexOf(from),
      CASES.indexOf('accusative'),
      isKnownLemma,
    );
    if (asObject?.text !== phrase.text) return undefined;
  }
  // «В» with an accusative is a direction to a place or body («в акимат»); to a person it is the dative alone
  // («в адрес заявителя» is «заявителю», never «в заявителя»).
  if (phrase.animate && to === 'accusative' && /^во?$/iu.test(suggestion)) return undefined;
  return {
    length: phrase.length,
    text: `${withVowel(suggestion, phrase.text)} ${phrase.text}`,
    plural: phrase.plural,
  };
}

/** Conjunctions that join a second noun phrase in the same case: «из-за неурожая и отсутствия». */
const COORDINATING = new Set(['и', 'или', 'либо']);
/** Endings of an adjective or participle in an oblique case: what agrees with a noun before it. */
const OBLIQUE_ADJECTIVE = /(?:ого|его|ому|ему|ых|их|ым|им|ыми|ими|ой|ей)$/u;

/**
 * Whether the words after a carried noun phrase go on with it in its old case, which the new case would
 * break: a conjunction joining another noun phrase («из-за неурожая и отсутствием»), an adjective after it
 * that opens no genitive complement («в великом княжестве Московского»), or, after a comma, a participle or
 * adjective agreeing with it («через мероприятия, призванных»); or a noun joined past its complement
 * (`joinedPast`). A relative «который» agrees in gender and number only.
 */
/**
 * Whether a noun in the head's case is joined by «и», «или» past the head's genitive complement: «в связи с
 * основанием Петербурга и развитием» (its ending is the head's, and the new case would leave it behind);
 * «программы развития и поддержки» joins two complements, whose endings are not the head's. Past a
 * prepositional phrase any noun that may be in the head's case counts.
 */
function joinedPast(
  head: string,
  after: readonly string[],
  isWord: (lemma: string) => boolean,
  oldCase: number,
): boolean {
  const conjunction = after.findIndex((word) => COORDINATING.has(word));
  if (conjunction < 1 || after.slice(0, conjunction).includes(',')) return false;
  // The joined phrase's noun, past its adjectives in the head's case («либо Единого портала»).
  let at = conjunction + 1;
  while (
    at < conjunction + 3 &&
    ADJECTIVE_ENDINGS[oldCase]?.test(after[at] ?? '') &&
    isAdjective(after[at] ?? '', isWord)
  )
    at++;
  const joined = after[at];
  if (joined === undefined) return false;
  if (endsAlike(head, joined)) return true;
  // Past a prepositional phrase, a noun that may be in the head's case is joined to the head as likely as to
  // the phrase's complement: «при отказе в оказании помощи или нарушения» was offered.
  // Past a genitive complement, a noun that may be in the head's case and cannot be a genitive is joined to
  // the head: «влечёт прекращение выплаты и возврат средств» was offered «ведёт к прекращению … и возврат».
  // A genitive head's, with an adjective as a noun phrase of its own, is as likely joined to the head as to the
  // complement («посредством сайта МВД либо Единого портала» was offered «через сайт МВД либо Единого
  // портала»): not carried. A bare noun joins two complements («программы развития и поддержки»).
  const prepositional = after.slice(0, conjunction).some((word) => PREPOSITION.test(word));
  if (RUSSIAN_FUNCTION_WORDS.has(joined)) return false;
  const readings = nounReadings(joined).filter((r) => isWord(r.lemma));
  const inHeadCase = readings.some((r) => r.slot % 6 === oldCase);
  return (
    inHeadCase &&
    (prepositional ||
      (oldCase === GENITIVE && at > conjunction + 1) ||
      !readings.some((r) => r.slot % 6 === GENITIVE))
  );
}

/** Whether two words of more than three letters end in the same two: nouns in one case, most likely. */
const endsAlike = (head: string, other: string) =>
  head.length > 3 && other.length > 3 && other.slice(-2) === head.slice(-2);

function goesOn(
  head: string,
  after: readonly string[],
  isWord: (lemma: string) => boolean,
  oldCase: number,
): boolean {
  const [next, then] = after;
  if (next === undefined) return false;
  if (
    COORDINATING.has(next) ||
    joinedPast(head, after, isWord, oldCase) ||
    agreesPastComplement(after, oldCase)
  )
    return true;
  // After a comma: an adjective agreeing with it, or a noun listed after it with the head's ending («справки,
  // выписки и копии») or another of the head's case («звания, чина или титула»).
  if (next === ',')
    return (
      then !== undefined &&
      ((OBLIQUE_ADJECTIVE.test(then) && !/^(?:котор|чь|чей)/u.test(then)) ||
        endsAlike(head, then) ||
        (!RUSSIAN_FUNCTION_WORDS.has(then) &&
          nounReadings(then).some((r) => r.slot % 6 === oldCase && isWord(r.lemma))))
    );
  // An adjective opening a genitive complement («программы государственной поддержки», «символом школьной
  // жизни») is no such adjective: only one that no noun follows — the end, a comma, a preposition, a verb.
  const adjective =
    isAdjective(next, isWord) || (adjectiveStem(next) !== undefined && OBLIQUE_ADJECTIVE.test(next));
  const noNounAfter =
    then === undefined || then === ',' || PREPOSITION.test(then) || PAST_TENSE_LIKE.test(then);
  return adjective && noNounAfter && !(then !== undefined && isGenitiveNoun(then));
}

const PREPOSITION =
  /^(?:в|во|на|с|со|к|ко|по|о|об|от|до|из|за|для|при|через|без|у|под|над|между|около|после|перед|среди|кроме|вместо|возле|против|ради|вокруг)$/u;

/** Adjective and participle endings of each case (`CASES`' order), singular and plural. */
const ADJECTIVE_ENDINGS: readonly RegExp[] = [
  /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/u,
  /(?:ого|его|ой|ей|ых|их)$/u,
  /(?:ому|ему|ой|ей|ым|им)$/u,
  /(?:ый|ий|ого|его|ую|юю|ое|ее|ые|ие|ых|их)$/u,
  /(?:ым|им|ой|ей|ою|ею|ыми|ими)$/u,
  /(?:ом|ем|ой|ей|ых|их)$/u,
];

/**
 * Whether, past the head's genitive complement, a comma opens a participle in the head's old case that may
 * agree with it: «В соответствии с Правилами предоставления помощи, утвержденными решением» — «По Правилам
 * …, утвержденными» would break the agreement. A participle agreeing with the complement instead reads the
 * same, so nothing is carried either way.
 */
function agreesPastComplement(after: readonly string[], oldCase: number): boolean {
  const comma = after.indexOf(',');
  if (comma < 1) return false;
  const then = after[comma + 1];
  if (then === undefined || /^(?:котор|чь|чей)/u.test(then) || RUSSIAN_FUNCTION_WORDS.has(then)) return false;
  // A participle («утвержденными», «принятым», «действующей»), not an adjective opening a noun phrase.
  return (
    /(?:нн|[её]н|т|вш|щ|ем|им|ом)[а-я]{2,3}$/u.test(then) && (ADJECTIVE_ENDINGS[oldCase]?.test(then) ?? false)
  );
}

/**
 * Whether a form is the genitive of a noun whose lemma is a noun for certain: a dictionary form of the familiar
 * list, a verbal noun, a person of notices, or a listed word unless the form looks like a past tense (the
 * frequency list's forms include verbs: «возникла» is no genitive of a «возникло»).
 */
function isGenitiveNoun(form: string): boolean {
  const pastTense = PAST_TENSE_LIKE.test(form);
  return nounReadings(form).some(
    (r) =>
      r.slot % 6 === GENITIVE &&
      (isFamiliarLemma(r.lemma) ||
        /(?:[еа]ни|ти)е$/u.test(r.lemma) ||
        PEOPLE_OF_NOTICES.has(r.lemma) ||
        (!pastTense && isListed(r.lemma))),
  );
}

/** A form ending as a past tense after a consonant does («возникла», «помогли»), which a listed noun may not. */
const PAST_TENSE_LIKE = /[^аеёиоуыэюя]л[аио]$/u;

const CONSONANT = '[бвгджзклмнпрстфхцчшщ]';
/** Prepositions that take a vowel before some words: «об оплате», «во всём», «со сроками», «ко всем». */
const PREPOSITION_FORMS: Record<string, [string, RegExp][]> = {
  о: [
    ['обо', /^(?:всё|всем|всех|мне)$/u],
    ['об', /^[аиоуыэ]/u],
  ],
  в: [['во', new RegExp(`^(?:[вф]${CONSONANT}|мн)`, 'u')]],
  с: [['со', new RegExp(`^(?:[сзшж]${CONSONANT}|мн|вс)`, 'u')]],
  к: [['ко', /^(?:вс|мн)/u]],
};

/** The prepositions `PREPOSITION_FORMS` writes, each with its one-letter form. */
const PREPOSITION_BASE: Readonly<Record<string, string>> = {
  о: 'о',
  об: 'о',
  обо: 'о',
  в: 'в',
  во: 'в',
  с: 'с',
  со: 'с',
  к: 'к',
  ко: 'к',
};

/**
 * A preposition written before a paste (`written`, as typed) in the form the paste's first word asks for:
 * «о» before «этом» is «об», «об» before «нём» is «о». Undefined when `written` is no such preposition.
 */
export function prepositionFor(written: string, next: string): string | undefined {
  const lower = written.toLowerCase();
  const base = PREPOSITION_BASE[lower];
  if (base === undefined) return undefined;
  const form = withVowel(base, next.toLowerCase());
  return written === lower ? form : form.charAt(0).toUpperCase() + form.slice(1);
}

/** A one-letter preposition in the form the next word asks for. */
function withVowel(preposition: string, next: string): string {
  const lower = preposition.toLowerCase();
  const form = PREPOSITION_FORMS[lower]?.find(([, before]) => before.test(next.split(' ')[0] ?? ''))?.[0];
  if (!form) return preposition;
  return preposition === lower ? form : form[0]?.toUpperCase() + form.slice(1);
}

/** Numerals from five up in the genitive, and their nominative (which is also their accusative). */
const NUMERALS: Readonly<Record<string, string>> = Object.fromEntries(
  `пяти:пять шести:шесть семи:семь восьми:восемь девяти:девять десяти:десять одиннадцати:одиннадцать
  двенадцати:двенадцать тринадцати:тринадцать четырнадцати:четырнадцать пятнадцати:пятнадцать
  шестнадцати:шестнадцать семнадцати:семнадцать восемнадцати:восемнадцать девятнадцати:девятнадцать
  двадцати:двадцать тридцати:тридцать сорока:сорок пятидесяти:пятьдесят шестидесяти:шестьдесят
  семидесяти:семьдесят восьмидесяти:восемьдесят девяноста:девяносто ста:сто`
    .trim()
    .split(/\s+/u)
    .map((pair) => pair.split(':') as [string, string]),
);

/** Numerals below five in an oblique case, which `NUMERALS` leaves out: «двух», «трём», «четырьмя». */
const OBLIQUE_NUMERAL = /^(?:дв|тр|четыр)(?:ух|ум|умя|[её]х|[её]м|емя|ьмя)$/u;

const COMPOUND_NUMERAL_PART = /^(?:одн|дв|тр[её]х|четыр|пят|шест|сем|восьм|девят)/u;

/** How many adjectives may stand before the noun («действующего налогового законодательства»). */
const ADJECTIVES = 2;

/**
 * The noun phrase at the start of `words` (lower-cased forms: up to two adjectives, then a noun) in case
 * `from` (0 nominative … 5 prepositional), put in case `to` in the same number: its length in words, its
 * text and whether its noun names a person. Undefined unless every word is read one way only and the noun is one `isWord` knows (its nominative is
 * a listed word), so a suggestion built from it is certain.
 */
/**
 * A pronoun with a particle after a hyphen («какие-либо», «кого-нибудь», «что-то»), which the tables would
 * read as a noun in «-о» («нет какие-либа» was offered): not carried.
 */
const INDEFINITE_PRONOUN = /-(?:либо|нибудь|то|таки)$/u;

export function recaseNounPhrase(
  words: readonly string[],
  from: number,
  to: number,
  isWord: (lemma: string) => boolean,
): { length: number; text: string; animate: boolean; plural: boolean; gender: Gender } | undefined {
  for (let adjectives = 0; adjectives <= ADJECTIVES && adjectives < words.length; adjectives++) {
    const nounForm = words[adjectives];
    // A preposition opens a phrase of its own: «через», «для», «без» read by their endings are no nouns.
    if (nounForm === undefined || INDEFINITE_PRONOUN.test(nounForm) || PREPOSITION.test(nounForm))
      return undefined;
    const compound = recaseCompound(words, adjectives, from, to, isWord);
    if (compound !== undefined) return compound || undefined;
    const person = personReadings(nounForm).filter((r) => r.slot % 6 === from);
    // An adjective standing alone («является прекрасной») is no noun, though «прекрасна» is a word; one that
    // names people is, unless a noun follows it («больной ребёнок»).
    if (person.length > 0 && !nounFollows(words[adjectives + 1], from, isWord)) {
      const targets = new Set(person.map((r) => targetForm(r, to)));
      const [reading] = person;
      const [target] = targets;
      if (!reading || targets.size !== 1 || target === undefined || adjectives > 0) return undefined;
      return {
        length: 1,
        text: target,
        animate: true,
        plural: reading.slot >= 6,
        gender: reading.noun.gender,
      };
    }
    if (person.length > 0 || isAdjective(nounForm, isWord)) continue;
    const inCase = nounReadings(nounForm).filter(
      (r) => r.slot % 6 === from && !isPluralStemOfAnin(r.lemma, isWord),
    );
    const listed = ofOtherReadings(
      inCase.filter((r) => isWord(r.lemma) && !isFormOfShorterNoun(r, nounForm, isWord)),
    );
    // An adjective the lists lack before a listed noun in the same case is no noun in «-а» of its own:
    // «с индивидуальной программой» is «по индивидуальной программе», never «по индивидуальне».
    const next = words[adjectives + 1] ?? '';
    if (
      listed.length === 0 &&
      adjectiveStem(nounForm) !== undefined &&
      nounReadings(next).some((r) => r.slot % 6 === from && isWord(r.lemma))
    )
      continue;
    const neuter = from === GENITIVE ? neuterOfZeroGenitive(nounForm, isWord) : undefined;
    const readings = neuter
      ? [neuter]
      : listed.length || !mayReadUnlisted(nounForm, to, isWord)
        ? listed
        : inCase;
    const targets = new Set(readings.map((r) => targetForm(r, to)));
    const [reading] = readings;
    const [target] = targets;
    if (!reading || targets.size !== 1 || target === undefined) continue;
    // A genitive plural without ending is the likeliest misreading («лет» is no form of «лета»): its new form
    // must be a listed word.
    if (
      endsWithoutEnding(nounForm) &&
      reading.slot === 7 &&
      !isWord(target) &&
      !hasListedGenitivePlural(reading.lemma)
    )
      continue;
    const targetSlot = (reading.slot < 6 ? 0 : 6) + to;
    const before = words.slice(0, adjectives);
    // «Несколько» governs its noun as a numeral does: «нескольких часов» is no adjective and noun.
    if (before.some((word) => QUANTIFIER.test(word))) continue;
    if (!before.every((adjective) => agreesWithNoun(adjective, reading.slot, reading.noun))) continue;
    const recased = before.map((adjective) =>
      adjectiveInCase(adjective, targetSlot, reading.noun, isMasculineNominative(isWord)),
    );
    if (recased.some((form) => form === undefined)) continue;
    return {
      length: adjectives + 1,
      text: [...recased, target].join(' '),
      animate: reading.noun.animate,
      plural: reading.slot >= 6,
      gender: reading.noun.gender,
    };
  }
  return undefined;
}

/**
 * Whether a form is an adjective's masculine nominative, as `adjectiveInCase` asks of «-ый» and «-ой»: a listed
 * «-ой» form is as likely the feminine oblique case of an adjective in «-ый» («единой» of «единый», which the
 * frequency list holds and «Единого портала» was offered as «через Единой портал»), so only a dictionary form
 * of the familiar list says it is a masculine in stressed «-ой» («основной»).
 */
const isMasculineNominative =
  (isWord: (form: string) => boolean) =>
  (form: string): boolean =>
    form.endsWith('ой') ? isFamiliarLemma(form) : isWord(form);

/**
 * A compound of two declined nouns («счетов-квитанций») put in case `to` half by half, with the adjectives
 * before it agreeing with its first half: «по выставленным счетам-квитанциям». Undefined where the first half
 * does not decline («интернет-ресурсе»: the phrase is read as one noun), null where the halves cannot both be
 * put in the new case (nothing is carried: half a compound recased is no word).
 */
function recaseCompound(
  words: readonly string[],
  adjectives: number,
  from: number,
  to: number,
  isWord: (lemma: string) => boolean,
): ReturnType<typeof recaseNounPhrase> | null | undefined {
  const [head = '', tail = '', ...more] = (words[adjectives] ?? '').split('-');
  if (!tail || more.length > 0) return undefined;
  // Both halves in the old case and one number: «интернет» is no genitive plural before «ресурса».
  const inCase = (half: string) => nounReadings(half).filter((r) => r.slot % 6 === from && r.lemma !== half);
  const tailNumbers = new Set(inCase(tail).map((r) => r.slot >= 6));
  const declines = inCase(head).some((r) => isWord(r.lemma) && tailNumbers.has(r.slot >= 6));
  if (!declines) return undefined;
  const first = recaseNounPhrase([...words.slice(0, adjectives), head], from, to, isWord);
  const second = recaseNounPhrase([tail], from, to, isWord);
  if (first?.length !== adjectives + 1 || second?.length !== 1 || first.plural !== second.plural) return null;
  return { ...first, text: `${first.text}-${second.text}` };
}

const GENITIVE = 1;
const GENITIVE_PLURAL = 7;

/**
 * «прав», «дел», «мест»: the genitive plural of a listed neuter in -о («право»), whose plural «права» the lists
 * hold too, so that the form also reads as a feminine «права» («чтобы выполнить правы» was offered). «лет» is
 * of «год». Not where «-о» is an adjective's adverb, whose genitive the lists hold too: «дорог» is of «дорога»
 * («дорого», «дорогого»), not of a neuter «дорого» («ремонтируют дорога» was offered).
 */
function neuterOfZeroGenitive(form: string, isWord: (form: string) => boolean): NounReading | undefined {
  if (form === 'лет' || !endsWithoutEnding(form) || !isWord(`${form}о`) || isWord(`${form}ого`))
    return undefined;
  const noun = declineNoun(`${form}о`);
  if (noun?.gender !== 'neuter') return undefined;
  const forms = noun.forms.map((known, slot) => (slot === GENITIVE_PLURAL ? form : known));
  return { lemma: `${form}о`, slot: GENITIVE_PLURAL, noun: { ...noun, forms } };
}

/** The cases a noun of unknown declension keeps its stem in, whatever vowel its nominative drops (рынок, рынке). */
const OBLIQUE = new Set([1, 2, 4, 5]);

/**
 * Whether a noun form whose lemma no list has may still be read by its ending («неуплаты» → «неуплате»): into an
 * oblique case only, where a fleeting vowel or an irregular nominative does not show, and only a form no list
 * has, since a listed form whose lemma is not listed is some other word («если» is not a form of «есля»).
 * The readings must still agree on one target form.
 */
const mayReadUnlisted = (form: string, to: number, isWord: (form: string) => boolean) =>
  OBLIQUE.has(to) && form.length >= 5 && !isWord(form);

/**
 * Whether a lemma read off a plural is the plural stem of a noun in -анин/-янин («гражданами» is no form of
 * «граждан»: гражданин has the plural граждане), which the tables do not decline.
 */
const isPluralStemOfAnin = (lemma: string, isWord: (form: string) => boolean) =>
  /[ая]н$/u.test(lemma) && isWord(`${lemma}ин`);

/**
 * Whether a reading takes a form for the nominative of a noun of its own (or its inanimate accusative, the same
 * form) that is an oblique form of a shorter listed noun: the word lists hold «работника», «родственников»,
 * counted from texts, but as forms of «работник», «родственник», which is what they are.
 */
const isFormOfShorterNoun = (reading: NounReading, form: string, isWord: (form: string) => boolean) =>
  reading.lemma === form &&
  nounReadings(form).some(
    (r) =>
      r.slot % 6 !== 0 &&
      r.lemma.length < form.length &&
      isWord(r.lemma) &&
      !hasFormOfItsOwn(reading, r, isWord) &&
      // The familiar list holds dictionary forms: «жалоба» listed there is a noun of its own.
      !isFamiliarLemma(form),
  );

/**
 * Whether the lists hold a form of a reading's noun that the shorter noun it might be a form of does not have:
 * «работой» is «работа»'s alone, so «работа» is that noun and not the genitive of a «работ» (whose listed
 * form is really «работа»'s genitive plural); «работникой» is no word, so «работника» stays «работник»'s.
 */
const hasFormOfItsOwn = (reading: NounReading, shorter: NounReading, isWord: (form: string) => boolean) =>
  reading.noun.forms.some((form) => form !== undefined && !shorter.noun.forms.includes(form) && isWord(form));

/**
 * The readings less those whose lemma is a form of another's: «правилами» is of «правило», not of a feminine
 * «правила» or a masculine «правил», which the word lists hold as its forms. Where each is a form of another
 * («врачам»: «врач», «врача»), those whose lemma the familiar list holds, a dictionary form; else all stay.
 */
function ofOtherReadings(readings: NounReading[]): NounReading[] {
  const lemmas = readings.filter(
    (r) => !readings.some((other) => other.lemma !== r.lemma && other.noun.forms.includes(r.lemma)),
  );
  if (lemmas.length > 0) return lemmas;
  const familiar = readings.filter((r) => isFamiliarLemma(r.lemma));
  return familiar.length > 0 ? familiar : readings;
}

/** A form ending in a consonant with no «-ов», «-ев»: a genitive plural without ending, if one at all. */
const endsWithoutEnding = (form: string) => /[бвгджзклмнпрстфхцчшщ]$/u.test(form) && !/[ое]в$/u.test(form);
const QUANTIFIER = /^нескольк/u;

/**
 * Adjectives and participles said as nouns of people, in the masculine nominative with е for ё: they decline
 * as adjectives and, as people, take the genitive's form in the accusative («Больной был доставлен» →
 * «Больного доставили», «Пострадавших госпитализировали»). The noun tables would read «больной» as a noun like
 * «случай», and an inanimate one. Not «ведущий», «рабочий», «часовой»: as often adjectives of things.
 */
const PEOPLE_ADJECTIVES = new Set(
  `больной раненый заключенный отдыхающий пострадавший погибший задержанный подозреваемый обвиняемый
  осужденный потерпевший ученый служащий военнослужащий дежурный пропавший пленный безработный малоимущий
  понятой заведующий вожатый портной умерший`
    .trim()
    .split(/\s+/u),
);

/** A form's readings as an adjective that names people (`PEOPLE_ADJECTIVES`), masculine or feminine. */
function personReadings(form: string): NounReading[] {
  const stem = adjectiveStem(form);
  const lemma =
    stem && ['ый', 'ий', 'ой'].map((ending) => stem + ending).find((m) => PEOPLE_ADJECTIVES.has(m));
  if (!lemma) return [];
  const readings: NounReading[] = [];
  for (const gender of ['masculine', 'feminine'] as const) {
    const person: Noun = { forms: [], gender, animate: true };
    const forms = Array.from({ length: 12 }, (_, slot) =>
      adjectiveInCase(lemma, slot, person, (known) => known === lemma),
    );
    const noun: Noun = { ...person, forms };
    forms.forEach((known, slot) => {
      if (known === form) readings.push({ lemma, slot, noun });
    });
  }
  return readings;
}

/**
 * Whether `next` may be a noun the adjective before it describes: a listed noun in case `from`, or any word that
 * is no function word, preposition or verb, since the noun tables miss forms («пострадавшим семьям»). Read as
 * a noun wrongly, the adjective only loses its paste.
 */
const nounFollows = (next: string | undefined, from: number, isWord: (form: string) => boolean) =>
  next !== undefined &&
  (nounReadings(next).some((r) => r.slot % 6 === from && isWord(r.lemma)) ||
    (/^[а-яё-]+$/u.test(next) &&
      !RUSSIAN_FUNCTION_WORDS.has(next) &&
      !PREPOSITION.test(next) &&
      !PAST_TENSE_LIKE.test(next) &&
      !VERB_LIKE.test(next)));

/** Endings of finite verbs and infinitives («доставили», «доставят», «доставить»), which no noun has. */
const VERB_LIKE = /(?:ть|ться|ся|сь|ют|ят|ет|ит|ут|ат|ли|ешь|ишь)$/u;

/** Whether a form is an adjective's: its masculine nominative is a listed word («милой» → «милый»). */
export function isAdjective(form: string, isWord: (form: string) => boolean): boolean {
  const stem = adjectiveStem(form);
  if (stem === undefined) return false;
  // A listed noun's own form is no evidence: «решений» is the genitive plural of «решение».
  const nounForms = new Set(
    nounReadings(form)
      .filter((r) => isWord(r.lemma))
      .flatMap((r) => r.noun.forms),
  );
  // The form itself may end in «-ой» («проблемой»): only another form is evidence.
  return ['ый', 'ий', 'ой'].some(
    (ending) => stem + ending !== form && isWord(stem + ending) && !nounForms.has(stem + ending),
  );
}

function targetForm(reading: NounReading, to: number): string | undefined {
  return reading.noun.forms[(reading.slot < 6 ? 0 : 6) + to];
}
