// The safety net behind `agree` and `carry`: a suggestion is pasted by one click, so a word outside the finding
// that agreed with the replaced words must agree with the replacement too. Each relation is read twice, in the
// text as written and with the suggestion pasted, and only one that the tables read as agreeing before and as
// not agreeing after withholds the suggestion: officialese is often ungrammatical already, and a word the
// tables cannot read withholds nothing.

import { PASTE_SITE_CHARS, type PasteSite } from '../../internal/rules/types.ts';
import {
  adjectiveSlot,
  modifierSlots,
  NOUN_SLOTS_OF_ADJECTIVE,
  PREPOSITION_CASES,
  predicateGender,
} from './agreement.ts';
import { RUSSIAN_FUNCTION_WORDS } from './detection.ts';
import { type Gender, isAnimate, type NounReading, nounReadings } from './nouns.ts';
import { isAdjective, isFamiliarLemma, isKnownLemma, isListed } from './recase.ts';

/** A comma, which ends a modifier's and a subject's reach but opens a participial clause. */
const COMMA = ',';
/** Anything that is no Cyrillic word or comma (a number, a Latin word, a quote, a dash): read as nothing. */
const OPAQUE = '#';

/** Marks that end a clause: what lies past them agrees with nothing in it. */
const CLAUSE_END = /[.!?;:()\n]/u;

/** The words and commas of a text, lower-cased with «ё» as «е»; anything else is `OPAQUE`. */
function tokens(text: string): string[] {
  const found: string[] = [];
  for (const [token] of text
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .matchAll(/[а-я]+(?:-[а-я]+)*|,|[^\s,а-я]+/gu))
    found.push(token === COMMA || /^[а-я]/u.test(token) ? token : OPAQUE);
  return found;
}

/** The tokens of the clause before a finding (after the last clause end) and after it (up to the next). */
function clauseTokens(site: PasteSite): { before: string[]; after: string[] } {
  const before = site.before.split(CLAUSE_END).at(-1) ?? '';
  const after = site.after.split(CLAUSE_END)[0] ?? '';
  return { before: tokens(before), after: tokens(after) };
}

/** A text repeats its words, and each reading walks the tables: each word is read once. */
const WORDS_REMEMBERED = 10_000;
const modifiers = new Map<string, boolean>();
const nouns = new Map<string, readonly NounReading[]>();

function remembered<T>(memory: Map<string, T>, word: string, read: (word: string) => T): T {
  let value = memory.get(word);
  if (value === undefined) {
    if (memory.size >= WORDS_REMEMBERED) memory.clear();
    value = read(word);
    memory.set(word, value);
  }
  return value;
}

/** Whether a word is an adjective, participle or pronoun that agrees with a noun («этот», «утвержденными»). */
function isModifier(word: string): boolean {
  return remembered(modifiers, word, readModifier);
}

function readModifier(word: string): boolean {
  if (modifierSlots(word).length === 0) return false;
  if (isAdjective(word, isListed) || isPronounModifier(word)) return true;
  // An adjective or participle whose other forms the lists lack («трудовой», «утвержденными»): an ending no
  // noun has, and no noun of a known lemma to read.
  return ADJECTIVE_ONLY.test(word) && nounCandidates(word).length === 0;
}

/** Endings of adjectives and participles that nouns hardly have («-ом», «-ей», «-ем» are also nouns'). */
const ADJECTIVE_ONLY = /(?:[оеы]го|[оеы]му|[ыи]ми|[ыи]х|[ыио]й|[ая]я|[ую]ю|[ое]е|[ыи]е|[ыи]м)$/u;

/**
 * «этот», «весь», «наш» …: their forms are `modifierSlots`' own, not nouns of the tables; nor are those of
 * «такой», «какой», «никакой», which the tables also read as a noun «такой» («такое» as its prepositional).
 */
const isPronounModifier = (word: string) =>
  ((RUSSIAN_FUNCTION_WORDS.has(word) && !/^(?:это|то|все|всё)$/u.test(word)) ||
    PRONOMINAL_ADJECTIVE.test(word)) &&
  modifierSlots(word).length > 0;

const PRONOMINAL_ADJECTIVE = /^(?:ни)?[тк]ак(?:ой|ая|ое|ие|ого|ому|им|ом|ую|их|ими)$/u;

/**
 * The readings of a noun of a known lemma; none for a modifier or a function word. The lemma must look like a
 * dictionary form: the word lists hold every form, so «людей», «лиц» would pass as nominatives of nouns that
 * are none, and «завершена» as the genitive of a «завершен».
 */
function nounsOf(word: string): readonly NounReading[] {
  return remembered(nouns, word, readNouns);
}

function readNouns(word: string): readonly NounReading[] {
  if (word === COMMA || word === OPAQUE || RUSSIAN_FUNCTION_WORDS.has(word) || isModifier(word)) return [];
  return nounCandidates(word);
}

/** `nounsOf` before a modifier is ruled out. */
function nounCandidates(word: string): readonly NounReading[] {
  // A nominative in «-ый», «-ий», «-ой» of more than five letters is an adjective's («трудовой»), not a noun's
  // like «случай», «герой».
  const adjectival = word.length > 5 && /[ыио]й$/u.test(word);
  const readings = nounReadings(word).filter(
    (reading) =>
      isKnownLemma(reading.lemma) &&
      !NUMERAL.test(reading.lemma) &&
      isDictionaryForm(reading.lemma, word) &&
      !(adjectival && reading.lemma === word),
  );
  // A dictionary form is its own nominative: not a form of a longer lemma the lists hold as a form («человек»
  // is no genitive plural of a «человека»), even where the tables cannot decline it.
  if (isFamiliarLemma(word))
    return readings.filter((reading) => !reading.lemma.startsWith(word) || reading.lemma === word);
  // «проекта» is the genitive of «проект», not the nominative of a «проекта» the lists hold as a form.
  const oblique = readings.some((reading) => reading.lemma !== word);
  return oblique ? readings.filter((reading) => reading.lemma !== word) : readings;
}

/**
 * Whether the lemma a form is read off may be a noun's dictionary form: one of the familiar list, a person's
 * noun, or one no past verb or short participle shares that ends in a vowel or «-ь» («проверка», «решение») or
 * is another form's lemma («проекта» → «проект»). A form read as its own nominative without ending («людей»,
 * «граждан») is as often a genitive plural.
 */
const isDictionaryForm = (lemma: string, form: string) =>
  isFamiliarLemma(lemma) ||
  /(?:тель|ник|чик|щик)$/u.test(lemma) ||
  ((/[аяоеь]$/u.test(lemma) || lemma !== form) &&
    predicateGender(lemma) === undefined &&
    !PLURAL_PREDICATE.test(lemma) &&
    !isMasculineGenitive(lemma));

/** «человека», «учителя»: the genitive of a masculine the familiar list holds, not a feminine of their own. */
const isMasculineGenitive = (lemma: string) =>
  /[ая]$/u.test(lemma) && [lemma.slice(0, -1), `${lemma.slice(0, -1)}ь`].some(isFamiliarLemma);

/** How one side of the comparison reads a word as a noun. */
type NounReader = (word: string) => readonly NounReading[];

/**
 * The readings of a word of the finding as written, which the tables may read though the lists lack it
 * («стейкхолдер», «таргет»): the relation it was in is read as holding, so that a paste the tables read for
 * certain as breaking it is not offered.
 */
function writtenNouns(word: string): readonly NounReading[] {
  const strict = nounsOf(word);
  if (strict.length > 0 || word === COMMA || word === OPAQUE) return strict;
  if (RUSSIAN_FUNCTION_WORDS.has(word) || isModifier(word)) return [];
  // A word the lists hold, read as a form of a noun they hold, though it may also be read otherwise («орган»
  // as a past verb in «-ан»): a relation read as holding only withholds a paste. Not a numeral («шести»).
  if (isListed(word))
    return nounReadings(word).filter((r) => isKnownLemma(r.lemma) && !NUMERAL.test(r.lemma));
  if (predicateOf(word)) return [];
  return nounReadings(word);
}

/**
 * The readings of a word of the paste: as `writtenNouns`, and for a noun the tables do not decline
 * («автомобиль»), its nominative singular (and a thing's accusative) in the gender its ending tells —
 * masculine or feminine for «-ь» — so that a verb or a modifier that agreed with the replaced noun is read
 * against it («Транспортное средство сломалось» → no «Автомобиль»).
 */
function pastedNouns(word: string): readonly NounReading[] {
  const readings = writtenNouns(word);
  if (readings.length > 0 || !isListed(word) || !/^[а-я]{3,}$/u.test(word)) return readings;
  if (RUSSIAN_FUNCTION_WORDS.has(word) || isModifier(word) || ADJECTIVE_ONLY.test(word)) return [];
  if (VERB_LIKE.test(word) || predicateOf(word) || PREPOSITION_CASES.has(word)) return [];
  const animate = isAnimate(word);
  // A thing's accusative is its nominative's form, but in «-а», «-я» («на автомобиль», not «на машина»).
  const slots = animate || /[ая]$/u.test(word) ? [0] : [0, 3];
  return gendersByEnding(word).flatMap((gender) =>
    slots.map((slot) => ({ lemma: word, slot, noun: { forms: [word], gender, animate } })),
  );
}

/** The genders a noun's nominative singular ending tells: none for a vowel that tells none («кофе»). */
function gendersByEnding(lemma: string): readonly Gender[] {
  if (/[ая]$/u.test(lemma)) return ['feminine'];
  if (/[оеё]$/u.test(lemma)) return ['neuter'];
  if (/ь$/u.test(lemma)) return ['masculine', 'feminine'];
  if (/[бвгджзклмнпрстфхцчшщй]$/u.test(lemma)) return ['masculine'];
  return [];
}

/** The adjective slots a noun's readings agree with. */
function agreeingSlots(noun: string, nouns: NounReader): Set<number> {
  return new Set(nouns(noun).map((r) => adjectiveSlot(r.slot, r.noun.gender, r.noun.animate)));
}

/**
 * Whether a modifier agrees with the word after it: a noun, or another modifier of the same noun («успешная
 * хорошая работа»). Undefined where the tables cannot read the pair.
 */
function modifierAgrees(modifier: string, next: string, nouns: NounReader): boolean | undefined {
  if (!isModifier(modifier)) return undefined;
  const slots = modifierSlots(modifier);
  if (isModifier(next)) return modifierSlots(next).some((slot) => slots.includes(slot));
  const nounSlots = agreeingSlots(next, nouns);
  if (nounSlots.size === 0) return undefined;
  return slots.some((slot) => nounSlots.has(slot));
}

/** The cases (0–5) a noun or a modifier may stand in; empty where the tables cannot read it. */
function casesOf(word: string, nouns: NounReader): Set<number> {
  if (isModifier(word))
    return new Set(
      modifierSlots(word).flatMap((slot) => (NOUN_SLOTS_OF_ADJECTIVE[slot] ?? []).map((s) => s % 6)),
    );
  return new Set(nouns(word).map((r) => r.slot % 6));
}

/** Whether a preposition governs a case the word after it may stand in; undefined where unreadable. */
function governs(preposition: string, word: string, nouns: NounReader): boolean | undefined {
  const governed = PREPOSITION_CASES.get(preposition);
  if (!governed) return undefined;
  const cases = casesOf(word, nouns);
  if (cases.size === 0) return undefined;
  return governed.some((c) => cases.has(c));
}

/** What a past verb or short participle shows of its subject: gender in the singular, or the plural. */
interface Predicate {
  gender?: Gender;
  plural: boolean;
}

const PLURAL_PREDICATE = /(?:[аеиоуыяё]ли|[аеиоуыяё](?:н|ен)ы|[ыяи]ты)(?:сь)?$/u;
const BE = new Map<string, Predicate>([
  ['был', { gender: 'masculine', plural: false }],
  ['была', { gender: 'feminine', plural: false }],
  ['было', { gender: 'neuter', plural: false }],
  ['были', { plural: true }],
]);

/** A past verb or short participle («рассмотрел», «завершена», «приняты»); not a noun or an adjective. */
function predicateOf(word: string): Predicate | undefined {
  const be = BE.get(word);
  if (be) return be;
  if (word.length < 4 || RUSSIAN_FUNCTION_WORDS.has(word) || modifierSlots(word).length > 0) return undefined;
  if (nounsOf(word).length > 0) return undefined;
  if (PLURAL_PREDICATE.test(word)) return { plural: true };
  const gender = predicateGender(word);
  return gender === undefined ? undefined : { gender, plural: false };
}

/** Whether a word may be the predicate's subject: a nominative of its number (and gender, in the singular). */
function subjectOf(word: string, predicate: Predicate, nouns: NounReader): boolean | undefined {
  const readings = nouns(word).filter((r) => r.slot === 0 || r.slot === 6);
  if (readings.length === 0) return undefined;
  return readings.some((r) =>
    predicate.plural ? r.slot === 6 : r.slot === 0 && r.noun.gender === predicate.gender,
  );
}

/** A word of a genitive noun phrase, which may stand between a subject and its verb («Реализация проекта»). */
function mayBeGenitive(word: string, nouns: NounReader): boolean {
  return casesOf(word, nouns).has(1);
}

/**
 * The subject the predicate at `at` agrees with, scanning back past genitives: its index, or -1 where a
 * nominative stands there that does not agree, or undefined where nothing can be read.
 */
function subjectBefore(
  words: readonly string[],
  at: number,
  predicate: Predicate,
  nouns: NounReader,
): number | undefined {
  for (let i = at - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    const agrees = subjectOf(word, predicate, nouns);
    if (agrees) return i;
    // A nominative that may also be a genitive is one after a nominative modifier that agrees with it
    // («заинтересованные стороны получил»).
    if (agrees === false && nominativeModifier(words[i - 1] ?? '', word, nouns)) return -1;
    if (mayBeGenitive(word, nouns)) continue;
    return agrees === false ? -1 : undefined;
  }
  return undefined;
}

/** Whether `modifier` agrees with `noun` read as a nominative. */
function nominativeModifier(modifier: string, noun: string, nouns: NounReader): boolean {
  if (!isModifier(modifier)) return false;
  const slots = modifierSlots(modifier);
  return nouns(noun).some(
    (r) => r.slot % 6 === 0 && slots.includes(adjectiveSlot(r.slot, r.noun.gender, r.noun.animate)),
  );
}

/** The first predicate of the clause after index `from`, past a genitive phrase: its index. */
function predicateAfter(words: readonly string[], from: number, nouns: NounReader): number | undefined {
  for (let i = from; i < words.length && i < from + 4; i++) {
    const word = words[i] ?? '';
    if (predicateOf(word)) return i;
    if (!mayBeGenitive(word, nouns)) return undefined;
  }
  return undefined;
}

/** Endings of finite verbs and infinitives («выдают», «подать»), which no noun of a clause's phrase has. */
const VERB_LIKE = /(?:ть|ться|ся|сь|ют|ят|ет|ит|ут|ат|ешь|ишь)$/u;

/** Numerals, which the tables read as nouns in «-ь» («шести» as a plural of «шесть»). */
const NUMERAL =
  /^(?:один|два|три|четыре|пять|шесть|семь|восемь|девять|десять|[а-я]+надцать|двадцать|тридцать|сорок|[а-я]+десят|девяносто|сто|двести|триста|четыреста)$/u;

/** Conjunctions, which end a noun phrase (prepositions do too). */
const PHRASE_ENDS = new Set('и или либо а но как что чем также ни да не'.split(' '));

/** How many words before a comma a participle after it may agree with («Правилами предоставления помощи,»). */
const PARTICIPLE_REACH = 5;

/**
 * A participle or adjective after a comma («, утвержденными», «, не прошедшего»: past active ones in «-шего» after
 * a consonant too), which agrees with a noun before the comma.
 */
const PARTICIPLE = /(?:нн|[её]н|т|ш|щ|ем|им|ом)[а-я]{2,3}$/u;

/**
 * Whether the participle after the comma at `comma` agrees with a noun of the words before it; undefined where
 * no word there can be read as a noun.
 */
function participleAgrees(words: readonly string[], comma: number, nouns: NounReader): boolean | undefined {
  // «Не» before the participle negates it and agrees with nothing: «средства, не прошедшего».
  const participle = (words[comma + 1] === 'не' ? words[comma + 2] : words[comma + 1]) ?? '';
  if (!PARTICIPLE.test(participle) || !isModifier(participle)) return undefined;
  const slots = modifierSlots(participle);
  let read = false;
  for (let i = comma - 1; i >= 0 && i >= comma - PARTICIPLE_REACH; i--) {
    const word = words[i] ?? '';
    // The noun phrase before the comma ends at a conjunction, a preposition or a verb: «помещение, либо
    // организация», «Справку выдают человеку, подавшему».
    if (word === COMMA || word === OPAQUE || PHRASE_ENDS.has(word) || PREPOSITION_CASES.has(word)) break;
    const modifier = isModifier(word);
    // A modifier stands for its noun, which the tables may not decline («физическое лицо, предоставившее»).
    const nounSlots = modifier ? new Set(modifierSlots(word)) : agreeingSlots(word, nouns);
    if (nounSlots.size === 0) {
      if (VERB_LIKE.test(word) || predicateOf(word)) break;
      continue;
    }
    read = true;
    if (slots.some((slot) => nounSlots.has(slot))) return true;
    // Past a genitive complement the head noun may agree («Правилами предоставления помощи, утвержденными»);
    // past a noun in another case none does.
    if (!modifier && !mayBeGenitive(word, nouns)) break;
  }
  return read ? false : undefined;
}

/** The cases (0–5) a word may stand in as a noun; empty for a modifier or a word the tables cannot read. */
function nounCases(word: string, nouns: NounReader): Set<number> {
  return new Set(nouns(word).map((r) => r.slot % 6));
}

/** Whether two sets of cases share none: a noun read in both has changed its case for certain. */
const disjoint = (a: ReadonlySet<number>, b: ReadonlySet<number>) =>
  a.size > 0 && b.size > 0 && ![...a].some((c) => b.has(c));

/** Conjunctions that join a noun phrase in the same case as the one before («и», «или», «а также»). */
const JOINING = new Set(['и', 'или', 'либо']);

/** How far past the finding a noun joined to its last noun is looked for. */
const JOINED_REACH = 12;

/**
 * The noun joined to the phrase after `from` by a comma, «и», «или», «либо» or «а также», and any modifiers
 * before it: its index, or undefined where the phrase ends first — at a verb, at a participle or «который»
 * past a comma (a clause of its own), or where a verb follows the joined noun (the subject of a clause).
 */
function joinedNoun(words: readonly string[], from: number, nouns: NounReader): number | undefined {
  for (let i = from; i < words.length && i < from + JOINED_REACH; i++) {
    const word = words[i] ?? '';
    // A code, number or dash is passed over («сканирования QR-кода либо ввода», «документов — паспорта или
    // справки»): the noun after it joined to the finding's would still be left behind.
    if (VERB_LIKE.test(word) || predicateOf(word)) return undefined;
    if (word !== COMMA && !JOINING.has(word)) continue;
    let next = i + 1;
    if (words[next] === 'а' && words[next + 1] === 'также') next += 2;
    if (word === COMMA && isModifier(words[next] ?? '')) return undefined;
    while (isModifier(words[next] ?? '')) next++;
    // The first half of a compound whose second half it shares: «аудио- и видеозаписей».
    const halved = words[next + 1] === OPAQUE && JOINING.has(words[next + 2] ?? '');
    if (halved) next += 3;
    const joined = words[next] ?? '';
    const readable = nouns(halved ? compoundHead(joined, nouns) : joined).length > 0;
    if (!readable && !ACTION_GENITIVE.test(joined)) return undefined;
    const then = words[next + 1] ?? '';
    return VERB_LIKE.test(then) || predicateOf(then) ? undefined : next;
  }
  return undefined;
}

/**
 * Whether the finding's preposition, which the paste drops, is repeated after it before a noun joined to the
 * finding's: «Ознакомиться с документацией …, а также с условиями» → «Прочитать документацию …, а также с
 * условиями» leaves the second «с» with no verb to hang on.
 */
function dropsRepeatedPreposition(
  found: readonly string[],
  pasted: readonly string[],
  after: readonly string[],
): boolean {
  const dropped = found.filter((word) => PREPOSITION_CASES.has(word) && !pasted.includes(word));
  if (dropped.length === 0) return false;
  const ownCases = nounCases(found.at(-1) ?? '', writtenNouns);
  for (let i = 0; i < after.length && i < JOINED_REACH; i++) {
    const word = after[i] ?? '';
    if (VERB_LIKE.test(word) || predicateOf(word) || MODAL_PREDICATE.test(word)) return false;
    // A bare comma may end an opening phrase («В соответствии с планами, с покупателей будут взимать»).
    const alsoAfterComma = word === COMMA && after[i + 1] === 'а' && after[i + 2] === 'также';
    if (!alsoAfterComma && !JOINING.has(word)) continue;
    let next = alsoAfterComma ? i + 3 : i + 1;
    if (!dropped.includes(after[next] ?? '')) continue;
    next++;
    while (isModifier(after[next] ?? '')) next++;
    const joinedCases = nounCases(after[next] ?? '', nounsOf);
    // The same preposition governing the same case: the noun is joined to the finding's.
    if (joinedCases.size === 0 || ownCases.size === 0 || [...joinedCases].some((c) => ownCases.has(c)))
      return true;
  }
  return false;
}

/** A predicate word that closes the infinitive's phrase («Ознакомиться … можно, а также с 9 часов»). */
const MODAL_PREDICATE = /^(?:можно|нужно|надо|нельзя|необходимо|следует)$/u;

/** A compound's noun after its first part, which the tables may read where not the whole: «видеозаписей» → «записей». */
function compoundHead(word: string, nouns: NounReader): string {
  for (let cut = 2; cut <= 6 && word.length - cut >= 4; cut++)
    if (nouns(word.slice(cut)).length > 0) return word.slice(cut);
  return word;
}

/**
 * Whether the paste changes the case of the finding's last noun and leaves a noun joined to it in the old one:
 * «в случае истечения срока, изменения фамилии» → «при истечении срока, изменения», «контроль за исполнением
 * программы и использованием средств» → «контролирует исполнение … и использованием». A joined noun that may
 * be in the new case too, or a genitive complement joined inside the phrase («за исполнением программы и
 * плана»), is read as keeping the paste.
 */
function leavesJoinedBehind(
  written: readonly string[],
  replaced: readonly string[],
  end: number,
  pastedEnd: number,
  asWritten: NounReader,
  asPasted: NounReader,
): boolean {
  const oldCases = nounCases(written[end - 1] ?? '', asWritten);
  const pastedLast = replaced[pastedEnd - 1] ?? '';
  const newCases = nounCases(pastedLast, asPasted);
  // A paste that ends in a verb («если не придёте») leaves no noun for the joined one to follow.
  const endsInVerb = newCases.size === 0 && !isModifier(pastedLast) && FINITE_VERB.test(pastedLast);
  // A genitive pasted over with another case, though the tables also read the written form in that case
  // («сканирования», a plural nominative too; «через сканирование QR-кода либо ввода»).
  const genitiveLost = oldCases.has(1) && !newCases.has(1) && (newCases.size > 0 || endsInVerb);
  if (!disjoint(oldCases, newCases) && !genitiveLost) return false;
  const joined = joinedNoun(written, end, nounsOf);
  if (joined === undefined) return false;
  const joinedWord = written[joined] ?? '';
  const read = nounCases(compoundHead(joinedWord, nounsOf), nounsOf);
  // An action noun the tables lack, in the genitive by its ending («ввода»).
  const cases = read.size === 0 && ACTION_GENITIVE.test(joinedWord) ? new Set([1]) : read;
  // Not the nominative: a noun after the phrase in it opens a clause of its own, and the lists hold forms
  // as nominatives of nouns that are none («порядка», «ввода»).
  const shared = [...cases].filter((c) => c !== 0 && oldCases.has(c));
  const fitsNew = [...cases].some((c) => newCases.has(c) && !(c === 0 && cases.has(1)));
  if (shared.length === 0 || fitsNew) return false;
  // A noun of the head's case right before the joining word may be what the joined noun is joined to
  // («изменения состава семьи или уровня дохода»): the head only where both are verbal nouns and that one is
  // not («истечения срока его действия, изменения фамилии»).
  let separator = joined - 1;
  while (separator > end && isModifier(written[separator] ?? '')) separator--;
  // «а также» joins a part of the clause, not a noun's complement: «неявки без уважительных причин, а также
  // отказа» is «неявки …, а также отказа».
  if (written[separator] === 'также') return true;
  const nearestWord = written[separator - 1] ?? '';
  const nearest = nounCases(nearestWord, nounsOf);
  // A word the tables cannot read («семьи») may be such a noun; a function word («его») is none.
  const unread =
    nearest.size === 0 && /^[а-я]{3,}$/u.test(nearestWord) && !RUSSIAN_FUNCTION_WORDS.has(nearestWord);
  if (separator - 1 < end || (!unread && !shared.some((c) => nearest.has(c)))) return true;
  const isAction = (word: string) => VERBAL_NOUN.test(word) || ACTION_NOUN.test(word);
  return (
    VERBAL_NOUN.test(written[end - 1] ?? '') &&
    isAction(joinedWord) &&
    !isAction(written[separator - 1] ?? '')
  );
}

/**
 * An action noun with no suffix, joined as a verbal noun is («сканирования QR-кода либо ввода номера»): not
 * the thing acted on («кода»).
 */
const ACTION_STEMS =
  'ввод|вывод|отказ|выезд|въезд|переезд|переход|перевод|возврат|выбор|обмен|запрос|осмотр|расчет|вход|выход|прием|сбор|вызов|заказ|поиск|просмотр|ремонт|вывоз|ввоз|анализ|подбор|отбор|обход|набор';
const ACTION_NOUN = new RegExp(`^(?:${ACTION_STEMS})(?:а|у|ом|е|ы|ов|ам|ами|ах)?$`, 'u');
/** Such a noun in the genitive («ввода», «отказов»). */
const ACTION_GENITIVE = new RegExp(`^(?:${ACTION_STEMS})(?:а|ов)$`, 'u');

/** A finite verb or an infinitive that a paste may end in («придёте», «есть», «можете»). */
const FINITE_VERB = /(?:ть|ти|ете|ите|ем|им|ут|ют|ат|ят|ет|ит|л|ла|ло|ли|сть)$/u;

/** A verbal noun in any case («истечения», «изменении», «привлечение»). */
const VERBAL_NOUN = /(?:[еа]н|т)и(?:е|я|ю|ем|и|й|ям|ями|ях)$/u;

/**
 * Whether a noun that opens the finding, whose case the words before it govern, is pasted over with one in
 * another case: «доводит до сведения населения, собственников и субъектов предпринимательства» →
 * «предприниматели». A nominative is left alone: the paste may bring the verb it is the subject or the object
 * of («Справка выдается» → «Справку выдают»).
 */
function recasesGovernedNoun(
  before: readonly string[],
  found: readonly string[],
  pasted: readonly string[],
): boolean {
  // A noun phrase only, its governor before it: not a verb's object before the verb («Проверку проводите»).
  if (before.length === 0 || !found.every(mayBeOfNounPhrase)) return false;
  const pastedCases = nounCases(pasted[0] ?? '', nounsOf);
  const writtenCases = nounCases(found[0] ?? '', nounsOf);
  // A word that ends as an adjective may be one the lists read as a noun («таковой», «такой»).
  const adjectiveLike = (word: string) => isModifier(word) || ADJECTIVE_ONLY.test(word);
  if (writtenCases.has(0) || adjectiveLike(found[0] ?? '') || adjectiveLike(pasted[0] ?? '')) return false;
  // A person's accusative is its genitive's form, a thing's its nominative's: «привлекает субъектов» is read
  // either way, and «бизнес» keeps only one of them.
  if (animacy(found[0] ?? '', nounsOf) !== animacy(pasted[0] ?? '', nounsOf)) {
    writtenCases.delete(3);
    pastedCases.delete(3);
  }
  return disjoint(writtenCases, pastedCases);
}

/** A word that may stand in a noun phrase: no preposition, function word or verb («проводите», «выражаю»). */
const mayBeOfNounPhrase = (word: string) =>
  isModifier(word) ||
  nounsOf(word).length > 0 ||
  (!PREPOSITION_CASES.has(word) &&
    !RUSSIAN_FUNCTION_WORDS.has(word) &&
    !VERB_LIKE.test(word) &&
    !/(?:ите|ете|йте|аю|яю)$/u.test(word) &&
    !predicateOf(word));

/** Whether every reading of a noun names a person, none does, or the readings differ (undefined). */
function animacy(word: string, nouns: NounReader): boolean | undefined {
  const readings = nouns(word);
  if (readings.every((r) => r.noun.animate)) return true;
  return readings.some((r) => r.noun.animate) ? undefined : false;
}

/**
 * Whether a hyphenated compound of two declined nouns has its halves in different cases
 * («счетов-квитанциям»); a first half without ending («интернет-ресурсе») declines with nothing.
 */
function compoundSplit(word: string): boolean {
  const [first = '', second = '', ...more] = word.split('-');
  if (more.length > 0) return false;
  const firstReadings = nounsOf(first);
  if (firstReadings.some((r) => r.slot === 0 || r.lemma === first)) return false;
  return disjoint(nounCases(first, nounsOf), nounCases(second, nounsOf));
}

/** A reflexive verb of the third person singular («производится», «выдается»). */
const REFLEXIVE_SINGULAR = /(?:ет|ит|ёт)ся$/u;
/** An active verb of the third person plural («производят», «выдают»). */
const ACTIVE_PLURAL = /(?:ют|ят|ут|ат)$/u;

/**
 * Whether the clause before the finding opens past the text shown («Выплата стипендии обучающимся, …»): a
 * whole window (`PASTE_SITE_CHARS`) with no clause end in it may have cut off the clause's subject.
 */
const clauseStartUnseen = (before: string) => before.length >= PASTE_SITE_CHARS && !CLAUSE_END.test(before);

/**
 * The noun that opens the clause before the finding, past its modifiers, or that stands right before it, read
 * as the nominative subject whose accusative is another form: «Выплата стипендии …, производится». Only such a
 * subject is one an impersonal plural cannot read as its object («Выплату производят»).
 */
function nominativeSubjectBefore(before: readonly string[], nouns: NounReader): boolean {
  let first = 0;
  while (isModifier(before[first] ?? '')) first++;
  return [first, before.length - 1].some((i) => {
    const readings = nouns(before[i] ?? '');
    return (
      readings.length > 0 &&
      readings.some((r) => r.slot === 0 || r.slot === 6) &&
      !readings.some((r) => r.slot === 3 || r.slot === 9)
    );
  });
}

/** Third-person singular pronouns, by the genders of the noun they point back to («лица или его»). */
const PRONOUN_GENDERS: readonly [RegExp, readonly Gender[]][] = [
  [/^(?:его|него|ему|нему|им|ним|нем)$/u, ['masculine', 'neuter']],
  [/^(?:ее|нее|ей|ней|ею|нею)$/u, ['feminine']],
];

/** The singular genders of a noun, as the tables read it for certain. */
const singularGenders = (noun: string, nouns: NounReader) =>
  new Set(
    nouns(noun)
      .filter((r) => r.slot < 6)
      .map((r) => r.noun.gender),
  );

/**
 * Whether a pronoun right after the finding, or after «и», «или» joined to it, points back to the finding's last
 * noun by a gender the pasted last noun lacks: «юридического лица или его реорганизации» → «организации или
 * его». Only where both last words are nouns the tables read: a preposition pasted for one («согласно» → «по»)
 * has no gender to keep.
 */
function strandsPronoun(
  found: readonly string[],
  pasted: readonly string[],
  after: readonly string[],
): boolean {
  const was = singularGenders(found.at(-1) ?? '', nounsOf);
  const is = singularGenders(pasted.at(-1) ?? '', nounsOf);
  if (was.size === 0 || is.size === 0) return false;
  let next = 0;
  while (JOINING.has(after[next] ?? '')) next++;
  const genders = PRONOUN_GENDERS.find(([pronoun]) => pronoun.test(after[next] ?? ''))?.[1];
  if (!genders) return false;
  return genders.some((g) => was.has(g)) && !genders.some((g) => is.has(g));
}

/**
 * The pack's `fitsInPlace`: false when pasting `suggestion` in place of the finding breaks an agreement that
 * holds in the text as written — a modifier and its noun across the finding's edge («Успешная реализация» →
 * «выполнение»), a noun and the participle past a comma («Правилами …, утвержденными» → «Правилам»), a subject
 * and its past verb or short participle («будет осуществлена оптимизация» → «улучшение»), a preposition and
 * the case of the word after it («в соответствии с законом» → «согласно законом»); or leaves a word in a case
 * the paste no longer asks for — a noun joined to the one whose case it changes («при истечении срока,
 * изменения»), a subject before an impersonal plural («Выплата … производят»), a noun whose case the words
 * before govern («до сведения … и предприниматели»), half a compound («счетов-квитанциям»), a pronoun that
 * pointed back to the replaced noun by its gender («лица или его» → «организации или его»).
 */
export function fitsInPlaceRussian(suggestion: string, site: PasteSite): boolean {
  const { before, after } = clauseTokens(site);
  const found = tokens(site.text);
  const pasted = tokens(suggestion);
  if (pasted.length === 0) return true;
  const written = [...before, ...found, ...after];
  const replaced = [...before, ...pasted, ...after];
  const start = before.length;
  const end = start + found.length;
  const pastedEnd = start + pasted.length;
  const at = (words: readonly string[], i: number) => words[i] ?? '';
  // The finding's own words as written are read as the tables can; every other word only for certain.
  const asWritten: NounReader = (word) => (found.includes(word) ? writtenNouns(word) : nounsOf(word));
  // So are the paste's: it came from the entry's list of plain words, most of them nouns.
  const asPasted: NounReader = (word) => (pasted.includes(word) ? pastedNouns(word) : nounsOf(word));

  // A modifier before a noun, across either edge of the finding; and a preposition and the word it governs.
  // Each relation is read as pasted only where it holds as written, which most do not.
  for (const [left, right, pastedLeft, pastedRight] of [
    [start - 1, start, start - 1, start],
    [end - 1, end, pastedEnd - 1, pastedEnd],
  ] as const) {
    if (left < 0 || right >= written.length) continue;
    const [a, b] = [at(written, left), at(written, right)];
    const [c, d] = [at(replaced, pastedLeft), at(replaced, pastedRight)];
    if (modifierAgrees(a, b, asWritten) && modifierAgrees(c, d, asPasted) === false) return false;
    if (governs(a, b, asWritten) && governs(c, d, asPasted) === false) return false;
  }

  // A participle past a comma after the finding, or one the finding opens after a comma before it.
  for (let i = 0; i < after.length; i++) {
    if (after[i] !== COMMA) continue;
    const held = participleAgrees(written, end + i, asWritten);
    if (held && participleAgrees(replaced, pastedEnd + i, asPasted) === false) return false;
  }
  // One farther off, past nouns it does not agree with (or that cannot be read), that agrees with the finding's
  // last noun («В соответствии с Правилами въезда …, а также их выезда из Республики Казахстан, утвержденными»).
  const [foundNoun = '', pastedNoun = ''] = [found.at(-1), pasted.at(-1)];
  for (let i = 0; i < after.length; i++) {
    if (after[i] !== COMMA || participleAgrees(written, end + i, asWritten)) continue;
    const participle = (after[i + 1] === 'не' ? after[i + 2] : after[i + 1]) ?? '';
    if (!PARTICIPLE.test(participle) || !isModifier(participle)) continue;
    const slots = modifierSlots(participle);
    const agreesWith = (noun: string, nouns: NounReader) =>
      [...agreeingSlots(noun, nouns)].some((slot) => slots.includes(slot));
    // Only a noun put in another case: a paste that drops the noun («в настоящее время» → «сейчас») leaves
    // nothing for a participle that far off to be read with.
    const pastedIsNoun = agreeingSlots(pastedNoun, nounsOf).size > 0;
    if (pastedIsNoun && agreesWith(foundNoun, asWritten) && !agreesWith(pastedNoun, asPasted)) return false;
  }
  if (before.at(-1) === COMMA && participleAgrees(written, start - 1, asWritten))
    if (participleAgrees(replaced, start - 1, asPasted) === false) return false;

  // A noun joined to the finding's last one, or one whose case the words before govern, stays in its case.
  if (leavesJoinedBehind(written, replaced, end, pastedEnd, asWritten, asPasted)) return false;
  if (recasesGovernedNoun(before, found, pasted)) return false;
  if (dropsRepeatedPreposition(found, pasted, after)) return false;
  if (pasted.some((word) => word.includes('-') && compoundSplit(word))) return false;
  if (strandsPronoun(found, pasted, after)) return false;
  // An impersonal plural for a reflexive verb whose subject stays before it: «Выплата … производят».
  const verb = found.length === 1 && pasted.length === 1 ? (found[0] ?? '') : '';
  if (REFLEXIVE_SINGULAR.test(verb) && ACTIVE_PLURAL.test(pasted[0] ?? ''))
    if (clauseStartUnseen(site.before) || nominativeSubjectBefore(before, nounsOf)) return false;

  // A predicate after the finding whose subject is in it («Реализация проекта завершена»).
  const verbAfter = predicateAfter(written, end, asWritten);
  const predicate = verbAfter === undefined ? undefined : predicateOf(at(written, verbAfter));
  if (verbAfter !== undefined && predicate) {
    const subject = subjectBefore(written, verbAfter, predicate, asWritten);
    const moved = verbAfter - end + pastedEnd;
    if (subject !== undefined && subject >= start && subject < end)
      if (subjectBefore(replaced, moved, predicate, asPasted) === -1) return false;
  }
  // A predicate right before the finding whose subject opens it («осуществлена оптимизация»).
  const verbBefore = start > 0 ? predicateOf(at(written, start - 1)) : undefined;
  if (verbBefore && subjectOf(at(written, start), verbBefore, asWritten))
    if (subjectOf(at(replaced, start), verbBefore, asPasted) === false) return false;
  // A predicate the finding opens, whose subject stands before it («Проверка была проведена» → «провели»).
  const writtenVerb = predicateOf(at(written, start));
  const pastedVerb = writtenVerb && predicateOf(at(replaced, start));
  if (writtenVerb && pastedVerb) {
    const subject = subjectBefore(written, start, writtenVerb, asWritten);
    const noun = at(written, subject ?? -1);
    // An active verb in the plural reads the subject as its object, which it may be where the accusative is
    // the nominative's form: «Данное предложение приняли», never «Проверка провели».
    const asObject = pastedVerb.plural && nounsOf(noun).some((r) => r.slot === 3 || r.slot === 9);
    if (subject !== undefined && subject >= 0 && !asObject && subjectOf(noun, pastedVerb, asPasted) === false)
      return false;
  }
  return true;
}
