// A reflexive passive or a short participle said as an impersonal active, the plain Russian of agencies'
// notices: «Заявление рассматривается в течение 10 дней» → «Заявление рассматривают…», «Справка выдаётся» →
// «Справку выдают»; with its doer named, in the active: «Заявление рассмотрено комиссией» → «Комиссия
// рассмотрела заявление».
import type { ImpersonalActive } from '../../internal/rules/context.ts';
import { RUSSIAN_FUNCTION_WORDS } from './detection.ts';
import { type Gender, nounReadings } from './nouns.ts';
import { isKnownLemma, isListed, recaseNounPhrase } from './recase.ts';
import { impersonalOf, stressedSingularOf } from './reflexive-passives.ts';
import {
  futureOfParticiple,
  futureSingular,
  impersonalOfParticiple,
  infinitiveOfParticiple,
} from './short-participles.ts';

const NOMINATIVE = 0;
const ACCUSATIVE = 3;

/** Pronouns the function-word list lacks. */
const PRONOUNS = new Set([
  'никто',
  'ничто',
  'кто-то',
  'что-то',
  'кто-нибудь',
  'что-нибудь',
  'каждый',
  'каждое',
]);

/** Conjunctions that may open the clause before its subject. */
const CONJUNCTIONS = new Set(['а', 'и', 'но', 'или', 'да']);

/** A word right after the verb that may be its agent in the instrumental («рассматривается комиссией»). */
const INSTRUMENTAL = /(?:ом|ем|ём|ой|ей|ою|ею|ами|ями|ью|ым|им|ыми|ими)$/u;
/** A plural instrumental, which further on is an agent too («проводилось в сёлах греческими священниками»). */
const PLURAL_INSTRUMENTAL = /(?:ами|ями|ыми|ими)$/u;
/** Prepositions that govern the instrumental: what follows them is no agent («вместе с родителями»). */
const INSTRUMENTAL_PREPOSITIONS = new Set(['с', 'со', 'над', 'под', 'перед', 'за', 'между']);

/**
 * A masculine or neuter instrumental further on, which names an agent too («создан в 1964 г. режиссёром»),
 * but for the instrumentals of time and manner and the adverbs that end like one.
 */
const MASCULINE_INSTRUMENTAL = /^.{3,}(?:ом|ем|ым|им)$/u;
const TIME_OR_MANNER = new Set([
  'совсем',
  'потом',
  'затем',
  'причем',
  'притом',
  'целиком',
  'пешком',
  'тайком',
  'бегом',
  'кругом',
  'вдвоем',
  'втроем',
  'образом',
  'путем',
  'летом',
  'зимой',
  'утром',
  'вечером',
  'днем',
  'ночью',
  'целом',
  'числом',
  'разом',
  'шагом',
  'ходом',
  'чередом',
  'порядком',
  'полным',
]);

/**
 * Whether the words after a passive name its agent in the instrumental: then say who acts. After a verb that
 * names what the subject is («считались хорошим жильём») only the first word is read: a later instrumental is
 * that name.
 */
function namesAgent(verb: string, after: readonly string[]): boolean {
  if (INSTRUMENTAL.test(after[0] ?? '')) return true;
  if (NAMES_AS_WHAT.test(verb)) return false;
  let governed = false;
  for (const word of after) {
    if (word === ',') return false;
    const later =
      PLURAL_INSTRUMENTAL.test(word) || (MASCULINE_INSTRUMENTAL.test(word) && !TIME_OR_MANNER.has(word));
    if (PREPOSITIONS.has(word)) governed = true;
    else if (!later) governed = false;
    else if (!governed) return true;
  }
  return false;
}

/** How far after a passive a doer in the instrumental is looked for: a clause's length, as `rest` has no commas. */
const AGENT_WORDS = 12;
/** The words `after` holds at most, when the clause goes on past them. */
const WORDS_AFTER = 5;
const clauseGoesOn = (after: readonly string[]) => after.length >= WORDS_AFTER && !after.includes(',');

/** Prepositions that open a complement of the subject («справка о несудимости», «заявление на пособие»). */
const COMPLEMENT_PREPOSITIONS = new Set([
  'о',
  'об',
  'на',
  'для',
  'по',
  'с',
  'со',
  'из',
  'от',
  'к',
  'за',
  'в',
  'во',
]);

const GENITIVE = 1;

/**
 * Whether `words` after the subject's head are its complement, which stays as written: a prepositional
 * phrase of one or two words, or noun phrases read in the genitive, one after another («копия справки»,
 * «результат оказания услуги»).
 */
function isComplement(words: readonly string[]): boolean {
  if (words.length === 0) return true;
  if (COMPLEMENT_PREPOSITIONS.has(words[0] ?? '')) return words.length <= 3 && words.length >= 2;
  const phrase = recaseNounPhrase(words, GENITIVE, GENITIVE, isKnownLemma);
  return phrase !== undefined && isComplement(words.slice(phrase.length)) && words.length > 0;
}

/** The past of «быть» before a short participle («было принято»), which the impersonal past replaces with it. */
const PAST_OF_BE = new Set(['был', 'была', 'было', 'были']);
/**
 * A short passive participle's form, listed or not: «напечатано», «подготовлены», «взят». Looser than the
 * passive rule's listed suffixes on purpose: here it only withholds a rewrite, where a miss pastes a broken one.
 */
const SHORT_PARTICIPLE_FORM = /^.{3,}(?:[аяе]н|ён|[иыуя]т)[аоы]?$/u;
/** A reflexive verb, a past in -ла/-ло/-ли, or a short participle: a predicate of its own. */
const SHARED_PREDICATE = new RegExp(
  `(?:ится|ется|ются|ятся|атся|утся|лся|лась|лось|лись|[аеиоуыя]л[аои])$|${SHORT_PARTICIPLE_FORM.source}`,
  'u',
);
/** A present tense of the first conjugation after its vowel stem («продолжает», «существуют»): no noun ends so. */
const PRESENT_AFTER_VOWEL = /^.{2,}[аеиоуяю](?:ет|ют)$/u;
/** Adverbs that may stand between «и» and the predicate it joins («и успешно продолжает»). */
const ADVERB = /^(?:уже|сейчас|теперь|ныне|вновь|снова|затем|потом|сразу|также|тоже|.{3,}о)$/u;

/**
 * A masculine past («вступил», «перешёл»), a predicate right after «и» («Документ был подписан и вступил в силу»).
 * Elsewhere nouns end so too («материал», «канал»), and even here one may open a clause of its own: withholding
 * then only loses a paste.
 */
const MASCULINE_PAST = /^.{2,}[аеёиоуыя]л$/u;

const isPredicate = (word: string) => SHARED_PREDICATE.test(word) || PRESENT_AFTER_VOWEL.test(word);

/**
 * Whether a predicate after the passive shares its subject, which the rewrite makes the object and leaves
 * the predicate none: one after the clause's comma («Произведение создано в 1878 г., находится в галерее»),
 * or one joined by «и» («Деятельность была восстановлена и продолжает работу»).
 */
function sharesSubject(after: readonly string[], fronted: boolean): boolean {
  const comma = after.indexOf(',');
  const afterComma = comma < 0 ? undefined : after[comma + 1];
  if (afterComma !== undefined && isPredicate(afterComma)) return true;
  const clause = comma < 0 ? after : after.slice(0, comma);
  const and = clause.indexOf('и');
  // A subject after the verb stands between it and a later «и», whose predicate has its own then
  // («Отменялось деление общества и провозглашалось право»).
  if (and < 0 || (!fronted && and > 0)) return false;
  const [joined = '', next = ''] = clause.slice(and + 1);
  const isJoinedPredicate = (word: string) => isPredicate(word) || MASCULINE_PAST.test(word);
  return isJoinedPredicate(joined) || (ADVERB.test(joined) && isJoinedPredicate(next));
}

/** How far past the verb a second predicate joined by «и» is looked for: past the five words `after` holds. */
const JOINED_PREDICATE_WORDS = 12;

/** Modals that take the subject of the verb they are joined to («и должна содержать», «и может быть»). */
const SINGULAR_MODAL = /^(?:может|должен|должна|должно|обязан|обязана|обязано|вправе)$/u;
const PLURAL_MODAL = /^(?:могут|должны|обязаны|вправе)$/u;
/** A present tense of either conjugation, singular or plural («содержит», «вступает», «несут»). */
const SINGULAR_PRESENT = /^.{3,}(?:ет|ёт|ит)$/u;
const PLURAL_PRESENT = /^.{3,}(?:ют|ут|ят|ат)$/u;

/**
 * Whether a word in a present-tense ending is no noun: none of its readings has another form in the word lists
 * («совет» has «совета», «содержит» no «содержита»). A noun missed here only withholds a paste.
 */
const isPresentVerb = (word: string, ending: RegExp) =>
  ending.test(word) &&
  !nounReadings(word).some((r) =>
    r.noun.forms.some((form) => form !== undefined && form !== word && isListed(form)),
  );

/**
 * Whether a predicate of the same number joined by «и» further on shares the subject: a reflexive («Обращение
 * в автоматическом порядке регистрируется в Единой информационной системе и направляется в учреждение»), a
 * modal or a present («Жалоба подается в письменной форме и должна содержать …»). The rewrite would make the
 * subject the object and leave the second predicate none («Обращение регистрируют … и направляется», «Жалобу
 * подают … и должна содержать»). Past the words `after` holds, so punctuation is not seen; a miss only loses a
 * paste.
 */
function predicateJoinedLater(plural: boolean, rest: readonly string[]): boolean {
  const reflexive = plural ? /^.{3,}(?:ются|ятся|атся|утся)$/u : /^.{3,}(?:ется|ится)$/u;
  const modal = plural ? PLURAL_MODAL : SINGULAR_MODAL;
  const present = plural ? PLURAL_PRESENT : SINGULAR_PRESENT;
  const joinedPredicate = (word: string) =>
    reflexive.test(word) || modal.test(word) || isPresentVerb(word, present);
  return rest.slice(0, JOINED_PREDICATE_WORDS).some((word, i) => {
    if (word !== 'и') return false;
    const [joined = '', next = ''] = rest.slice(i + 1);
    return joinedPredicate(joined) || (ADVERB.test(joined) && joinedPredicate(next));
  });
}

/** A conjunction that joins a second predicate, with «также» after it. */
const JOINING = new Set(['и', 'а', 'также', 'либо', 'или']);
/** The words between such a conjunction and its participle: a modal, «быть» and its forms. */
const BEFORE_PARTICIPLE =
  /^(?:может|могут|должен|должна|должно|должны|быть|будет|будут|был|была|было|были|также)$/u;

/**
 * Whether a later passive in the sentence is joined to this one's subject («Жалоба может быть направлена по
 * почте, а также может быть принята при приёме», «…направлено заявителю и рассмотрено»): the rewrite would
 * make the subject the object and leave that predicate none («Жалобу могут направить …, а также может быть
 * принята»).
 */
function laterPassiveJoined(rest: readonly string[]): boolean {
  return rest.some((word, i) => {
    if (!JOINING.has(word)) return false;
    let j = i + 1;
    while (BEFORE_PARTICIPLE.test(rest[j] ?? '')) j++;
    // A participle right after «а» or «или» may be a noun («или защита»): only after «и», or after a modal,
    // «быть» or «также».
    return SHORT_PARTICIPLE_FORM.test(rest[j] ?? '') && (j > i + 1 || word === 'и');
  });
}

/** An auxiliary of the future or a modal, which a later elliptic participle shares. */
const FUTURE_OR_MODAL = /^(?:будет|будут|быть)$/u;

/**
 * Whether a later clause joined by «а» or «и» has its own subject and a bare short participle, whose «может
 * быть» or «будет» is this one's, left unsaid («может быть приостановлена, а виновные лица привлечены к
 * ответственности»): the active would leave it a flat statement («могут приостановить, а виновные лица
 * привлечены»).
 */
function elidedAuxiliaryAfter(rest: readonly string[]): boolean {
  return rest.some((word, i) => {
    if (word !== 'а' && word !== 'и') return false;
    const subject = rest.slice(i + 1, i + 4);
    const at = subject.findIndex((next) => SHORT_PARTICIPLE_FORM.test(next));
    // At least one word of subject first, none of them a verb of its own.
    return at > 0 && !subject.slice(0, at).some((next) => BEFORE_PARTICIPLE.test(next) || isPredicate(next));
  });
}

/**
 * Works and arts, in whose prepositional a passive says what they convey or show, no act of anyone's that an
 * impersonal «they» could do: «Поэзия Рождества передана в стихотворении», «образ создан в музыке».
 */
const WORKS = new Set(
  `стихотворение поэма роман повесть рассказ сказка басня былина пьеса песня картина фреска икона портрет
  фильм мультфильм сериал спектакль опера балет книга произведение летопись очерк сочинение статья
  пословица поговорка фразеологизм легенда миф музыка живопись литература искусство поэзия творчество
  скульптура`
    .trim()
    .split(/\s+/u),
);

const PREPOSITIONAL = 5;

/** Whether `words` hold «в», «во» and a work in the prepositional («в стихотворении», «во фразеологизмах»). */
const inWork = (words: readonly string[]) =>
  words.some(
    (word, i) =>
      (words[i - 1] === 'в' || words[i - 1] === 'во') &&
      nounReadings(word).some((r) => r.slot % 6 === PREPOSITIONAL && WORKS.has(r.lemma)),
  );

/** Gerunds that have become prepositions («начиная с», «учитывая», «благодаря»): no subject of their own. */
const PREPOSITIONAL_GERUNDS = new Set([
  'начиная',
  'учитывая',
  'включая',
  'исключая',
  'благодаря',
  'спустя',
  'судя',
]);

/**
 * Whether a word is a gerund: its ending after the stem of a listed infinitive («посещая» — «посещать»,
 * «садясь» — «садиться», «получив» — «получить»). A gerund's doer is its clause's subject («было принято,
 * посещая императора, приносить дар»), which an impersonal «they» would change.
 */
function isGerund(word: string): boolean {
  const [, stem, ending] = word.replace(/сь$/u, '').match(/^(.{3,})(я|в|вши)$/u) ?? [];
  if (!stem || PREPOSITIONAL_GERUNDS.has(word) || /ия$/u.test(word)) return false;
  const vowelStem = /[аеиоуя]$/u.test(stem);
  if (!vowelStem && ending !== 'я') return false;
  const infinitives = vowelStem ? [`${stem}ть`] : [`${stem}ить`, `${stem}еть`];
  return infinitives.some((infinitive) => isKnownLemma(infinitive) || isKnownLemma(`${infinitive}ся`));
}

/**
 * A present modal before «быть» and a participle, and what says it without the passive: «может быть выдана» →
 * «могут выдать» (the impersonal keeps "may" and "can"), «должно быть принято» → «нужно принять».
 */
const MODALS = new Map([
  ['может', 'могут'],
  ['могут', 'могут'],
  ['должен', 'нужно'],
  ['должна', 'нужно'],
  ['должно', 'нужно'],
  ['должны', 'нужно'],
]);

/**
 * The impersonal of a participle after «быть» (`opened` ends with it): a present modal's own impersonal and
 * the infinitive («может быть подана» → «могут подать»). Undefined after anything else («могли быть», «не
 * должно быть»: "must not" is no «не нужно»), where the past «приняли» after «быть» was pasted.
 */
function modalImpersonal(verb: string, opened: readonly string[]): string | undefined {
  const modal = MODALS.get(opened.at(-2) ?? '');
  const infinitive = infinitiveOfParticiple(verb);
  if (!modal || !infinitive || opened.at(-3) === 'не') return undefined;
  return `${modal} ${infinitive}`;
}

/** Its future («будет принято»), which the impersonal future replaces with it («примут»). */
const FUTURE_OF_BE = new Set(['будет', 'будут']);

/** Prepositions whose noun phrase, in whatever case, is no agent («в установленном порядке»). */
const PREPOSITIONS = new Set([
  ...COMPLEMENT_PREPOSITIONS,
  ...INSTRUMENTAL_PREPOSITIONS,
  'при',
  'по',
  'до',
  'после',
  'через',
  'без',
  'у',
]);

/** Personal pronouns in the dative, the one an impersonal act is done to («Вам отказано»). */
const DATIVE_PRONOUNS = new Set(['мне', 'нам', 'вам', 'тебе', 'ему', 'ей', 'им']);

/** Whether a sentence opens with a noun phrase in the instrumental, its doer: «Государственным учреждением». */
function opensWithDoer(opening: readonly string[]): boolean {
  const [first = '', second = ''] = opening;
  const instrumentalNoun = (word: string) => nounReadings(word).some((r) => r.slot % 6 === INSTRUMENTAL_CASE);
  if (DATIVE_PRONOUNS.has(first) || !INSTRUMENTAL.test(first)) return false;
  return instrumentalNoun(first) || (/(?:ым|им|ыми|ими|ой|ей)$/u.test(first) && instrumentalNoun(second));
}

/** Whether a clause before an impersonal participle names its agent in the instrumental («Решением суда …»). */
function namesAgentBefore(clause: readonly string[]): boolean {
  return clause.some(
    (word, i) =>
      INSTRUMENTAL.test(word) &&
      !DATIVE_PRONOUNS.has(word) &&
      !PREPOSITIONS.has(clause[i - 1] ?? '') &&
      !PREPOSITIONS.has(clause[i - 2] ?? ''),
  );
}

/**
 * The impersonal active that replaces a reflexive passive `verb` or a listed short participle (with the past
 * of «быть» before it), given the words of its clause `before` it (undefined when more than five) and up to
 * five `after` it: offered where its subject is a noun phrase read with certainty, in the verb's number — the
 * clause before the verb, with a complement after its head («Заявление подаётся» → «Заявление подают»,
 * «Заявление на пособие подаётся» → «…подают»), or right after a verb that opens its clause («Принимаются
 * заявления» → «Принимают заявления»). A subject whose accusative is another form is replaced with the verb
 * («Справка выдаётся» → «Справку выдают», «Справка была выдана» → «Справку выдали»). A neuter participle says
 * an act with no subject or a neuter one, whose accusative is its nominative: the past replaces it whatever
 * the clause («В приёме отказано» → «В приёме отказали», «Решение было принято» → «Решение приняли»); after
 * «будет», the future («будет отказано» → «откажут»). A doer in the instrumental after the verb makes it the
 * active (`withDoer`); one before it («Решением суда отказано») leaves nothing to paste.
 */
export function impersonalRussian(
  before: readonly string[] | undefined,
  verb: string,
  after: readonly string[],
  rest: readonly string[] = after,
  opening: readonly string[] = [],
): ImpersonalActive | undefined {
  const reflexive = impersonalOf(verb);
  const participle = reflexive ? undefined : impersonalOfParticiple(verb);
  if ((!reflexive && !participle) || !before) return undefined;
  // A sentence that opens with a doer in the instrumental, its clause cut off by a quoted name or «(далее –
  // …)» («Государственным учреждением «Отдел …» (далее – Отдел) рассмотрено»): the active cannot take it.
  if (opening.length > before.length && opensWithDoer(opening)) return undefined;
  // A conjunction that opens the clause («, а справка выдаётся») is no part of the subject.
  const opened = CONJUNCTIONS.has(before[0] ?? '') ? before.slice(1) : before;
  const last = opened[opened.length - 1] ?? '';
  // «будет выдана» is said in the future («выдадут»), «была выдана» in the past.
  const future = participle !== undefined && FUTURE_OF_BE.has(last);
  const modal = participle !== undefined && last === 'быть';
  const impersonal =
    reflexive ?? (modal ? modalImpersonal(verb, opened) : future ? futureOfParticiple(verb) : participle);
  if (!impersonal) return undefined;
  const auxiliary = modal ? 2 : participle && (future || PAST_OF_BE.has(last)) ? 1 : 0;
  // A «был» or «будет» not right before the participle would be left as written: «было быстро
  // восстановлено», «Восстановлено патриаршество было».
  const beElsewhere = (word: string) => PAST_OF_BE.has(word) || FUTURE_OF_BE.has(word);
  if (participle && (opened.slice(0, opened.length - auxiliary).some(beElsewhere) || after.some(beElsewhere)))
    return undefined;
  // Two predicates sharing «было» or a subject («Было подготовлено и напечатано собрание», «Заявление поступило
  // и будет рассмотрено», «…восстановлена и продолжает работу», «…создано в 1878 г., находится в галерее»):
  // the other would stay as it is beside the active, and the subject made the object would leave it none.
  const clause = opened.slice(0, opened.length - auxiliary);
  const pairedBefore = clause.at(-1) === 'и' && isPredicate(clause.at(-2) ?? '');
  if (pairedBefore || sharesSubject(after, clause.length > 0)) return undefined;
  const plural = participle ? verb.endsWith('ы') : /(?:ются|ятся|атся|утся|лись)$/u.test(verb);
  if (clause.length > 0 && predicateJoinedLater(plural, rest)) return undefined;
  if (clause.length > 0 && laterPassiveJoined(rest)) return undefined;
  if ((modal || future) && elidedAuxiliaryAfter(rest)) return undefined;
  // That later clause itself: its participle is said in the earlier one's mood and tense, not the past
  // («будет рассмотрено, а ответ направлен» is no «ответ направили»).
  const earlierClauses = opening.slice(0, Math.max(0, opening.length - before.length));
  if (
    participle &&
    auxiliary === 0 &&
    opened !== before &&
    earlierClauses.some((w) => FUTURE_OR_MODAL.test(w))
  )
    return undefined;
  // A state, not an act: what a work conveys, a gerund whose doer is the subject, «направлен на» (aimed at, as
  // often as sent).
  if (inWork(clause) || inWork(after) || after.some(isGerund)) return undefined;
  if (verb.startsWith('направл') && after[0] === 'на') return undefined;
  // A doer after a modal («может быть рассмотрено комиссией») would take the modal's person: not built.
  if (modal && namesAgent(verb, after)) return undefined;
  if (namesAgent(verb, after))
    return withDoer(clause, auxiliary, verb, after, reflexive ? undefined : impersonal, future);
  // A doer further on than the active reads («будет проведена в период с 1 по 10 марта должностными лицами»)
  // would hang in the instrumental beside an impersonal «проведут»: nothing to paste. Only where the clause
  // goes on past `after`, which ends short of its five words or with «,» where the clause does.
  if (clauseGoesOn(after) && namesAgent(verb, rest.slice(0, AGENT_WORDS))) return undefined;
  if (participle && verb.endsWith('о')) {
    if (clause.includes('оно') || namesAgentBefore(clause)) return undefined;
    // Earlier clauses of the sentence: a doer in the instrumental, or the same participle this one is listed
    // with («разработчиком принято 12 предложений, частично принято 9»), would leave the sentence half passive.
    const earlier = opening.slice(0, Math.max(0, opening.length - before.length));
    if (earlier.includes(verb) || namesAgentBefore(earlier)) return undefined;
    return { text: impersonal, before: auxiliary, after: 0 };
  }
  if (reflexive && clause.length > 0 && opening.length === before.length) {
    const active = withDoerBefore(clause, verb, after, rest);
    if (active) return active;
  }
  const fronted = clause.length > 0;
  const subject = fronted ? clause : after.slice(0, 3);
  const phrase = subjectIn(subject, fronted);
  if (!phrase || phrase.plural !== plural) return undefined;
  // A participle or past agrees with its subject in gender: «лишена прав» has its subject elsewhere, and
  // «Широко использовалась и кора» has no neuter «широко» for one.
  if (
    !plural &&
    phrase.gender !== (participle ? participleGender(verb) : (pastGender(verb) ?? phrase.gender))
  )
    return undefined;
  const words = subject.slice(0, phrase.length);
  if (!fronted && coordinatedAfter(after.slice(phrase.length), phrase.text !== words.join(' ')))
    return undefined;
  if (!fronted && joinedBeyond(rest.slice(phrase.length, phrase.length + 8))) return undefined;
  if (phrase.text === words.join(' ')) return { text: impersonal, before: auxiliary, after: 0 };
  if (!fronted) return { text: `${impersonal} ${phrase.text}`, before: auxiliary, after: phrase.length };
  const complement = clause.slice(phrase.length);
  return {
    text: [phrase.text, ...complement, impersonal].join(' '),
    before: clause.length + auxiliary,
    after: 0,
  };
}

/**
 * Whether a second subject joined by «и» or «или» further on, past words the five read do not reach, has an
 * accusative of its own: the active would leave it in the nominative («Предусматривается строительство 12
 * километров полос и модернизация павильонов» → «Предусматривают строительство … и модернизация»).
 */
function joinedBeyond(rest: readonly string[]): boolean {
  return rest.some((word, i) => {
    if (word !== 'и' && word !== 'или') return false;
    const next = rest.slice(i + 1);
    const accusative = recaseNounPhrase(next, NOMINATIVE, ACCUSATIVE, isKnownLemma);
    return accusative !== undefined && accusative.text !== next.slice(0, accusative.length).join(' ');
  });
}

/** Words that join a second noun phrase to a subject («торговля, аренда земли», «торговля и аренда»). */
const COORDINATORS = new Set([',', 'и', 'или', 'либо', 'да']);

/** The endings of an adjective or a participle in its long form. */
const ADJECTIVAL = /(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ую|юю|их|ых|ого|его|ому|ему|ым|им)$/u;

/**
 * Whether a subject after the verb has another noun phrase joined to it past its complement, which the
 * accusative would change, or the first's: all of them are the object, and the rewrite would recase only the
 * first («Разрешалась частная торговля, аренда земли» → «Разрешали частную торговлю, аренда земли»).
 * Inanimate plurals stay as written («Созданы организации, общества» → «Создали организации, общества»).
 */
function coordinatedAfter(rest: readonly string[], firstChanged: boolean): boolean {
  const at = rest.findIndex((word) => COORDINATORS.has(word));
  if (at < 0 || !isComplement(rest.slice(0, at))) return false;
  const next = rest.slice(at + 1);
  const word = next[0] ?? '';
  if (!word || isPredicate(word) || isGerund(word) || /^котор/u.test(word)) return false;
  if (RUSSIAN_FUNCTION_WORDS.has(word) || PRONOUNS.has(word)) return false;
  // A genitive after a genitive complement joins it («произведения молодых писателей и поэтов»).
  const known = nounReadings(word).filter((reading) => isKnownLemma(reading.lemma));
  const genitive =
    known.some((reading) => reading.slot % 6 === GENITIVE) &&
    !known.some((reading) => reading.slot % 6 === NOMINATIVE);
  if (at > 0 && !COMPLEMENT_PREPOSITIONS.has(rest[0] ?? '') && genitive) return false;
  const accusative = recaseNounPhrase(next, NOMINATIVE, ACCUSATIVE, isKnownLemma);
  if (accusative) return firstChanged || accusative.text !== next.slice(0, accusative.length).join(' ');
  // A participle or an adjective alone qualifies the subject («справка, подтверждающая доход»). A noun the
  // tables lack may be a second subject: after an unchanged first, a plural or neuter one is taken to stay as
  // written too («цветы и венки»); else its accusative is unknown («торговля, наём»).
  if (ADJECTIVAL.test(word)) return false;
  return firstChanged || !/[ыиое]$/u.test(word);
}

const INSTRUMENTAL_CASE = 4;

/** A service or help, the subject «оказывается» is said of as a passive («Услуга оказывается акиматом»). */
const RENDERED = /^(?:гос)?(?:услуга|услуги|помощь|поддержка|содействие|консультация|консультации)$/u;

/** The gender of a singular short participle, not neuter (that reads as impersonal): «выдана», «выдан». */
const participleGender = (verb: string): Gender => (verb.endsWith('а') ? 'feminine' : 'masculine');

/** The gender a reflexive past shows in the singular («проводился», «проводилась», «проводилось»). */
function pastGender(verb: string): Gender | undefined {
  if (verb.endsWith('лся')) return 'masculine';
  if (verb.endsWith('лась')) return 'feminine';
  return verb.endsWith('лось') ? 'neuter' : undefined;
}

/**
 * The subject at the start of `words` read with certainty and put in the accusative; `fronted`, the words are
 * the whole clause before the verb, so what follows the subject's head must be its complement. A pronoun or
 * particle the tables read as a noun («кто считается», «как сообщается») is no subject; a possessive before
 * the noun is («Ваши документы принимаются»).
 */
function subjectIn(words: readonly string[], fronted: boolean): ReturnType<typeof recaseNounPhrase> {
  const phrase = recaseNounPhrase(words, NOMINATIVE, ACCUSATIVE, isKnownLemma);
  if (!phrase || (fronted && !isComplement(words.slice(phrase.length)))) return undefined;
  const head = words[phrase.length - 1] ?? '';
  return RUSSIAN_FUNCTION_WORDS.has(head) || PRONOUNS.has(head) ? undefined : phrase;
}

/**
 * The active form of a passive `verb` for a doer of `gender` and number: a reflexive passive loses -ся in the
 * doer's number («рассматривается» → «рассматривает», «рассматривают»); a short participle's third person
 * plural in the clause's tense (`participlePlural`) takes the doer's number, and in the past its gender
 * («рассмотрели» → «рассмотрел», «рассмотрела»; «внесли» → «внёс» spelt «внес»; «рассмотрят» → «рассмотрит»).
 */
function activeFor(
  verb: string,
  participlePlural: string | undefined,
  gender: Gender,
  plural: boolean,
  future: boolean,
): string | undefined {
  if (future && participlePlural !== undefined)
    return plural ? participlePlural : futureSingular(participlePlural);
  const pastEnding = plural ? 'ли' : gender === 'feminine' ? 'ла' : gender === 'neuter' ? 'ло' : 'л';
  if (participlePlural !== undefined) {
    const stem = participlePlural.replace(/ли$/u, '');
    // A stem in a consonant has no -л in the masculine: «внес», «привлек», «расторг».
    if (!plural && gender === 'masculine' && !/[аеёиоуыэюя]$/u.test(stem)) return stem;
    return stem + pastEnding;
  }
  const pastStem = verb.match(/^(.+)л(?:ся|ась|ось|ись)$/u)?.[1];
  if (pastStem) return pastStem + pastEnding;
  const singular = /(?:ется|ится)$/u.test(verb);
  if (singular) return plural ? impersonalOf(verb) : (stressedSingularOf(verb) ?? verb.slice(0, -2));
  if (plural) return verb.slice(0, -2);
  if (/ются$/u.test(verb)) return stressedSingularOf(verb) ?? `${verb.slice(0, -4)}ет`;
  if (/[яа]тся$/u.test(verb)) return `${verb.slice(0, -4)}ит`;
  return undefined;
}

/**
 * Verbs whose instrumental says what the subject is made or named, not who acts: «Страна объявляется
 * президентской республикой», «назначен министром», «избран депутатом», «признан виновным», «считается
 * лучшим».
 */
const NAMES_AS_WHAT =
  /^(?:объявл|провозгла|назва|назыв|именова|именуе|счита|призна|избра|избира|назнач|явля|станов|оказа|оказыва|оставл|оста[её]т)/u;

/**
 * Verbs whose instrumental is what the subject is given, charged or punished with, not who acts: «Доходы
 * облагаются налогом» («Налог облагает доходы» was offered), «карается штрафом», «награждён медалью»,
 * «обеспечивается жильём», «оснащена оборудованием».
 */
const GIVEN_WITH =
  /^(?:облага|обложен|наказ|кара|награжд|обеспеч|снабж|оснащ|укомплектов|заполн|покрыва|покрыт)/u;

/** Bodies that act, whose instrumental before a passive is its doer («Акиматом выдаётся справка»). */
const ACTING_BODY =
  /^(?:акимат|комисси|орган|организаци|управлени|отдел|центр|министерств|ведомств|суд|банк|фонд|служб|компани|предприяти|учреждени|инспекци|департамент|комитет|агентств|оператор|поставщик)/u;

/**
 * A present reflexive passive with its doer in the instrumental as the whole clause before it and its subject
 * right after it, said in the active: «Заказчиком подаётся заявление» → «Заказчик подаёт заявление». The doer
 * is a person or a body: «Таким образом подаётся заявление» names a manner, no one acting.
 */
function withDoerBefore(
  clause: readonly string[],
  verb: string,
  after: readonly string[],
  rest: readonly string[],
): ImpersonalActive | undefined {
  if (!/(?:ется|ится|ются|ятся|атся|утся)$/u.test(verb) || NAMES_AS_WHAT.test(verb) || GIVEN_WITH.test(verb))
    return undefined;
  if (!INSTRUMENTAL.test(clause.at(-1) ?? '')) return undefined;
  const doer = recaseNounPhrase(clause, INSTRUMENTAL_CASE, NOMINATIVE, isKnownLemma);
  if (!doer || doer.length !== clause.length) return undefined;
  if (!doer.animate && !ACTING_BODY.test(clause.at(-1) ?? '')) return undefined;
  const subject = subjectIn(after.slice(0, 3), false);
  const plural = /(?:ются|ятся|атся|утся)$/u.test(verb);
  if (!subject || subject.plural !== plural) return undefined;
  if (
    coordinatedAfter(after.slice(subject.length), true) ||
    joinedBeyond(rest.slice(subject.length, subject.length + 8))
  )
    return undefined;
  const active = activeFor(verb, undefined, doer.gender, doer.plural, false);
  if (!active) return undefined;
  return {
    text: [doer.text, active, subject.text].join(' '),
    before: clause.length,
    after: subject.length,
    reordered: true,
  };
}

/**
 * A passive with its doer in the instrumental right after it, said in the active: «Заявление рассмотрено
 * комиссией» → «Комиссия рассмотрела заявление», «Документы принимаются специалистами» → «Специалисты
 * принимают документы». The subject (the `clause` before the verb and its `auxiliary` «был», «будет», with a
 * complement) goes into the accusative, the doer into the nominative, the verb into the doer's person, number
 * and gender.
 */
function withDoer(
  clause: readonly string[],
  auxiliary: number,
  verb: string,
  after: readonly string[],
  participlePlural: string | undefined,
  future: boolean,
): ImpersonalActive | undefined {
  if (GIVEN_WITH.test(verb)) return undefined;
  const doer = recaseNounPhrase(after.slice(0, 3), INSTRUMENTAL_CASE, NOMINATIVE, isKnownLemma);
  // The doer's phrase must end there: a genitive after it («органом социальной защиты») is its own, and so is
  // «по» after a body («комиссией по делам несовершеннолетних»).
  const next = after[doer?.length ?? 0];
  if (!doer || (next !== undefined && (!PREPOSITIONS.has(next) || next === 'по'))) return undefined;
  const subject = subjectIn(clause, true);
  if (!subject) return undefined;
  // «Оказывается» names what its subject turns out to be, but for a service or help, which is rendered by the
  // doer («Услуга оказывается акиматом» → «Акимат оказывает услугу»).
  const rendered = verb.startsWith('оказыва') && RENDERED.test(clause[subject.length - 1] ?? '');
  if (NAMES_AS_WHAT.test(verb) && !rendered) return undefined;
  const active = activeFor(verb, participlePlural, doer.gender, doer.plural, future);
  if (!active) return undefined;
  return {
    text: [doer.text, active, subject.text, ...clause.slice(subject.length)].join(' '),
    before: clause.length + auxiliary,
    after: doer.length,
    reordered: true,
  };
}
