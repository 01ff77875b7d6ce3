// Puts a suggested adjective or «этот» in the case, number and gender of the adjective it replaces, so that
// «необходимых документов» gets «нужных», not «нужный», and an editor can apply the suggestion as it stands;
// likewise a suggested noun in the case and number of the noun it replaces («органом» → «ведомством»).

import { declineNoun, type Gender, isAnimate, type Noun, nounReadings, nounSlotsOf } from './nouns.ts';

/**
 * The forms an adjective takes, in this order: masculine nominative; feminine and neuter nominative; plural
 * nominative; masculine and neuter genitive, dative, instrumental (also the plural dative) and prepositional;
 * feminine oblique (genitive, dative, instrumental, prepositional); feminine accusative; plural genitive
 * (also prepositional) and instrumental.
 */
type Paradigm = readonly [string, ...string[]];

const SLOTS = 12;

// Endings by declension: hard (нужный), hard stressed (цифровой), after к г х (русский, такой), after ж ш щ ч
// (следующий, большой) and soft (синий). Spelling rules decide them: ы becomes и after к г х ж ш щ ч, and an
// unstressed о becomes е after ж ш щ ч.
const HARD = ['ый', 'ая', 'ое', 'ые', 'ого', 'ому', 'ым', 'ом', 'ой', 'ую', 'ых', 'ыми'] as const;
const HARD_STRESSED = ['ой', 'ая', 'ое', 'ые', 'ого', 'ому', 'ым', 'ом', 'ой', 'ую', 'ых', 'ыми'] as const;
const VELAR = ['ий', 'ая', 'ое', 'ие', 'ого', 'ому', 'им', 'ом', 'ой', 'ую', 'их', 'ими'] as const;
const VELAR_STRESSED = ['ой', 'ая', 'ое', 'ие', 'ого', 'ому', 'им', 'ом', 'ой', 'ую', 'их', 'ими'] as const;
const SIBILANT = ['ий', 'ая', 'ее', 'ие', 'его', 'ему', 'им', 'ем', 'ей', 'ую', 'их', 'ими'] as const;
const SOFT = ['ий', 'яя', 'ее', 'ие', 'его', 'ему', 'им', 'ем', 'ей', 'юю', 'их', 'ими'] as const;

/** «этот» declines as a pronoun; the officialese it replaces («данный», «вышеуказанный») as adjectives. */
const THIS: Paradigm = [
  'этот',
  'эта',
  'это',
  'эти',
  'этого',
  'этому',
  'этим',
  'этом',
  'этой',
  'эту',
  'этих',
  'этими',
];

/**
 * Pronouns and «один», which decline as «этот» does and are no adjectives of the tables («одного» is not
 * «одный»): in the slots of `Paradigm`.
 */
const PRONOUNS_LIKE_THIS: readonly Paradigm[] = [
  THIS,
  ['один', 'одна', 'одно', 'одни', 'одного', 'одному', 'одним', 'одном', 'одной', 'одну', 'одних', 'одними'],
  ['тот', 'та', 'то', 'те', 'того', 'тому', 'тем', 'том', 'той', 'ту', 'тех', 'теми'],
  ['весь', 'вся', 'всё', 'все', 'всего', 'всему', 'всем', 'всём', 'всей', 'всю', 'всех', 'всеми'],
  ['наш', 'наша', 'наше', 'наши', 'нашего', 'нашему', 'нашим', 'нашем', 'нашей', 'нашу', 'наших', 'нашими'],
  ['ваш', 'ваша', 'ваше', 'ваши', 'вашего', 'вашему', 'вашим', 'вашем', 'вашей', 'вашу', 'ваших', 'вашими'],
  ['свой', 'своя', 'своё', 'свои', 'своего', 'своему', 'своим', 'своём', 'своей', 'свою', 'своих', 'своими'],
  ['мой', 'моя', 'моё', 'мои', 'моего', 'моему', 'моим', 'моём', 'моей', 'мою', 'моих', 'моими'],
  ['сам', 'сама', 'само', 'сами', 'самого', 'самому', 'самим', 'самом', 'самой', 'саму', 'самих', 'самими'],
];

const foldYo = (form: string) => form.replace(/ё/gu, 'е');

/** Each pronoun form, «ё» written as «е», with its paradigm and its first slot there («все» is «всё», slot 2). */
const PRONOUN_FORMS = new Map<string, { paradigm: Paradigm; slot: number }>();
for (const paradigm of PRONOUNS_LIKE_THIS)
  paradigm.forEach((form, slot) => {
    if (!PRONOUN_FORMS.has(foldYo(form))) PRONOUN_FORMS.set(foldYo(form), { paradigm, slot });
  });

/** The pronoun paradigm a word is a form of, and the slot it stands in. */
const pronounForm = (word: string) => PRONOUN_FORMS.get(foldYo(word));

/** The slot of each adjective ending, longest endings first so that «-ыми» is not read as «-ми». */
const ENDING_SLOTS: readonly (readonly [string, number])[] = [
  ['ыми', 11],
  ['ими', 11],
  ['ого', 4],
  ['его', 4],
  ['ому', 5],
  ['ему', 5],
  ['ый', 0],
  ['ий', 0],
  ['ая', 1],
  ['яя', 1],
  ['ое', 2],
  ['ее', 2],
  ['ые', 3],
  ['ие', 3],
  ['ым', 6],
  ['им', 6],
  ['ом', 7],
  ['ем', 7],
  // «-ой» is also a stressed masculine nominative («таковой»); its feminine forms are the same in the
  // suggestions offered for it («такой»), and officialese adjectives are unstressed.
  ['ой', 8],
  ['ей', 8],
  ['ую', 9],
  ['юю', 9],
  ['ых', 10],
  ['их', 10],
];

/** The stem and slot of an adjective form, if the word ends like one (with a stem of three letters or more). */
function parse(word: string): { stem: string; ending: string; slot: number } | undefined {
  const pronoun = pronounForm(word);
  if (pronoun) return { stem: '', ending: word, slot: pronoun.slot };
  for (const [ending, slot] of ENDING_SLOTS)
    if (word.length >= ending.length + 3 && word.endsWith(ending))
      return { stem: word.slice(0, -ending.length), ending, slot };
  return undefined;
}

/** The paradigm of a suggested adjective, given in any of its forms. */
function paradigmOf(word: string): { stem: string; endings: readonly string[] } | undefined {
  const pronoun = pronounForm(word);
  if (pronoun) return { stem: '', endings: pronoun.paradigm };
  const parsed = parse(word);
  if (!parsed) return undefined;
  const { stem, ending, slot } = parsed;
  const last = stem.at(-1) ?? '';
  const stressed = slot === 0 && ending === 'ой';
  if ('кгх'.includes(last)) return { stem, endings: stressed ? VELAR_STRESSED : VELAR };
  if ('жшщч'.includes(last)) return { stem, endings: stressed ? VELAR_STRESSED : SIBILANT };
  // Past a velar or a sibilant, an ending in «е», «и», «ю», «я» is soft («крайней», «синим»), never hard.
  if (/^[еиюя]/u.test(ending)) return { stem, endings: SOFT };
  return { stem, endings: stressed ? HARD_STRESSED : HARD };
}

/** Endings of a masculine noun in -тель («заявитель»), longest first. */
const SOFT_MASCULINE = ['ями', 'ях', 'ям', 'ей', 'ем', 'ю', 'я', 'е', 'и', 'ь'];

/**
 * A neuter noun in -ство («ведомство») for a person noun's ending. «-я» and «-ей» are the genitive or the
 * accusative: read as the genitive («решение услугодателя» → «ведомства»), which official texts use far more,
 * unless a preposition of the accusative stands before («жалоба на услугодателя» → «на ведомство»).
 */
const NEUTER_ENDINGS: Record<string, string> = {
  ь: 'о',
  и: 'а',
  я: 'а',
  ю: 'у',
  ем: 'ом',
  е: 'е',
  ей: '',
  ям: 'ам',
  ями: 'ами',
  ях: 'ах',
};
const NEUTER_ACCUSATIVE: Record<string, string> = { я: 'о', ей: 'а' };
const ACCUSATIVE_PREPOSITIONS = new Set(['на', 'в', 'во', 'за', 'через', 'про', 'под']);

/**
 * «вы» and «мы» in the case of a person noun's ending, where one form fits: the nominative, dative and
 * instrumental («услугополучателю» → «вам», «услугодателем» → «нами»), and the genitive or accusative after a
 * preposition («для услугополучателя» → «для вас», «на услугодателя» → «на нас»). Elsewhere «-я» and «-ей» get
 * no pronoun: «документы услугополучателя» wants «ваши документы», not «документы вас»; nor does the
 * prepositional, whose «об» would have to change («об услугополучателе» → «о вас»).
 */
const PRONOUNS: Record<string, Record<string, string>> = {
  вы: { ь: 'вы', и: 'вы', ю: 'вам', ям: 'вам', ем: 'вами', ями: 'вами' },
  мы: { ь: 'мы', и: 'мы', ю: 'нам', ям: 'нам', ем: 'нами', ями: 'нами' },
};
const PRONOUNS_AFTER_PREPOSITION: Record<string, Record<string, string>> = {
  вы: { я: 'вас', ей: 'вас' },
  мы: { я: 'нас', ей: 'нас' },
};

/**
 * A noun in -тель, a noun in -ство or «вы», «мы», put in the case and number of a noun in -тель
 * («услугополучателем» → «заявителем», «вами»; «услугодателем» → «ведомством»); '' for a pronoun no form
 * fits. `before`: the word right before the phrase, a preposition that tells the case.
 */
function agreeAgentNoun(first: string, matched: string, before?: string): string | undefined {
  const pronoun = PRONOUNS[first];
  const neuter = first.endsWith('ство');
  if (!first.endsWith('тель') && !pronoun && !neuter) return undefined;
  const ending = SOFT_MASCULINE.find((e) => matched.endsWith(`тел${e}`));
  if (ending === undefined) return undefined;
  const preposition = before !== undefined && PREPOSITION_CASES.has(before);
  if (pronoun)
    return pronoun[ending] ?? (preposition ? PRONOUNS_AFTER_PREPOSITION[first]?.[ending] : undefined) ?? '';
  if (neuter) {
    const accusative = before !== undefined && ACCUSATIVE_PREPOSITIONS.has(before);
    const after = (accusative ? NEUTER_ACCUSATIVE[ending] : undefined) ?? NEUTER_ENDINGS[ending];
    return after === undefined ? first : first.slice(0, -1) + after;
  }
  return first.slice(0, -1) + ending;
}

/**
 * The cases a preposition takes (their indexes in a noun's six: genitive 1, dative 2, accusative 3,
 * instrumental 4, prepositional 5): one for «для повышения», «к сроку», «о кейсе»; two for «в», «на» (the
 * accusative or the prepositional), «с» (genitive or instrumental), «за», «под» — which narrow what the
 * ending leaves open: «в реализации» is not a genitive or a dative.
 */
export const PREPOSITION_CASES = new Map<string, readonly number[]>([
  ...'для ради после до без из от у около вокруг против среди кроме вместо возле из-за из-под вследствие ввиду насчёт насчет'
    .split(' ')
    .map((word): [string, number[]] => [word, [1]]),
  ...'к ко благодаря согласно вопреки навстречу'.split(' ').map((word): [string, number[]] => [word, [2]]),
  // «по» of a process is the dative («работа по реализации» → «по выполнению»); «по» and the prepositional
  // («по окончании», «по получении») is a time, listed as officialese of its own.
  ['по', [2, 3]],
  ...'через про сквозь'.split(' ').map((word): [string, number[]] => [word, [3]]),
  ...'над надо перед передо между'.split(' ').map((word): [string, number[]] => [word, [4]]),
  ...'о об обо при'.split(' ').map((word): [string, number[]] => [word, [5]]),
  ...'в во на'.split(' ').map((word): [string, number[]] => [word, [3, 5]]),
  ...'с со'.split(' ').map((word): [string, number[]] => [word, [1, 4]]),
  ...'за под подо'.split(' ').map((word): [string, number[]] => [word, [3, 4]]),
]);

/** The noun slots (case and number, see nouns.ts) an adjective's slot agrees with. */
export const NOUN_SLOTS_OF_ADJECTIVE: readonly (readonly number[])[] = [
  [0, 3],
  [0],
  [0, 3],
  [6, 9],
  [1, 3],
  [2],
  [4, 8],
  [5],
  [1, 2, 4, 5],
  [3],
  [7, 9, 11],
  [10],
];

/** The adjective slot that agrees with a noun of this gender and animacy in a noun slot. */
export function adjectiveSlot(nounSlot: number, gender: Gender, animate: boolean): number {
  const singular: Record<Gender, readonly number[]> = {
    masculine: [0, 4, 5, animate ? 4 : 0, 6, 7],
    neuter: [2, 4, 5, 2, 6, 7],
    feminine: [1, 8, 8, 9, 8, 8],
  };
  const plural = [3, 10, 6, animate ? 10 : 3, 11, 10];
  return (nounSlot < 6 ? singular[gender] : plural)[nounSlot % 6] ?? 0;
}

/**
 * A suggestion that is a noun, or an adjective and a noun, and the words after them («сбор средств»). A noun in
 * -ие ends like an adjective: the phrase is an adjective and a noun only when the second word does not.
 */
function nounPhrase(suggestion: string): { adjective?: string; noun: Noun; rest: string } | undefined {
  const [first = '', second = ''] = suggestion.split(' ');
  const firstAsAdjective = parse(first);
  const nounSecond = second && !parse(second) ? declineNoun(second) : undefined;
  if (firstAsAdjective && firstAsAdjective.slot <= 3 && nounSecond)
    return { adjective: first, noun: nounSecond, rest: suggestion.slice(first.length + 1 + second.length) };
  const nounFirst = declineNoun(first);
  return nounFirst ? { noun: nounFirst, rest: suggestion.slice(first.length) } : undefined;
}

/** What tells a matched noun's case and number besides its ending. */
export interface NounContext {
  /** An adjective before it in the phrase («действующего законодательства»: the genitive, not the plural). */
  previous?: string | undefined;
  /**
   * The word right before the phrase: a preposition, which governs one case («для повышения» → the genitive),
   * or an adjective or pronoun that agrees with the noun («успешная реализация», «по этому кейсу»).
   */
  before?: string | undefined;
  /** The entry's noun is hardly ever plural (a process: «осуществление», «повышение»). */
  singular?: boolean | undefined;
}

/**
 * The adjective slots a modifier before a noun may stand in: its own, and for «-ой» also the stressed masculine
 * nominative («другой», «такой», «большой»), which `parse` reads as a feminine oblique form.
 */
export function modifierSlots(word: string): readonly number[] {
  const form = parse(word);
  if (!form) return [];
  return form.ending === 'ой' ? [form.slot, 0] : [form.slot];
}

/** The genders of the nouns the matched word may be a form of, in one of `slots`. */
function gendersOf(matched: string, stem: string, slots: readonly number[]): Set<Gender> {
  const genders = new Set<Gender>();
  for (const reading of nounReadings(matched))
    if (reading.lemma.startsWith(stem.slice(0, 3)) && slots.includes(reading.slot))
      genders.add(reading.noun.gender);
  return genders;
}

/**
 * The gender a singular past verb or short passive participle shows («рассмотрел», «сломалось», «получена»,
 * «закрыта»).
 */
export function predicateGender(word: string): Gender | undefined {
  // «-т» past «ы», «я», «и»: «закрыта», «принята», «взято».
  const ending = /(?:[аеиоуыяё](?:л|н|ен)|[ыяи]т)(а|о)?(?:сь|ся)?$/u.exec(word);
  if (!ending || word.length < 4) return undefined;
  return ending[1] === 'а' ? 'feminine' : ending[1] === 'о' ? 'neuter' : 'masculine';
}

/**
 * The noun slots, of those the endings leave open, that a modifier right before the matched noun agrees with
 * in one of its genders («Успешная реализация»: the nominative, not the genitive the ending also reads), or
 * all of them where it agrees with none. Whether the paste keeps that agreement, or a verb's with its subject,
 * is `fitsInPlace`'s to decide (fits.ts), as for every suggestion.
 */
function slotsAgreeingWithBefore(
  matched: string,
  stem: string,
  slots: readonly number[],
  animate: boolean,
  before: string | undefined,
): number[] {
  const modifier = before === undefined ? [] : modifierSlots(before);
  if (!modifier.length) return [...slots];
  const original = gendersOf(matched, stem, slots);
  const agreeing = slots.filter((s) =>
    [...original].some((gender) => modifier.includes(adjectiveSlot(s, gender, animate))),
  );
  return agreeing.length ? agreeing : [...slots];
}

/** A verbal noun's genitive singular («принятия», «осуществления», «оказания»). */
const VERBAL_NOUN_GENITIVE = /(?:[еа]н|т)ия$/u;

/** A form in «-ства», of a neuter noun in «-ство» («ходатайство», «законодательство»). */
const NEUTER_IN_STVO = /ства$/u;

/** The singular slots of a noun (nominative to prepositional). */
const SINGULAR_SLOTS = 6;

/**
 * A noun suggestion (or adjective + noun) in the case and number of the matched noun, whose pattern's stem is
 * `stem`, narrowed by its context (`NounContext`): «действующего законодательства» → «закона», «для
 * повышения эффективности» → «для улучшения». Left as listed unless exactly one form fits.
 */
export function agreeRussianNoun(
  suggestion: string,
  matched: string,
  stem: string,
  context: NounContext = {},
): string {
  const { previous, before, singular } = context;
  const phrase = nounPhrase(suggestion);
  if (!phrase) return unreadNoun(suggestion, matched, stem, context);
  const { noun, adjective, rest } = phrase;
  let slots = [...nounSlotsOf(matched, stem, noun.animate)];
  // A process noun's ending that may be singular is read as singular; one that is only plural stays plural
  // («Итоги реализаций» → «выполнений»).
  if (singular && slots.some((s) => s < SINGULAR_SLOTS)) slots = slots.filter((s) => s < SINGULAR_SLOTS);
  // A process noun in -ния, -тия is a neuter's genitive («за днем принятия решения» → «решения»), not the
  // nominative of a feminine «принятия», which the endings also read.
  if (singular && VERBAL_NOUN_GENITIVE.test(matched)) slots = slots.filter((s) => s !== 0);
  // Nor is «-ства» the nominative of a feminine noun: it is of a neuter in «-ство» («заявлять ходатайства» →
  // «просьбы», never «просьба»).
  if (NEUTER_IN_STVO.test(matched)) slots = slots.filter((s) => s !== 0);
  const governed = before === undefined ? undefined : PREPOSITION_CASES.get(before);
  if (governed !== undefined) slots = slots.filter((s) => governed.includes(s % 6));
  slots = slotsAgreeingWithAdjective(slots, previous);
  slots = slotsAgreeingWithBefore(matched, stem, slots, noun.animate, before);
  const adjectiveParadigm = adjective ? paradigmOf(adjective) : undefined;
  const forms = new Set(
    slots.map((s) => {
      const nounForm = noun.forms[s];
      if (!adjectiveParadigm || nounForm === undefined) return nounForm;
      const ending = adjectiveParadigm.endings[adjectiveSlot(s, noun.gender, noun.animate)];
      return `${adjectiveParadigm.stem}${ending} ${nounForm}`;
    }),
  );
  const [form] = forms;
  // The matched noun's one form is known but the plain noun's is not (a fleeting vowel: «приобретений» →
  // «покупок»?): no suggestion, rather than the lemma in the wrong case.
  if (forms.size === 1 && form === undefined && slots.length === 1) return '';
  // Several cases open and none the nominative: the listed form would be wrong in each of them («Ход
  // реализации» → «Ход выполнение»).
  if (forms.size > 1 && !slots.some((s) => s % 6 === 0)) return '';
  // A nominative singular or plural («Ходатайства рассматриваются»: «Просьба» or «Просьбы»?): the listed
  // singular would be a guess.
  if (slots.includes(0) && slots.includes(6) && noun.forms[0] !== noun.forms[6]) return '';
  if (forms.size > 1 && objectAfter(noun, matched, stem, slots, before)) return '';
  if (forms.size !== 1 || form === undefined) return suggestion;
  return form + rest;
}

/** `slots` narrowed to the noun slots the adjective `previous` agrees with, where `previous` is an adjective. */
function slotsAgreeingWithAdjective(slots: number[], previous: string | undefined): number[] {
  const adjectiveForm = previous === undefined ? undefined : parse(previous);
  if (!adjectiveForm) return slots;
  const agreeing = NOUN_SLOTS_OF_ADJECTIVE[adjectiveForm.slot] ?? [];
  return slots.filter((s) => agreeing.includes(s));
}

/** Words after which a noun opens its clause, as its subject may: conjunctions and particles. */
const CLAUSE_OPENERS = new Set(
  'и а но или либо что чтобы если когда где как то также тоже же ли ни да это'.split(' '),
);

/**
 * Whether a noun that may be a nominative or an accusative, whose plain noun's two forms differ («ходатайство»:
 * «просьба», «просьбу»), stands after a word that makes it the object: not a preposition, its own modifier, a
 * conjunction, or a past verb that agrees with it as its subject («Возникла необходимость»), but mostly a verb
 * whose object it is («Суд удовлетворил ходатайство», «Подайте ходатайство» were offered «просьба»). The
 * listed form, the nominative, stays where nothing stands before («Ходатайство подлежит рассмотрению»).
 */
function objectAfter(
  noun: Noun,
  matched: string,
  stem: string,
  slots: readonly number[],
  before: string | undefined,
): boolean {
  if (before === undefined || PREPOSITION_CASES.has(before) || CLAUSE_OPENERS.has(before) || parse(before))
    return false;
  const differs = [0, 6].some(
    (nominative) =>
      slots.includes(nominative) &&
      slots.includes(nominative + 3) &&
      noun.forms[nominative] !== noun.forms[nominative + 3],
  );
  if (!differs) return false;
  const past = /л(а|о|и)?(?:сь|ся)?$/u.exec(before);
  if (!past || before.length < 4) return true;
  if (past[1] === 'и') return !slots.includes(6);
  const gender = past[1] === 'а' ? 'feminine' : past[1] === 'о' ? 'neuter' : 'masculine';
  return !gendersOf(matched, stem, [0]).has(gender);
}

/**
 * A suggestion whose noun the tables do not decline («автомобиль», «шумиха» after a vowel they leave unknown),
 * offered as listed unless a word beside the finding agrees with the matched noun in another gender than the
 * one its ending tells, or than any, for a noun in «-ь», whose gender the ending does not tell.
 */
function unreadNoun(suggestion: string, matched: string, stem: string, context: NounContext): string {
  // An adjective and its noun («другая сторона договора»): the noun's gender is the phrase's.
  const [first = '', second = ''] = suggestion.split(' ');
  const lemma = parse(first) && second ? second : first;
  if (!/^[а-яё-]+$/u.test(lemma) || parse(lemma)) return suggestion;
  // The matched phrase's adjective tells its case, as for a noun the tables read («транспортного средства» is a
  // genitive, not the plural nominative «средства»: «автомобиль» does not fit).
  const slots = slotsAgreeingWithAdjective(
    [...nounSlotsOf(matched, stem, isAnimate(lemma))],
    context.previous,
  );
  // Only plural readings: the listed singular would change the number («Транспортные средства» → «Автомобиль»).
  // (A listed word in -ы, -и may be a plural itself, «деньги»: left as listed.)
  if (slots.length > 0 && slots.every((s) => s >= SINGULAR_SLOTS) && !/[ыи]$/u.test(lemma)) return '';
  // The matched noun only in an oblique case: the listed nominative would stand in the wrong one («при
  // осуществлении контроля» → «при контроль»), but for the accusative of a noun whose accusative it is.
  const accusativeAsListed = !/[ая]$/u.test(lemma) && !isAnimate(lemma);
  if (slots.length && slots.every((s) => s % 6 !== 0 && (s !== 3 || !accusativeAsListed))) return '';
  return suggestion;
}

/** An infinitive, reflexive or not: «дать», «принести», «беречь», «обратиться» (not «эти»). */
const INFINITIVE = /^[а-яё]{2,}(?:ть|ти|чь)(?:с[яь])?$/u;

/**
 * An infinitive suggestion fits only an infinitive `matched` (else ''). `suggestion` with its first word in the form of `matched`, when the first word is an adjective or «этот»
 * and `matched` is an adjective form («соответствующей» → «нужной», «вышеуказанных» → «этих», «указанных
 * выше»), or both are nouns in -тель («услугополучателя» → «заявителя»); otherwise `suggestion` as it is.
 */
export function agreeRussian(suggestion: string, matched: string, before?: string): string {
  const space = suggestion.indexOf(' ');
  const first = space < 0 ? suggestion : suggestion.slice(0, space);
  // An infinitive fits only an infinitive: a verb's stem also matches its participles and other forms
  // («физическое лицо, предоставившее жильё» was offered «дать»).
  if (INFINITIVE.test(first) && !INFINITIVE.test(matched)) return '';
  const noun = agreeAgentNoun(first, matched, before);
  if (noun === '') return '';
  if (noun) return space < 0 ? noun : noun + suggestion.slice(space);
  const form = parse(matched);
  const paradigm = paradigmOf(first);
  if (!form || !paradigm || paradigm.endings.length !== SLOTS) return suggestion;
  // A suggestion is listed in its dictionary form, so its «-ой» is a stressed masculine nominative («такой»,
  // «плохой»), not the feminine oblique form `paradigmOf` reads: «соответствующий» → «такой», never «такий».
  const agreed =
    form.slot === 0 && first.endsWith('ой') ? first : paradigm.stem + (paradigm.endings[form.slot] ?? '');
  return space < 0 ? agreed : agreed + suggestion.slice(space);
}

/** Whether an adjective form agrees with a noun standing in `nounSlot` (its gender, number and case). */
export function agreesWithNoun(adjective: string, nounSlot: number, noun: Noun): boolean {
  return parse(adjective)?.slot === adjectiveSlot(nounSlot, noun.gender, noun.animate);
}

/**
 * An adjective form put in the form that agrees with `noun` in `nounSlot`. A masculine nominative ends in
 * an unstressed «-ый», «-ий» or a stressed «-ой» that no other form tells («основным» → «основной»): the form
 * `isWord` knows is taken, or none.
 */
export function adjectiveInCase(
  adjective: string,
  nounSlot: number,
  noun: Noun,
  isWord: (form: string) => boolean,
): string | undefined {
  const paradigm = paradigmOf(adjective);
  if (!paradigm) return undefined;
  const slot = adjectiveSlot(nounSlot, noun.gender, noun.animate);
  if (pronounForm(adjective)) return paradigm.endings[slot];
  if (slot === 0) {
    const candidates = [paradigm.stem + (paradigm.endings[0] ?? ''), `${paradigm.stem}ой`];
    const known = [...new Set(candidates)].filter(isWord);
    return known.length === 1 ? known[0] : undefined;
  }
  return paradigm.stem + (paradigm.endings[slot] ?? '');
}

/** The stem of an adjective form, if the word ends like one. */
export function adjectiveStem(word: string): string | undefined {
  return parse(word)?.stem;
}
