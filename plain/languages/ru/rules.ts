import type { GrammaticalCase, PhraseEntry, Rule } from '../../internal/rules/types.ts';
import {
  DASH_AFTER,
  FILE_TYPES_AND_SIZES,
  LATIN_ABBREVIATIONS_KNOWN_IN_KAZAKHSTAN,
} from '../abbreviations.ts';
import { DOUBLED_NUMBER_MESSAGES } from '../doubled-number-messages.ts';
import { nothingToPasteWhere } from '../pack.ts';
import { NUMBER_UNITS, NUMBER_WORDS } from './number-words.ts';
import { REFLEXIVE_PASSIVE_FORMS } from './reflexive-passives.ts';

/**
 * Russian rule pack: канцелярит, jargon, passive voice, double negatives, long sentences, paragraphs and
 * words, and the built-in checks. Patterns match lower-cased words with ё folded to е (see `WordPattern`).
 */

const CHANCELLERY = 'https://ru.wikipedia.org/wiki/Канцелярит';
const READABILITY = 'https://ru.wikipedia.org/wiki/Удобочитаемость';

/** Word forms shared by several phrases («принять участие», «принять меры», «принятие решения»). */
const ACCEPT =
  'принять|принимать|принимает|принимают|принимаем|принимаете|принимаю|принимал|принимала|принимали|' +
  'принимается|принимаются|примет|примут|приму|примем|примете|примите|принял|приняла|приняли|принято|' +
  'приняты|принятие|принятия|принятию|принятием|принятии|принимающ*|принявш*';
const CONDUCT =
  'проводить|проводит|проводят|проводим|проводите|проводится|проводятся|проводил|проводила|проводили|' +
  'проводилась|проводились|проводилось|провести|проведет|проведут|проведем|проведите|провел|провела|' +
  'провели|проведена|проведено|проведены|проведен|проведение|проведения|проведению|проведением|проведении';
const PERFORM = 'производ*|произве*';
const CARRY = 'вести|ведет|ведут|ведем|ведется|ведутся|велась|велись|велось|ведение|ведения|ведением|ведении';
const MAKE_PAYMENT =
  'внести|вносить|вносит|вносят|вносим|вносите|вносится|вносятся|внесите|внесет|внесут|внесем|внес|внесла|' +
  'внесли|внесен|внесена|внесено|внесены|внесение|внесения|внесению|внесением|внесении';
const GIVE = 'дать|давать|дает|дают|даем|даете|дал|дала|дали|дадим|дадут|даст|дайте|дано|даны|дан';
const COMMIT =
  'совершить|совершать|совершает|совершают|совершаете|совершил|совершила|совершили|совершите|совершается|' +
  'совершаются|совершена|совершено|совершены|совершение|совершения|совершении|совершением';
const NOTIFY = 'довод*|довед*|довест*';
const HAS = 'имеет|имеют|имело|имел|имела|имели|иметь|имеете|имеем|имею';
/**
 * A process noun before its object noun («оказание помощи», «обеспечение соблюдения»), replaced by the object
 * noun in the process noun's case: «для оказания помощи» → «для помощи».
 */
const objectNoun = (match: string, plain: string): PhraseEntry => ({
  match,
  replace: [plain],
  agree: 'first-noun',
  singular: true,
});

/**
 * A second genitive joined to the phrase's last noun («повышения качества и доступности», «за счёт средств
 * бюджета и механизма лизинга»): a replacement that swallows that noun would leave the second one joined to
 * something else («улучшения и доступности»). A verbal noun after «и» («и снижения») joins the head instead.
 */
const JOINED_GENITIVE =
  '\\s(?:и|или)\\s+(?![\\p{L}]*(?:ния|тия)(?![\\p{L}]))[\\p{L}]*(?:а|я|ы|и|ов|ев|ей|ого|его|ой|ых|их)(?![\\p{L}])';

/** A verb's infinitive as a whole word («загрузить», «найти», «беречь», «пользоваться»). */
const INFINITIVE = '\\p{L}+(?:ть|ти|чь)(?:ся|сь)?(?!\\p{L})';

/** Papers a citizen hands in to an agency, as the stems of their names. */
// Not «справка» nor «выписка», which the agency issues («Для предоставления справки нужен паспорт»).
const PAPERS_HANDED_IN = 'документ|сведени|копи|заявлени|данных|материал';

/** Weather a forecast expects, as the stems of its nouns and adjectives («снег», «снежный накат», «гроза»). */
const WEATHER =
  'снег|снеж|дожд|ветер|ветр|метел|гололед|гололёд|мороз|туман|гроз|ливн|осадк|похолодани|потеплени|жар|град|пург|буран|температур|порыв|гололедиц|изморо';

/** Procedures named by the place of residence: «регистрации по месту жительства», «на учёте по месту …». */
const RESIDENCE_PROCEDURE = '^(?:регистраци|прописк|прописан|учет|учёт|зарегистрирова|регистрир)';

/**
 * Not within six words after an office («в отдел занятости и социальных программ по месту жительства»), which
 * «по месту жительства» then names by its competence.
 */
const NOT_AFTER_AN_OFFICE =
  '^(?![\\s\\S]*(?:^|[^а-яё])(?:отдел|орган|управлени|акимат|цон|суд|департамент|учреждени|поликлиник|' +
  'госкорпораци|корпораци|филиал|центр|инспекци|комитет)[а-яё]*(?:\\s+[^\\s.!?;]+){0,6}\\s+$)';

/** «Без крайней необходимости» is a set phrase, "unless you must": not flagged. */
const NOT_IN_SET_PHRASE = '^(?![\\s\\S]*(?:^|[^а-яё])без\\s+крайней\\s*$)';

/** A neuter noun in -ие in its singular cases, as a phrase's exact first word («проведени» → «проведение|…»). */
const nounForms = (stem: string) => ['е', 'я', 'ю', 'ем', 'и'].map((ending) => stem + ending).join('|');

/** The instrumental endings of nouns: «-ом», «-ой», «-ью», «-ами» … */
const INSTRUMENTAL_ENDINGS = 'ом|ем|ой|ей|ью|ами|ями';

/** A noun or adjective (-ым, -им) in the instrumental right after a phrase: «явились причиной», «явилось основанием». */
const INSTRUMENTAL_AFTER = `^\\s+[а-яё]+(?:${INSTRUMENTAL_ENDINGS}|ым|им)(?![а-яё])`;

/** An infinitive right after a phrase (a phrase entry's `followedBy`). */
const INFINITIVE_AFTER = '^\\s+[а-яё]+(?:ть|ти|чь|ться|тись)(?![а-яё])';

/** An infinitive right after a phrase or one word after it («возможность детям играть»). */
const INFINITIVE_NEAR = '^\\s+(?:[а-яё]+\\s+)?[а-яё]+(?:ть|ти|чь|ться|тись)(?![а-яё])';

/**
 * An infinitive up to four words on in the same clause («имеют возможность в течение трёх дней изменить»): a
 * word in «-ть» of a noun («сеть», «путь», «часть») is none.
 */
const INFINITIVE_WITHIN_CLAUSE =
  '^\\s+(?:[а-яё0-9]+\\s+){0,4}(?!(?:сеть|путь|мать|часть|власть|помощь|ночь|дочь|речь|печь)(?![а-яё]))[а-яё]+(?:ть|ти|чь|ться|тись)(?![а-яё])';

/** Prepositions a noun phrase may follow: a noun after one is no subject. */
const PREPOSITIONS_BEFORE_NOUN =
  'в|во|на|с|со|к|ко|по|о|об|от|до|из|за|для|при|через|у|перед|между|под|над|про|без';

/**
 * A word of a sentence that speaks to its reader: «вы» and its forms, «ваш», or a verb in the 2nd plural or the
 * imperative («обратитесь», «подайте», «можете»), not a noun's prepositional in -ете, -ите, -йте («в ответе», «о
 * защите», «на сайте»). A paste in the 2nd person («там, где вы живёте», «если не придёте») fits only there:
 * «Граждане … вправе обратиться по месту жительства» and «Безработный …» are said of someone else.
 */
const READER_ADDRESSED =
  '^(?:вы|вас|вам|вами|ваш[а-яё]*|(?!(?:ответе|бюджете|совете|предмете|пакете|объекте|сайте|защите|кредите|визите|лимите|депозите|транзите|орбите|элите|граните|сюжете|портрете|приоритете|комитете|факультете|университете|интернете|кабинете|билете|банкете|браслете|макете|паритете|авторитете|иммунитете|аппарате|результате|формате|штате)$)[а-яё]{2,}(?:ете|ёте|ите|ьте|йте|етесь|ётесь|итесь|ьтесь|йтесь))$';

/**
 * An organisation or office papers are handed in to, after «в»: an abbreviation of its legal form, a quoted
 * name, or a noun naming one («в ТОО «Теплосервис»», «в ЦОН», «в компетентные органы»).
 */
const HANDED_IN_TO =
  '(?:(?:ТОО|АО|ИП|ГУ|КГУ|РГУ|РГП|ГКП|НАО|ЦОН|НАО|КСК|ОСИ|УГД|ДГД)(?![а-яёА-ЯЁ])|[«"]|(?:[а-яё]+(?:ые|ий|ый|ую|ой)\\s+)?(?:акимат|орган|организаци|учреждени|центр|управлени|департамент|министерств|комисси|суд|банк|служб|компани|отдел|фонд|ведомств|инспекци|налогов|полици|школ|больниц|поликлиник))';

/** Papers a citizen hands in, in the accusative, after «предоставить». */
const CITIZEN_PAPERS = [
  'документы',
  'следующие документы',
  'все документы',
  'недостающие документы',
  'документ',
  'справку',
  'справки',
  'копию',
  'копии',
  'заявление',
  'паспорт',
  'удостоверение',
  'свидетельство',
  'свидетельства',
  'квитанцию',
  'квитанции',
  'выписку',
  'выписки',
  'доверенность',
  'фотографии',
];
/**
 * A person named in the third person, in any case: the applicant, the payer, the recipient («по выбору
 * налогоплательщика», «заявителю выдаётся»). Not «гражданский», «гражданство».
 */
const THIRD_PARTY_NAMED =
  '^(?:налогоплательщик|плательщик|заявител|услугополучател|получател|потребител|работник|работодател|' +
  'пациент|собственник|арендатор|владел[ье]ц)[а-яё]*$|^граждан(?:ин|ина|ину|ином|ине|е|ам|ами|ах)?$';
/** Papers that prove who one is: shown at the desk, not handed in. */
const ID_PAPERS: readonly string[] = ['паспорт', 'удостоверение'];
/** The citizen as a clause's subject, right before its verb: «Услугополучатель предоставляет». */
const APPLICANT_SUBJECT =
  '^(?:услугополучатель|заявитель|гражданин|получатель|родитель|налогоплательщик|плательщик|пациент|кандидат|' +
  'абитуриент|потребитель|участник|претендент|студент|работник)$';
const APPLICANTS_SUBJECT =
  '^(?:услугополучатели|заявители|граждане|получатели|родители|налогоплательщики|плательщики|пациенты|' +
  'кандидаты|абитуриенты|потребители|участники|претенденты|студенты|работники)$';

/**
 * What is given, never issued, as the subject before a verb, up to two words before it: information or advice
 * («Подробная информация …»), a right, a benefit or a leave («Право бесплатной парковки …», «Льгота …»).
 */
const GIVEN_NOT_ISSUED_BEFORE =
  '(?:^|[^а-яё])(?:информаци|сведени|консультаци|разъяснени|прав[оа]|льгот|отпуск|возможност|скидк)[а-яё]*' +
  '(?:\\s+[^\\s.,;:!?]+){0,2}\\s+$';

/** Forms of «предоставить», «предоставлять» that address the citizen: infinitive, imperative, 2nd plural. */
const ADDRESSING_CITIZEN = /^предоставл?(?:ить|ять|ьте|яйте|ите|яете)\s/u;

/** A noun in the instrumental (a phrase's `notBefore`): «документом», «условием», «мерой», «частью», «мерами». */
const INSTRUMENTAL_NOUN = `^[а-яё]+(?:${INSTRUMENTAL_ENDINGS})$`;

/** «Обеспечить» where the plain verb's infinitive can take its place. */
const ENSURE = 'обеспечить|обеспечивать';
const IMPLEMENT = 'осуществл*|осуществить|осуществит|осуществят|осуществите|осуществим|осуществил*';
/** The short passive participles of «произвести» and «осуществить»: an action reported done. */
const DONE =
  'произведен|произведена|произведено|произведены|осуществлен|осуществлена|осуществлено|осуществлены';

/**
 * Entries below list each word's forms in place (`в случае утери|утраты`, `${IMPLEMENT} оплат*`); the engine
 * reads `|` in a phrase with spaces as a choice between whole phrases, so each entry is expanded into every
 * combination of its words' forms (`в случае утери|в случае утраты`).
 */
function expand(entry: PhraseEntry): PhraseEntry {
  const positions = entry.match.trim().split(/\s+/u);
  if (positions.length < 2) return entry;
  let phrases = [''];
  for (const position of positions) {
    const forms = position.split('|');
    phrases = phrases.flatMap((start) => forms.map((form) => (start ? `${start} ${form}` : form)));
  }
  return { ...entry, match: phrases.join('|') };
}

/**
 * A verb's forms from its principal parts «infinitive/3rd singular/3rd plural/past masculine», in the order
 * infinitive, 3rd singular, 3rd plural, past masculine, feminine, neuter, plural, and with `reflexive` the same
 * seven with -ся/-сь («делаться», «делается» … «делались»), then the imperatives and the 1st and 2nd plural. A
 * past without -л («принёс») keeps its stem.
 */
function verbForms(parts: string, reflexive: boolean): string[] {
  const base = withoutReflexive(parts);
  if (base) return verbForms(base, false).map(withReflexive);
  const [infinitive = '', singular = '', plural = '', past = ''] = parts.split('/');
  // «шёл», «чёл» lose their vowel in the other forms: вошёл → вошла, учёл → учла.
  const pastStem = /[шч]ёл$/u.test(past)
    ? past.slice(0, -2)
    : (past.endsWith('л') ? past.slice(0, -1) : past).replace('ё', 'е');
  const active = [infinitive, singular, plural, past, `${pastStem}ла`, `${pastStem}ло`, `${pastStem}ли`];
  const persons = [...imperatives(parts), ...firstAndSecondPlural(parts)];
  if (!reflexive) return [...active, ...persons];
  return [...active, ...active.map(withReflexive), ...persons];
}

/**
 * The principal parts of a reflexive plain verb («зарегистрироваться/…/зарегистрировался») without -ся, or
 * undefined for a verb that is not reflexive: its forms are the plain verb's with -ся or -сь (`withReflexive`).
 */
function withoutReflexive(parts: string): string | undefined {
  if (!/с[яь]$/u.test(parts.split('/')[0] ?? '')) return undefined;
  return parts
    .split('/')
    .map((part) => part.replace(/с[яь]$/u, ''))
    .join('/');
}

/** A verb form made reflexive: -сь after a vowel («зарегистрировалась»), -ся after a consonant; '' stays. */
const withReflexive = (form: string) => (form ? form + (/[аеёиоуыэюя]$/u.test(form) ? 'сь' : 'ся') : '');

/**
 * Imperatives whose ending stress decides («оплатите», «проверьте»), by infinitive: those of a stem in a
 * vowel are built (`imperatives`). Government pages instruct: «Произведите оплату» → «Оплатите».
 */
const LISTED_IMPERATIVES: Readonly<Record<string, string>> = Object.fromEntries(
  `осуществить:осуществите произвести:произведите провести:проведите предоставить:предоставьте
  приобрести:приобретите принять:примите оказать:окажите предъявить:предъявите оплатить:оплатите
  заменить:замените выплатить:выплатите проверить:проверьте вернуть:верните начислить:начислите
  уплатить:уплатите выдать:выдайте дать:дайте списать:спишите подключить:подключите отключить:отключите
  осмотреть:осмотрите записать:запишите оценить:оцените выполнить:выполните принести:принесите
  купить:купите получить:получите помочь:помогите показать:покажите начать:начните предложить:предложите
  отменить:отмените улучшить:улучшите сократить:сократите обновить:обновите усилить:усильте
  запросить:запросите сообщить:сообщите следить:следите искать:ищите руководить:руководите
  ознакомить:ознакомьте посмотреть:посмотрите решить:решите установить:установите учесть:учтите
  довести:доведите доводить:доводите просить:просите брать:берите проводить:проводите производить:производите
  приносить:приносите участвовать:участвуйте подать:подайте перевести:переведите выбрать:выберите
  войти:войдите позвонить:позвоните уведомить:уведомите известить:известите оповестить:оповестите
  платить:платите заплатить:заплатите внести:внесите перечислить:перечислите оформить:оформите
  рассмотреть:рассмотрите заполнить:заполните удалить:удалите сохранить:сохраните
  зарегистрировать:зарегистрируйте регистрировать:регистрируйте`
    .trim()
    .split(/\s+/u)
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * A verb's imperative, plural (polite) and singular: listed, or built where the present stem ends in a vowel
 * («делают» → «делайте», «реализуют» → «реализуйте»; -авать verbs from the infinitive: «выдавайте»). One that
 * is also the 2nd plural («производите»: «you make» as much as «make!») is offered both plain forms
 * (`verbPhrase` merges the entries).
 */
function imperatives(parts: string): [string, string] {
  const [infinitive = '', , plural = ''] = parts.replace(/ё/gu, 'е').split('/');
  const stem = plural.slice(0, -2);
  const built = parts.includes(' ')
    ? undefined
    : infinitive.endsWith('авать')
      ? `${infinitive.slice(0, -2)}йте`
      : /[аеиоуыэюя]$/u.test(stem) && /(?:ют|ят)$/u.test(plural)
        ? `${stem}йте`
        : undefined;
  const imperative = LISTED_IMPERATIVES[infinitive] ?? built;
  return imperative ? [imperative, imperative.slice(0, -2)] : ['', ''];
}

/**
 * The 1st and 2nd plural from the 3rd singular («делает» → «делаем», «делаете»), which agencies write in
 * («мы осуществляем приём»); «дать» and its kin have «дадим». A perfective verb's 2nd plural is left out: the
 * imperative of most sources («осуществите») would take it for a future («сделаете»). Other irregular verbs in
 * -ст and analytic futures have none ('').
 */
function firstAndSecondPlural(parts: string): [string, string] {
  const singular = parts.split('/')[1] ?? '';
  const second = (form: string) => (isPerfective(parts) ? '' : form);
  if (singular.endsWith('даст')) {
    const prefix = singular.slice(0, -4);
    return [`${prefix}дадим`, second(`${prefix}дадите`)];
  }
  if (!singular.endsWith('т') || singular.endsWith('ст') || singular.includes(' ')) return ['', ''];
  const stem = singular.slice(0, -1);
  return [`${stem}м`, second(`${stem}те`)];
}

/** The adjective endings of a participle in -щий (сибилянт) and in -мый (hard), masculine nominative first. */
const PARTICIPLE_ENDINGS = {
  active: ['ий', 'ая', 'ее', 'ие', 'его', 'ему', 'им', 'ем', 'ей', 'ую', 'их', 'ими'],
  passive: ['ый', 'ая', 'ое', 'ые', 'ого', 'ому', 'ым', 'ом', 'ой', 'ую', 'ых', 'ыми'],
} as const;

/**
 * A verb's present participles from its principal parts, as stems: active from the 3rd plural («делают» →
 * «делающ-», «проводят» → «проводящ-»), passive from the 3rd singular («делает» → «делаем-», «проводит» →
 * «проводим-»; -авать verbs from the infinitive: «давать» → «даваем-»). A verb with no regular passive
 * participle («берёт») has none.
 */
function participleStems(parts: string): { active: string; passive: string | undefined } {
  const [infinitive = '', singular = '', plural = ''] = parts.replace(/ё/gu, 'е').split('/');
  const active = `${plural.slice(0, -1)}щ`;
  if (infinitive.endsWith('авать')) return { active, passive: `${infinitive.slice(0, -2)}ем` };
  if (
    singular.endsWith('ет') &&
    !singular.endsWith('ает') &&
    !singular.endsWith('яет') &&
    !singular.endsWith('ует')
  )
    return { active, passive: undefined };
  const passive = singular.endsWith('ит') ? `${singular.slice(0, -2)}им` : `${singular.slice(0, -1)}м`;
  return { active, passive };
}

/** Passive participles too rare to offer («делаемый»): the plain verb's other participles read better. */
const RARE_PARTICIPLES = new Set(['делаем']);

/**
 * The perfective verbs among the officialese verbs and plain verbs of `verb()`, `verbPhrase()` and their kin:
 * they have no present participles, and their gerund is built on the past («сделав»). An -овать verb not
 * listed here («реализовать», «аннулировать») is read as both aspects.
 */
const PERFECTIVE = new Set(
  `осуществить предоставить приобрести произвести провести принять оказать предъявить проинформировать
  зарегистрировать сделать выполнить оплатить заменить рассчитать выплатить проверить вернуть начислить
  уплатить выдать списать подключить отключить обменять осмотреть записать отремонтировать дать принести
  помочь показать купить получить сообщить начать предложить отменить улучшить сократить обновить усилить
  запросить проанализировать оценить подать перевести позвонить войти выбрать уведомить известить оповестить
  опознать установить решить учесть довести зарегистрироваться ознакомиться прочитать посмотреть вступить
  утратить перестать изыскать найти вынести заплатить внести перечислить оформить рассмотреть
  проконтролировать повлиять поддержать подготовить`
    .trim()
    .split(/\s+/u),
);

const infinitiveOf = (parts: string) => (parts.split('/')[0] ?? '').replace(/ё/gu, 'е');
const isPerfective = (parts: string) => PERFECTIVE.has(infinitiveOf(parts));
const isImperfective = (parts: string) => !isPerfective(parts);

/**
 * A verb's gerund from its principal parts: an imperfective one's from the 3rd plural («делают» → «делая»,
 * «ищут» → «ища»; -авать verbs from the infinitive: «выдавать» → «выдавая»), a perfective one's from the past
 * («сделал» → «сделав»), or from the future where the infinitive ends in -сти («проведут» → «проведя»). None
 * where the rule cannot build it («помочь») or the parts are phrases («будет участвовать»).
 */
function gerund(parts: string, perfective: boolean): string | undefined {
  const base = withoutReflexive(parts);
  if (base) {
    // «зарегистрировавшись», «регистрируясь».
    const form = gerund(base, perfective);
    return form && (form.endsWith('в') ? `${form}шись` : `${form}сь`);
  }
  if (parts.includes(' ')) return undefined;
  const [infinitive = '', , plural = '', past = ''] = parts.replace(/ё/gu, 'е').split('/');
  if (perfective && /[аеиоуыя]ть$/u.test(infinitive) && past.endsWith('л')) return `${past.slice(0, -1)}в`;
  if (!perfective && infinitive.endsWith('авать')) return `${infinitive.slice(0, -2)}я`;
  const stem = plural.slice(0, -2);
  if (!/(?:ут|ют|ат|ят)$/u.test(plural) || /[гкх]$/u.test(stem)) return undefined;
  return stem + (/[жшчщ]$/u.test(stem) ? 'а' : 'я');
}

/**
 * The gerunds of an officialese verb (an -овать verb of both aspects has two: «реализуя», «реализовав»), each
 * offered the plain verbs' gerunds («приобретая» → «покупая», «осуществляя контроль» → «контролируя»), or
 * nothing to paste where none has one: an infinitive in place of a gerund reads wrong.
 */
function gerunds(source: string, noun: string, plain: string[]): PhraseEntry[] {
  const perfective = isPerfective(source);
  const bothAspects = !perfective && infinitiveOf(source).endsWith('овать');
  const forms = new Set(
    [gerund(source, perfective), bothAspects ? gerund(source, true) : undefined].filter(
      (form): form is string => form !== undefined,
    ),
  );
  const replace = plain.flatMap((parts) => gerund(parts, isPerfective(parts)) ?? []);
  return [...forms].map((form) => ({ match: noun ? `${form} ${noun}` : form, replace }));
}

/**
 * The present participles of an imperfective officialese verb, each offered the plain verbs' participles in
 * the same case, number and gender («осуществляющих» → «проводящих», «осуществляемой» → «выполняемой»);
 * passive ones only for a transitive source and the plain verbs that have one. Before a `noun` the verb
 * stands in for, the active participle's forms are listed with it («осуществляющих приём» → «принимающих»).
 */
function participles(source: string, noun: string, transitive: boolean, plain: string[]): PhraseEntry[] {
  const sourceStems = participleStems(source);
  // A perfective plain verb has no present participle («начать» has no «начнущий»).
  const plainStems = plain.filter(isImperfective).map(participleStems);
  const activeEndings = PARTICIPLE_ENDINGS.active;
  if (noun) {
    const active = activeEndings.map((ending) => ({
      match: `${sourceStems.active}${ending} ${noun}`,
      replace: plainStems.map((stems) => stems.active + ending),
    }));
    // «осуществляемый контроль» is «контроль»: the participle adds nothing, and the plain verb would need
    // another construction, so nothing to paste (the phrase's own entry offered an infinitive).
    if (!sourceStems.passive) return active;
    const passive = {
      match: `${PARTICIPLE_ENDINGS.passive.map((e) => sourceStems.passive + e).join('|')} ${noun}`,
      replace: [],
    };
    return [...active, passive];
  }
  const entry = (stem: string, voice: 'active' | 'passive', replace: string[]): PhraseEntry => ({
    match: PARTICIPLE_ENDINGS[voice].map((ending) => stem + ending).join('|'),
    replace: replace.map((plainStem) => plainStem + PARTICIPLE_ENDINGS[voice][0]),
    ...(replace.length > 0 ? { agree: true } : {}),
  });
  const active = entry(
    sourceStems.active,
    'active',
    plainStems.map((stems) => stems.active),
  );
  const passiveReplacements = plainStems.flatMap((stems) =>
    stems.passive && !RARE_PARTICIPLES.has(stems.passive) ? [stems.passive] : [],
  );
  // With no plain participle to offer («взимаемая плата»), none is better than an infinitive.
  if (!transitive || !sourceStems.passive) return [active];
  return [active, entry(sourceStems.passive, 'passive', passiveReplacements)];
}

/**
 * One entry per form of an officialese verb, each offering the plain verbs in the same form
 * («осуществляется» → «делается», «проводится»), as English `verb()` does; an imperfective one's present
 * participles too. The stem entry (`осуществл*`) still catches the other forms with the plain verbs'
 * infinitives. `reflexive`: the verbs are transitive, with -ся forms and passive participles.
 */
function verb(source: string, reflexive: boolean, ...plain: string[]): PhraseEntry[] {
  return verbPhrase(source, '', reflexive, ...plain);
}

/**
 * Nouns of notices that a purpose after them («для получения справки») qualifies: «Документы для получения
 * справки подаются…» cannot take «чтобы получить справку» in its place.
 */
const NOUN_A_PURPOSE_QUALIFIES =
  '^(?:документ|документы|документов|заявлени[еяий]|справк[аиу]|справок|пакет|пакета|бланк|бланки|форм[аыу]|' +
  'сведени[йя]|материал[ыов]*|перечень|перечня|требовани[яй]|услови(?:[еяйюи]|ем|ям|ями|ях)|основани[еяй]|услуг[аиу]?|' +
  'талон|очередь)$';

/**
 * The finite forms in -ся of an officialese verb (`source`, its principal parts without -ся), each replaced by
 * the same form of the `plain` imperfectives: «аннулируется» → «отменяется», «актуализировались» →
 * «обновлялись». Its other forms are `verb()`'s.
 */
function reflexivePassives(source: string, ...plain: string[]): PhraseEntry[] {
  return verb(source, true, ...plain).filter((entry) => /с[яь]$/u.test(entry.match));
}

/**
 * `verb()` for a verb of both aspects («реализовать»): its present is imperfective, and its past and its gerund
 * in -в mostly report a thing done, so they get the `perfective` plain verbs' («реализовал проект» →
 * «выполнил», «реализовав» → «выполнив»).
 */
function verbOfBothAspects(source: string, reflexive: boolean, imperfective: string[], perfective: string[]) {
  const PAST = [3, 4, 5, 6];
  const forms = verbForms(source, false);
  const plainForms = perfective.map((parts) => verbForms(parts, false));
  const past = PAST.map((i) => ({ match: forms[i] ?? '', replace: plainForms.map((p) => p[i] ?? '') }));
  const doneGerund = gerund(source, true);
  const done = doneGerund
    ? [{ match: doneGerund, replace: perfective.flatMap((parts) => gerund(parts, true) ?? []) }]
    : [];
  const overridden = new Set([...past, ...done].map((entry) => entry.match));
  return [
    ...past,
    ...done,
    ...verb(source, reflexive, ...imperfective).filter((entry) => !overridden.has(entry.match)),
  ];
}

/**
 * `verb()` for a verb and the noun it stands in for («осуществляет контроль» → «контролирует»): `noun` is the
 * pattern after each form of `source`. Only a transitive plain verb has -ся forms to offer
 * («осуществляется контроль» → «контролируется»; «осуществляется руководство» has no «руководится»), after
 * the impersonal where that -ся form is itself a passive the pack flags (`impersonalFirst`).
 */
function verbPhrase(source: string, noun: string, reflexive: boolean, ...plain: string[]): PhraseEntry[] {
  const forms = verbForms(source, reflexive).map((form) => form.replace('ё', 'е'));
  const plainForms = plain.map((parts) => verbForms(parts, reflexive));
  // A form that stands in two slots (an imperfective 2nd plural is its imperative) gets both plain forms.
  const bySource = new Map<string, string[]>();
  forms.forEach((form, i) => {
    if (!form) return;
    const replace = bySource.get(form) ?? [];
    for (const p of plainForms) if (p[i] && !replace.includes(p[i])) replace.push(p[i]);
    bySource.set(form, replace);
  });
  const impersonals = noun && reflexive && isImperfective(source) ? impersonalFirst(forms, plain) : new Map();
  const finite = [...bySource].flatMap(([form, replace]): PhraseEntry[] => {
    const match = noun ? `${form} ${noun}` : form;
    const impersonal = impersonals.get(form);
    if (!impersonal) return [{ match, replace }];
    return [
      { match, replace: [...impersonal, ...replace], followedBy: NO_AGENT_AHEAD },
      { match, replace },
    ];
  });
  const nonFinite = gerunds(source, noun, plain);
  if (!isImperfective(source)) return [...finite, ...nonFinite];
  const passives = noun && !reflexive ? impersonal(source, noun, plain) : [];
  return [...finite, ...passives, ...nonFinite, ...participles(source, noun, reflexive, plain)];
}

/**
 * An agent in the instrumental ahead in the clause («производится выплата пособий фондом», «Госкорпорацией»),
 * not after a preposition («с учётом», «под контролем», «в электронном виде»): the impersonal 3rd plural
 * would leave it without a verb to belong to («Выплачивают пособия фондом»).
 */
const NO_AGENT_AHEAD =
  '^(?![^,.;:!?()]*?(?<!(?:^|\\s)(?:в|во|на|о|об|обо|при|с|со|за|под|подо|над|перед|между|по))\\s' +
  '(?:[а-яёА-ЯЁ]+(?:ом|ем|ами|ями|ией)|им|ими)(?![а-яё]))';

/**
 * An agent in the instrumental before a passive in its clause («Фондом производится выплата», «Государственной
 * корпорацией осуществляется приём»), not after a preposition («в текущем году», «с документами») nor a word of
 * time or manner in -ом («летом», «таким образом»): the impersonal 3rd plural or an instruction would leave it
 * without a verb to belong to («Фондом выплачивают»). A `precededBy` that matches where none stands.
 */
const NO_AGENT_BEFORE =
  '^(?![\\s\\S]*(?<![а-яё])(?<!(?:^|[^а-яё])(?:в|во|на|о|об|обо|при|с|со|за|под|подо|над|перед|между|по)\\s+)' +
  '(?!(?:затем|потом|причем|причём|тем|чем|том|этом|всем|нем|нём|целом|образом|утром|днем|днём|вечером|летом|' +
  'рядом|кругом)(?![а-яё]))[а-яё]+(?:ом|ем|ами|ями|ией)(?![а-яё])[^,.;:!?()]*$)';

/** A plain wording with no subject of its own: the impersonal 3rd plural or an instruction («Выплачивают»). */
const SUBJECTLESS = /^[а-яё]+(?:ют|ят|ут|ат|ли|те)(?:\s|$)/u;

/**
 * A passive in -ся offered a wording with no subject (`SUBJECTLESS`) gets it only where no agent in the
 * instrumental stands before it in its clause (`NO_AGENT_BEFORE`); after one, its other replacements alone
 * («Фондом производится выплата» → «выплачивается», never «Фондом выплачивают»).
 */
/** A text that writes the polite «Вы» with its capital inside a sentence («обращаемся к Вам», «Вы вправе»). */
const POLITE_YOU_IN_TEXT = '(?:\\p{Ll}|,)\\s+В(?:ы|ас|ам|ами|аш\\p{Ll}*)(?!\\p{L})';

/** «вы» and its forms in a suggestion. */
const YOU_IN_SUGGESTION = /(?<!\p{L})в(ы|ас|ам|ами|аш\p{Ll}*)(?!\p{L})/gu;

/**
 * An entry whose suggestions bring in «вы» is preceded by a copy, for a text that writes the polite «Вы»
 * with its capital, whose suggestions write it so too («по месту жительства» → «там, где Вы живёте» in a letter
 * to «Вас»).
 */
function withPoliteYou(entry: PhraseEntry): PhraseEntry[] {
  // An entry that matches «вас» itself keeps the text's own capital («Вас уведомим» → «Вам сообщим»).
  const introduces =
    entry.replace.some((r) => r.match(YOU_IN_SUGGESTION)) && !entry.match.match(YOU_IN_SUGGESTION);
  if (entry.inText !== undefined || !introduces) return [entry];
  const polite = entry.replace.map((r) => r.replace(YOU_IN_SUGGESTION, 'В$1'));
  return [{ ...entry, replace: polite, inText: POLITE_YOU_IN_TEXT }, entry];
}

function withoutAgentBefore(entry: PhraseEntry): PhraseEntry[] {
  const subjectless = entry.replace.map((replacement) => SUBJECTLESS.test(replacement));
  if (entry.precededBy || !subjectless.includes(true) || !/с[яь](?=$|[\s|])/u.test(entry.match))
    return [entry];
  const { carries, ...rest } = entry;
  const kept = (list: readonly string[]) => list.filter((_, i) => !subjectless[i]);
  const replace = kept(entry.replace);
  const to = carries?.to.filter((_, i) => !subjectless[i]);
  const fallback: PhraseEntry =
    carries && to && replace.length
      ? { ...rest, replace, carries: { ...carries, to } }
      : { ...rest, replace };
  return [{ ...entry, precededBy: NO_AGENT_BEFORE }, fallback];
}

/**
 * The passives in -ся of a light verb before its noun («производилась выплата») whose plain verb's own -ся form
 * is a passive the pack flags («выплачивалась»): offered the impersonal 3rd plural in their tense first
 * («Выплачивали»), which names no subject to agree with and takes the noun's object in the accusative
 * («Производится выплата пособий» → «Выплачивают пособия»). By light-verb form.
 */
function impersonalFirst(forms: string[], plain: string[]): Map<string, string[]> {
  const THIRD_PLURAL = 2;
  const PAST_PLURAL = 6;
  const flagged = new Set(REFLEXIVE_PASSIVE_FORMS);
  const byForm = new Map<string, string[]>();
  for (const parts of plain) {
    if (withoutReflexive(parts)) continue;
    const active = verbForms(parts, false);
    const passive = verbForms(parts, true);
    for (const slot of [1, 2, 3, 4, 5, 6]) {
      const form = forms[slot + 7];
      const own = passive[slot + 7]?.replace(/ё/gu, 'е');
      const impersonal = active[slot < 3 ? THIRD_PLURAL : PAST_PLURAL];
      if (!form || !own || !impersonal || !flagged.has(own)) continue;
      const list = byForm.get(form) ?? [];
      if (!list.includes(impersonal)) list.push(impersonal);
      byForm.set(form, list);
    }
  }
  return byForm;
}

/**
 * An imperfective officialese verb's passive in -ся before a noun whose plain verb has none, offered the plain
 * verb's impersonal 3rd plural in the same tense: «осуществляется мониторинг» → «следят», «оказывалась
 * помощь» → «помогали».
 */
function impersonal(source: string, noun: string, plain: string[]): PhraseEntry[] {
  const THIRD_PLURAL = 2;
  const PAST_PLURAL = 6;
  const passive = verbForms(source, true).slice(7, 14);
  const plainForms = plain.map((parts) => verbForms(parts, false));
  return [1, 2, 3, 4, 5, 6].map((i) => ({
    match: `${passive[i]?.replace('ё', 'е')} ${noun}`,
    replace: plainForms.map((p) => p[i < 3 ? THIRD_PLURAL : PAST_PLURAL] ?? ''),
  }));
}

/** Short forms «m/f/n/pl» each offered the plain words in the same gender and number, and nothing else. */
function shortForms(source: string, ...plain: string[]): PhraseEntry[] {
  const plainForms = plain.map((forms) => forms.split('/'));
  return source.split('/').map((match, i) => ({ match, replace: plainForms.map((forms) => forms[i] ?? '') }));
}

/** A past passive participle's long stem from its short masculine: «выполнен» → «выполненн-», «начат» → «начат-». */
const longParticipleStem = (short: string) => (short.endsWith('н') ? `${short}н` : short);

/**
 * A bookish verb's past passive participles, short «m/f/n/pl» and long in every case, each offered the plain
 * verbs' in the same gender, number and case («аннулирована» → «отменена», «реализованная» →
 * «выполненная»).
 */
function shortParticiples(source: string, ...plain: string[]): PhraseEntry[] {
  const plainForms = plain.map((forms) => forms.split('/'));
  const short = shortForms(source, ...plain);
  const stem = longParticipleStem(source.split('/')[0] ?? '').replace(/ё/gu, 'е');
  const long: PhraseEntry = {
    match: PARTICIPLE_ENDINGS.passive.map((ending) => stem + ending).join('|'),
    // «данный» is officialese itself (this), not the plain «given».
    replace: plainForms
      .map((forms) => `${longParticipleStem(forms[0] ?? '')}ый`)
      .filter((form) => form !== 'данный'),
    agree: true,
  };
  return [...short, long];
}

/**
 * A word in the genitive right after a phrase (a `followedBy`): the object of the verbal noun it ends in, by its
 * ending or, for frequent genitive plurals without one, as listed («услуг», «средств»); not an instrumental in
 * -ми («оплата наличными») or a preposition, pronoun, adverb, conjunction or numeral that ends alike («на»,
 * «его», «вчера», «или», «два раза»).
 * `persons` adds «граждан», «лиц», whose accusative is the same form (so an active verb needs no change).
 */
const genitiveAfter = (persons: boolean) => (persons ? GENITIVE_AFTER_WITH_PERSONS : GENITIVE_AFTER);
const genitiveAfterPattern = (persons: boolean) =>
  '^\\s+(?!(?:на|за|для|при|ради|среди|внутри|вопреки|благодаря|спустя|включая|или|либо|ни|да|чтобы|хотя|его|' +
  'ее|её|их|ей|вчера|сегодня|снова|всегда|иногда|когда|тогда|пока|дважды|трижды|сначала|сразу|вовремя|два|три|четыре|' +
  'раза|года)(?![а-яё]))(?:[а-яёА-ЯЁ]+(?:а|я|ы|[а-лн-яё]и|ов|ев|ей|ий|ой|ого|его|ых|их|ех|ок|ек)|' +
  'услуг|средств|работ|денег|мер|сумм|выплат|программ|цен|труб|дорог|школ|карт|квартир|машин|книг|льгот|квот|' +
  `норм|форм|систем|больниц|улиц|границ|единиц|зон|баз${persons ? '|граждан|лиц' : ''})(?![а-яё])`;
/** Built once each: thousands of entries take one as their `followedBy`. */
const GENITIVE_AFTER = genitiveAfterPattern(false);
const GENITIVE_AFTER_WITH_PERSONS = genitiveAfterPattern(true);

/**
 * An event in the genitive after a preposition of time («в ходе сессии», «в рамках визита»), which takes «во
 * время»: «при» before it reads "attached to" («при сессии»), as «при» + an action («при проверке») does not.
 */
const EVENT_AFTER = `^\\s+(?:[а-яёА-ЯЁ]+(?:ой|ей|ого|его|ых|их|ихся|ыхся)\\s+)?(?:${[
  'сесси[ий]',
  'визит(?:а|ов)',
  'встреч',
  'совещани[йя]',
  'заседани[йя]',
  'собрани[йя]',
  'слушаний',
  'дебатов',
  'форум(?:а|ов)',
  'конференци[ий]',
  'поездк',
  'мероприяти[йя]',
  'переговоров',
  'брифинг(?:а|ов)',
  'саммит(?:а|ов)',
  'выставк',
  'фестивал[яей]',
  'турнир(?:а|ов)',
  'праздник(?:а|ов)',
  'акци[ий]',
  'марафон(?:а|ов)',
  'урок(?:а|ов)',
]
  .map((noun) => `[${noun[0]}${noun[0]?.toUpperCase()}]${noun.slice(1)}`)
  .join('|')})`;

/** A season, a spell of nature, a holiday or an epidemic in the genitive, its adjective before it. */
const SPELL_AFTER =
  '^\\s+(?:[а-яё]+(?:ого|его|ой|ей|их|ых)\\s+)?(?:половодь|паводк|ледоход|ледостав|навигаци|отпуск|каникул|' +
  'праздник|эпидеми|пандеми|карантин|засух|заморозк|морозов|жары|гололед|гололёд|сенокос|уборк|посевн|' +
  'отопительн)[а-яё]*(?![а-яё])';

/**
 * A word in a consonant right after a phrase, which may be a genitive plural without ending («причин»,
 * «обстоятельств») that `genitiveAfter` cannot tell by its ending: the object is carried where the pack reads
 * it as one, or the entry has nothing to paste («расследовала причин пожара» was offered). Not the prepositions,
 * conjunctions and adverbs that end alike, nor a word in -м, mostly an instrumental or dative («акиматом»).
 */
const ZERO_ENDING_AFTER =
  '^\\s+(?!(?:в|во|с|со|к|ко|об|от|из|без|под|над|перед|через|меж|как|так|чем|лишь|уж|вот|вон|аж|сейчас|здесь|' +
  'тут|там|потом|затем|совсем|вдруг|наконец|вслух|вверх|вниз|вперед|вперёд|назад|рядом|кругом|всех|их|граждан|лиц)' +
  '(?![а-яё]))(?:[а-яёА-ЯЁ]*(?:[бвгджзклнпрстфхцчшщ]|мм)|проблем|схем)(?![а-яё])';

/** Plain verbs of the light verbs' entries whose object is not in the accusative. */
const NO_ACCUSATIVE = new Set([
  'работать',
  'следить',
  'руководить',
  'позвонить',
  'войти',
  'беседовать',
  'поговорить',
]);

/**
 * A light verb's entries (`verbPhrase()` with the noun it stands in for) where the noun's object follows in the
 * genitive: «осуществляет выплату пособий» → «выплачивает пособия», its object carried into the accusative
 * (`carries`), where every plain verb takes one; nothing to paste after a -ся form («Осуществляется приём
 * заявлений» wants «Принимаются заявления», the verb in the object's number) or a verb that takes another case
 * («осуществляет мониторинг цен» → «следит за ценами»). «Выплачивает пособий», «Проверяется документов»
 * were not Russian.
 */
function withGenitiveObject(entries: PhraseEntry[], plain: string[]): PhraseEntry[] {
  const accusative = plain.every(
    (parts) => !withoutReflexive(parts) && !NO_ACCUSATIVE.has(infinitiveOf(parts)),
  );
  const genitive = (persons: boolean) =>
    `^(?:${genitiveAfter(persons).slice(1)}|${ZERO_ENDING_AFTER.slice(1)})`;
  return entries.flatMap((entry) => {
    if (entry.replace.length === 0) return [entry];
    const passive = /с[яь]$/u.test(entry.match.split(' ')[0] ?? '');
    // A passive offered the impersonal first (`impersonalFirst`) takes the object along after it alone.
    const impersonal = passive ? entry.replace.filter((form) => !/с[яь]$/u.test(form)) : [];
    if (accusative && impersonal.length > 0 && entry.followedBy === NO_AGENT_AHEAD) {
      const carried: PhraseEntry = {
        ...entry,
        replace: impersonal,
        followedBy: NO_AGENT_AHEAD + genitive(false).slice(1),
        carries: { from: 'genitive', to: impersonal.map(() => 'accusative' as const) },
      };
      // «граждан», «лиц» are their own accusative after the impersonal («Принимают граждан»), and a -ся form
      // would have to agree with them («Принимается граждан»).
      const persons: PhraseEntry = {
        ...entry,
        replace: impersonal,
        followedBy: NO_AGENT_AHEAD + genitiveAfter(true).slice(1),
      };
      return [carried, persons, entry];
    }
    const carried: PhraseEntry =
      accusative && !passive
        ? {
            ...entry,
            followedBy: genitive(false),
            carries: { from: 'genitive', to: entry.replace.map(() => 'accusative' as const) },
          }
        : { ...entry, followedBy: genitive(true), replace: [] };
    return [carried, entry];
  });
}

/** The forms of «осуществлять» before a noun it stands in for, with the plain verb's principal parts. */
const implementing = (noun: string, reflexive: boolean, ...plain: string[]) =>
  withGenitiveObject(
    verbPhrase('осуществлять/осуществляет/осуществляют/осуществлял', noun, reflexive, ...plain),
    plain,
  );

/**
 * «По» and a process noun in the dative: what a «деятельность» is in («деятельность по производству,
 * переработке…»), which «работать по» does not take («работающие по производству» is not Russian).
 */
const PROCESS_BY_AFTER = '^\\s+по\\s+[а-яё]+(?:нию|тию|ции|ству|ке|же|ле)(?![а-яё])';

/**
 * The perfective «осуществить» before a noun it stands in for, with the plain perfective verb's principal parts
 * («осуществите оплату» → «оплатите», «осуществил вход» → «вошёл»).
 */
const implementingOnce = (noun: string, ...plain: string[]) =>
  withGenitiveObject(
    verbPhrase('осуществить/осуществит/осуществят/осуществил', noun, false, ...plain),
    plain,
  );

/**
 * A verb of «с» and the instrumental whose plain verbs take their object in the accusative: «Ознакомьтесь с
 * правилами» → «Прочитайте правила», «Я ознакомлен с условиями» → «Я прочитал условия». Each form before «с»
 * carries the noun phrase after it into the accusative; alone before a stop or «и» the plain verb alone
 * («Ознакомьтесь.»); before anything else («ознакомьтесь подробнее с правилами») nothing to paste.
 */
function withObject(entries: PhraseEntry[]): PhraseEntry[] {
  return entries.flatMap((entry): PhraseEntry[] => {
    if (entry.replace.length === 0 || entry.match.includes('|')) return [entry];
    const accusative = entry.replace.map(() => 'accusative' as const);
    return [
      {
        match: `${entry.match} с|со`,
        replace: entry.replace,
        carries: { from: 'instrumental', to: accusative },
      },
      { ...entry, followedBy: '^(?:\\s*[,.;:!?)]|\\s*$|\\s+(?:и|а|но)(?![а-яё]))' },
      { ...entry, replace: [] },
    ];
  });
}

/**
 * «осуществлять контроль за соблюдением» is «контролировать соблюдение» or «следить за соблюдением»: the first
 * takes its object in the accusative without «за» («контролирует за соблюдением» was offered), the second keeps
 * it, so it is offered where the noun phrase cannot be read.
 */
function controllingOver(): PhraseEntry[] {
  return verbPhrase(
    'осуществлять/осуществляет/осуществляют/осуществлял',
    'контрол* за',
    false,
    'контролировать/контролирует/контролируют/контролировал',
    'следить/следит/следят/следил',
  ).map((entry) => {
    const [control, follow] = entry.replace;
    if (entry.replace.length !== 2 || !control || !follow) return { ...entry, replace: [] };
    return {
      ...entry,
      replace: [control, `${follow} за`],
      carries: { from: 'instrumental', to: ['accusative', null] },
    };
  });
}

/**
 * A light verb before «оплату за» («производить оплату за услуги»), offered «платить» and «заплатить» with the
 * «за» it keeps: «оплачивать» takes its object without one («Оплатите за услуги», «оплатили за октябрь» were
 * not Russian). The -ся forms get the impersonal 3rd plural («Производится оплата за обучение» → «платят за»).
 */
function payingFor(imperfective: string, perfective: string): PhraseEntry[] {
  const withFor = (entries: PhraseEntry[]) =>
    entries.map((entry) => ({
      ...entry,
      replace: entry.replace.filter(Boolean).map((form) => `${form} за`),
    }));
  return [
    ...withFor(verbPhrase(imperfective, 'оплат* за', false, 'платить/платит/платят/платил')),
    ...withFor(verbPhrase(perfective, 'оплат* за', false, 'заплатить/заплатит/заплатят/заплатил')),
  ];
}

/**
 * A verb and its object kept as they are, each form offered the plain verbs' with the object after them
 * («предоставьте документы» → «подайте документы»; the phrase's own entry gave the infinitive).
 */
function verbBeforeObject(source: string, object: string, ...plain: string[]): PhraseEntry[] {
  return verbPhrase(source, object, false, ...plain).map((entry) => ({
    ...entry,
    replace: entry.replace.map((form) => `${form} ${object}`),
  }));
}

/** Whom a letter informs, in the accusative and the dative: «информируем вас» is «сообщаем вам». */
const INFORMED = [
  ['вас', 'вам'],
  ['нас', 'нам'],
  ['всех', 'всем'],
  ['население', 'населению'],
  ['граждан', 'гражданам'],
  ['жителей', 'жителям'],
  ['заявителя', 'заявителю'],
  ['заявителей', 'заявителям'],
] as const;

/** The persons informed that may stand before the verb: «Мы вас уведомим». */
const INFORMED_BEFORE = [
  ['вас', 'вам'],
  ['нас', 'нам'],
] as const;

/** «его», «её», «их», which are also possessives: the person only before a word that is no noun. */
const INFORMED_THIRD = [
  ['его', 'ему'],
  ['её', 'ей'],
  ['ее', 'ей'],
  ['их', 'им'],
] as const;

/**
 * Words after a verb of informing that are not the person informed: prepositions, conjunctions, particles, and
 * adverbs and instrumentals by their endings («письменно», «заранее», «письмом»).
 */
const NOT_INFORMED =
  '(?:(?:о|об|обо|в|во|на|по|с|со|к|ко|за|до|от|из|при|через|для|после|не|ни|и|а|но|или|либо|что|чтобы|как|если|' +
  'когда|также|тоже|уже|ещё|еще|же|ли|бы)|[а-яёА-ЯЁ]*(?:[нлрк]о|ее|ом|ем|ым|им|ами|ями))(?![а-яёА-ЯЁ])';

/** A word right after a verb of informing that may be the person informed (a phrase's `followedBy`). */
const INFORMED_AFTER = `^\\s+(?!${NOT_INFORMED})[а-яёА-ЯЁ]`;

/** Where a verb of informing may stand without the person informed: before a stop or «о том, что». */
const NO_PERSON_AFTER = '^(?:\\s*[,.;:!?)]|\\s*$|\\s+о\\s+том\\s*,)';

/** A word before a verb of informing that may be the person informed («Вас уведомят», «Заявителя известят»). */
const PERSON_BEFORE =
  '^(?:вас|нас|его|её|ее|их|меня|тебя|всех|кого|которого|которую|которых|' +
  '[а-яё]*(?:ов|ев|ей|ых|их|ого|его|ую|юю|теля|ника|ента|щика|чика))$';

/**
 * A verb that takes the person informed in the accusative («информируем вас», «уведомить родственников»),
 * offered the plain verbs in its form with the person in the dative, which they take («сообщаем вам»,
 * «сообщить родственникам»; «сообщить родственников» was not Russian): listed pronouns and nouns, then any
 * noun phrase the pack can put in the dative (`carries`), unless it may be the subject after its verb («Об
 * этом уведомит банк»); one it cannot read gets nothing to paste. The plain verb alone only where the sentence
 * names no person informed right before or after it («Информируем, что», «Мы уведомим.»): «известить о
 * трагедии родственников», «Вас уведомят» get nothing to paste. The -ся forms and passive participles have
 * the person informed as their subject («Заявитель уведомляется» is «Заявителю сообщают»): nothing to paste.
 */
/** A name or a person's noun set off by a comma after the person informed: an apposition in its case. */
const APPOSITION_AFTER = '^\\s*,\\s*(?:\\p{Lu}[а-яё]|[а-яё]+(?:теля|телей|ника|ников|ца|цев)(?![а-яё]))';

function informing(source: string, ...plain: string[]): PhraseEntry[] {
  const withPerson = (pairs: readonly (readonly [string, string])[], extra: Partial<PhraseEntry>) =>
    pairs.flatMap(([accusative, dative]) =>
      verbPhrase(source, accusative, false, ...plain).map((entry) => ({
        ...entry,
        ...extra,
        replace: entry.replace.filter(Boolean).map((form) => `${form} ${dative}`),
      })),
    );
  const passiveParticiple = participleStems(source).passive;
  const alone = verbPhrase(source, '', isImperfective(source), ...plain).map((entry) => {
    const first = entry.match.split('|')[0] ?? '';
    const passive = /с[яь]$/u.test(first) || first === `${passiveParticiple}ый`;
    return passive && isImperfective(source) ? { ...entry, replace: [], agree: false } : entry;
  });
  const carrying = alone.flatMap((entry): PhraseEntry[] =>
    entry.replace.length === 0
      ? []
      : [
          {
            ...entry,
            followedBy: INFORMED_AFTER,
            carries: {
              from: 'accusative',
              to: entry.replace.map(() => 'dative' as const),
              notNominative: true,
            },
          },
        ],
  );
  const withoutPerson = alone.flatMap((entry): PhraseEntry[] =>
    entry.replace.length === 0
      ? [entry]
      : [
          { ...entry, followedBy: NO_PERSON_AFTER, notAfter: PERSON_BEFORE },
          { ...entry, replace: [], agree: false },
        ],
  );
  // «Мы вас уведомим» → «вам сообщим»; not after a preposition («у вас»).
  const personBefore = alone.flatMap((entry): PhraseEntry[] =>
    entry.replace.length === 0 || entry.agree || entry.match.includes('|')
      ? []
      : INFORMED_BEFORE.map(([accusative, dative]) => ({
          match: `${accusative} ${entry.match}`,
          replace: entry.replace.map((form) => `${dative} ${form}`),
          notAfter: '^(?:у|для|от|без|из|до|на|за|про|через|около|кроме|среди|после)$',
        })),
  );
  return [
    // «извещает Вас, Ахметова Бауыржана»: the apposition after the person stays in the accusative, which
    // the dative «Вам» would leave behind.
    ...nothingToPasteWhere({ followedBy: APPOSITION_AFTER }, withPerson(INFORMED, {})),
    ...withPerson(INFORMED_THIRD, { notBefore: `^(?!${NOT_INFORMED})` }),
    ...personBefore,
    ...carrying,
    ...withoutPerson,
  ];
}

/**
 * The forms of «производить» and «произвести» before a noun they stand in for, with the plain verb's
 * imperfective and perfective principal parts («производится оплата» → «оплачивается», «произвёл замену» →
 * «заменил»).
 */
const performing = (noun: string, imperfective: string, perfective: string) => [
  ...withGenitiveObject(
    verbPhrase('производить/производит/производят/производил', noun, true, imperfective),
    [imperfective],
  ),
  ...withGenitiveObject(verbPhrase('произвести/произведет/произведут/произвел', noun, false, perfective), [
    perfective,
  ]),
  // «будет произведено отключение воды» wants «отключат воду»: the noun's case changes, so nothing to paste
  // (the phrase's infinitive read wrong).
  { match: `произведен|произведена|произведено|произведены ${noun}`, replace: [] },
];

/** The forms of «проводить» and «провести» before a noun they stand in for, as `performing` does. */
const conducting = (noun: string, imperfective: string, perfective: string) => [
  ...withGenitiveObject(verbPhrase('проводить/проводит/проводят/проводил', noun, true, imperfective), [
    imperfective,
  ]),
  ...withGenitiveObject(verbPhrase('провести/проведет/проведут/провел', noun, false, perfective), [
    perfective,
  ]),
];

/** «осуществлять», «производить», «проводить» and their perfectives, as principal parts. */
const IMPLEMENT_PARTS = [
  'осуществлять/осуществляет/осуществляют/осуществлял',
  'осуществить/осуществит/осуществят/осуществил',
] as const;
const PERFORM_PARTS = [
  'производить/производит/производят/производил',
  'произвести/произведет/произведут/произвел',
] as const;
const CONDUCT_PARTS = ['проводить/проводит/проводят/проводил', 'провести/проведет/проведут/провел'] as const;

/**
 * A word right before a fronted noun that may be its adjective, pronoun or preposition: not the clause's start.
 * Neuter adjectives too («Ежемесячное списание …»).
 */
const NOT_BEFORE_FRONTED_NOUN =
  '^(?:[а-яё]*(?:ую|юю|ый|ий|ой|ая|яя|ое|ее|ые|ие)|эту|эта|этот|это|эти|ту|та|тот|то|те|всю|вся|весь|все|' +
  'свою|свое|свой|свои|нашу|наша|наше|наш|вашу|ваша|ваше|ваш|одну|одна|одно|один|на|за|в|во|под|про|через|о|об|' +
  'по|с|со|к|от|до|для|без|при|и|или)$';

/**
 * A preposition right before a light verb's noun, which makes it no subject or object of the verb after it
 * («Запись на приём осуществляется по телефону»: the finding is the verb alone, not «приём осуществляется»).
 */
const PREPOSITION_BEFORE = '^(?:на|за|в|во|под|про|через|о|об|по|с|со|к|ко|от|до|для|без|при|из|у)$';

/**
 * Any word right before a fronted plural («выплаты», «списания»), which is also a genitive singular the word
 * may govern («Расчёт выплаты производит бухгалтерия»): the plural is read only where it opens its clause.
 */
const ANY_WORD = '^';

/**
 * «предъявлять» also submits a claim or a writ, which nobody shows: «к исполнению», «к оплате», «требования»,
 * «претензию», «иск», «обвинение» within two words after it. Each of `entries` (a verb's forms, one per
 * entry, or a stem) is guarded by an entry with nothing to paste, listed first and as exact as it is.
 */
function presentedNotShown(entries: PhraseEntry[]): PhraseEntry[] {
  const claim = '^\\s+(?:[а-яё]+\\s+){0,2}(?:к\\s|требовани|претензи|иск|обвинени)';
  const single = entries.filter((entry) => !entry.match.includes(' '));
  const guards = [
    {
      match: single
        .filter((entry) => !entry.except)
        .map((entry) => entry.match)
        .join('|'),
    },
    ...single.filter((entry) => entry.except).map(({ match, except }) => ({ match, except })),
  ];
  return [
    ...guards.flatMap((guard) => [
      { ...guard, replace: [], followedBy: claim },
      { ...guard, replace: [], inClause: CLAIM_SUBJECT },
    ]),
    ...entries,
  ];
}

/**
 * A claim as the subject of «предъявляется» before it («Требование потребителя предъявляется продавцу»): it
 * is made, not shown.
 */
const CLAIM_SUBJECT = '^(?:требовани[ея]|претензи[яи]|иск|иски|обвинени[ея])$';

/** A licence or permit «на» what it allows, right before a phrase: the permitted activity is its legal name. */
const LICENCE_FOR = '(?:^|\\s)(?:лицензи|разрешени)[а-яё]*\\s+на\\s+$';

/**
 * A noun in the prepositional singular by its ending («рассмотрении», «сотрудничестве», «этапе»), not an adverb
 * («вместе», «после», «также») nor an imperative («используйте»).
 */
const PREPOSITIONAL_NOUN =
  '^(?!(?:вместе|после|также|тоже|кроме|везде|нигде|где|мере|вообще|пока|тогда|всегда|однако|лишь)$)(?![а-яё]*[йьи]те$)[а-яё]{2,}(?:ии|стве|[кгхтдрнлпмсзвб]е)$';

/**
 * A penalty or another legal consequence, which something «влечёт» or «ведёт к», but does not «вызывает»: a
 * return of money, a refusal, a termination or a withdrawal («влечёт возврат субсидий», «отказ в выдаче»).
 */
const PENALTY =
  '(?:ответственност|наказани|штраф|санкци|взыскани|лишени|возврат|отказ|прекращени|аннулировани|отзыв|приостановлени|изъяти|конфискаци)[а-яё]*';

/** A service, help or advice, which is «оказана» («Услуга оказывается», «Консультация оказывается»). */
const RENDERED_SERVICE = '(?:гос)?(?:услуга|услуги|помощь|поддержка|содействие|консультация|консультации)';

/** What is granted, but neither given nor issued: a service («оказывают»), asylum. */
const NOT_GIVEN = '(?:услуг|госуслуг|убежищ)[а-яё]*';

/** A service or asylum that may be the nominative subject of a passive («Услуги … могут быть предоставлены»). */
const NOT_GIVEN_SUBJECT = '^(?:гос)?(?:услуга|услуги|убежище|убежища)$';

/**
 * Housing, which is granted by law («предоставление жилища»): «выдача жилья» and «помещений, выданных
 * гражданам» treat it as papers, so nothing to paste beside it (a passive it is the subject of keeps «дано»).
 */
const HOUSING =
  '(?:жилищ|жиль|жиле|жил(?:ой|ая|ое|ые|ого|ых|ому|ым|ыми|ую|ом)(?![а-яё])|помещени|квартир)[а-яё]*';

/** A place one is granted (in a kindergarten, a queue): «выдача места» treats it as papers. */
const PLACE = 'мест(?:о|а|у|ом|е)?(?![а-яё])';

/** A school, a body or a building, on whose premises something is held «на базе». */
const PREMISES =
  '(?:школ|организаци|учреждени|центр|больниц|поликлиник|колледж|университет|гимнази|лице[яю]|библиотек|дом[ау]\\s+культуры)[а-яё]*';

/**
 * Every word of «предоставить», «предоставлять», «предоставление» beside a service or asylum — its subject or
 * object, right before it or up to two words after («Услуга предоставляется», «предоставляет государственные
 * услуги», «предоставляемых услуг»), or a passive's subject earlier in its clause, across an auxiliary and
 * adverbials («Услуга будет предоставлена», «Услуги онлайн могут быть предоставлены») — flagged with nothing to paste: «даётся», «выдаётся», «выдача» do not fit
 * (a service «оказывается», which also reads "turns out"). Listed before the verb's and the noun's own entries,
 * and written out form by form where those are, since a tie in length goes to an exact form, then to the
 * entry listed first.
 */
function grantedNotGiven(): PhraseEntry[] {
  const imperfective = 'предоставлять/предоставляет/предоставляют/предоставлял';
  const { active, passive } = participleStems(imperfective);
  const forms = [
    ...verbForms(imperfective, true),
    ...verbForms('предоставить/предоставит/предоставят/предоставил', true),
    ...PARTICIPLE_ENDINGS.active.map((ending) => active + ending),
    ...PARTICIPLE_ENDINGS.passive.flatMap((ending) => [`${passive}${ending}`, `предоставленн${ending}`]),
    ...'предоставлен предоставлена предоставлено предоставлены'.split(' '),
  ].map((form) => form.replace(/ё/gu, 'е'));
  const passives = forms.filter((form) => /(?:с[яь]|^предоставлен[аоы]?)$/u.test(form));
  // A service is «оказана»: the full participle right after a service and its comma, or right before it,
  // takes «оказанный», «оказываемый» in its form («услуг, предоставленных онлайн» → «оказанных»).
  const participles = (stem: string) => PARTICIPLE_ENDINGS.passive.map((ending) => stem + ending).join('|');
  const rendered = [
    [participles('предоставленн'), 'оказанный'],
    [participles(passive ?? 'предоставляем'), 'оказываемый'],
  ].flatMap(([match = '', plain = '']): PhraseEntry[] => [
    { match, replace: [plain], agree: true, precededBy: `(?:^|\\s)${NOT_GIVEN},\\s*$` },
    { match, replace: [plain], agree: true, followedBy: `^\\s+${NOT_GIVEN}(?![а-яё])` },
  ]);
  // The noun's entries are stems, so a stem guard stands before them.
  return [
    ...rendered,
    { match: passives.join('|'), replace: [], inClause: NOT_GIVEN_SUBJECT },
    ...[[...new Set(forms)].join('|'), 'предоставлени*'].flatMap((match) =>
      [NOT_GIVEN, HOUSING, PLACE].flatMap((granted) => [
        { match, replace: [], after: `^${granted}$` },
        { match, replace: [], followedBy: `^\\s+(?:[а-яё]+\\s+){0,2}${granted}(?![а-яё])` },
      ]),
    ),
    // Housing named before the participle and its comma («жилых помещений, предоставленных гражданам»).
    { match: forms.join('|'), replace: [], precededBy: `(?:^|\\s)${HOUSING},\\s*$` },
  ];
}

/**
 * An agent in the instrumental after a passive («производится фондом», «уполномоченным органом», «физическими
 * лицами», «ими», «ею»), not the means «наличными», and «им», «ей», which may be the agent too («производится им самим»: "by him"; «Оплачивают им» is "pay them").
 */
const AGENT_AFTER = '^(?:(?!(?:без)?наличн)[а-яё]+(?:ом|ем|ой|ей|ью|ами|ями|ым|им|ыми|ими)|им|ими|ей|ею)$';

/** «вы» right after, or a question mark ahead in the sentence: a verb in -ите that is no imperative. */
const ADDRESSED_OR_ASKED = '^(?:\\s+вы(?![а-яё])|[^.!?]*\\?)';

/** Words that make a light verb's infinitive a duty or a possibility: «Оплату нужно произвести». */
const MODALS = [
  'нужно',
  'необходимо',
  'надо',
  'следует',
  'можно',
  'нельзя',
  'должен',
  'должна',
  'должно',
  'должны',
];

/** The future's auxiliary, before an imperfective infinitive only: «Выплату будет производить фонд». */
const FUTURE_AUXILIARIES = ['будет', 'будут', 'будем', 'будете'];

/**
 * A perfective verb's 2nd plural future from its 3rd singular («произведёт» → «произведёте», «выдаст» →
 * «выдадите»), which `firstAndSecondPlural` leaves out for the sake of imperatives; '' where it cannot be built.
 */
function secondPluralFuture(parts: string): string {
  const singular = parts.split('/')[1] ?? '';
  if (singular.endsWith('даст')) return `${singular.slice(0, -4)}дадите`;
  if (!singular.endsWith('т') || singular.includes(' ')) return '';
  return `${singular.slice(0, -1)}те`;
}

/** A light verb's noun as `nounFirst` reads it before the verb. */
interface FrontedNoun {
  /** The accusative singular, for a masculine or neuter noun also its nominative («выплату», «контроль»). */
  accusative: string;
  /** The nominative singular and its gender, which a light verb's past in -ся takes («Выплата производилась»). */
  nominative: string;
  gender: 'm' | 'f' | 'n';
  /** The nominative and accusative plural where one is used («выплаты»); also a genitive singular. */
  plural?: string;
  /**
   * A word right after the light verb that the noun governs and the plain verb would not («Контроль
   * осуществляется за соблюдением», «Уведомление осуществляется заявителю»): nothing to paste before it.
   */
  notBefore?: string;
  /**
   * The plain verb reads whole without an object («Приём осуществляется ежедневно» → «Принимают ежедневно»,
   * «Платят ежемесячно»). Without it a passive with no object of the noun gets nothing to paste: «Регистрация
   * осуществляется по заявлению» → «Регистрируют по заявлению» leaves out what is registered.
   */
  absolute?: boolean;
}

/**
 * A light verb's noun before it («Выплату производит фонд», «Приём осуществляется ежедневно», «Оплату нужно
 * произвести до 5 числа»), offered the plain verb in the light verb's tense, person, number and mood, the noun
 * gone: «Выплачивает фонд», «Выплаты производим» → «Выплачиваем», «Проверку произведём» → «Проверим», «Оплату
 * произведите» → «Оплатите», «Принимают ежедневно» (a passive in -ся said with the impersonal 3rd plural in its
 * tense, as `impersonal()` does), «Нужно оплатить», «Будет выплачивать». A passive is read only in the noun's
 * number and gender («Выплата производилась», «Выплаты производились»; «Размер оплаты производится» is no
 * fronted noun). `plain` lists pairs of the plain verbs' imperfective and perfective principal parts (a
 * perfective '' offers nothing for the perfective light verb), `lightVerbs` pairs of the light verbs'. Where
 * the noun's own object stands between («Выплату пособия производит фонд», «Приём документов осуществляется»),
 * it would go into the accusative or become the subject: the phrase is flagged with nothing to paste; so is a
 * passive with its agent after it («производится фондом»), a verb before a word the noun governs
 * (`FrontedNoun.notBefore`) and a noun after a word that may be its adjective or preposition («Ежемесячную
 * выплату …») or, for a plural, after any word. `instruction`: what a present passive tells the reader to do,
 * offered after the impersonal («Оплата производится в кассе» → «Оплачивают», «Платите»).
 */
/** The nouns `nounFirst` was given, in the order given (`FRONTED_NOUN_IN_CLAUSE`). */
const FRONTED_NOUNS: FrontedNoun[] = [];

function nounFirst(
  noun: FrontedNoun,
  plain: readonly (readonly [string, string])[],
  lightVerbs: readonly (readonly [string, string])[],
  instruction: readonly string[] = [],
): PhraseEntry[] {
  FRONTED_NOUNS.push(noun);
  const norm = (form: string) => form.replace(/ё/gu, 'е');
  const THIRD_PLURAL = 2;
  const PAST_PLURAL = 6;
  const ACTIVE = [1, 2, 3, 4, 5, 6, 7, 9, 10];
  const SECOND_PLURAL = 10;
  const PAST_SINGULAR = { m: 3, f: 4, n: 5 }[noun.gender];
  const plainOf = (aspect: number) => plain.map((pair) => pair[aspect] ?? '');
  const formsOf = (parts: string, slot: number) => {
    if (!parts) return '';
    const form = verbForms(parts, false)[slot] ?? '';
    return form || slot !== SECOND_PLURAL || isImperfective(parts) ? form : secondPluralFuture(parts);
  };
  const afterVerb = (passive: boolean) =>
    [passive ? AGENT_AFTER : '', noun.notBefore ?? ''].filter(Boolean).join('|');
  // The noun, singular and plural, each with the words before it that leave nothing to paste.
  const nouns = (singular: string, plural: string | undefined) => [
    { form: singular, notAfter: NOT_BEFORE_FRONTED_NOUN },
    ...(plural ? [{ form: plural, notAfter: ANY_WORD }] : []),
  ];
  // With a suggestion where nothing stands between; the noun's own words between leave nothing to paste, but
  // for a passive one or two words between that read as the noun's object in the genitive are carried after
  // the impersonal in the accusative (`withObject`, the impersonal forms): «Проверка документов осуществляется» →
  // «Проверяют документы». Not after an instruction: «платите» takes a payment, not a service («Оплата услуг
  // производится» is no «Платите услуги»).
  const fronted = (
    forms: readonly { form: string; notAfter: string }[],
    rest: string,
    replace: readonly string[],
    notBefore: string,
    withObject: readonly string[] = [],
  ): PhraseEntry[] =>
    forms.flatMap(({ form, notAfter }) => {
      const suggestions = replace.filter(Boolean);
      const withTheObject = withObject.filter(Boolean);
      const match = `${form} ${rest}`;
      const guards = { notAfter, ...(notBefore ? { notBefore } : {}) };
      return [
        ...(suggestions.length ? [{ match, replace: suggestions, ...guards }] : []),
        { match, replace: [], notAfter: PREPOSITION_BEFORE },
        ...(withTheObject.length
          ? [
              {
                match: `${form} * ${rest}`,
                replace: withTheObject.map((s) => `${s} {2:accusative}`),
                ...guards,
              },
            ]
          : []),
        { match: `${form} * ${rest}`, replace: [], notAfter: PREPOSITION_BEFORE },
        // Two words: an object of an adjective and a noun, or of a noun and the genitive noun after it
        // («Проверка налоговых деклараций осуществляется» → «Проверяют налоговые декларации»).
        ...(withTheObject.length
          ? [
              {
                match: `${form} * * ${rest}`,
                replace: withTheObject.map((s) => `${s} {2-3:accusative}`),
                ...guards,
              },
            ]
          : []),
        { match: `${form} * * ${rest}`, replace: [], notAfter: PREPOSITION_BEFORE },
      ];
    });
  const accusatives = nouns(noun.accusative, noun.plural);
  return lightVerbs.flatMap(([imperfective, perfective]) => {
    // Active: «Выплату производит фонд» → «Выплачивает фонд», «Проверку произведём» → «Проверим»; a form in two
    // slots (the imperfective «производите», imperative and 2nd plural) gets both plain forms.
    const active = [imperfective, perfective].flatMap((source, aspect) => {
      const bySource = new Map<string, string[]>();
      const secondPlural = new Map<string, string[]>();
      for (const slot of ACTIVE) {
        const form = norm(formsOf(source, slot));
        if (!form) continue;
        const replace = bySource.get(form) ?? [];
        for (const parts of plainOf(aspect)) {
          const plainForm = formsOf(parts, slot);
          if (!replace.includes(plainForm)) replace.push(plainForm);
        }
        bySource.set(form, replace);
        if (slot === SECOND_PLURAL)
          secondPlural.set(
            form,
            plainOf(aspect).map((parts) => formsOf(parts, slot)),
          );
      }
      return [...bySource].flatMap(([form, replace]) => {
        // «Оплату производите вы или банк?»: before «вы» or in a question the form is no imperative, so the
        // 2nd plural alone («Оплачиваете»), in an entry that stands first.
        const indicative = (secondPlural.get(form) ?? []).filter(Boolean);
        const statement =
          indicative.length && indicative.length < replace.filter(Boolean).length
            ? accusatives.map(({ form: nounForm, notAfter }) => ({
                match: `${nounForm} ${form}`,
                replace: indicative,
                notAfter,
                followedBy: ADDRESSED_OR_ASKED,
                ...(afterVerb(false) ? { notBefore: afterVerb(false) } : {}),
              }))
            : [];
        return [...statement, ...fronted(accusatives, form, replace, afterVerb(false))];
      });
    });
    // Passive, in the noun's number and gender: «Приём осуществляется ежедневно» → «Принимают ежедневно»,
    // «Выплаты производились» → «Выплачивали», «Выплата будет производиться» → «Будут выплачивать».
    const passiveForm = (slot: number) => norm(verbForms(imperfective, true)[slot + 7] ?? '');
    const impersonal = (slot: number) => plainOf(0).map((parts) => formsOf(parts, slot));
    const present = () => [...impersonal(THIRD_PLURAL), ...instruction].filter(Boolean);
    const passiveFor = (nominative: string, notAfter: string, slots: readonly number[], future: string) => [
      ...slots.flatMap((slot) =>
        fronted(
          [{ form: nominative, notAfter }],
          passiveForm(slot),
          !noun.absolute ? [] : slot < 3 ? present() : impersonal(PAST_PLURAL),
          afterVerb(true),
          impersonal(slot < 3 ? THIRD_PLURAL : PAST_PLURAL),
        ),
      ),
      ...fronted(
        [{ form: nominative, notAfter }],
        `${future} ${passiveForm(0)}`,
        noun.absolute ? plainOf(0).map((parts) => (parts ? `будут ${formsOf(parts, 0)}` : '')) : [],
        afterVerb(true),
        plainOf(0).map((parts) => (parts ? `будут ${formsOf(parts, 0)}` : '')),
      ),
      // The negated future puts the infinitive first: «Выдача справок производиться не будет» → «Не будут
      // выдавать справки».
      ...fronted(
        [{ form: nominative, notAfter }],
        `${passiveForm(0)} не ${future}`,
        noun.absolute ? plainOf(0).map((parts) => (parts ? `не будут ${formsOf(parts, 0)}` : '')) : [],
        afterVerb(true),
        plainOf(0).map((parts) => (parts ? `не будут ${formsOf(parts, 0)}` : '')),
      ),
    ];
    const passive = [
      ...passiveFor(noun.nominative, NOT_BEFORE_FRONTED_NOUN, [1, PAST_SINGULAR], 'будет'),
      ...(noun.plural ? passiveFor(noun.plural, ANY_WORD, [THIRD_PLURAL, PAST_PLURAL], 'будут') : []),
    ];
    // A duty, a possibility or the future: «Оплату нужно произвести» → «Нужно оплатить», the modal word kept
    // as written (`{2}`).
    const withInfinitive = [imperfective, perfective].flatMap((source, aspect) =>
      fronted(
        accusatives,
        `${[...MODALS, ...(aspect === 0 ? FUTURE_AUXILIARIES : [])].join('|')} ${norm(formsOf(source, 0))}`,
        plainOf(aspect).map((parts) => (parts ? `{2} ${formsOf(parts, 0)}` : '')),
        afterVerb(false),
      ),
    );
    return [...active, ...passive, ...withInfinitive];
  });
}

/**
 * «Получение справки не требуется» is «Не нужно получать справку»: a verbal noun the subject of «не требуется»,
 * offered the plain infinitive after «не нужно», its object of one or two words carried into the accusative.
 * Not after a word that may be the noun's adjective or preposition («Повторное получение…»), and nothing to
 * paste with no object after it or more words between.
 */
const NOT_REQUIRED: PhraseEntry[] = (
  [
    ['получение', 'получать'],
    ['предоставление', 'представлять'],
    ['оформление', 'оформлять'],
    ['подтверждение', 'подтверждать'],
  ] as const
).flatMap(([noun, verb]): PhraseEntry[] => [
  {
    match: `${noun} * не требуется`,
    replace: [`не нужно ${verb} {2:accusative}`],
    notAfter: NOT_BEFORE_FRONTED_NOUN,
  },
  {
    match: `${noun} * * не требуется`,
    replace: [`не нужно ${verb} {2-3:accusative}`],
    notAfter: NOT_BEFORE_FRONTED_NOUN,
  },
  { match: `${noun} * не требуется`, replace: [] },
  { match: `${noun} * * не требуется`, replace: [] },
]);

/** The light verbs' nouns said before them (`nounFirst`). */
const NOUNS_FIRST: PhraseEntry[] = [
  // «Платёж совершается ежемесячно» → «Платят ежемесячно», «Платёж вносит работодатель» → «Платит работодатель».
  ...nounFirst(
    { accusative: 'платеж', nominative: 'платеж', gender: 'm', plural: 'платежи', absolute: true },
    [['платить/платит/платят/платил', 'заплатить/заплатит/заплатят/заплатил']],
    [
      ['совершать/совершает/совершают/совершал', 'совершить/совершит/совершат/совершил'],
      ['вносить/вносит/вносят/вносил', 'внести/внесет/внесут/внес'],
      IMPLEMENT_PARTS,
      PERFORM_PARTS,
    ],
    ['платите'],
  ),
  ...nounFirst(
    { accusative: 'оплату', nominative: 'оплата', gender: 'f', plural: 'оплаты', absolute: true },
    [['оплачивать/оплачивает/оплачивают/оплачивал', 'оплатить/оплатит/оплатят/оплатил']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
    ['платите'],
  ),
  ...nounFirst(
    { accusative: 'уплату', nominative: 'уплата', gender: 'f' },
    [['уплачивать/уплачивает/уплачивают/уплачивал', 'уплатить/уплатит/уплатят/уплатил']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  ...nounFirst(
    { accusative: 'выплату', nominative: 'выплата', gender: 'f', plural: 'выплаты' },
    [['выплачивать/выплачивает/выплачивают/выплачивал', 'выплатить/выплатит/выплатят/выплатил']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  ...nounFirst(
    { accusative: 'прием', nominative: 'прием', gender: 'm', absolute: true },
    [['принимать/принимает/принимают/принимал', 'принять/примет/примут/принял']],
    [IMPLEMENT_PARTS, PERFORM_PARTS, CONDUCT_PARTS],
  ),
  ...nounFirst(
    { accusative: 'проверку', nominative: 'проверка', gender: 'f', plural: 'проверки' },
    [['проверять/проверяет/проверяют/проверял', 'проверить/проверит/проверят/проверил']],
    [IMPLEMENT_PARTS, PERFORM_PARTS, CONDUCT_PARTS],
  ),
  ...nounFirst(
    { accusative: 'регистрацию', nominative: 'регистрация', gender: 'f' },
    [
      [
        'регистрировать/регистрирует/регистрируют/регистрировал',
        'зарегистрировать/зарегистрирует/зарегистрируют/зарегистрировал',
      ],
    ],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  ...nounFirst(
    { accusative: 'выдачу', nominative: 'выдача', gender: 'f' },
    [['выдавать/выдаёт/выдают/выдавал', 'выдать/выдаст/выдадут/выдал']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  ...nounFirst(
    { accusative: 'подачу', nominative: 'подача', gender: 'f' },
    [['подавать/подаёт/подают/подавал', 'подать/подаст/подадут/подал']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  ...nounFirst(
    { accusative: 'замену', nominative: 'замена', gender: 'f', plural: 'замены' },
    [['заменять/заменяет/заменяют/заменял', 'заменить/заменит/заменят/заменил']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  ...nounFirst(
    { accusative: 'возврат', nominative: 'возврат', gender: 'm', plural: 'возвраты' },
    [['возвращать/возвращает/возвращают/возвращал', 'вернуть/вернёт/вернут/вернул']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  ...nounFirst(
    { accusative: 'ремонт', nominative: 'ремонт', gender: 'm', plural: 'ремонты' },
    [
      [
        'ремонтировать/ремонтирует/ремонтируют/ремонтировал',
        'отремонтировать/отремонтирует/отремонтируют/отремонтировал',
      ],
    ],
    [PERFORM_PARTS, CONDUCT_PARTS],
  ),
  // «Контроль осуществляется за соблюдением» keeps «за»: «Контролируют за соблюдением» is not Russian.
  ...nounFirst(
    { accusative: 'контроль', nominative: 'контроль', gender: 'm', notBefore: '^за$' },
    [
      [
        'контролировать/контролирует/контролируют/контролировал',
        'проконтролировать/проконтролирует/проконтролируют/проконтролировал',
      ],
    ],
    [IMPLEMENT_PARTS],
  ),
  // «Следить» takes «за»: with the noun's object between, or «за» after, nothing to paste. No perfective reads
  // as «осуществить мониторинг» does.
  ...nounFirst(
    { accusative: 'мониторинг', nominative: 'мониторинг', gender: 'm', notBefore: '^за$', absolute: true },
    [
      ['следить/следит/следят/следил', ''],
      ['отслеживать/отслеживает/отслеживают/отслеживал', ''],
    ],
    [IMPLEMENT_PARTS, CONDUCT_PARTS],
  ),
  ...nounFirst(
    { accusative: 'списание', nominative: 'списание', gender: 'n', plural: 'списания' },
    [['списывать/списывает/списывают/списывал', 'списать/спишет/спишут/списал']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  ...nounFirst(
    { accusative: 'начисление', nominative: 'начисление', gender: 'n', plural: 'начисления' },
    [['начислять/начисляет/начисляют/начислял', 'начислить/начислит/начислят/начислил']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  ...nounFirst(
    { accusative: 'перечисление', nominative: 'перечисление', gender: 'n', plural: 'перечисления' },
    [['перечислять/перечисляет/перечисляют/перечислял', 'перечислить/перечислит/перечислят/перечислил']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  ...nounFirst(
    { accusative: 'оформление', nominative: 'оформление', gender: 'n' },
    [['оформлять/оформляет/оформляют/оформлял', 'оформить/оформит/оформят/оформил']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  ...nounFirst(
    { accusative: 'рассмотрение', nominative: 'рассмотрение', gender: 'n' },
    [
      [
        'рассматривать/рассматривает/рассматривают/рассматривал',
        'рассмотреть/рассмотрит/рассмотрят/рассмотрел',
      ],
    ],
    [IMPLEMENT_PARTS, PERFORM_PARTS, CONDUCT_PARTS],
  ),
  // «Исправление реестровой ошибки производится» → «Исправляют реестровую ошибку».
  ...nounFirst(
    { accusative: 'исправление', nominative: 'исправление', gender: 'n', plural: 'исправления' },
    [['исправлять/исправляет/исправляют/исправлял', 'исправить/исправит/исправят/исправил']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  // «Уведомлять» takes the person informed in the accusative: «Уведомление осуществляется заявителю» would
  // want «Заявителя уведомляют», so nothing to paste before a word that may be a dative.
  ...nounFirst(
    {
      accusative: 'уведомление',
      nominative: 'уведомление',
      gender: 'n',
      notBefore: '^[а-яё]+(?:у|ю|ам|ям|ому|ему|им|ым)$',
    },
    [['уведомлять/уведомляет/уведомляют/уведомлял', 'уведомить/уведомит/уведомят/уведомил']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  ...nounFirst(
    { accusative: 'подключение', nominative: 'подключение', gender: 'n' },
    [['подключать/подключает/подключают/подключал', 'подключить/подключит/подключат/подключил']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  ...nounFirst(
    { accusative: 'отключение', nominative: 'отключение', gender: 'n', plural: 'отключения' },
    [['отключать/отключает/отключают/отключал', 'отключить/отключит/отключат/отключил']],
    [IMPLEMENT_PARTS, PERFORM_PARTS],
  ),
  // «Помогать» takes the dative «оказывать помощь» does: «Помощь оказывается семьям» → «Помогают семьям».
  ...nounFirst(
    { accusative: 'помощь', nominative: 'помощь', gender: 'f', absolute: true },
    [['помогать/помогает/помогают/помогал', 'помочь/поможет/помогут/помог']],
    [['оказывать/оказывает/оказывают/оказывал', 'оказать/окажет/окажут/оказал']],
  ),
];

/**
 * «Осуществляться» with one of `nounFirst`'s nouns as its subject words before it, beyond the reach of their
 * entries («Приём документов в ЦОНе осуществляется ежедневно»): «делается», «выполняется» would be offered for
 * «приём», «выдача», «оплата» («Приём … делается»). The plain verb is the noun's own, and putting it there
 * means rewriting the clause: nothing to paste. Stands before the light verb's own entries. («Производиться»
 * alone is no officialese: «Размер оплаты производится по тарифу».)
 */
const FRONTED_NOUN_IN_CLAUSE = `^(?:${FRONTED_NOUNS.flatMap((noun) => [noun.nominative, noun.plural ?? []].flat()).join('|')})$`;
const DISTANT_FRONTED_NOUN: PhraseEntry = {
  match: verbForms(IMPLEMENT_PARTS[0], true).slice(7, 14).filter(Boolean).join('|'),
  replace: [],
  inClause: FRONTED_NOUN_IN_CLAUSE,
};

/**
 * «оказывать поддержку», «оказать поддержку» in the forms of «поддерживать», «поддержать» («оказывает
 * поддержку» → «поддерживает»): the person supported goes from the dative into the accusative («оказывает
 * поддержку врачам» → «поддерживает врачей»), or nothing to paste where the pack cannot put it there.
 */
function supporting(): PhraseEntry[] {
  return [
    ...verbPhrase(
      'оказывать/оказывает/оказывают/оказывал',
      'поддержку|поддержка',
      false,
      'поддерживать/поддерживает/поддерживают/поддерживал',
    ),
    ...verbPhrase(
      'оказать/окажет/окажут/оказал',
      'поддержку',
      false,
      'поддержать/поддержит/поддержат/поддержал',
    ),
  ].flatMap((entry) => governing(entry, DATIVE_TO_ACCUSATIVE));
}

/** A plain verb that takes in the accusative the object its light verb's noun takes in the dative. */
const DATIVE_TO_ACCUSATIVE: ObjectGovernment = { carry: { from: 'dative', to: 'accusative' } };
/** … in the genitive («покупку билетов» → «купить билеты»). */
const GENITIVE_TO_ACCUSATIVE: ObjectGovernment = { carry: { from: 'genitive', to: 'accusative' } };
/** … whose noun takes the person in the genitive («довести до сведения жителей» → «сообщить жителям»). */
const GENITIVE_TO_DATIVE: ObjectGovernment = { carry: { from: 'genitive', to: 'dative' } };
/** A plain verb whose object the pack does not build from the noun's («мониторинг цен» → «следить за ценами»). */
const OBJECT_NOT_BUILT: ObjectGovernment = { carry: null };
/** A change made «в» something is that thing, in the accusative, with no «в» («изменить закон»): not built. */
const IN_BLOCKED: ObjectGovernment = { carry: null, blocked: 'в|во' };

/**
 * A light verb before its noun in any of its `forms` («${CONDUCT} встреч*»), offered the plain verbs'
 * infinitives after its own `infinitives` only («провести встречу» → «встретиться»). Its other forms — finite,
 * short participles, verbal nouns — get nothing to paste: «Провели встречу» → «Встретиться», «будет
 * проведена проверка» → «будет проверить» were not Russian. The forms that have plain forms of their own
 * (`verbPhrase()`, `conducting()`, `objectNoun()`) are listed before.
 */
function inInfinitive(
  infinitives: string,
  forms: string,
  noun: string,
  replace: string[],
  object?: ObjectGovernment,
): PhraseEntry[] {
  const entry = { match: `${infinitives} ${noun}`, replace };
  return [...(object ? governing(entry, object) : [entry]), { match: `${forms} ${noun}`, replace: [] }];
}

/**
 * How a plain verb governs the object its light verb's noun takes after it, where they differ: `carry` the
 * object from the noun's case into the verb's («дать оценку работе» → «оценить работу», «совершить покупку
 * билетов» → «купить билеты»), or null where it is not built («проводить мониторинг цен» wants «следить за
 * ценами»); `blocked`, prepositions after the noun the plain verb does not take («внести изменения в закон»
 * → «изменить закон», «дать разрешение на строительство»); `keeps`, replacements that govern the noun's own
 * case («спасибо коллегам»).
 */
interface ObjectGovernment {
  carry: { from: GrammaticalCase; to: GrammaticalCase } | null;
  blocked?: string;
  keeps?: readonly string[];
}

/** A word after a light verb's noun that may begin its object: no preposition or conjunction. */
const OBJECT_AFTER =
  '^\\s+(?!(?:в|во|на|по|с|со|для|при|о|об|за|от|до|после|через|под|из|и|а|но|или|как|чтобы|что|если|когда|не)' +
  '(?![а-яё]))[а-яёА-ЯЁ]';

/**
 * A light verb's entry whose plain verb governs its object otherwise (`ObjectGovernment`): before a word that
 * may be the object, the object carried into the verb's case, or nothing to paste where the pack cannot; before
 * a blocked preposition, nothing; elsewhere (the clause's end, «за», another preposition) the entry as it is.
 */
function governing(entry: PhraseEntry, object: ObjectGovernment): PhraseEntry[] {
  if (entry.replace.length === 0) return [entry];
  const blocked = object.blocked
    ? [{ ...entry, replace: [], followedBy: `^\\s+(?:${object.blocked})(?![а-яё])` }]
    : [];
  const { carry } = object;
  const carried: PhraseEntry = carry
    ? {
        ...entry,
        followedBy: OBJECT_AFTER,
        carries: {
          from: carry.from,
          to: entry.replace.map((plain) => (object.keeps?.includes(plain) ? null : carry.to)),
        },
      }
    : { ...entry, replace: [], followedBy: OBJECT_AFTER };
  return [...blocked, carried, entry];
}

/**
 * A decision's entries («принять решение» → «решить»), with nothing to paste before what it is about: «решение о
 * выходе», «по делу» do not go with «решить» («решили о выходе» was offered), which wants a verb or a clause.
 */
const decidingAbout = (entries: PhraseEntry[]) =>
  nothingToPasteWhere({ followedBy: DECISION_TOPIC_AFTER }, entries);

/** What a decision is about, right after it: «о выходе», «по делу», «относительно сроков». */
const DECISION_TOPIC_AFTER = '^\\s+(?:о|об|обо|по|относительно|касательно|насчет|насчёт)(?![а-яё])';

/**
 * A cause said with «тем», «того» and the «что» of its clause («в связи с тем, что», «ввиду того что»): the
 * whole of it without a comma is «потому что»; before «, что» the phrase alone is «из-за того», since the «что»
 * stays in the text («Потому что, что Вы не…» was not Russian); before anything else, nothing to paste.
 */
function becauseOfThat(phrase: string): PhraseEntry[] {
  return [
    { match: phrase, replace: ['из-за того'], followedBy: '^\\s*,\\s*что(?![а-яё])' },
    { match: `${phrase} что`, replace: ['потому что', 'так как'] },
    { match: phrase, replace: [] },
  ];
}

/** The verbal nouns «подлежит» takes, and the plain verbs they stand for («подлежит возврату» → «вернуть»). */
const SUBJECT_TO: readonly (readonly [string, string])[] = [
  ['рассмотрению', 'рассмотреть'],
  ['возврату', 'вернуть'],
  ['оплате', 'оплатить'],
  ['уплате', 'заплатить'],
  ['выплате', 'выплатить'],
  ['возмещению', 'возместить'],
  ['регистрации', 'зарегистрировать'],
  ['исполнению', 'выполнить'],
  ['удовлетворению', 'удовлетворить'],
  ['обжалованию', 'обжаловать'],
  ['согласованию', 'согласовать'],
  ['проверке', 'проверить'],
  ['замене', 'заменить'],
  ['обмену', 'обменять'],
  ['уничтожению', 'уничтожить'],
  ['утилизации', 'утилизировать'],
  ['списанию', 'списать'],
  ['взысканию', 'взыскать'],
  ['изъятию', 'изъять'],
  ['передаче', 'передать'],
  ['сдаче', 'сдать'],
  ['хранению', 'хранить'],
  ['учету', 'учесть'],
  ['продлению', 'продлить'],
  ['восстановлению', 'восстановить'],
  ['аннулированию', 'отменить'],
  ['отмене', 'отменить'],
  ['опубликованию', 'опубликовать'],
  ['публикации', 'опубликовать'],
  ['представлению', 'подать'],
  ['предоставлению', 'подать'],
  ['заполнению', 'заполнить'],
  ['подписанию', 'подписать'],
  ['отклонению', 'отклонить'],
  ['включению', 'включить'],
  ['исключению', 'исключить'],
];

/**
 * A word before «подлежит» that is its subject in a nominative that is also its accusative: a neuter noun, a
 * feminine one in -ость, a listed masculine thing («Заявление подлежит рассмотрению» → «Заявление нужно
 * рассмотреть»). Not a feminine in -а («Жалоба нужно рассмотреть» was not Russian: «Жалобу»), a person, or a
 * genitive («Сумма налогов»), whose subject stands further back.
 */
const THING_BEFORE_SINGULAR =
  '^(?:[а-яё]+(?:ие|ье|ство|ость)|документ|паспорт|договор|товар|платеж|налог|штраф|взнос|счет|акт|объект|' +
  'участок|приказ|запрос|отчет|проект|результат|спор|вопрос|бюджет|груз|багаж|залог|кредит|аванс|депозит|' +
  'автомобиль|транспорт|ущерб|вред|доход|остаток|долг|сбор|тариф|ответ|перевод|чек|билет|талон|полис|' +
  'сертификат|диплом|аттестат|материал|ремонт|план|отказ|иск)$';

/**
 * A word before «подлежат» that may be its subject, a plural thing whose nominative is its accusative
 * («Документы подлежат возврату» → «Документы нужно вернуть»), or a genitive after such a subject («Копии
 * паспорта»); not a pronoun or a person («Граждане нужно…» wants «Граждан»).
 */
const THING_BEFORE_PLURAL =
  '^(?!(?:они|все|которые|эти|те|такие|лица|люди|дети|граждане|заявителя|гражданина)$)' +
  '(?![а-яё]*(?:ане|яне|тели|ники|чики|щики|цы)$)[а-яё]+(?:ы|и|а|я|ые|ие)$';

/**
 * «подлежит» and its verbal noun as «нужно» and the plain verb, «не подлежит» as «нельзя» («Товар подлежит
 * возврату» → «Товар нужно вернуть», «Решение не подлежит обжалованию» → «нельзя обжаловать»): the same in
 * either number, but the subject becomes the verb's object, so only after a subject whose accusative is its
 * nominative (`THING_BEFORE_SINGULAR`, `THING_BEFORE_PLURAL`). Other subjects get nothing to paste.
 */
function subjectTo(): PhraseEntry[] {
  const verbs = [
    ['подлежит', THING_BEFORE_SINGULAR],
    ['подлежат', THING_BEFORE_PLURAL],
  ] as const;
  return verbs.flatMap(([verb, after]) =>
    ['нужно', 'нельзя'].flatMap((modal) =>
      SUBJECT_TO.map(([noun, infinitive]) => ({
        match: `${modal === 'нельзя' ? 'не ' : ''}${verb} ${noun}`,
        replace: [`${modal} ${infinitive}`],
        after,
      })),
    ),
  );
}

/** The pronouns after «в отношении», and their forms after «о», «к» and «против». */
const CONCERNING_PRONOUNS = [
  ['вас', 'о вас', 'к вам', 'против вас'],
  ['нас', 'о нас', 'к нам', 'против нас'],
  ['меня', 'обо мне', 'ко мне', 'против меня'],
  ['себя', 'о себе', 'к себе', 'против себя'],
  ['него', 'о нём', 'к нему', 'против него'],
  ['нее', 'о ней', 'к ней', 'против неё'],
  ['них', 'о них', 'к ним', 'против них'],
] as const;

/**
 * «в отношении» in the plain preposition the word before it asks for, with its noun phrase in that one's case:
 * what is said or decided of something, «о» («информация в отношении льгот» → «о льготах»); an attitude, a
 * demand or measures, «к» («требования в отношении документов» → «к документам»); sanctions, a case, a charge,
 * «против» («санкции в отношении компании»). After any other word, or opening a sentence («В отношении вас
 * возбуждено дело»), nothing to paste: «о» and «для» had been offered everywhere («меры о нарушителях»,
 * «санкции для Северной Кореи»).
 */
function concerning(): PhraseEntry[] {
  const about =
    '^(?:информаци|сведени|данн[ыо]|сообщени|вопрос|решени|справк|заявлени|мнени|разъяснени|ответ|запрос|' +
    'вывод|статистик|доклад|отч[её]т|новост|спор|дискусси|переговор)';
  const towards =
    '^(?:требовани|претензи|политик|позици|подход|отношени|обязательств|лояльн|внимательн|строг|примен|' +
    'довери|уважени|терпим|равнодуш|интерес|мер(?:а|ы|е|у|ой|ам|ами|ах)?$)';
  const against =
    '^(?:санкци|дел(?:о|а|у|ом|е)?$|обвинени|расследовани|насили|дискриминаци|преступлени|возбужд|' +
    'иск(?:а|у|и|ом|е)?$|репресси|агресси)';
  const groups = [
    { after: about, column: 1, replace: 'о', to: 'prepositional' },
    { after: towards, column: 2, replace: 'к', to: 'dative' },
    { after: against, column: 3, replace: 'против', to: null },
  ] as const;
  return [
    ...groups.flatMap(({ after, column, replace, to }): PhraseEntry[] => [
      ...CONCERNING_PRONOUNS.map((forms) => ({
        match: `в отношении ${forms[0]}${forms[0] === 'нее' ? '|неё' : ''}`,
        replace: [forms[column]],
        after,
      })),
      { match: 'в отношении', replace: [replace], after, carries: { from: 'genitive', to: [to] } },
    ]),
    { match: 'в отношении', replace: [] },
  ];
}

/**
 * What makes «лиц», «лицам», «лицами» part of a legal term: «лиц без гражданства», «лиц, участвующих в деле»; and
 * a professional activity after them («лиц, осуществляющих надзор», «оказывающих услуги», «имеющих лицензию»),
 * which firms carry on as well as people, so «людей» would narrow it; so are debts («имеющих задолженность»).
 */
const NOT_A_PERSONS_TERM =
  '^(?!\\s+без\\s+гражданства|,?\\s+участвующ[а-яё]*\\s+в\\s+дел[еау]|,?\\s+(?:не\\s+)?(?:осуществляющ|оказывающ)' +
  '|,?\\s+(?:не\\s+)?имеющ[а-яё]*\\s+(?:[а-яё]+\\s+)?(?:лицензи|аттестат|аккредитаци|разрешени|свидетельств|сертификат|задолженност|недоимк))';
/**
 * Words before «лиц» that make it a term («юридических», «должностных», «третьих», «официальных лиц») or count it
 * («пять лиц», «несколько лиц», which take «человек»).
 */
const NOT_PLAIN_PERSONS =
  '^(?:\\d+|юридическ[а-яё]*|физическ[а-яё]*|должностн[а-яё]*|третьих|заинтересованн[а-яё]*|уполномоченн[а-яё]*|' +
  'ответственн[а-яё]*|подотч[её]тн[а-яё]*|аффилированн[а-яё]*|доверенн[а-яё]*|иностранн[а-яё]*|частных|' +
  'подставных|официальн[а-яё]*|первых|действующ[а-яё]*|высокопоставленн[а-яё]*|иных|других|несколько|нескольких|сколько|скольких|много|многих|мало|немного|двух|тр[её]х|' +
  'четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|пять|шесть|семь|восемь|девять|десять|[а-яё]+надцат[а-яё]*|' +
  '[а-яё]+десят[а-яё]*|сорок|сорока|сто|ста|сот|тысяч[а-яё]*|миллион[а-яё]*|числа|число)$';
/**
 * A word of speech, thought or knowledge up to three words before the phrase, which «о» may follow
 * («консультирует граждан по вопросам», «информация по вопросам»).
 */
const SPEECH_BEFORE =
  '(?:^|[^а-яё])(?:консульт|информ|сообщ|сказ|говор|рассказ|разъясн|узна|спрос|спраш|сведени|справк|' +
  'объясн|писа|пишет|пишут|обсу|дума|зна(?:ть|ю|ет|ют|ни)|материал|памятк|брошюр|лекци|семинар)[а-яё]*' +
  '(?:\\s+[^\\s.,;:!?]+){0,3}\\s+$';
/** An empty verb later in the clause («… производится по результатам», «осуществляется в течение»). */
const EMPTY_VERB_AFTER =
  '^[^.;:!?]*?(?<![а-яё])(?:производ(?:ит|ят|ил)|осуществля(?:ет|ют|л)|провод(?:ит|ят|ил))[а-яё]*(?![а-яё])';
/** Legislation's subject after it, which names it: «(РК|Республики Казахстан) о/об …», «в области …». */
const NAMED_LEGISLATION =
  '^\\s+(?:(?:РК|Республики\\s+Казахстан)\\s+)?(?:о|об|в\\s+области|в\\s+сфере)(?![а-яёА-ЯЁ])';

/** The state whose legislation it is, in the genitive after «законодательством»: «Республики Казахстан», «РК». */
const LEGISLATION_OWNER =
  '^\\s+(?:РК|Республики|Российской|Кыргызской|Казахстана|страны|государства|иностранн|зарубежн|других)(?![а-яё])';

/** Канцелярит with plain replacements. Longer phrases win over the shorter ones they start with. */
/** An adverb in -о or an infinitive after «с целью» («быстро финишировать», «наладить»). */
const VERB_OR_ADVERB_AFTER =
  '^\\s+(?!(?:его|него|того|этого|всего|чего|сего)(?![а-яё]))(?:[а-яё]{3,}о|[а-яё]+(?:ть|ти|чь|ться|тись))(?![а-яё])';

/** A past tense, or a word that ends like one (a reflexive too: «давали», «был», «обращался»). */
const PAST_TENSE = '^[а-яё]{2,}[аеиоуыя]л(?:[аио])?(?:с[ья])?$';

/**
 * A past passive participle, full form in any case: «указанный», «оставленных», «полученном», «принятую»; not an
 * adjective that ends like one («государственный», «письменный», «военный»).
 */
const PAST_PASSIVE_PARTICIPLE =
  '^(?![а-яё]*(?:ственн|времен|письмен|мгновен|священ|военн|ценн|откровен))' +
  '[а-яё]{2,}(?:анн|янн|енн|ённ|ыт|ят|ут)(?:ый|ая|ое|ые|ого|ой|ом|ому|ую|ым|ых|ыми)$';

/** Nouns that end as a finite verb does, among them genitive plurals («минут», «анкет»). */
const NOUNS_ENDING_AS_VERBS =
  'бюджет|совет|ответ|предмет|пакет|билет|портрет|запрет|секрет|комитет|приоритет|факультет|авторитет|' +
  'иммунитет|паритет|кредит|лимит|визит|депозит|транзит|аппетит|институт|маршрут|атрибут|салют|минут|анкет|' +
  'газет|монет|ракет|планет|конфет|сигарет|кассет';

/**
 * A word that is a verb's form, not a noun's: an infinitive, a -ся form, an imperative, a 3rd-person present
 * (not a noun that ends like one), a short participle («направлено»), or a predicative.
 */
const VERB_FORM =
  `(?:[а-яё]+(?:ть|ти|чь|с[яь]|йте|ьте)|(?!(?:${NOUNS_ENDING_AS_VERBS})\\s)[а-яё]+(?:ет|ёт|ит|ют|ят|ут)|` +
  '[а-яё]+(?:ан|ян|ен|ён)[аоы]|можно|нужно|необходимо)';

/** A verb of turning to someone with a question: «обращаться», «обратитесь», «звоните», «консультируйтесь». */
/**
 * A stance or a grievance, not an activity («по вопросу несогласия с постановлением»): «о несогласии» is
 * Russian, «по несогласию» not.
 */
const STANCE = '(?:несогласи|согласи|недовольств|возражени|жалоб|претензи|отказ)[а-яё]*';

const TURN_TO = '(?:обращ|обрат|звон|позвон|консульт|проконсульт)[а-яё]*';

/**
 * A verb in the 3rd person present or future, active, later in the clause after the phrase (to a comma or a
 * stop): «…заявитель осуществляет», «…он получит»; not a noun that ends like one (`NOUNS_ENDING_AS_VERBS`).
 */
const THIRD_PERSON_VERB_AFTER = `^[^,.;:!?]*?\\s(?!(?:${NOUNS_ENDING_AS_VERBS}|интернет|кабинет|(?:рас|за|от)?(?:сч|уч|ч)[её]т|отч[её]т|самол[её]т)(?:[\\s,.;:!?)]|$))[а-яё]{2,}(?:ет|ёт|ит|ют|ят|ут)(?=[\\s,.;:!?)]|$)`;

/**
 * A third person who acts later in the clause after the phrase: a verb in the 3rd person
 * (`THIRD_PERSON_VERB_AFTER`), or a noun before a short form of duty or right («представитель обязан сообщить»,
 * «родители должны»).
 */
const THIRD_PERSON_ACTS_AFTER = `(?:${THIRD_PERSON_VERB_AFTER}|^[^,.;:!?]*?[а-яё]{3,}\\s+(?:обязан[аоы]?|должн(?:а|о|ы)|должен|вправе|может|могут)(?=[\\s,.;:!?)]|$))`;

/**
 * A topic after «в части»: an abstract or verbal noun («в части оплаты», «исполнения», «требований», «сроков»),
 * not a thing whose noun only looks verbal («помещений», «здания»), after an adjective or two.
 */
const TOPIC_AFTER =
  '^\\s+(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\\s+){0,2}' +
  '(?!(?:помещени|здани|сооружени|строени|учреждени|отделени|владени|растени|поселени|издели)[а-яё])' +
  '(?:[а-яё]+(?:ени|ани|ости|ств|аци|ици|изм)[а-яё]{0,3}|оплат[ыи]|срок(?:а|ов)|услови[йя]|расход(?:а|ов)|налог(?:а|ов)|прав)(?![а-яё])';

/** Words after which «является» takes no dash: a conjunction joining it to another verb, an adverb. */
const NO_DASH_AFTER =
  '^(?:и|но|а|или|также|тоже|же|вероятно|всё|все|уже|ещё|еще|теперь|сейчас|поэтому|потому|' +
  // the noun of an adverbial phrase («в некоторой степени», «в какой-то мере», «в целом»)
  'степени|мере|смысле|частности|основном|целом|итоге|сущности|принципе|очередь)$';

/** An amount after «составляет»: digits, a bound, a number in words whose accusative is its nominative. */
const AMOUNT_AFTER =
  '^\\s+(?:\\d|не более|не менее|около|от\\s|до\\s|свыше|более|менее|(?:один|одно|два|две|три|четыре|пять|' +
  'шесть|семь|восемь|девять|десять|\\p{L}+надцать|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|' +
  'восемьдесят|девяносто|сто|двести|триста|полтора|полторы)\\s)';

/**
 * A second predicate joined by «и» in the clause after the amount («составляет 48 600 тенге и определён
 * исходя из…», «…и зависит от…»): the dash would leave it with no verb to join.
 */
const JOINED_PREDICATE_AFTER =
  '^(?![^.;!?,]*\\sи\\s+(?:не\\s+)?[а-яё]{2,}(?:[еёая]н|[еёая]н[аоы]|[еи]тся|[ую]тся|[ая]тся|[еиё]т|[ую]т)(?![а-яё]))';

/**
 * A fixed term after «в рамках», which the paste would break: «в рамках гарантированного объёма бесплатной
 * медицинской помощи (ГОБМП)» names the state's package of free care, not an extent.
 */
const NOT_A_FIXED_TERM = '^(?!\\s+гарантированного\\s+объ[её]ма\\s+бесплатной\\s+медицинской\\s+помощи)';

/** A parenthetical word before the comma that sets it off («но, вероятно, составляют»): no dash after it. */
const PARENTHETICAL_BEFORE =
  '^(?:вероятно|возможно|видимо|по-видимому|наверное|наверно|однако|впрочем|конечно|безусловно|несомненно|' +
  'кстати|например|очередь|образом|словам|мнению|данным|сути|правило|целом|известно|думается|кажется)$';

/**
 * An instrumental after «является» with another joined by «и» further on («является председателем
 * организации… и автором книги»): the dash's nominative would leave the second in the instrumental.
 */
const JOINED_INSTRUMENTAL_AFTER =
  '^\\s+[а-яё]+(?:ом|ем|ём|ой|ей|ью|ами|ями)(?![а-яё])[^.;!?]*\\sи\\s+(?:[а-яё]+(?:ым|им|ой|ей)\\s+)?' +
  '[а-яё]+(?:ом|ем|ём|ой|ей|ью|ами|ями)(?![а-яё])';

/**
 * What one gains, not buys: «приобрести значение», «опыт», «популярность», «цвет» (before the verb or after
 * it: «значение приобрёл монастырь»).
 */
const ABSTRACT_GAIN =
  'значени|вид|форм|характер|статус|опыт|навык|знани|смысл|цвет|черт|вес|сил|' +
  'важност|размах|масштаб|облик|оттен|репутаци|суверенитет|независимост|самостоятельност|свойств|качеств|' +
  'привычк|влияни|авторитет|уверенност|умени|очертани|известн|славу|слава|оборот|гражданств|прав[оа]?(?![а-яё])|' +
  'иммунитет|признани|актуальност|популярн|распространени';

/** A word of a sentence that speaks of money: what is bought is paid for. */
const MONEY_WORD =
  '^(?:цен|стоимост|оплат|плат|деньг|денег|денежн|средств|тенге|руб|доллар|евро|бюджет|закуп|кредит|сумм|млн|млрд|миллион|миллиард|тысяч|куп|покуп|продаж|продав|расход|затрат|финансир|выделен|смет|выручк|доход|прибыл)';

/** A word of a sentence about what may be had without paying: animals, gifts, inheritance, free transfer. */
const NOT_BOUGHT =
  '^(?:животн|собак|кошк|кошек|кот|котят|щен|питом|скот|лошад|птиц|дар|подар|безвозмездн|наследств|наследов|приют|усынов|переда[чн])';

/** How many words may stand between a verb and the noun that tells its sense (adjectives: «такой цвет»). */
const SENSE_GAP = 2;

/** The text after a phrase holds a word starting with one of `stems` within `SENSE_GAP` words. */
const nounAhead = (stems: string) => `(?:\\s+[а-яёА-ЯЁ]+){0,${SENSE_GAP}}?\\s+(?:${stems})`;

/** `entry` with `followedBy` also requiring `ahead` (a pattern after «^»), or with it if the entry had none. */
function alsoFollowedBy(entry: PhraseEntry, ahead: string): PhraseEntry {
  const own = entry.followedBy ? `(?=${entry.followedBy.slice(1)})` : '';
  return { ...entry, followedBy: `^${own}${ahead}` };
}

/**
 * Entries whose plain words fit one sense of the word, the one its object or subject tells: offered where a
 * noun of `stems` follows within a few words («реализовать государственную программу» → «выполнить») or
 * stands before it in its clause («Проект реализован»), else nothing to paste («реализовал попытку», «реализовать
 * способности» took «выполнил», «выполнять»).
 */
function onlyWith(stems: string, entries: PhraseEntry[], participles = false): PhraseEntry[] {
  return entries.flatMap((entry) => {
    // A participle's noun mostly stands before it across a comma («Проверка, осуществляемая ежегодно»), which
    // the clause does not reach: a present one, an ongoing process, keeps its plain participle; a past one
    // (`participles`) reports a thing done, where the sense matters («попытка, реализованная Климо»).
    if (entry.replace.length === 0 || (entry.agree === true && !participles)) return [entry];
    const before = entry.inClause ? [] : [{ ...entry, inClause: `^(?:${stems})` }];
    return [alsoFollowedBy(entry, nounAhead(stems)), ...before, { ...entry, replace: [] }];
  });
}

/** Entries offered unless a noun of `stems` follows within a few words or stands right before (`onlyWith`). */
function unlessWith(stems: string, entries: PhraseEntry[]): PhraseEntry[] {
  return entries.map((entry) =>
    entry.replace.length === 0
      ? entry
      : { ...alsoFollowedBy(entry, `(?!${nounAhead(stems)})`), notAfter: `^(?:${stems})` },
  );
}

/**
 * Plans and works carried out: «реализовать», «осуществить» mean «выполнить», «провести» only with one of these
 * («реализовать проект», «Проверка осуществляется»); with goods they mean selling, with rights using, with
 * abilities showing, with an attack committing.
 */
const PLANS =
  'проект|программ|план|мер[аыуео]?(?![а-яё])|мероприяти|задач|решени|стратеги|политик|реформ|инициатив|' +
  'соглашени|договор|концепци|поручени|обязательств|замысел|замысл|работ|функци|строительств|ремонт|' +
  'проверк|экспертиз|обследовани|набор|отбор|конкурс|закупк|поставк|перевозк|подготовк|обучени';

/** Animals right after a word, after an adjective of theirs («сельскохозяйственных животных», «скот»). */
const ANIMALS_AHEAD =
  '^\\s+(?:[а-яё]+(?:ых|их|ое|ий|ый)\\s+)?(?:животн|скот|собак|кошек|кошку|питомц|лошад|коров|овец|овцу|птиц)';

/** Goods, which are sold where they are «реализуемые» or their «реализация» is done. */
const GOODS = '(?:продукци|товар|издели)';

/** Goods right after a word, after an adjective or two of theirs («сельскохозяйственной продукции»). */
const GOODS_AHEAD = `\\s+(?:[а-яё]+(?:ой|ых|ые|ую|ая|ым|ыми|ом|ого|ому)\\s+){0,2}${GOODS}`;

/** Goods right before a participle of theirs, across its comma («Товар, реализуемый»). */
const GOODS_BEFORE_COMMA = `(?:^|[^а-яё])${GOODS}[а-яё]*\\s*,\\s*$`;

/** Checks, inspections and measures, which are «проведены» rather than «сделаны». */
const CHECKS =
  'проверк|экспертиз|обследовани|отбор|осмотр|мероприяти|мер[аыуео]?(?![а-яё])|контрол|ревизи|инспекци|' +
  'мониторинг|рейд|истребовани|анализ|испытани|замер|измерени|аудит';

/** The verbal nouns in -ние among `PLANS`, in their accusative forms: «провести обучение» is plain. */
const PLAN_NOUNS_IN_NIE = '(?:решени|обучени|обследовани|мероприяти|соглашени|поручени)[ея]';

/**
 * A light verb's entries with nothing to paste before a verbal noun in -ние or -ция of its own («осуществлять
 * обжалование», «осуществляющим оказание услуг», «осуществляющие реализацию»): the plain verbs read no better
 * («проводить обжалование», «делающие реализацию»).
 * The noun's own verb is the plain word, given by `implementing()` where the pack has it. Nouns a plan is made
 * of (`PLAN_NOUNS_IN_NIE`) keep the plain verbs.
 */
function notBeforeVerbalNoun(entries: PhraseEntry[]): PhraseEntry[] {
  const verbalNoun = `^\\s+(?!${PLAN_NOUNS_IN_NIE}(?![а-яё]))[а-яё]+(?:ние|ния|нию|тие|тия|ция|цию|ции)(?![а-яё])`;
  return entries.flatMap((entry) =>
    entry.replace.length === 0 || entry.match.includes(' ')
      ? [entry]
      : [{ match: entry.match, replace: [], followedBy: verbalNoun }, entry],
  );
}

/** The offices, windows and fields a reader is sent to: «в соответствующий орган» is «в нужный». */
const WHERE_TO_GO =
  'орган|окн|отдел|служб|учреждени|организаци|инстанци|ведомств|специалист|подразделени|' +
  'раздел|вкладк|пункт|форм|бланк|графе|граф[уаы]';

/** Papers, which «соответствующие» may point back to («хранения соответствующих документов»: «этих»). */
const PAPERS_NAMED = 'документ|справк';

/**
 * A masculine noun's nominative right before a phrase (a consonant, «-й», «-ь»: «приказ», «контроль»), not a
 * genitive plural or an oblique case («всех», «документов», «приказом»).
 */
const MASCULINE_SUBJECT_BEFORE =
  '(?:^|\\s)(?![а-яё]*(?:ых|их|ов|ев|ей|ой|ом|ем|ам|ям|ах|ях|ех)\\s+$)[а-яё]{3,}[бвгджзклмнпрстфхцчшщьй]\\s+$';

/** A neuter noun's nominative right before a phrase («участие», «соблюдение», «решение»), not «-ого», «-его». */
const NEUTER_SUBJECT_BEFORE = '(?:^|\\s)(?![а-яё]*(?:ого|его|ое|ее)\\s+$)[а-яё]{2,}(?:ие|ье|ство|о)\\s+$';

/**
 * Not in a body's name after «по» («комиссия по осуществлению закупок», 44-ФЗ): a name no editor may reword
 * (a phrase's `precededBy`).
 */
const NOT_IN_BODY_NAME =
  '^(?![\\s\\S]*(?:^|\\s)(?:комисси|комитет|служб|рабоч[а-яё]* групп|центр|отдел|управлени)[а-яё]*\\s+по\\s+$)';

/** The writer's comma right after a phrase. */
const COMMA_AFTER = '^\\s*,';

/** Things that «приходят» when they arrive: a train, a ship, a letter, a load. */
const ARRIVING_THINGS =
  '^(?:поезд|самол[её]т|рейс|корабл|судн[оа]|парох|автобус|электричк|письм|посылк|груз|партия|партии|' +
  'документ|сообщени|телеграмм|уведомлени|почт|ответ|помощь|подкреплени)';

/** A light verb's form (not its noun, «осуществление», or its participle noun, «производитель»). */
const LIGHT_VERB_FIRST =
  /^(?!(?:осуществлени|производств|производител|проведени|оказани))(?:осуществ|производ|произвед|произвел|провод|провед|провел|оказ|окаж)\S*\s+\S+$/u;

/** Nouns ending as a finite verb does («возврат», «аудит», «расчёт»), read as nouns after «и». */
const NOUNS_LIKE_VERBS =
  'возврат|аудит|учет|учёт|расчет|расчёт|отчет|отчёт|кредит|бюджет|совет|ответ|лимит|результат|контракт|акт';
const FINITE_VERB = `(?!(?:${NOUNS_LIKE_VERBS})(?![а-яё]))[а-яё]+(?:ет|ёт|ит|ут|ют|ят|ат|ал|ял|ил|ел|ла|ли|ло|ем|ём|им|ете|ите|ся|сь|ав|яв|ив|ыв|вшись|уя|юя|яя|ая)(?![а-яё])`;
const CLAUSE_CONJUNCTIONS = 'если|когда|чтобы|что|а|но|и|пока|как|так|поскольку|хотя|потому|затем|после|где';

/**
 * The text after a light verb's noun that coordinates another noun with it («проводит проверку и анализ
 * данных», «производит оплату, возврат и замену»), also after the noun's genitive («выплату пособия и
 * компенсации»), or begins a clause about it («оплату, которую …»): the plain verb would leave that noun
 * without a verb («проверяет и анализ данных»). A verb after «и» or the comma
 * («проводит проверку и готовит отчёт»), a gerund («осуществляя контроль и реализовав проект») and a conjunction after the comma («…, если …») are no such noun.
 */
const COORDINATED_NOUN_AFTER = `^(?:\\s+[а-яё]+)?(?:\\s*,(?!\\s*(?:${CLAUSE_CONJUNCTIONS})(?![а-яё]))|\\s+(?:и|или|либо|а также)(?![а-яё]))(?!\\s*(?:не\\s+)?${FINITE_VERB})`;

/**
 * A genitive noun phrase coordinated by «и», «или», «либо» later in the same clause («… и средней рыночной
 * стоимости»); the feminine one, whose genitive is also its dative («средней стоимости»), apart.
 */
const LATER_GENITIVE_FEMININE =
  '^[^.;:!?,]*\\s(?:и|или|либо)\\s+(?:[а-яё]+(?:ой|ей)\\s+)*[а-яё]+(?:ости|ии|ки|ти|ы)(?![а-яё])(?!\\s+(?:[а-яё]+(?:ую|юю)\\s+)*[а-яё]+[ую](?![а-яё]))';
const LATER_GENITIVE =
  '^[^.;:!?,]*\\s(?:и|или|либо)\\s+(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\\s+)+[а-яё]+(?![а-яё])';

/** What is concluded, the subject of a passive «заключается»: a contract, an agreement, a deal, a marriage. */
const CONCLUDED = '(?:договор|соглашени|контракт|сделк|сделок|брак|меморандум)';

/**
 * A light verb before its noun («производит оплату») is flagged with nothing to paste where another noun is
 * coordinated with the noun (`COORDINATED_NOUN_AFTER`): that entry stands first, so it wins at those words.
 */
function withCoordinatedNoun(): (entry: PhraseEntry) => PhraseEntry[] {
  // Entries that differ only in their own `followedBy` or `carries` need one such entry between them.
  const added = new Set<string>();
  return (entry) => {
    if (!entry.replace.length || !LIGHT_VERB_FIRST.test(entry.match)) return [entry];
    const { followedBy: _followedBy, carries: _carries, ...plain } = entry;
    const key = [plain.match, plain.notAfter, plain.after, plain.notInClause, plain.notBefore].join('\u0001');
    if (added.has(key)) return [entry];
    added.add(key);
    return [{ ...plain, replace: [], followedBy: COORDINATED_NOUN_AFTER }, entry];
  };
}

/** «Иметь» in each person and the past, with «мочь» in the same form: «имеют право» is «могут». */
const HAVE_AS_MAY = [
  ['имею', 'могу'],
  ['имеешь', 'можешь'],
  ['имеет', 'может'],
  ['имеем', 'можем'],
  ['имеете', 'можете'],
  ['имеют', 'могут'],
  ['имел', 'мог'],
  ['имела', 'могла'],
  ['имело', 'могло'],
  ['имели', 'могли'],
] as const;

/** A verbal noun after a comma later in the clause: the next item of a list «право на» governs. */
const SECOND_RIGHT_AFTER = '^[^.;:!?]*,\\s+(?:[а-яё]+(?:ое|ее)\\s+)?[а-яё]+(?:ние|тие|цию)(?![а-яё])';

/**
 * «имеет право на получение пособия» is «может получить пособие»: the modal in the person and tense of «иметь»,
 * the object carried into the accusative. Where no object in the genitive follows, nothing to paste («имеет
 * право на получение в течение года» still wants its object named).
 */
function mayReceive(): PhraseEntry[] {
  // «на бесплатное получение» keeps its adjective as an adverb: «может бесплатно получить».
  return HAVE_AS_MAY.flatMap(([have, may]): PhraseEntry[] =>
    (
      [
        ['получение', 'получить'],
        ['бесплатное получение', 'бесплатно получить'],
      ] as const
    ).flatMap(([noun, verb]): PhraseEntry[] => [
      // A second right in the list after a comma («право на получение информации, обеспечение инвентарём»)
      // belongs to «право на» too: «может получить информацию, обеспечение» would strand it.
      { match: `${have} право на ${noun}`, replace: [], followedBy: SECOND_RIGHT_AFTER },
      {
        match: `${have} право на ${noun}`,
        replace: [`${may} ${verb}`],
        followedBy: genitiveAfter(false),
        carries: { from: 'genitive', to: ['accusative'] },
      },
      { match: `${have} право на ${noun}`, replace: [] },
    ]),
  );
}

/**
 * The forms of «орган» (singular, then plural) by case: nominative, genitive, dative, accusative, instrumental,
 * prepositional.
 */
const ORGAN_FORMS = [
  ['орган', 'органа', 'органу', 'орган', 'органом', 'органе'],
  ['органы', 'органов', 'органам', 'органы', 'органами', 'органах'],
] as const;

/**
 * The reader's words for the bodies the law names «органы X»: «органы полиции», «органы внутренних дел» are
 * «полиция», «органы прокуратуры» «прокуратура», in «орган»'s case (not «органы юстиции»: «юстиция» is no
 * body's name to the reader). The plain noun is singular and feminine, so no paste where a word must agree
 * with «органы»: its verb as a subject (the nominative, which an accusative without a preposition reads as
 * too), a word before it («территориальные органы полиции», «этих органов»), a participle or «который» after
 * it, or a second body coordinated («органы полиции и прокуратуры»). There the phrase is flagged, nothing to
 * paste.
 */
const BODIES_OF: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['полиции', ['полиция', 'полиции', 'полиции', 'полицию', 'полицией', 'полиции']],
  ['внутренних дел', ['полиция', 'полиции', 'полиции', 'полицию', 'полицией', 'полиции']],
  [
    'прокуратуры',
    ['прокуратура', 'прокуратуры', 'прокуратуре', 'прокуратуру', 'прокуратурой', 'прокуратуре'],
  ],
];

/** A word that agrees with «орган» or «органы» right before it: an adjective, a pronoun, a numeral. */
const AGREES_WITH_ORGAN = [
  '^(?:[а-яё]*(?:ый|ий|ой|ая|яя|ого|его|ому|ему|ым|им|ом|ем)|этот|тот|свой|наш|ваш|один|весь)$',
  '^(?:[а-яё]*(?:ые|ие|ых|их|ым|им|ыми|ими)|эти|те|все|свои|наши|ваши|оба|обоих|два|три|четыре)$',
] as const;

/**
 * The text after the phrase where its plain singular would leave a word unagreed or a list half rebuilt: a
 * second body after «и» or in a list of commas («органы полиции, прокуратуры или суда»).
 */
const AGREES_AFTER_ORGAN =
  '^(?!\\s*,?\\s*(?:и|или|либо|а\\s+также)\\s|\\s*,\\s*[а-яё]+(?:\\s+[а-яё]+)?(?:\\s*,|\\s+(?:и|или|либо)\\s)|\\s*,?\\s*[а-яё]+(?:ые|ие|ых|их|ым|им|ыми|ими|ый|ий|ого|его|ому|ему)(?![а-яё]))';

/** Each case of «орган X» (`ORGAN_FORMS`): the plain body where nothing must agree, else nothing to paste. */
function bodyOf([body, plain]: readonly [string, readonly string[]]): PhraseEntry[] {
  return ORGAN_FORMS.flatMap((forms, number) =>
    forms.flatMap((form, grammaticalCase): PhraseEntry[] => {
      const match = `${form} ${body}`;
      // The nominative shares the accusative's form, whose entries stand for both: only a preposition before
      // it makes the accusative.
      if (grammaticalCase === 0) return [];
      const accusative = grammaticalCase === 3;
      return [
        {
          match,
          replace: [plain[grammaticalCase] ?? ''],
          ...(accusative
            ? { after: '^(?:в|во|на|через|про)$' }
            : { notAfter: AGREES_WITH_ORGAN[number] ?? '' }),
          followedBy: AGREES_AFTER_ORGAN,
        },
        { match, replace: [] },
      ];
    }),
  );
}

/** The nouns of teaching before «по изучению»: with a paste, without one, and only before a language. */
const TEACHING = {
  paste: [
    'курс|курса|курсу|курсом|курсе|курсы|курсов|курсам|курсами|курсах',
    'урок|урока|уроку|уроком|уроке|уроки|уроков|урокам|уроками|уроках',
    'кружок|кружка|кружку|кружком|кружке|кружки|кружков|кружкам|кружками|кружках',
  ],
  noPaste: ['занятие|занятия|занятию|занятием|занятии|занятий|занятиям|занятиями|занятиях'],
  language: [
    'группа|группы|группе|группу|группой|групп|группам|группами|группах',
    'программа|программы|программе|программу|программой|программ|программам|программами|программах',
  ],
};
/** A language in the genitive after «по изучению»: «казахского языка», «казахского и русского языков». */
const LANGUAGE_AFTER =
  '^(?:\\s+[а-яё]+(?:ого|его|ых|их))+(?:\\s+(?:и|или)\\s+[а-яё]+(?:ого|его|ых|их))?\\s+(?:языка|языков)(?![а-яё])';
/**
 * «Курсы по изучению казахского языка» are «курсы казахского языка»: after a noun of teaching, «по изучению»
 * says nothing the genitive of a language does not. Other subjects are flagged with nothing to paste («курсы
 * по изучению творчества Абая» do not become «курсы творчества»), and so are «занятия» («занятия английского
 * языка» is colloquial for «по английскому языку») and a programme of a language; a body or group studying a
 * question («комиссия по изучению вопроса», «группа по изучению проблемы») is another sense, not flagged.
 */
const STUDY_COURSES: PhraseEntry[] = [
  ...TEACHING.paste.flatMap((noun): PhraseEntry[] => [
    { match: `${noun} по изучению`, replace: ['{1}'], followedBy: LANGUAGE_AFTER },
    { match: `${noun} по изучению`, replace: [] },
  ]),
  ...TEACHING.noPaste.map((noun): PhraseEntry => ({ match: `${noun} по изучению`, replace: [] })),
  ...TEACHING.language.map(
    (noun): PhraseEntry => ({
      match: `${noun} по изучению`,
      replace: noun.startsWith('групп') ? ['{1}'] : [],
      followedBy: LANGUAGE_AFTER,
    }),
  ),
];

const OFFICIALESE: PhraseEntry[] = [
  // Before the light verbs' own entries: at the same words the first listed wins.
  ...NOUNS_FIRST,
  ...NOT_REQUIRED,
  // Prepositional clichés
  // «(далее – портал)» names a thing the legal way: on a page for people, name it plainly from the start.
  { match: 'далее', replace: [], followedBy: DASH_AFTER },
  { match: 'далее по тексту', replace: [], followedBy: DASH_AFTER },
  // Before a noun, «для» keeps its genitive («в целях безопасности» → «для безопасности»); «чтобы» wants a verb
  // («с целью наладить отношения» → «чтобы наладить»).
  { match: 'в целях', replace: ['чтобы'], followedBy: INFINITIVE_AFTER },
  { match: 'с целью', replace: ['чтобы'], followedBy: INFINITIVE_AFTER },
  { match: 'в целях', replace: ['для'] },
  // «Обеспечения» may govern an instrumental («в целях обеспечения доступным жильем граждан»), which «для» cannot
  // keep, and «чтобы обеспечить» would leave the genitive after it unchanged: nothing to paste.
  ...['в целях обеспечения', 'с целью обеспечения'].map((match) => ({
    match,
    replace: [],
    followedBy: '^\\s+(?:[а-яё]+(?:ым|им|ыми|ими)\\s+[а-яё]+|[а-яё]+(?:ом|ем|ами|ями|ью))(?![а-яё])',
  })),
  { match: 'в целях обеспечения', replace: ['для'] },
  {
    match: 'в целях реализации',
    replace: ['чтобы выполнить'],
    carries: { from: 'genitive', to: ['accusative'] },
  },
  {
    match: 'в целях обеспечения реализации|выполнения|исполнения',
    replace: ['чтобы выполнить'],
    carries: { from: 'genitive', to: ['accusative'] },
  },
  { match: 'в целях обеспечения соблюдения', replace: ['чтобы соблюдать'] },
  { match: 'в целях исполнения', replace: ['чтобы выполнить'] },
  { match: 'в целях предотвращения', replace: ['чтобы не допустить'] },
  // After «не» the genitive stays: «чтобы не допустить распространения инфекции».
  { match: 'в целях недопущения', replace: ['чтобы не допустить'] },
  { match: 'с целью недопущения|предотвращения', replace: ['чтобы не допустить'] },
  // Before an adverb or an infinitive that INFINITIVE_AFTER did not reach («с целью быстро финишировать»), «для»
  // would want a noun: nothing to paste.
  { match: 'с целью', replace: [], followedBy: VERB_OR_ADVERB_AFTER },
  { match: 'с целью', replace: ['для'] },
  { match: 'с целью обеспечения', replace: ['для'] },
  // The noun phrase after these goes into the case the replacement governs («в рамках проекта» → «в проекте»).
  // «во время» only before an event («в рамках визита»): a programme or a budget has no time of its own.
  { match: 'в рамках', replace: ['во время'], followedBy: EVENT_AFTER },
  // An action noun that also names a body reads as the body after «в» or «по»: «в рамках организации летнего
  // отдыха» is no «в организации летнего отдыха», and «в рамках службы» no «в службе». Nothing to paste.
  { match: 'в рамках', replace: [], followedBy: '^\\s+(?:организаци|служб)[а-яё]*(?![а-яё])' },
  // Work is done under a programme, a plan, a concept or strategy, an agreement or an order: «по бюджетной
  // программе», «по государственному социальному заказу», «реализуется по Концепции» first («в Концепции»
  // would put the work inside the document, so it is not offered).
  {
    match: 'в рамках',
    replace: ['по'],
    followedBy: `${NOT_A_FIXED_TERM}\\s+(?:[а-яёА-ЯЁ]+(?:ой|ей|ого|его|ых|их)\\s+){0,2}(?:[пП]рограмм|[пП]лан|[кК]онцепци|[сС]тратеги|[дД]октрин|договор|соглашени|контракт|меморандум|заказ|госзаказ|задани)`,
    carries: { from: 'genitive', to: ['dative'] },
  },
  {
    match: 'в рамках',
    replace: ['в', 'по'],
    followedBy: NOT_A_FIXED_TERM,
    carries: { from: 'genitive', to: ['prepositional', 'dative'] },
  },
  // «В рамках осуществления социальной поддержки» is «в рамках социальной поддержки»: the verbal noun adds
  // nothing, and «в осуществлении», «по осуществлению» are not Russian before what is done.
  { match: 'в рамках осуществления', replace: ['в рамках'] },
  // «В сопровождении» is "accompanied by": «в рамках сопровождения систем» has no short paste.
  { match: 'в рамках сопровождени*', replace: [] },
  // Before «по» («в рамках реализации мероприятий по предупреждению …») «по мероприятиям по» stacks and «в
  // мероприятиях по» says another thing: nothing to paste.
  {
    match: 'в рамках реализации',
    replace: [],
    followedBy: '^\\s+(?:[а-яё]+\\s+){1,3}по\\s',
  },
  {
    match: 'в рамках реализации',
    replace: ['по', 'в'],
    carries: { from: 'genitive', to: ['dative', 'prepositional'] },
  },
  { match: 'в соответствии с|со', replace: ['по'], carries: { from: 'instrumental', to: ['dative'] } },
  { match: 'в соответствии с требовани*', replace: ['по требованиям', 'как требуется'] },
  // Legislation named by its subject («законодательством РК об административных правонарушениях», «о
  // налогах») is a code or several laws, not «закон»: «по законодательству» keeps it.
  {
    match: 'в соответствии с законодательством',
    replace: ['по законодательству'],
    followedBy: NAMED_LEGISLATION,
  },
  // A state's legislation («законодательством Республики Казахстан») is its laws, not one law: «по закону
  // Республики Казахстан» would name a single Act.
  { match: 'в соответствии с законодательством', replace: ['по законам'], followedBy: LEGISLATION_OWNER },
  {
    match: 'в соответствии с действующим законодательством',
    replace: ['по действующим законам'],
    followedBy: LEGISLATION_OWNER,
  },
  { match: 'в соответствии с законодательств*', replace: ['по закону'] },
  { match: 'в соответствии с действующ* законодательств*', replace: ['по закону'] },
  // A source named by its name («согласно Reuters») is «по данным»: «по Reuters» is not Russian.
  { match: 'согласно', replace: ['по данным'], followedBy: '^\\s+[«"]?[A-Z]' },
  // After «по» and its noun («по форме согласно приложению») «по» would be doubled: nothing to paste.
  { match: 'согласно', replace: [], precededBy: '(?:^|\\s)по\\s+[а-яё]+\\s+$' },
  // Before a verb in the past or a gerund it is the adverb («согласно кивнул»: in agreement), not officialese.
  {
    match: 'согласно',
    replace: ['по'],
    notBefore: '^(?:[а-яё]+(?:л|ла|ло|лся|лась|лось|али|или|ули|яли|ыли|ались|ились|ая|ясь|ась)|и)$',
  },
  { match: 'согласно законодательству', replace: ['по законодательству'], followedBy: NAMED_LEGISLATION },
  { match: 'согласно законодательству', replace: ['по законам'], followedBy: LEGISLATION_OWNER },
  { match: 'согласно законодательств*', replace: ['по закону'] },
  // «В случае, если» keeps its «если» after the comma: nothing to paste. Otherwise a noun follows («в случае
  // неуплаты»): «если» would need a clause, «при» takes the noun along.
  { match: 'в случае', replace: [], followedBy: '^\\s*,\\s*(?:если|когда)' },
  { match: 'в случае', replace: ['при'], carries: { from: 'genitive', to: ['prepositional'] } },
  { match: 'в случае если', replace: ['если'] },
  // «При наличии», which «в случае» would make of it, is officialese too: «если есть» and the noun after it.
  { match: 'в случае наличия', replace: ['если есть'], carries: { from: 'genitive', to: ['nominative'] } },
  // «в том случае, если» keeps its «если» after the comma: the phrase before it goes, nothing to paste; alone
  // it is «in that case».
  { match: 'в том случае', replace: [], followedBy: '^\\s*,\\s*(?:если|когда)' },
  { match: 'в том случае', replace: ['тогда'] },
  { match: 'в том случае если', replace: ['если'] },
  // A clause said of the reader takes no genitive after it: «в случае неявки заявителя» (whose?) or «в случае
  // необходимости проведения экспертизы» get nothing to paste («если не придёте заявителя» was offered; an
  // infinitive after it stays: «в случае невозможности явиться»); a verbal noun whose object follows carries
  // it into the verb's case («если вы потеряли паспорт», «если найдут нарушения»), and «появятся» agrees with
  // its noun («если появятся вопросы», «если появится проблема»).
  {
    match: 'в случае необходимости|невозможности|неявки|несогласия',
    replace: [],
    followedBy: `^(?!\\s+[а-яё]+(?:ться|тись)(?![а-яё]))${genitiveAfter(true).slice(1)}`,
  },
  { match: 'в случае необходимости', replace: ['если нужно'], wholeClause: true },
  // The reader's verb only in a sentence that speaks to the reader; of a third person, nothing to paste.
  { match: 'в случае невозможности', replace: ['если не можете'], inSentence: READER_ADDRESSED },
  { match: 'в случае отсутствия', replace: ['если нет'] },
  { match: 'в случае неявки', replace: ['если не придёте'], inSentence: READER_ADDRESSED },
  { match: 'в случае несогласия', replace: ['если вы не согласны'], inSentence: READER_ADDRESSED },
  { match: 'в случае невозможности|неявки|несогласия', replace: [] },
  // A negated verbal noun is a condition not met: «при непредставлении документов» is «если не представить
  // документы», the object carried into the accusative; with no genitive object right after it («при
  // непредставлении лицензиатом документов», «при неявке»: whose?), nothing to paste.
  ...(
    [
      ['при непредставлении', 'если не представить'],
      ['в случае непредставления', 'если не представить'],
      ['при неуплате', 'если не уплатить'],
      ['в случае неуплаты', 'если не уплатить'],
    ] as const
  ).flatMap(([match, plain]): PhraseEntry[] => [
    {
      match,
      replace: [plain],
      followedBy: genitiveAfter(false),
      carries: { from: 'genitive', to: ['accusative'] },
    },
    { match, replace: [] },
  ]),
  { match: 'при неявке', replace: [] },
  // A matter left unsettled is said by its own subject and verb («если вопрос не решён»), a rebuild the phrase
  // cannot paste: whose failure it is the phrase does not say. A negated verbal noun as a subject
  // («Непредставление сведений является основанием») hides who fails to do what: nothing to paste either.
  { match: 'при неурегулировании', replace: [] },
  { match: 'в случае неурегулирования', replace: [] },
  // «При» would keep a hidden verb the pack flags after it: any other negated one, a condition not met («в
  // случае непринятия мер» is «если меры не приняты», not «при непринятии»), or one whose «при» phrase is listed
  // below («в случае получения травмы» → «при получении»). Nothing to paste.
  { match: 'в случае *', replace: [], between: '^не[а-яё]+(?:ния|тия|чи|ты)$' },
  { match: 'в случае получения|подачи|обращения|предъявления|обнаружения', replace: [] },
  {
    match:
      'непредставление|непредставления|непредставлению|непредставлением|непредоставление|непредоставления|непредоставлению|непредоставлением|непредоставлении',
    replace: [],
  },
  // The order things came in: «в порядке очередности их поступления» is «в порядке их поступления»; alone, «по
  // очереди». Before another genitive («в порядке очередности подачи»), «по очереди подачи» breaks: nothing.
  { match: 'в порядке очередности поступления', replace: ['в порядке поступления'] },
  ...['их', 'его', 'ее', 'её'].map(
    (whose): PhraseEntry => ({
      match: `в порядке очередности ${whose} поступления`,
      replace: [`в порядке ${whose} поступления`],
    }),
  ),
  { match: 'в порядке очередности', replace: [], followedBy: genitiveAfter(true) },
  { match: 'в порядке очередности', replace: ['по очереди'] },
  // «Со стороны» people or a body says whose act or attitude it is («отношение со стороны медицинских
  // работников» is «отношение медицинских работников»); after a verb the doer wants a rebuild: nothing to
  // paste. A side of a place («со стороны улицы») is no officialese.
  {
    match: 'со стороны',
    replace: [],
    followedBy:
      '^\\s+(?:[а-яё]+(?:ых|их|ого|его|ой|ей)\\s+)?(?:работник|сотрудник|граждан|орган|государств|родител|пациент|заявител|администраци|руководств|врач|персонал|работодател|должностн|акимат|налогоплательщик|потребител|исполнител|заказчик)[а-яё]*(?![а-яё])',
  },
  // «Причины, послужившие основанием для отказа» are the reasons for it: the participle adds nothing but
  // weight, and «из-за которых отказали» needs a rebuild. Nothing to paste.
  { match: 'послужив* основанием', replace: [] },
  // «Основанием для отказа послужило наличие задолженности» is «Мы отказали, потому что у вас долг»: the
  // clause turns round, nothing to paste.
  { match: 'послужил|послужила|послужило|послужили наличи*', replace: [] },
  // «До 10-го числа месяца, следующего за истекшим» is «следующего месяца»: the comma before it leaves
  // nothing to paste in place.
  { match: 'следующ* за истекш*', replace: [] },
  // «Если вы потеряли» makes the reader the loser; where the clause names a third person who acts («законный
  // представитель обязан сообщить», «заявитель сообщает») in a sentence that never speaks to the reader, the
  // loser is that person: «при утере», which keeps the genitive, is the paste.
  {
    match: 'в случае утери|утраты',
    replace: ['если вы потеряли'],
    inSentence: READER_ADDRESSED,
    carries: { from: 'genitive', to: ['accusative'] },
  },
  ...(
    [
      ['в случае утери', 'при утере'],
      ['в случае утраты', 'при утрате'],
    ] as const
  ).map(([match, plain]): PhraseEntry => ({ match, replace: [plain], followedBy: THIRD_PERSON_ACTS_AFTER })),
  {
    match: 'в случае утери|утраты',
    replace: ['если вы потеряли'],
    carries: { from: 'genitive', to: ['accusative'] },
  },
  // «При обнаружении пожара сообщите» speaks to the one who notices: «Если заметите пожар», the object in the
  // accusative (a fire is seen, an object found: «заметить» says both). Of someone else, nothing to paste.
  {
    match: 'при обнаружении',
    replace: ['если заметите'],
    inSentence: READER_ADDRESSED,
    carries: { from: 'genitive', to: ['accusative'] },
  },
  { match: 'при обнаружении', replace: [] },
  // Where the sentence asks the reader to act («просим сообщать», «сообщите»), the reader is the one who
  // finds: an impersonal «если найдут» would name someone else. Nothing to paste.
  {
    match: 'в случае выявления',
    replace: [],
    followedBy: '^[^.!?]*(?<![а-яё])(?:просим|прошу|просьба|[а-яё]+(?:ите|йте)(?:сь)?)(?![а-яё])',
  },
  {
    match: 'в случае выявления',
    replace: ['если найдут'],
    carries: { from: 'genitive', to: ['accusative'] },
  },
  {
    match: 'в случае возникновения',
    replace: ['если появятся'],
    followedBy: '^\\s+[а-яё]+(?:ов|ев|ей|ых|их)(?![а-яё])',
    carries: { from: 'genitive', to: ['nominative'] },
  },
  {
    match: 'в случае возникновения',
    replace: ['если появится'],
    followedBy: '^\\s+[а-яё]+(?:а|я|и|ы|ой)(?![а-яё])',
    carries: { from: 'genitive', to: ['nominative'] },
  },
  { match: 'в случае возникновения', replace: [] },
  // After a verb of mention or discussion («обсуждались в связи с перспективой выборов») the phrase is "in
  // connection with", no cause: «из-за» would change the sense.
  {
    match: 'в связи с|со',
    replace: [],
    after: '^(?:обсужда|обсуд|упомина|упомян|называ|рассматрива|вспомина|звуча|фигурир|говор|сказа|писа|пиш)',
  },
  // «Из-за» is for a bad cause: a birth, an anniversary or a holiday, and a benefit's ground («пособие в связи
  // с рождением ребенка», «в связи с юбилеем»), take «по случаю», the benefits' own wording.
  ...[
    {
      followedBy:
        '^\\s+(?:[а-яё]+(?:ым|им|ой|ей)\\s+){0,2}(?:рождени|юбиле|годовщин|праздник|свадьб|бракосочетани|усыновлени|удочерени|днем|днём)',
    },
    { after: '^(?:пособи|выплат|компенсаци|материальн|единовременн)' },
  ].map(
    (context): PhraseEntry => ({
      match: 'в связи с|со',
      replace: ['по случаю'],
      carries: { from: 'instrumental', to: ['genitive'] },
      ...context,
    }),
  ),
  // «по» fits a noun of state or cause («в связи с болезнью» → «по болезни»), not a verbal noun («в связи с
  // принятием Кодекса»: «по принятию» is not Russian).
  {
    match: 'в связи с|со',
    replace: ['из-за'],
    followedBy: '^\\s+(?:[а-яё]+(?:ым|им|ой|ей)\\s+){0,2}[а-яё]+(?:[аеяи]ни|ти)(?:ем|ями)(?![а-яё])',
    carries: { from: 'instrumental', to: ['genitive'] },
  },
  {
    match: 'в связи с|со',
    replace: ['из-за', 'по'],
    carries: { from: 'instrumental', to: ['genitive', 'dative'] },
  },
  ...becauseOfThat('в связи с тем'),
  { match: 'в связи с чем', replace: ['поэтому'] },
  { match: 'в связи с этим', replace: ['поэтому'] },
  { match: 'в связи с отсутствием', replace: ['потому что нет'] },
  { match: 'на основании', replace: ['по'], carries: { from: 'genitive', to: ['dative'] } },
  { match: 'на основании вышеизложенного', replace: ['поэтому'] },
  { match: 'учитывая вышеизложенное', replace: ['поэтому'] },
  { match: 'исходя из вышеизложенного', replace: ['поэтому'] },
  { match: 'с учетом вышеизложенного', replace: ['поэтому'] },
  // «Учитывая» is a gerund: it wants its clause's doer and commas, and official clauses are mostly passive
  // («С учётом мнения жителей проект был доработан»); «указана с учётом налога» is "VAT included". No paste.
  { match: 'с учетом', replace: [] },
  { match: 'в связи с вышеизложенным', replace: ['поэтому'] },
  { match: 'в настоящее время', replace: ['сейчас'] },
  { match: 'каким образом', replace: ['как'] },
  { match: 'вне зависимости от', replace: ['независимо от'] },
  // «С помощью» where what is used is a tool («с использованием электронной цифровой подписи», «портала»);
  // «с использованием молока» or «бюджетных средств» is no help, and the phrase is neutral there.
  {
    match: 'с использованием',
    replace: ['с помощью'],
    followedBy:
      '^\\s+(?:[а-яё]+(?:ой|ей|ого|его|ых|их)\\s+){0,2}(?:подпис|эцп|портал|платформ|систем|сервис|приложени|программ|сайт|интернет|устройств|компьютер|смартфон|телефон|ключ|технологи|оборудовани|мобильн)',
  },
  // «Иной» before a noun is «другой» («иное лицо», «иные организации»); not «тот или иной», «не что иное,
  // как», «иной раз» ("sometimes"), nor a pronoun («иные считают»: "some").
  // Each form of «иной» has one of «другой» («иной» is also the feminine's oblique forms, as «другой» is).
  ...['ой', 'ая', 'ое', 'ого', 'ому', 'ым', 'ом', 'ую', 'ые', 'ых', 'ыми'].map(
    (ending): PhraseEntry => ({
      match: `ин${ending}`,
      replace: [`друг${ending.replace(/^ы/u, 'и')}`],
      notAfter: '^(?:или|что|тот|та|то|те|того|той|тех|тем|теми|том|ту|нечто|ничто|ничем|чем)$',
      // Before a noun or an adjective, not a verb («Иные считают»: "some think").
      followedBy:
        '^\\s+(?!(?:раз|раза|как|чем)(?![а-яё]))(?![а-яё]+(?:ют|ят|ут|ет|ит|ат|ли|ла|ло|ть|ся|сь)(?![а-яё]))[а-яё]{3,}(?![а-яё-])',
    }),
  ),
  // «Благодарить» takes whom it thanks in the accusative: «Выражаем Вам благодарность» → «Благодарим вас».
  { match: 'выражаем вам благодарность|признательность', replace: ['благодарим вас'] },
  { match: 'выражаю вам благодарность|признательность', replace: ['благодарю вас'] },
  // «Обеспечить контроль за соблюдением» is «следить за соблюдением»: the object keeps its «за» and case.
  { match: 'обеспечить|обеспечивать контроль за', replace: ['следить за'] },
  { match: 'обеспечьте|обеспечивайте контроль за', replace: ['следите за'] },
  { match: 'обеспечивает контроль за', replace: ['следит за'] },
  { match: 'обеспечивают контроль за', replace: ['следят за'] },
  { match: 'обеспеч* контрол* за|над', replace: [] },
  { match: 'в настоящий момент', replace: ['сейчас'] },
  { match: 'в данный момент', replace: ['сейчас'] },
  { match: 'на данный момент', replace: ['сейчас'] },
  { match: 'на текущий момент', replace: ['сейчас'] },
  // «момент времени» is one noun phrase: «сейчас» takes it whole («Сейчас времени мест нет» was offered).
  { match: 'в|на настоящий|данный|текущий момент времени', replace: ['сейчас'] },
  { match: 'на настоящее время', replace: ['сейчас'] },
  { match: 'в данное время', replace: ['сейчас'] },
  { match: 'на сегодняшний день', replace: ['сейчас', 'сегодня'] },
  { match: 'в данном случае', replace: ['здесь', 'в этом случае'] },
  { match: 'в данной связи', replace: ['поэтому'] },
  { match: 'в этой связи', replace: ['поэтому'] },
  { match: 'в текущем году', replace: ['в этом году'] },
  { match: 'в текущем месяце', replace: ['в этом месяце'] },
  { match: 'текущего года', replace: ['этого года'] },
  // «Через» counts time: «через месяц», «через 10 дней», but not «через срок» («по истечении срока действия»
  // ends a period: «после окончания срока действия»). After a number whose noun is the same in both cases
  // («10 дней», «15 лет»), nothing after it changes.
  {
    match: 'по истечении',
    replace: ['через', 'после'],
    followedBy: '^\\s+\\d*(?:1\\d|[05-9])(?!\\d)',
  },
  {
    match: 'по истечении|истечению',
    replace: ['через', 'после'],
    carries: { from: 'genitive', to: ['accusative', null] },
    followedBy:
      '^\\s+(?:\\d|(?:одн|дв|тр|четыр|пят|шест|сем|восьм|девят|десят)\\S*\\s|(?:месяц|недел|год|лет|дн|час|минут|полугод|квартал|сут))',
  },
  {
    match: 'по истечении|истечению',
    replace: ['после окончания', 'после'],
    carries: { from: 'genitive', to: [null, null] },
  },
  // «В течение» and a period («в течение десяти календарных дней», «трёх месяцев со дня получения») is the
  // neutral way to set a time limit: «за» changes the meaning ("ahead", "within"), so it is not flagged. Before
  // the noun of an event it is «во время» («в течение рассмотрения заявления»), the same case after it.
  {
    match: 'в течение|течении',
    replace: ['во время'],
    followedBy: '^\\s+(?:[а-яё]+(?:ого|его|ой|ей)\\s+)?[а-яё]+(?:ния|ции|тия)(?![а-яё])',
  },
  // «Срок составляет 5 дней», «…один год» is «Срок — 5 дней», «— один год»: a number in words whose
  // accusative is its nominative («одну неделю» is not, so «одна» is left out); «составляет список» (draws up)
  // is left alone.
  {
    match: 'составляет|составляют',
    replace: ['—'],
    // A relative clause whose subject is its pronoun keeps its verb: «, что составляет 57 %», «сумма, которая
    // составляет…» («скорость которого составляет» takes the dash).
    // Nor after a conjunction joining it to another verb («определяется органом и составляет от…»): the dash
    // stands only after its subject, and «и — от…» has none.
    notAfter: '^(?:что|который|которая|которое|которые|и|а|но|или|либо|также|тоже)$',
    notListedAfter: PARENTHETICAL_BEFORE,
    followedBy: JOINED_PREDICATE_AFTER + AMOUNT_AFTER.slice(1),
  },
  // After a parenthetical word («но, вероятно, составляют не менее…») the dash has no subject before it, nor
  // before a second predicate.
  {
    match: 'составляет|составляют',
    replace: [],
    notAfter: '^(?:что|который|которая|которое|которые)$',
    followedBy: AMOUNT_AFTER,
  },
  {
    match: 'посредством',
    replace: ['через', 'с помощью'],
    carries: { from: 'genitive', to: ['accusative', null] },
  },
  // Sending an indeclinable message («путём отправки SMS на номер») is sending by it: «по SMS»; «с помощью
  // отправки» keeps the hidden verb.
  {
    match: 'путем отправки|направления',
    replace: ['по'],
    followedBy: '^\\s+(?:sms|смс|SMS|СМС|e-mail|E-mail)(?![а-яёa-z])',
  },
  // The preposition («путём подачи заявления»), not the noun «путь» after its adjective («половым путём»).
  {
    match: 'путем',
    replace: ['через', 'с помощью'],
    notAfter: '(?:ым|им)$',
    carries: { from: 'genitive', to: ['accusative', null] },
  },
  // A form's note in brackets after what it asks for: «справку (при наличии)» → «(если есть)».
  { match: 'при наличии', replace: ['если есть'], followedBy: '^\\s*\\)' },
  { match: 'при наличии', replace: ['если есть'], carries: { from: 'genitive', to: ['nominative'] } },
  // «Без» keeps the genitive and reads in any tense; «если нет» is present, and a clause that needs commas.
  // A note in brackets, or words right after a noun, say when the thing is needed, not what it lacks: «копия
  // свидетельства (при отсутствии сведений в системе)» is «(если нет сведений …)», never «(без сведений …)».
  // After a noun outside brackets «если нет» would need commas around its clause: nothing to paste.
  { match: 'при отсутствии', replace: ['если нет'], precededBy: '\\(\\s*$' },
  {
    match: 'при отсутствии',
    replace: [],
    precededBy: '(?:^|[^а-яё])[а-яё]{3,}(?:а|я|ы|и|ов|ев|ей|ие|ия|ии|ью|ом|ем|ам|ям|ах|ях|ами|ями)\\s+$',
  },
  { match: 'при отсутствии', replace: ['без', 'если нет'] },
  { match: 'в отсутствие', replace: ['без'] },
  { match: 'в наличии', replace: ['есть'] },
  // «Записаться возможно через портал», «возможно получить справку» mean «можно»; «Возможно, он прав» (perhaps),
  // set off by commas, and «возможно» before a noun are left alone. «Не возможно» is a misspelling, not this.
  {
    match: 'возможно',
    replace: ['можно'],
    notAfter: '^(?:не|вполне|если|как|это|также)$',
    followedBy: INFINITIVE_AFTER,
  },
  {
    match: 'возможно',
    replace: ['можно'],
    notAfter: '^(?:не|вполне|если|как|это|также)$',
    precededBy: `(?:^|[^а-яё])[а-яё]+(?:ть|ти|чь)(?:ся|сь)?(?:\\s+[^\\s.,;:!?()«»"]+){0,4}\\s+$`,
    followedBy: '^\\s+(?!,)[^.!?]',
  },
  ...concerning(),

  // «Осуществлять уход за ребёнком» is «ухаживать за ребёнком»: «проводить уход» is no Russian, and the
  // participle's form is not built here.
  { match: 'осуществля* уход*', replace: [] },
  // «Обращаться по вопросам выплаты», «По вопросам оплаты обращаться в ЦОН», «звоните»: the contact line's
  // own idiom, which neither «о выплате» nor «по выплате» says and an editor leaves alone (the verb is its own
  // finding).
  // «О» wants a word of speech, thought or knowledge before it («консультирует по вопросам оплаты» → «об
  // оплате»); after any other («помощь не оказывается по вопросам составления») «по составлению» is Russian,
  // «о составлении» not.
  ...(
    [
      [['о', 'по'], { precededBy: SPEECH_BEFORE }],
      [['о', 'по'], { followedBy: `^\\s+${STANCE}` }],
      [['по', 'о'], {}],
    ] as const
  ).map(
    ([replace, where]): PhraseEntry => ({
      match: 'по вопросу|вопросам',
      replace: [...replace],
      notAfter: `^${TURN_TO}$`,
      followedBy: `^(?![^.;:!?]*?\\s${TURN_TO}(?![а-яё]))`,
      carries: {
        from: 'genitive',
        to: replace[0] === 'о' ? ['prepositional', 'dative'] : ['dative', 'prepositional'],
      },
      ...where,
    }),
  ),
  // «В адрес акимата» → «в акимат»; a person («в адрес заявителя») is no place to go «в». Criticism or praise
  // «в адрес» someone is aimed at them: no «в» («обвинения в адрес Китая»), nor «для».
  {
    match: 'в адрес',
    replace: ['в'],
    carries: { from: 'genitive', to: ['accusative'] },
    notAfter:
      '^(?:критик|обвинени|претензи|угроз|комплимент|высказывани|оскорблени|упр[её]к|похвал|замечани|слова|заявлени|нападк|резк|санкци)',
  },
  // «во время» keeps the genitive, «при» takes the prepositional: «в ходе визита» → «во время визита», «при
  // визите» (an unread noun leaves «во время» alone).
  { match: 'в ходе', replace: ['во время'], followedBy: EVENT_AFTER },
  {
    match: 'в ходе',
    replace: ['во время', 'при'],
    carries: { from: 'genitive', to: [null, 'prepositional'] },
  },
  // «В период половодья» is «во время половодья»: a season or a spell of nature, a holiday or an epidemic, in
  // the genitive as before; a span of dates («в период с 1 апреля») or any other noun is left alone.
  { match: 'в период', replace: ['во время'], followedBy: SPELL_AFTER },
  {
    match: 'в процессе',
    replace: ['во время', 'при'],
    carries: { from: 'genitive', to: [null, 'prepositional'] },
  },
  { match: 'по причине', replace: ['из-за'] },
  ...becauseOfThat('по причине того'),
  { match: 'ввиду', replace: ['из-за'] },
  ...becauseOfThat('ввиду того'),
  { match: 'вследствие', replace: ['из-за'] },
  ...becauseOfThat('вследствие того'),
  { match: 'в результате чего', replace: ['поэтому'] },
  // «если нужно» is the whole clause: a genitive after the phrase («при необходимости получения справки») is
  // left without a word to govern it.
  { match: 'при необходимости', replace: [], followedBy: genitiveAfter(true) },
  // A relative clause after the phrase is about its noun («по мере необходимости, которая определялась…»):
  // «когда нужно» would leave it none.
  ...['при необходимости', 'по мере необходимости'].map(
    (match): PhraseEntry => ({ match, replace: [], followedBy: '^\\s*,\\s*котор' }),
  ),
  { match: 'при необходимости', replace: ['если нужно'], wholeClause: true },
  { match: 'по мере необходимости', replace: ['когда нужно'], wholeClause: true },
  { match: 'повышени* качеств*', replace: [], followedBy: `^${JOINED_GENITIVE}` },
  { match: 'повышени* качеств*', replace: ['улучшение', 'улучшить'], agree: 'first-noun', singular: true },
  // «при условии, что» keeps «что» after the comma, and «при условии оплаты» wants a clause («если оплатите»):
  // «если» pasted reads wrong either way, so the phrase is flagged alone; «при условии что» is «если».
  { match: 'при условии что', replace: ['если'] },
  { match: 'при условии', replace: [] },
  // Right after a past participle («номер, указанный при подаче заявления») the phrase tells of what was done
  // then: the reader's present («указанный, когда подаёте заявление») misdates it; a past clause keeps the time.
  ...(
    [
      ['при подаче', 'когда подавали'],
      ['при получении', 'когда получали'],
    ] as const
  ).map(
    ([match, plain]): PhraseEntry => ({
      match,
      replace: [plain],
      after: PAST_PASSIVE_PARTICIPLE,
      carries: { from: 'genitive', to: ['accusative'] },
    }),
  ),
  ...['при невозможности', 'при обращении', 'при предъявлении', 'по прибытии'].map(
    (match): PhraseEntry => ({ match, replace: [], after: PAST_PASSIVE_PARTICIPLE }),
  ),
  // The plain clauses below speak to the reader («когда получаете»): after a past tense in the clause
  // («Грамоту давали при получении звания») the text tells of others, and «вы» would change who acts.
  ...[
    'при невозможности',
    'при обращении',
    'при предъявлении',
    'при подаче',
    'при получении',
    'по прибытии',
  ].map((match): PhraseEntry => ({ match, replace: [], inClause: PAST_TENSE })),
  // Nor where the main clause's verb is in the 3rd person («При подаче заявления заявитель оплачивает
  // пошлину»): its subject acts, and «когда подаёте» would make the reader another actor beside it.
  ...['при обращении', 'при подаче', 'при получении', 'по прибытии'].map(
    (match): PhraseEntry => ({ match, replace: [], followedBy: THIRD_PERSON_VERB_AFTER }),
  ),
  // A sentence that names the person who applies in the third person and never speaks to the reader
  // («Вычеты предоставляются по выбору налогоплательщика … при подаче декларации») is about that person:
  // «когда подаёте» would bring in a «вы» the sentence does not have. Where it does speak to the reader
  // («При подаче заявления укажите ИИН заявителя»), the reader's clause stays.
  {
    match: 'при подаче',
    replace: ['когда подаёте'],
    inSentence: READER_ADDRESSED,
    carries: { from: 'genitive', to: ['accusative'] },
  },
  {
    match: 'при получении',
    replace: ['когда получаете'],
    inSentence: READER_ADDRESSED,
    carries: { from: 'genitive', to: ['accusative'] },
  },
  ...['при подаче', 'при получении', 'по прибытии'].map(
    (match): PhraseEntry => ({ match, replace: [], inSentence: THIRD_PARTY_NAMED }),
  ),
  // «После» alone drops the action («После справки обратитесь» for «По получении справки»): «после получения».
  { match: 'по получении', replace: ['после получения'], inClause: PAST_TENSE },
  { match: 'при невозможности', replace: ['если не можете'] },
  { match: 'при возникновении', replace: ['если появятся'] },
  // «При обращении в ЦОН» → «Когда обратитесь в ЦОН»; an agent or a genitive after it («при обращении
  // заявителем», «при обращении граждан») names who applies, and «когда обратитесь» would leave it stranded.
  {
    match: 'при обращении',
    replace: ['когда обратитесь'],
    followedBy: '^(?:\\s+(?:в|во|к|ко|за|через|по)(?![а-яё])|\\s*[,.;:!?)]|\\s*$)',
  },
  { match: 'при обращении', replace: [] },
  // «При предъявлении паспорта» → «с паспортом», «если покажете паспорт».
  {
    match: 'при предъявлении',
    replace: ['с', 'если покажете'],
    carries: { from: 'genitive', to: ['instrumental', 'accusative'] },
  },
  // The verbal noun's object goes into the verb's accusative: «При подаче заявления» → «Когда подаёте заявление».
  { match: 'при подаче', replace: ['когда подаёте'], carries: { from: 'genitive', to: ['accusative'] } },
  { match: 'при получении', replace: ['когда получаете'], carries: { from: 'genitive', to: ['accusative'] } },
  { match: 'по получении', replace: ['после получения', 'когда получите'] },
  // «По достижении ребёнком 18 лет» is «когда ребёнку исполнится 18 лет», «по достижении пенсионного возраста»
  // «когда выйдете на пенсию»: the clause must be rebuilt, and «после» moves a legal boundary. Nothing to paste.
  { match: 'по достижении', replace: [] },
  // «До достижения возраста 18 лет» is «до 18 лет»; before anything but the age in digits
  // («до достижения возраста, установленного…») nothing to paste.
  { match: 'до достижения возраста', replace: ['до'], followedBy: '^\\s+\\d' },
  { match: 'до достижения возраста', replace: [] },
  { match: 'по завершении|окончании', replace: ['после'] },
  { match: 'по прибытии', replace: ['когда приедете'] },
  // Before a clause of its own («С момента, когда поступило заявление») «с» has nothing to govern.
  { match: 'с момента', replace: [], followedBy: '^\\s*(?:[,.;:!?)]|$)' },
  // «с момента сдачи» → «со сдачи»: the preposition takes its vowel before the words that ask for it.
  {
    match: 'с момента',
    replace: ['со', 'после'],
    followedBy: '^\\s+(?:[сзшжСЗШЖ][бвгджзклмнпрстфхцчшщ]|[мМ]н|[вВ]с)',
  },
  { match: 'с момента', replace: ['с', 'после'] },
  // «Избежать» keeps the genitive: «во избежание повторных нападений» → «чтобы избежать повторных нападений».
  { match: 'во избежание', replace: ['чтобы избежать'] },
  {
    match: 'во исполнение',
    replace: ['чтобы выполнить', 'по'],
    carries: { from: 'genitive', to: ['accusative', 'dative'] },
  },
  { match: 'с тем чтобы', replace: ['чтобы'] },
  { match: 'для того чтобы', replace: ['чтобы'] },
  // «Для осуществления перевода» → «для перевода»: «чтобы» alone would leave the genitive («чтобы перевода»).
  { match: 'для осуществления', replace: ['для'] },
  // The infinitive takes the object in the accusative: «для получения паспорта» → «чтобы получить паспорт».
  ...(
    [
      ['для получения', 'чтобы получить'],
      ['для оформления', 'чтобы оформить'],
      ['для подтверждения', 'чтобы подтвердить'],
      ['для прохождения', 'чтобы пройти'],
      ['за получением', 'чтобы получить'],
      ['в целях получения', 'чтобы получить'],
      ['с целью получения', 'чтобы получить'],
      ['в целях оформления', 'чтобы оформить'],
      ['с целью оформления', 'чтобы оформить'],
    ] as const
  ).map(
    ([match, plain]): PhraseEntry => ({
      match,
      replace: [plain],
      carries: { from: 'genitive', to: ['accusative'] },
      notAfter: NOUN_A_PURPOSE_QUALIFIES,
    }),
  ),
  { match: 'в обязательном порядке', replace: ['обязательно'] },
  // «Разъясняем, что …»: «Поясняем» would keep the letter's officialese; the plain wording drops the phrase,
  // which a paste cannot do with its «что»: nothing to paste.
  { match: 'разъясняем', replace: [], followedBy: '^\\s*,\\s*что(?![а-яё])' },
  // «За дополнительной информацией обращаться в ЦОН», an instruction in the infinitive: «Если есть вопросы,
  // обращайтесь» rewrites the sentence, which a paste cannot do safely: nothing to paste.
  { match: 'за дополнительной информацией обращаться', replace: [] },
  { match: 'за дополнительной информацией обращайтесь', replace: [] },
  // After a verb of arranging («располагаемых в установленном порядке») the order is a sequence, not a procedure.
  {
    match: 'в установленном порядке',
    replace: [],
    after:
      '^(?:распол[оа]|расстав|размещ|выстр[ао]|упорядоч|перечисл|следу|чередую|нумеру|идут|стоя|стои|записа|записыва)',
  },
  { match: 'в установленном порядке', replace: ['по правилам'] },
  { match: 'в установленном законодательством порядке', replace: ['по закону'] },
  { match: 'в установленном законом порядке', replace: ['по закону'] },
  { match: 'в порядке установленном законодательством|законом', replace: ['по закону'] },
  // Written with its comma («в порядке, установленном законодательством», «…, установленном
  // Правительством»), which a phrase does not cross: the words before it are flagged, with nothing to paste, as
  // «по закону» would leave the participle behind.
  {
    match: 'в порядке',
    replace: [],
    followedBy:
      '^\\s*,\\s*(?:установленном|предусмотренном|определенном|определённом|утвержденном|утверждённом)\\s+[а-яёА-ЯЁ]',
  },
  {
    match: 'в срок|сроки',
    replace: [],
    followedBy:
      '^\\s*,\\s*(?:установленный|установленные|предусмотренный|предусмотренные)\\s+(?:законодательством|законом)(?![а-яё])',
  },
  { match: 'в письменном виде', replace: ['письменно'] },
  // «Оплата за» mixes «оплатить что» with «платить за»: the charge is «плата за» («Оплата за услугу» →
  // «Плата за услугу»).
  ...(
    [
      ['оплата', 'плата'],
      ['оплаты', 'платы'],
      ['оплате', 'плате'],
      ['оплату', 'плату'],
      ['оплатой', 'платой'],
    ] as const
  ).map(
    ([form, plain]): PhraseEntry => ({
      match: `${form} за`,
      replace: [`${plain} за`],
      // Not a period paid for («оплату за май», «за месяц»), which is «оплата»'s own.
      followedBy:
        '^\\s+(?!(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|месяц|год|период|квартал|недел|сутки|день|дни|последн|прошл|текущ|\\d))',
    }),
  ),
  { match: 'в установленный срок', replace: ['вовремя', 'в срок'] },
  { match: 'в установленные сроки', replace: ['вовремя', 'в срок'] },
  // A term the law sets is a deadline: «в срок» keeps it, «вовремя» would make it a mere habit of punctuality.
  { match: 'в установленные законодательством|законом сроки', replace: ['в срок', 'вовремя'] },
  { match: 'в установленный законодательством|законом срок', replace: ['в срок', 'вовремя'] },
  { match: 'в сроки установленные законодательством|законом', replace: ['в срок'] },
  // «По всем интересующим вопросам обращайтесь…» → «С вопросами обращайтесь…»; «по существу поставленных
  // вопросов сообщаем» opens a reply that should just answer.
  { match: 'по всем интересующим вопросам', replace: ['с вопросами'] },
  { match: 'по интересующим вас вопросам', replace: ['с вопросами'] },
  { match: 'по всем интересующим вас вопросам', replace: ['с вопросами'] },
  { match: 'по существу поставленн*|затронут*', replace: [] },
  { match: 'по результатам рассмотрения', replace: [] },
  // «По результатам проведения регистрационных действий» is «после регистрации», which needs the verbal noun
  // rebuilt: nothing to paste.
  { match: 'по результатам проведения', replace: [] },
  // A letter addressed «на имя начальника» is «начальнику»: the official's title goes into the dative, which
  // the paste cannot do for the words after it. An account or a power of attorney «на имя» stays.
  {
    match: 'на имя',
    replace: [],
    followedBy:
      '^\\s+(?:начальник|руководител|директор|глав[ыеу]|председател|министр|акима|ректор|заведующ|прокурор)[а-яё]*(?![а-яё])',
  },
  { match: 'по итогам рассмотрения', replace: [] },
  { match: 'в штатном режиме', replace: ['как обычно'] },
  { match: 'по существу обращени*|вопрос*', replace: [] },
  { match: 'по существу ваш* обращени*|вопрос*', replace: [] },
  { match: 'в кратчайшие сроки', replace: ['быстро', 'как можно скорее'] },
  { match: 'в кратчайший срок', replace: ['быстро', 'как можно скорее'] },
  { match: 'в срок до', replace: ['до'] },
  // «В срок не более трех дней» is how long a process takes («не дольше трех дней») or a deadline for the
  // reader («подать в срок не более 30 дней со дня…», «в течение 30 дней»): no one word fits both.
  { match: 'в срок не более', replace: [] },
  // «Не позднее пятницы» takes in Friday, «до пятницы» may not: flagged, with no word that keeps the deadline.
  { match: 'не позднее', replace: [] },
  { match: 'не позднее чем', replace: ['минимум'] },
  // «Не ранее XVII века» takes in that century, «после» leaves it out; «с» keeps it.
  { match: 'не ранее', replace: ['с'] },
  // «Вправе» has no person; «мочь» takes the subject's, where the word right before names it.
  ...(
    [
      ['вы', 'можете'],
      ['мы', 'можем'],
      [
        'он|она|оно|каждый|никто|заявитель|гражданин|гражданка|получатель|услугополучатель|потребитель|' +
          'работник|работодатель|собственник|арендатор|арендодатель|налогоплательщик|плательщик|пользователь|' +
          'пациент|родитель|клиент|покупатель|продавец|заказчик|подрядчик|исполнитель|должник|взыскатель|суд|банк|акимат|орган|комиссия|' +
          'лицензиат|лицензиар|поставщик|наниматель|наймодатель|владелец|перевозчик|участник|кредитор|заемщик|' +
          'заёмщик|страхователь|страховщик|абонент|студент|истец|ответчик|опекун',
        'может',
      ],
      [
        'они|все|заявители|граждане|получатели|услугополучатели|потребители|работники|работодатели|' +
          'собственники|налогоплательщики|плательщики|пользователи|пациенты|родители|клиенты|покупатели|стороны|' +
          'лицензиаты|поставщики|наниматели|владельцы|перевозчики|участники|кредиторы|абоненты|студенты|опекуны',
        'могут',
      ],
    ] as const
  ).flatMap(([subject, may]): PhraseEntry[] =>
    ['вправе', 'не вправе'].flatMap((match): PhraseEntry[] => [
      {
        match,
        replace: [match === 'вправе' ? may : `не ${may}`],
        after: `^(?:${subject})$`,
        // A noun after a preposition is no subject («В суд вправе обратиться граждане»).
        precededBy: `^(?![\\s\\S]*(?:^|\\s)(?:${PREPOSITIONS_BEFORE_NOUN})\\s+[а-яё]+\\s+$)`,
      },
      // The subject before a clause set off by commas («Гражданин, достигший восемнадцати лет, вправе»).
      {
        match,
        replace: [match === 'вправе' ? may : `не ${may}`],
        precededBy: `(?:^|\\s)(?:${subject})\\s*,[^,.;:!?()«»]*,\\s*$`,
      },
    ]),
  ),
  { match: 'вправе', replace: [] },
  { match: 'не вправе', replace: [] },
  // Before a time of its own («Ранее в этом году», «ранее на этой неделе») «раньше» reads as "in the old days":
  // nothing to paste. Before a participle it names («ранее выданные справки») «раньше» reads badly: left alone.
  {
    match: 'ранее',
    replace: [],
    followedBy:
      '^\\s+(?:(?:в|во|на)\\s+(?:этом|этой|этот|эту|том|той|прошлом|прошлой|прошлую|начале|конце)|сегодня|вчера|утром|днём|днем|вечером)(?![а-яё])',
  },
  {
    match: 'ранее',
    replace: ['раньше'],
    notBefore:
      '^[а-яё]+(?:нн|[её]нн|т|вш|ущ|ющ|ащ|ящ|ем|им|ом)(?:ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ой|ей|ую|юю|ых|их|ыми|ими)$',
  },
  // Not the legal «в дальнейшем именуемый» (hereinafter called), a definition the abbreviation rule reads, nor
  // the adjective before a noun in the prepositional («отказывает в дальнейшем рассмотрении», «в дальнейшем
  // сотрудничестве»), which is plain.
  {
    match: 'в дальнейшем',
    replace: ['потом', 'в будущем'],
    notBefore: `^именуем|${PREPOSITIONAL_NOUN}`,
  },
  { match: 'впоследствии', replace: ['потом', 'позже'] },
  { match: 'не ранее чем', replace: ['не раньше чем'] },
  { match: 'в первоочередном порядке', replace: ['в первую очередь', 'сначала'] },
  { match: 'в приоритетном порядке', replace: ['в первую очередь', 'сначала'] },
  { match: 'применительно к', replace: ['для'], carries: { from: 'dative', to: ['genitive'] } },
  // «Прибыть» is the official «прийти», «приехать» («прибыли» is also the noun «прибыль»: left out). A reader
  // asked to come to an office walks in («Прибудьте на приём» → «Приходите»); one reported arrived travelled
  // («Президент прибыл в Палу» → «приехал»), unless a train, a letter or a load arrived («пришёл»).
  { match: 'прибыть', replace: ['прийти', 'приехать'] },
  { match: 'прибудет', replace: ['придёт', 'приедет'] },
  { match: 'прибудут', replace: ['придут', 'приедут'] },
  { match: 'прибудете', replace: ['придёте', 'приедете'] },
  { match: 'прибудьте', replace: ['приходите', 'приезжайте'] },
  { match: 'прибыл', replace: ['пришёл', 'приехал'], inClause: ARRIVING_THINGS },
  { match: 'прибыла', replace: ['пришла', 'приехала'], inClause: ARRIVING_THINGS },
  { match: 'прибыл', replace: ['приехал', 'пришёл'] },
  { match: 'прибыла', replace: ['приехала', 'пришла'] },
  // «Изыскать» in its form («изыскал возможность помочь» → «нашёл способ помочь»), never the infinitive.
  ...verbPhrase(
    'изыскать/изыщет/изыщут/изыскал',
    'возможность|возможности',
    false,
    'найти/найдёт/найдут/нашёл',
  ).map((entry) => ({ ...entry, replace: entry.replace.map((form) => `${form} способ`) })),
  ...verb('изыскать/изыщет/изыщут/изыскал', false, 'найти/найдёт/найдут/нашёл'),
  ...verb('изыскивать/изыскивает/изыскивают/изыскивал', false, 'искать/ищет/ищут/искал'),
  // «Явиться» is the official «прийти»: «Просим явиться» → «Просим прийти», «Явитесь в отдел» → «Приходите»,
  // «если вы не явитесь» → «не придёте». Before an instrumental it is «стать»: «Нарушения явились причиной
  // отказа» → «стали причиной».
  ...(
    [
      ['явиться', 'стать', 'прийти'],
      ['явится', 'станет', 'придёт'],
      ['явятся', 'станут', 'придут'],
      ['явился', 'стал', 'пришёл'],
      ['явилась', 'стала', 'пришла'],
      ['явилось', 'стало', ''],
      ['явились', 'стали', 'пришли'],
    ] as const
  ).flatMap(([match, become, come]): PhraseEntry[] => [
    { match, replace: [become], followedBy: INSTRUMENTAL_AFTER },
    ...(come ? [{ match, replace: [come] }] : []),
  ]),
  { match: 'явитесь', replace: ['приходите'], notAfter: '^(?:не|вы)$' },
  { match: 'явитесь', replace: ['придёте'] },
  { match: 'в безусловном порядке', replace: ['обязательно'] },
  { match: 'в срочном порядке', replace: ['срочно'] },
  { match: 'в добровольном порядке', replace: ['добровольно'] },
  { match: 'в судебном порядке', replace: ['через суд'] },
  // A complaint «в досудебном порядке» goes to the agency before any court; «до суда» would read "before the
  // trial": nothing to paste. «(внесудебном)» written after it is flagged with it.
  { match: 'в досудебном порядке', replace: [] },
  { match: 'в досудебном', replace: [], followedBy: '^\\s*\\(\\s*внесудебном\\s*\\)\\s+порядке' },
  { match: 'во внесудебном порядке', replace: ['без суда'] },
  // «Аналогичные услуги» → «такие же»; the adverb «аналогично» is plain enough.
  { match: 'аналогичн*', replace: ['такой же'], agree: true, except: ['аналогично'] },
  { match: 'с использованием сети интернет', replace: ['через интернет'] },
  { match: 'ряд проблемных вопросов', replace: ['несколько проблем'] },
  { match: 'ряд* проблемн* вопрос*', replace: [] },
  // The reporting period is the report's year or quarter, which the writer knows and we do not.
  { match: 'в отчетном|отчётном периоде|году', replace: [] },
  { match: 'излишне выплаченн*', replace: ['переплаченный'], agree: true },
  { match: 'излишне уплаченн*', replace: ['переплаченный'], agree: true },
  // A bus stop in the transport rules' words, each form the stop's in its case and number. After a word that
  // agrees with it («ближайший», «этот») the feminine would not: nothing to paste there.
  ...(
    [
      ['остановочный пункт', 'остановка'],
      ['остановочного пункта', 'остановки'],
      ['остановочному пункту', 'остановке'],
      ['остановочным пунктом', 'остановкой'],
      ['остановочном пункте', 'остановке'],
      ['остановочные пункты', 'остановки'],
      ['остановочных пунктов', 'остановок'],
      ['остановочным пунктам', 'остановкам'],
      ['остановочными пунктами', 'остановками'],
      ['остановочных пунктах', 'остановках'],
    ] as const
  ).flatMap(([match, plain]): PhraseEntry[] => [
    {
      match,
      replace: [],
      precededBy:
        '(?:[а-яё](?:[ыиоея]й|[ое]го|[ое]му|[ыи]м|[ое]м|[ыи]е|[ыи]х|[ыи]ми|[ая]я|ую|юю)|' +
        '(?:^|[^а-яё])(?:т[оа]|эт[иоа]|ваш|наш|весь|вс[ея]))\\s+$',
    },
    // The masculine nominative as a subject would leave its predicate in the masculine («Остановка
    // перенесён»): nothing to paste.
    { match, replace: match === 'остановочный пункт' ? [] : [plain] },
  ]),
  { match: 'в индивидуальном порядке', replace: ['отдельно', 'лично'] },
  { match: 'в порядке очереди', replace: ['по очереди'] },
  { match: 'в порядке исключения', replace: ['как исключение'] },
  { match: 'в письменной форме|виде', replace: ['письменно'] },
  { match: 'в устной форме', replace: ['устно'] },
  { match: 'в бумажном виде', replace: ['на бумаге'] },
  { match: 'на бумажном носителе', replace: ['на бумаге'] },
  { match: 'в электронном виде', replace: ['онлайн', 'электронно'] },
  { match: 'в режиме онлайн', replace: ['онлайн'] },
  // A procurement method's legal name («открытый конкурс в электронной форме», «аукцион в электронной форме»,
  // 44-ФЗ), which a tender notice must keep: not reported.
  // After a verb, or its object right after it, it says how something is done («направляется в электронной
  // форме», «Подайте заявление в электронной форме» → «онлайн»); after the noun a clause opens with it names a
  // kind of that thing («свидетельство в электронной форме»: «свидетельство онлайн» says another
  // thing), and a plain adjective would need the noun's form: nothing to paste.
  ...[
    {
      replace: ['онлайн', 'электронно'],
      precededBy: `(?:^|[,;:—–(]\\s*|(?:^|[^а-яё])${VERB_FORM}(?:\\s+[а-яё]+){0,2}\\s+)$`,
    },
    { replace: [] },
  ].map(
    (how): PhraseEntry => ({
      match: 'в электронной форме',
      notAfter: '^(?:конкурс|аукцион|котировок|предложений|закупк)',
      ...how,
    }),
  ),
  { match: 'в оперативном порядке', replace: ['быстро', 'срочно'] },
  { match: 'в автоматическом порядке', replace: ['автоматически'] },
  { match: 'во внеочередном порядке', replace: ['вне очереди'] },
  // A time of day by its adjective and «время» is the adverb («в ночное время суток» too).
  ...(
    [
      ['ночное', 'ночью'],
      ['дневное', 'днём'],
      ['вечернее', 'вечером'],
    ] as const
  ).flatMap(([time, plain]): PhraseEntry[] => [
    { match: `в ${time} время`, replace: [plain] },
    { match: `в ${time} время суток`, replace: [plain] },
  ]),
  // The law's «а равно» joins a second case to the first: «а также».
  { match: 'а равно', replace: ['а также'] },
  // «Взрослое население» is «взрослые», in an oblique case only (a nominative's predicate agrees with the
  // neuter «население») and with no modifier before it («всего взрослого населения»).
  ...(
    [
      ['взрослого населения', 'взрослых'],
      ['взрослому населению', 'взрослым'],
      ['взрослым населением', 'взрослыми'],
      ['взрослом населении', 'взрослых'],
    ] as const
  ).map(
    ([match, plain]): PhraseEntry => ({
      match,
      replace: [plain],
      notAfter: '^[а-яё]+(?:ого|его|ому|ему|ым|им|ом|ем|ой|ей)$',
    }),
  ),
  { match: 'взросл* населени*', replace: [] },
  // Expenses «фактически произведённые» are «фактические»: the participle says only that they were made.
  ...(
    [
      ['произведенные|произведённые расходы', 'фактические расходы'],
      ['произведенных|произведённых расходов', 'фактических расходов'],
      ['произведенным|произведённым расходам', 'фактическим расходам'],
      ['произведенными|произведёнными расходами', 'фактическими расходами'],
      ['произведенных|произведённых расходах', 'фактических расходах'],
    ] as const
  ).map(([words, plain]): PhraseEntry => ({ match: `фактически ${words}`, replace: [plain] })),
  // «до особого распоряжения» says "until we say otherwise": the clause to write depends on who decides.
  { match: 'до особого распоряжения', replace: [] },
  // «представляет угрозу безопасности» is «угрожает безопасности» (both take the dative); before «для» («угрозу
  // для жизни») «угрожает» would want the dative without it: nothing to paste.
  ...(
    [
      ['представляет', 'угрожает'],
      ['представляют', 'угрожают'],
      ['представлял', 'угрожал'],
      ['представляла', 'угрожала'],
      ['представляло', 'угрожало'],
      ['представляли', 'угрожали'],
      ['представлять', 'угрожать'],
    ] as const
  ).flatMap(([verb, plain]): PhraseEntry[] => [
    { match: `${verb} угрозу`, replace: [], followedBy: '^\\s+для(?![а-яё])' },
    { match: `${verb} угрозу`, replace: [plain] },
  ]),
  { match: 'в плановом порядке', replace: ['по плану'] },
  // An infinitive as an order opening an instruction, or after its «по вопросам …»: «Обращаться в ЦОН» →
  // «Обращайтесь». Not the subject of a predicate after it («Обращаться в ЦОН нужно заранее»), nor an
  // infinitive governed by a word before it («По вопросам … необходимо обращаться» takes no imperative).
  {
    match: 'обращаться',
    replace: ['обращайтесь'],
    precededBy:
      '^(?:\\s*|\\s*по\\s+вопрос[а-яё]*\\s(?![^,.;:!?]*(?<![а-яё])(?:нужно|надо|следует|необходимо|можно|вправе|стоит|нельзя|лучше|рекомендуется|рекомендуем|просим|прошу|должн[а-яё]*|обязан[а-яё]*|мож[а-яё]+)\\s)[^,.;:!?]*\\s)$',
    followedBy:
      '^(?![^.!?;]*\\s(?:нужно|надо|следует|необходимо|можно|стоит|нельзя|лучше|рекомендуется)(?![а-яё]))\\s+(?:в|во|к|ко|по|за|через)\\s',
  },
  // The same order put as a duty, at a sentence's start or after its «по вопросам …»: «По вопросам следует
  // обращаться в ЦОН» → «обращайтесь». After an addressee («Заявителю следует обращаться») the imperative
  // would leave it hanging: not reported.
  {
    match: 'следует обращаться',
    replace: ['обращайтесь'],
    precededBy: '^(?:\\s*|\\s*по\\s+вопрос[а-яё]*(?:\\s[^,.;:!?]*)?\\s)$',
  },
  // «Порядка 520 тенге» is «около»; only before a number, since «порядка» elsewhere is the noun («порядка
  // выдачи», «порядка 2020 года»).
  { match: 'порядка', replace: ['около'], followedBy: '^\\s+\\d[\\d\\s.,]*(?![\\d\\s.,]|год|г\\.)' },
  // «Обусловлено необходимостью ремонта» is «нужен ремонт», «лицам, относящимся к категории малообеспеченных» is
  // «малообеспеченным»: the clause is rebuilt, so nothing to paste.
  { match: 'обусловлен* необходимостью', replace: [] },
  { match: 'относящ* к категории', replace: [] },
  // A mobile number: «абонентский номер сотовой связи» → «номер мобильного телефона», in the nominative and
  // accusative; in other cases its noun must change too, so nothing to paste.
  { match: 'абонентский номер сотовой связи', replace: ['номер мобильного телефона'] },
  { match: 'абонентск* номер* сотовой связи', replace: [] },
  // Alone, «абонентский номер» is the phone number, in each case of its noun.
  { match: 'абонентский номер', replace: ['номер телефона'] },
  { match: 'абонентского номера', replace: ['номера телефона'] },
  { match: 'абонентскому номеру', replace: ['номеру телефона'] },
  { match: 'абонентским номером', replace: ['номером телефона'] },
  { match: 'абонентском номере', replace: ['номере телефона'] },
  { match: 'абонентские номера', replace: ['номера телефонов'] },
  { match: 'абонентск* номер*', replace: [] },
  // «Произвести запас воды» is «запастись водой», its object in the instrumental.
  {
    match: 'произвести запас',
    replace: ['запастись'],
    carries: { from: 'genitive', to: ['instrumental'] },
  },
  // «Заявление установленного образца» is one on the set form: «по форме».
  // After a paper an agency issues («выдаётся сертификат установленного образца») it means the official,
  // state-set kind, which «по форме» loses: flagged with nothing to paste.
  {
    match: 'установленного образца',
    replace: [],
    after: '^(?:сертификат|свидетельств|удостоверени|диплом|аттестат|документ)[а-яё]*$',
  },
  { match: 'установленного образца', replace: ['по форме'] },
  // «Ввод в эксплуатацию» (commissioning) is the opening of a building or the start of a machine: which, the
  // text says, so nothing to paste.
  { match: 'ввод* в эксплуатаци*', replace: [] },
  // With what comes after it («по мере поступления средств»), «по очереди средств» is no Russian: the plain
  // words only where it ends its clause («рассматриваются по мере поступления.»), else nothing to paste.
  {
    match: 'по мере поступления',
    replace: ['по очереди', 'когда поступят'],
    followedBy: '^\\s*(?:[,.;:!?)]|$)',
  },
  { match: 'по мере поступления', replace: [] },
  // «В части оплаты» is «об оплате»; «в этой части города» does not match (the words are apart). Before a
  // thing, a place, «в части» is "in part of" («в части помещений размещался музей»): nothing to paste.
  {
    match: 'в части',
    replace: ['о', 'по'],
    carries: { from: 'genitive', to: ['prepositional', 'dative'] },
    followedBy: TOPIC_AFTER,
  },
  { match: 'в части', replace: [] },
  { match: 'в ознакомительных|информационных целях', replace: ['для информации'] },
  { match: 'по предварительной записи', replace: ['по записи'] },
  // Letters' closing officialese: «Дополнительно сообщаем, что…», «По всем возникающим вопросам обращайтесь…».
  { match: 'дополнительно сообщаем', replace: ['также сообщаем'] },
  { match: 'по всем|любым возникающим вопросам', replace: ['по {2} вопросам'] },
  // A value typed or shown wrong: «ИИН введен некорректно» → «неверно», «некорректные данные» → «неверные»;
  // of manners («вел себя некорректно», «некорректное высказывание») it means rude, not flagged.
  {
    match: 'некорректно',
    replace: ['неверно'],
    after: '^(?:введ|указ|заполн|отображ|работа|рассчита|оформл|подан|написан|сохран|набра)',
  },
  {
    match: 'некорректн*',
    replace: ['неверный'],
    agree: true,
    followedBy:
      '^\\s+(?:данн|сведени|номер|адрес|формат|значени|парол|иин|бин|реквизит|заполнени|ввод|код|сумм)',
  },
  // «Детские дошкольные организации» are kindergartens.
  {
    match: 'детск* дошкольн* организаци*|учреждени*',
    replace: ['детский сад'],
    agree: 'noun',
  },
  { match: 'дошкольн* организаци*|учреждени*', replace: ['детский сад'], agree: 'noun' },
  // «При нахождении на улице» is «на улице»: where one is, the state the phrase names.
  { match: 'при нахождении на|в|во', replace: ['{3}'] },
  // A legal procedure («регистрация по месту жительства», «состоять на учёте по месту жительства») is its
  // name, not flagged.
  // Another person's residence («по месту жительства получателя», «его») or a second place after «или», «и»
  // («… жительства или пребывания») would be left hanging after «там, где вы живёте»: nothing to paste.
  ...[{ inSentence: READER_ADDRESSED }, { precededBy: NOT_AFTER_AN_OFFICE }].map(
    (where): PhraseEntry => ({
      match: 'по месту жительства',
      replace: [],
      notAfter: RESIDENCE_PROCEDURE,
      followedBy: '^\\s+(?:(?:или|либо|и|его|её|ее)(?![а-яё])|[а-яё]{3,}(?:а|я|ей|ов|ев|и|ых|их)(?![а-яё]))',
      ...where,
    }),
  ),
  // Before a word of the sentence the clause «где вы живёте» is closed by a comma («обратитесь в УГД там, где
  // вы живёте, для сверки»).
  {
    match: 'по месту жительства',
    replace: ['там, где вы живёте,'],
    notAfter: RESIDENCE_PROCEDURE,
    followedBy: '^\\s+[\\p{L}\\d«"(]',
    inSentence: READER_ADDRESSED,
  },
  {
    match: 'по месту жительства',
    replace: ['там, где вы живёте'],
    notAfter: RESIDENCE_PROCEDURE,
    inSentence: READER_ADDRESSED,
  },
  // Said of someone else («Граждане … вправе обратиться по месту жительства»): nothing to paste.
  // After the office it names («заявителю нужно обратиться в отдел занятости … по месту жительства») it is
  // the office's competence, a term of law an editor keeps: not flagged where no «вы» paste fits.
  {
    match: 'по месту жительства',
    replace: [],
    notAfter: RESIDENCE_PROCEDURE,
    precededBy: NOT_AFTER_AN_OFFICE,
  },
  { match: 'по месту требования', replace: ['куда нужно'] },
  // An organisation's or a property's «место нахождения» is its address: «по месту нахождения объекта» → «по
  // адресу объекта», the genitive kept. A pronoun's («по месту его нахождения») or none: nothing to paste.
  // The residence («по месту жительства») is a procedure's term, above; so is this place after a registration
  // («на учёт по месту нахождения») or an office or a court it names by competence: not flagged there.
  ...[
    {
      replace: ['по адресу'],
      followedBy:
        '^\\s+(?!(?:или|либо|и|его|её|ее|их)(?![а-яё]))(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\\s+){0,2}[а-яё]{2,}(?:а|я|ы|и|ов|ев|ей)(?![а-яё])',
    },
    { replace: [] },
  ].map(
    (entry): PhraseEntry => ({
      match: 'по месту нахождения',
      ...entry,
      notAfter: RESIDENCE_PROCEDURE,
      precededBy: NOT_AFTER_AN_OFFICE,
    }),
  ),
  // A term named by an adjective of days («в трехдневный срок») is the days themselves: «за три дня».
  ...(
    [
      ['двухдневный', 'за два дня'],
      ['трехдневный|трёхдневный', 'за три дня'],
      ['пятидневный', 'за пять дней'],
      ['семидневный', 'за семь дней'],
      ['десятидневный', 'за десять дней'],
      ['пятнадцатидневный', 'за пятнадцать дней'],
      ['тридцатидневный', 'за тридцать дней'],
      ['двухнедельный', 'за две недели'],
      ['месячный', 'за месяц'],
    ] as const
  ).map(([days, plain]): PhraseEntry => ({ match: `в ${days} срок`, replace: [plain] })),
  { match: 'на территории', replace: ['в'], carries: { from: 'genitive', to: ['prepositional'] } },
  // Into a country or a region: «ввезён на территорию Российской Федерации» → «в Российскую Федерацию»; the
  // grounds of a school or a plant («вход на территорию школы») are a place of their own, not reported.
  {
    match: 'на территорию',
    replace: ['в'],
    carries: { from: 'genitive', to: ['accusative'] },
    followedBy:
      '^\\s+(?:\\p{Lu}|(?:республик|стран|государств|област|район|кра[яюе]|город)[а-яё]*\\s+\\p{Lu})',
  },
  {
    match: 'на предмет',
    replace: ['на', 'чтобы проверить'],
    carries: { from: 'genitive', to: ['accusative', 'accusative'] },
  },
  // A limit («в пределах 100 тысяч») is «до»; a territory («в пределах города») is «в».
  {
    match: 'в пределах',
    replace: ['до'],
    followedBy:
      '^\\s+(?:\\d|(?:одн|дв|тр|четыр|пят|шест|сем|восьм|девят|десят|двадцат|тридцат|сорок|пятидесят|ст|двухсот|трёхсот|тысяч|миллион|миллиард)[а-яё]*\\s)',
  },
  { match: 'в пределах', replace: ['в'], carries: { from: 'genitive', to: ['prepositional'] } },
  { match: 'за исключением', replace: ['кроме'] },
  // A conjunction takes no comma after it («Но, это…»): before the writer's comma, nothing to paste.
  { match: 'вместе с тем', replace: [], followedBy: COMMA_AFTER },
  { match: 'вместе с тем', replace: ['но', 'однако'] },
  // «Наряду с этим» adds a point («кроме того»); «употребляется наряду с названием» is "alongside", which
  // «вместе с» ("together with") is not: after a verb of use or being, nothing to paste.
  { match: 'наряду с этим|тем', replace: ['кроме того'], followedBy: '^\\s*[,.;:!?)]' },
  { match: 'наряду с этим|тем', replace: ['кроме того,'] },
  {
    match: 'наряду с|со',
    replace: [],
    after: '^(?:употребля|использ|существ|применя|встреча|бытова|сосуществ|называ|известн)',
  },
  { match: 'наряду с|со', replace: ['вместе с', 'и'] },
  { match: 'в качестве', replace: ['как'], carries: { from: 'genitive', to: ['nominative'] } },
  // A second genitive coordinated later in the clause («исходя из нормы потребления … и средней рыночной
  // стоимости») is not carried, so it must read right as it stands: a feminine one reads as a dative after
  // «по», never as the accusative «учитывая» needs; any other keeps no paste.
  {
    match: 'исходя из',
    replace: ['по'],
    carries: { from: 'genitive', to: ['dative'] },
    followedBy: LATER_GENITIVE_FEMININE,
  },
  { match: 'исходя из', replace: [], followedBy: LATER_GENITIVE },
  {
    match: 'исходя из',
    replace: ['по', 'учитывая'],
    carries: { from: 'genitive', to: ['dative', 'accusative'] },
  },
  // «О» governs the prepositional and «про» the accusative: the noun after them is carried along.
  {
    match: 'касательно',
    replace: ['о', 'про'],
    carries: { from: 'genitive', to: ['prepositional', 'accusative'] },
  },
  // In space «относительно» is "relative to" («расположения относительно центра», «относительно оси»), no
  // topic that «о» could name: nothing to paste.
  {
    match: 'относительно',
    replace: [],
    after:
      '^(?:располож|расположен|положени|смещ|сдвиг|движ|враща|вращени|перемещ|ориентир|симметрич|наклон|повернут|поворот|выше|ниже|левее|правее|высот|скорост|координат)',
  },
  {
    match: 'относительно',
    replace: [],
    followedBy:
      '^\\s+(?:[а-яё]+(?:ого|его|ой|ей)\\s+)?(?:центр|ос[иейь]|горизонт|земл|солнц|плоскост|поверхност|точк|уровн|друг друга|неподвижн)',
  },
  // «Относительно» is also the adverb «relatively» («относительно дёшево», «относительно новый»): only before
  // a genitive.
  {
    match: 'относительно',
    replace: ['о', 'про'],
    carries: { from: 'genitive', to: ['prepositional', 'accusative'] },
    followedBy:
      '^\\s+(?:[а-яё]+(?:ого|его|ей|ов|ев|ий|ия|ии|[бвгджзклмнпрстфхцчшщ][аыи])|него|неё|нее|них|этой|той|нашей|вашей|моей|своей)(?![а-яё])',
  },
  { match: 'в ряде случаев', replace: ['иногда', 'в некоторых случаях'] },
  {
    match: 'по линии',
    replace: ['через', 'по'],
    carries: { from: 'genitive', to: ['accusative', 'dative'] },
  },
  // «по факту» with no noun after it («Оплата производится по факту.») or before a subject («По факту он не
  // работает»: in fact) is no preposition: «после.» would not be Russian.
  {
    match: 'по факту',
    replace: [],
    followedBy:
      '^(?:\\s*[^\\s\\p{L}\\d]|\\s*$|\\s+(?:а|но|и|он|она|оно|они|мы|я|вы|ты|это|все|всё)(?![\\p{L}]))',
  },
  { match: 'по факту', replace: ['после', 'о'], carries: { from: 'genitive', to: [null, 'prepositional'] } },
  // Nor after a relative pronoun, where «а» cannot stand («который а размельчался»).
  { match: 'в свою очередь', replace: [], followedBy: COMMA_AFTER },
  { match: 'в свою очередь', replace: [], after: '^(?:котор[а-я]*|чей|чья|чь[её]|чьи|что|где|куда)$' },
  // «А» opens its clause: after a word of it («Банк в свою очередь отказал» → «Банк а отказал»), nothing.
  { match: 'в свою очередь', replace: [], after: '.' },
  { match: 'в свою очередь', replace: ['а', 'тоже'] },
  { match: 'с последующ*', replace: ['а потом', 'и затем'] },
  { match: 'при содействии', replace: ['с помощью'] },
  {
    match: 'при участии',
    replace: ['вместе с', 'с участием'],
    carries: { from: 'genitive', to: ['instrumental', null] },
  },
  // «На базе» a school, a body or a named one («на базе МБОУ СОШ № 3», «на базе школы») is on its premises:
  // «в школе», never «на основе школы»; a name that does not decline gets nothing to paste.
  {
    match: 'на базе',
    replace: ['в'],
    carries: { from: 'genitive', to: ['prepositional'] },
    followedBy: `^\\s+(?:[А-ЯЁ]|(?:[а-яё]+\\s+){0,2}(?:${PREMISES}))`,
  },
  // Anything else («на базе опыта регионов») is what a thing is built on: «в опыте» is no Russian.
  { match: 'на базе', replace: ['на основе'] },
  { match: 'по состоянию на', replace: ['на'] },
  // «Вплоть до» is “up to and including”: a bare «до» reads as “before” («вплоть до конфискации товаров»).
  { match: 'вплоть до', replace: [] },
  { match: 'в количестве', replace: [] },
  { match: 'за счет средств', replace: [], followedBy: `^[^,.;:!?()]*?${JOINED_GENITIVE}` },
  { match: 'за счет средств', replace: ['на деньги'] },
  { match: 'на бесплатной|безвозмездной основе', replace: ['бесплатно'] },
  { match: 'на платной|возмездной основе', replace: ['за плату', 'платно'] },
  { match: 'на постоянной основе', replace: ['постоянно'] },
  { match: 'на временной основе', replace: ['временно'] },
  { match: 'на регулярной основе', replace: ['регулярно'] },
  { match: 'на добровольной основе', replace: ['добровольно'] },
  { match: 'на конкурсной основе', replace: ['по конкурсу'] },

  // Intensifiers and degree clichés
  // Between a noun and its genitive object an adverb reads wrong («представление не в полном объёме
  // документов» is no «представление не полностью документов»): nothing to paste there.
  ...['в полном объеме', 'в полной мере'].flatMap((match): PhraseEntry[] => [
    { match, replace: [], followedBy: GENITIVE_AFTER },
    { match, replace: ['полностью'] },
  ]),
  { match: 'в максимальной степени', replace: ['как можно больше'] },
  { match: 'в значительной степени|мере', replace: ['во многом', 'сильно'] },
  { match: 'в незначительной степени|мере', replace: ['немного'] },
  { match: 'в достаточной степени|мере', replace: ['достаточно'] },
  { match: 'в большей степени|мере', replace: ['больше'] },
  { match: 'в меньшей степени|мере', replace: ['меньше'] },
  // The adverb is «заранее»; the adjective before its noun is «предварительный» («Заранее запись» was offered).
  { match: 'заблаговременно', replace: ['заранее'] },
  { match: 'заблаговременн*', replace: ['предварительный'], agree: true },
  // The adverbs are «сразу», «срочно»; the adjectives before a noun agree with it («незамедлительного
  // реагирования» → «немедленного», not «сразу реагирования»).
  { match: 'незамедлительно', replace: ['сразу', 'срочно'] },
  { match: 'незамедлительн*', replace: ['немедленный', 'срочный'], agree: true },
  { match: 'безотлагательно', replace: ['сразу', 'срочно'] },
  { match: 'безотлагательн*', replace: ['срочный', 'немедленный'], agree: true },
  { match: 'своевременно', replace: ['вовремя'] },
  // The adjective has no one-word plain form («своевременное завершение» is «завершение вовремя»).
  { match: 'своевременн*', replace: [] },
  { match: 'неукоснительн*', replace: ['точно', 'строго'] },
  { match: 'всемерн*', replace: ['полностью', 'всеми силами'] },
  // An adverb in place of the adjective only before a verb («планомерно развивать»): «начал постепенно
  // продвижение» was offered.
  { match: 'планомерно', replace: ['постепенно', 'по плану'] },
  { match: 'планомерн*', replace: [] },
  { match: 'зачастую', replace: ['часто'] },
  { match: 'надлежащим образом', replace: ['правильно', 'как нужно'] },
  { match: 'убедительно просим', replace: ['просим', 'пожалуйста'] },
  // A request to the reader is the imperative: «По всем вопросам просим обращаться в отдел» → «обращайтесь».
  { match: 'просим вас обращаться', replace: ['обращайтесь'] },
  { match: 'просим обращаться', replace: ['обращайтесь'] },
  { match: 'просим вас обратиться', replace: ['обратитесь'] },
  { match: 'просим обратиться', replace: ['обратитесь'] },
  { match: 'в режиме реального времени', replace: ['в реальном времени', 'сразу'] },
  // «Лица, желающие …» are «те, кто хочет …», which rebuilds the participle's clause: nothing to paste.
  { match: 'лица', replace: [], followedBy: '^\\s*,\\s*желающ' },
  { match: 'категорически запрещается', replace: ['нельзя'] },
  // «Изъявивший желание» is «желающий», in the same gender, case and number: the endings are one
  // («лицам, изъявившим желание» → «желающим»).
  ...['ий', 'его', 'ему', 'им', 'ем', 'ая', 'ей', 'ую', 'ие', 'их', 'ими'].map(
    (ending): PhraseEntry => ({ match: `изъявивш${ending} желание`, replace: [`желающ${ending}`] }),
  ),
  { match: 'в день проведения', replace: ['в день'] },
  { match: 'в автоматическом режиме', replace: ['автоматически'] },
  { match: 'наиболее часто', replace: ['чаще всего'] },
  { match: 'в форменной одежде', replace: ['в форме'] },
  // «Обращает внимание граждан на то, что …» is «напоминает, что …» (a notice's own «Обращаем ваше внимание
  // на то, что» keeps its entry above, with nothing to paste).
  ...(
    [
      ['обращает', 'напоминает'],
      ['обращают', 'напоминают'],
      ['обращаем', 'напоминаем'],
    ] as const
  ).map(
    ([verb, plain]): PhraseEntry => ({
      match: `${verb} внимание граждан|жителей|населения на то`,
      replace: [plain],
      followedBy: '^\\s*,\\s*что',
    }),
  ),
  // «Посторонним лицам» are strangers, in the same case; the ambiguous «посторонние лица» keeps no paste.
  ...(
    [
      ['посторонним лицам', 'посторонним людям', 'незнакомым людям'],
      ['посторонних лиц', 'посторонних людей', 'незнакомых людей'],
      ['посторонними лицами', 'посторонними людьми', 'незнакомыми людьми'],
    ] as const
  ).map(([match, ...plain]): PhraseEntry => ({ match, replace: [...plain] })),

  // Pronouns and adjectives
  { match: 'данный|данная|данное|данного|данному|данном|данной|данную', replace: ['этот'], agree: true },
  // «данные», «данным», «данными» are also the noun «data» («по данным акимата», «обмен данными»): the
  // adjective only before a noun in its case, the dative or instrumental plural or the instrumental singular
  // («данными услугами» → «этими», «по данным вопросам» → «этим», «данным способом» → «этим»).
  {
    match: 'данным',
    replace: ['этот'],
    agree: true,
    followedBy: '^\\s+[а-яё]+(?:ам|ям|ом|ем)(?![а-яё])',
  },
  {
    match: 'данными',
    replace: ['этот'],
    agree: true,
    followedBy: '^\\s+[а-яё]+(?:ами|ями)(?![а-яё])',
  },
  // «данных» before a genitive or prepositional plural is «этих» only where that noun cannot own data: a
  // measure, a case, a rule («данных рекомендаций», «в рамках данных мер», «в данных случаях»); a person's or a
  // body's («данных пользователей», «данных организаций») or a paper's («сверка данных документов») may.
  {
    match: 'данных',
    replace: ['этот'],
    agree: true,
    followedBy:
      '^\\s+(?:[а-яё]+(?:ых|их)\\s+)?(?:рекомендаци(?:й|ях)|мер(?:ах)?|требовани(?:й|ях)|вопрос(?:ов|ах)|случа(?:ев|ях)|цел(?:ей|ях)|' +
      'услуг(?:ах)?|обстоятельств(?:ах)?|норм(?:ах)?|правил(?:ах)?|положени(?:й|ях)|услови(?:й|ях)|мероприяти(?:й|ях)|' +
      'категори(?:й|ях)|изменени(?:й|ях)|нарушени(?:й|ях)|ситуаци(?:й|ях)|срок(?:ов|ах)|обязательств(?:ах)?|' +
      'полномочи(?:й|ях)|функци(?:й|ях)|направлени(?:й|ях)|решени(?:й|ях))(?![а-яё])',
  },
  // «настоящих Правил», «настоящего приказа», «Настоящая страница» are «этих», «этого», «Эта» (not «настоящий
  // друг»: a real one).
  {
    match:
      'настоящий|настоящая|настоящее|настоящего|настоящему|настоящем|настоящей|настоящую|настоящие|настоящих|настоящим|настоящими',
    replace: ['этот'],
    agree: true,
    followedBy:
      '^\\s+(?:[Пп]равил|[Зз]акон|[Пп]риказ|[Пп]остановлени|[Сс]тандарт|[Рр]егламент|[Сс]тать|[Пп]ункт|[Пп]одпункт|[Пп]оложени|[Дд]оговор|[Рр]ешени|[Рр]аспоряжени|[Уу]каз|[Кк]одекс|[Пп]орядк|[Пп]риложени|[Пп]рограмм|[Мм]еморандум|[Сс]оглашени|[Ии]нструкци|[Пп]исьм|[Оо]твет|[Уу]ведомлени|[Ии]звещени|[Сс]ообщени|[Дд]окумент|[Оо]бъявлени|[Сс]траниц|[Рр]уководств|[Пп]амятк|[Бб]рошюр|[Сс]правк|[Рр]аздел|[Пп]ереч[её]н)',
  },
  // «Соответствующий» says which office or field to go to («в соответствующий орган» → «в нужный»; «этот»
  // would point back to one never named), or points back to papers named before («сроками хранения
  // соответствующих документов» → «этих»); elsewhere it points back to something named before («в случае
  // поступления соответствующего запроса», «соответствующие меры»), which «нужный» would change: nothing to
  // paste.
  {
    match: 'соответствующ*',
    replace: ['нужный', 'этот'],
    agree: true,
    followedBy: `^\\s+(?:${WHERE_TO_GO})`,
  },
  {
    match: 'соответствующ*',
    replace: ['этот', 'нужный'],
    agree: true,
    followedBy: `^\\s+(?:${PAPERS_NAMED})`,
  },
  // A participle with its object in the dative («не соответствующие требованиям», «соответствующих
  // стандартам») says "that meet", no filler: not flagged. A dative «соответствующим» agrees with its noun.
  { match: 'соответствующим', replace: [], notAfter: '^не$' },
  {
    match: 'соответствующ*',
    replace: [],
    notAfter: '^не$',
    followedBy: '^(?!\\s+(?:[а-яё]+(?:ым|им)\\s+)?[а-яё]+(?:ам|ям)(?![а-яё]))',
  },
  // «Надлежащий» is "proper", the standard a thing must meet: «должный», not «нужный» ("needed"), which
  // changes the sense («обеспечения нужного рассмотрения»).
  { match: 'надлежащ*', replace: ['должный', 'правильный'], agree: true },
  // Quality is «плохое», not «неправильное» («о ненадлежащем качестве услуги»).
  { match: 'ненадлежащ*', replace: ['плохой', 'низкий'], agree: true, followedBy: '^\\s+качеств' },
  { match: 'ненадлежащ*', replace: ['неправильный', 'плохой'], agree: true },
  { match: 'вышеуказанн*', replace: ['этот', 'указанный выше'], agree: true },
  // «Указанный» right before its noun points back as «этот» does («на указанном портале» → «на этом»); not
  // a participle with words of its own («указанные в заявлении», «указанные заявителем»).
  {
    match: 'указанн*',
    replace: ['этот'],
    agree: true,
    followedBy:
      '^\\s+(?!(?:в|во|на|по|с|со|к|для|от|до|при|выше|ниже|ранее|им|ими|ей|ею|нами|вами|мной|мною)(?![а-яё]))(?![а-яё]+(?:ом|ем|ой|ей|ами|ями|ым|им)(?![а-яё]))[а-яё]{2,}(?![а-яё-])',
  },
  // After the plural «указанных», a noun in «-ей» after a plain consonant is its genitive plural («указанных
  // обязанностей», «целей»), no doer in the instrumental («указанных комиссией»).
  {
    match: 'указанных',
    replace: ['этот'],
    agree: true,
    followedBy: '^\\s+[а-яё]+(?:ост|[бвдзлмнпрстф])ей(?![а-яё])',
  },
  { match: 'вышеупомянут*', replace: ['этот', 'названный выше'], agree: true },
  { match: 'вышеизложенн*', replace: ['это', 'сказанное выше'], agree: true },
  { match: 'вышеперечисленн*', replace: ['эти', 'перечисленные выше'], agree: true },
  { match: 'вышеназванн*', replace: ['этот', 'названный выше'], agree: true },
  { match: 'вышеприведенн*', replace: ['этот', 'приведённый выше'], agree: true },
  { match: 'вышеозначенн*', replace: ['этот'], agree: true },
  { match: 'нижеследующ*', replace: ['следующий'], agree: true },
  { match: 'нижеуказанн*', replace: ['указанный ниже'], agree: true },
  { match: 'нижеперечисленн*', replace: ['перечисленные ниже'], agree: true },
  { match: 'нижеизложенн*', replace: ['следующий', 'изложенный ниже'], agree: true },
  { match: 'нижеподписавш*', replace: ['я'] },
  // «Он» would be pasted as written, whatever the form it stands for («Таковые отсутствуют» → «Он»): only
  // «такой», which agrees.
  {
    match: 'таковой|таковая|таковое|таковые|таковых|таковым|таковыми|такового|таковую',
    replace: ['такой'],
    agree: true,
  },
  { match: 'сей|сия|сие|сего|сию', replace: ['этот'] },
  { match: 'оный|оная|оное|оные|оного|оной|оных', replace: ['этот', 'он'] },
  { match: 'настоящим', replace: [] },
  { match: 'необходимо', replace: ['нужно'] },
  {
    match:
      'необходимый|необходимая|необходимое|необходимые|необходимого|необходимой|необходимому|необходимым|' +
      'необходимом|необходимую|необходимых|необходимыми',
    replace: ['нужный'],
    agree: true,
  },
  { match: 'нет необходимости', replace: ['не нужно'] },
  { match: 'есть необходимость', replace: ['нужно'] },
  // Elsewhere the noun wants the sentence rebuilt («подчеркнул необходимость усилить» → «сказал, что нужно
  // усилить»): «нужда» agrees, «нужно» is a hint the message gives. «Нужда» takes no genitive («о нужде
  // уплаты налога» was offered): before one, not a past verb («отпала»), nothing to paste.
  {
    match: 'необходимост*',
    replace: [],
    precededBy: NOT_IN_SET_PHRASE,
    followedBy: `^(?!\\s+[а-яё]+л[аои](?![а-яё]))${genitiveAfter(true).slice(1)}`,
  },
  // Before an infinitive «нужда» reads as want or poverty («поставленный перед нуждой сделать выбор»), and
  // «предметы первой необходимости» is a set phrase: nothing to paste; the message says to rebuild the
  // sentence with «нужно».
  {
    match: 'необходимост*',
    precededBy: NOT_IN_SET_PHRASE,
    replace: [],
    followedBy: '^\\s+[а-яё]+(?:ть|ти|чь|ться|тись)(?![а-яё])',
  },
  { match: 'необходимост*', precededBy: NOT_IN_SET_PHRASE, replace: [], after: '^первой$' },
  // «Нужда» is want or poverty except before «в» or a past verb it is the subject of: «нужда в ремонте»,
  // «Нужда отпала»; elsewhere («подчеркнул необходимость реформ») nothing to paste.
  {
    match: 'необходимост*',
    replace: ['нужда'],
    agree: 'noun',
    precededBy: NOT_IN_SET_PHRASE,
    followedBy: '^(?:\\s+во?(?![а-яё])|\\s+[а-яё]+л[аои]?(?![а-яё])|\\s*[,.;:!?)]|\\s*$)',
  },
  { match: 'необходимост*', precededBy: NOT_IN_SET_PHRASE, replace: [] },
  // Ending its sentence, «обязан» is grateful («Мы вам многим обязаны.»), not a duty: left alone.
  ...shortForms('обязан/обязана/обязано/обязаны', 'должен/должна/должно/должны').map((entry) => ({
    ...entry,
    followedBy: '^(?!\\s*(?:[.;!?)]|$))',
  })),
  // «безвозмездная для участника работа» is work he is not paid for; «бесплатная для участника» would say he
  // does not pay: before «для», nothing to paste.
  { match: 'безвозмездн*', replace: [], followedBy: '^\\s+для(?![а-яё])' },
  // A gift, a donation or an act of giving is «безвозмездный» in the legal sense (the giver is not paid):
  // «бесплатный акт гуманизма», «бесплатное донорство» say another thing. Nothing to paste.
  {
    match: 'безвозмездн*',
    replace: [],
    followedBy: '^\\s+(?:акт|дар|пожертвовани|донорств|донор|передач)[а-яё]*(?![а-яё])',
  },
  { match: 'безвозмездн*', replace: ['бесплатный'], agree: true },

  // A licence's or permit's legal name («лицензия на осуществление деятельности»): «лицензия на работу» reads
  // as a work permit, so nothing to paste.
  ...['осуществлени*', 'осуществлени* деятельност*'].map(
    (match): PhraseEntry => ({ match, replace: [], precededBy: LICENCE_FOR }),
  ),
  // Verbs that stand in for an action: «осуществлять», «производить», «являться», «предоставлять»…
  // The nouns of these verbs get plain nouns, not the verbs' infinitives («о реализации» → «о выполнении»).
  ...onlyWith(PLANS, [
    {
      match: 'осуществлени*',
      replace: ['выполнение', 'проведение'],
      agree: 'noun',
      singular: true,
      precededBy: NOT_IN_BODY_NAME,
    },
    { match: 'реализаци*', replace: ['выполнение', 'исполнение'], agree: 'noun', singular: true },
  ]),
  // A service or asylum is neither issued nor handed in («в выдаче услуги», «выдачи убежища» were offered).
  { match: 'предоставлени* услуг*|убежищ*', replace: [] },
  ...grantedNotGiven(),
  // Measures, help and support are not «выданы» nor «поданы» («адресность предоставления мер»): nothing.
  { match: 'предоставлени*', replace: [], followedBy: '^\\s+(?:мер|помощ|поддержк|содейств)' },
  // Handed in to a body («Для предоставления в компетентные органы»): «подача», «представление»; «выдача»
  // would have the body issue it. Not a grant «в аренду», «в пользование», «в собственность».
  {
    match: 'предоставлени*',
    replace: ['подача', 'представление'],
    agree: 'noun',
    singular: true,
    followedBy: `^\\s+(?:в|во)\\s+${HANDED_IN_TO}`,
  },
  // Papers the reader hands in («о предоставлении недостающих документов», «Сведения … предоставлению не
  // подлежат»): «выдача» would have the agency issue them.
  ...[
    { followedBy: `^\\s+(?:[а-яё]+(?:ых|их)\\s+){0,2}(?:${PAPERS_HANDED_IN})` },
    { followedBy: '^\\s+не\\s+подлеж' },
  ].map(
    (context): PhraseEntry => ({
      match: 'предоставлени*',
      replace: ['подача', 'выдача'],
      agree: 'noun',
      singular: true,
      ...context,
    }),
  ),
  { match: 'предоставлени*', replace: ['выдача', 'подача'], agree: 'noun', singular: true },
  // «Получение» would hide a purchase («планируется приобретение автобусов»): «покупка» or nothing.
  // An animal may be a gift or adopted from a shelter, a thing inherited or given («с момента его
  // приобретения»): «покупки» narrows the sense there unless money is spoken of; nothing to paste.
  ...unlessWith(ABSTRACT_GAIN, [
    { match: 'приобретени*', replace: ['покупка'], agree: 'noun', inSentence: MONEY_WORD },
    { match: 'приобретени*', replace: [], inSentence: NOT_BOUGHT },
    { match: 'приобретени*', replace: ['покупка'], agree: 'noun' },
  ]),
  { match: 'функционировани*', replace: ['работа'], agree: 'noun', singular: true },
  // «Осуществление контроля … возложить на заместителя» is «Контроль … возложить»: the object in the noun's
  // case, not an infinitive (before the verbs' entries, which «осуществление» also matches).
  objectNoun('осуществлени* контрол*', 'контроль'),
  objectNoun('осуществлени* руководств*', 'руководство'),
  objectNoun('осуществлени* поиск*', 'поиск'),
  DISTANT_FRONTED_NOUN,
  // The plain verbs fit a plan carried out (`PLANS`): «осуществил нападение», «осуществляют фотосинтез»,
  // «руководство осуществлялось» took «сделал», «делают», «делалось».
  // The past active participles the stem entries would give an infinitive («осуществлявший функции» →
  // «выполнять функции»): nothing to paste.
  { match: 'осуществлявш*|осуществивш*|реализовавш*|реализовывавш*', replace: [] },
  // After its subject «Проведение …», «Выполнение …» the plain verb repeats the noun's own verb
  // («Проведение обследования проводится»): nothing to paste.
  {
    match:
      'осуществляется|осуществляются|осуществлялся|осуществлялась|осуществлялось|осуществлялись|' +
      'осуществляет|осуществляют|осуществлял|осуществляла|осуществляли|осуществит|осуществят|осуществил|' +
      'осуществила|осуществили|осуществлен|осуществлена|осуществлено|осуществлены|реализуется|реализуются',
    replace: [],
    precededBy: `(?:^|[^а-яё])(?:проведени|выполнени|исполнени)[а-яё]*(?:\\s+[^\\s.,;:!?]+){0,4}\\s+$`,
  },
  // With an adjective between («осуществляющее предпринимательскую деятельность») the participle alone is
  // found: a «деятельность» is «ведут», not «проводят».
  ...PARTICIPLE_ENDINGS.active.map(
    (ending): PhraseEntry => ({
      match: `осуществляющ${ending}`,
      replace: [`ведущ${ending}`],
      followedBy: '^\\s+(?:[а-яё]+(?:ую|ой|ая|ые|ых|ыми|ым|ей|ее|ие|их|ими|им)\\s+){1,2}деятельност',
    }),
  ),
  // Goods «реализуемые» are sold, not carried out («документы на реализуемую продукцию» took «выполняемую»),
  // whether the goods stand after the participle or before it across a comma («Товар, реализуемый без
  // разрешения» took «выполняемый»).
  ...PARTICIPLE_ENDINGS.passive.flatMap((ending): PhraseEntry[] => [
    { match: `реализуем${ending}`, replace: [`продаваем${ending}`], followedBy: `^${GOODS_AHEAD}` },
    { match: `реализуем${ending}`, replace: [`продаваем${ending}`], precededBy: GOODS_BEFORE_COMMA },
  ]),
  // Goods «реализуют», «осуществляют реализацию» are sold: «осуществляющие реализацию продукции» → «продающие
  // продукцию»; any other «реализация» done is «выполняют» where `PLANS` names it, else nothing to paste.
  ...implementing('реализаци*', false, 'продавать/продаёт/продают/продавал')
    .filter((entry) => entry.replace.length > 0)
    .map((entry) => alsoFollowedBy(entry, GOODS_AHEAD)),
  // The perfective past in -ся is a wish or plan come true («Мечта осуществилась»), plain words: not reported.
  ...onlyWith(
    PLANS,
    notBeforeVerbalNoun([
      // The perfective's infinitive and future get `verb()`'s perfective plain verbs below («осуществить
      // подготовку» took «проводить»).
      {
        match: 'осуществл*|осуществил*',
        replace: ['проводить', 'выполнять', 'делать'],
        precededBy: NOT_IN_BODY_NAME,
        except: ['осуществился', 'осуществилась', 'осуществилось', 'осуществились'],
      },
      ...verb(
        'осуществлять/осуществляет/осуществляют/осуществлял',
        true,
        'проводить/проводит/проводят/проводил',
        'выполнять/выполняет/выполняют/выполнял',
        'делать/делает/делают/делал',
      ),
      ...verb(
        'осуществить/осуществит/осуществят/осуществил',
        false,
        'провести/проведёт/проведут/провёл',
        'выполнить/выполнит/выполнят/выполнил',
        'сделать/сделает/сделают/сделал',
      ),
      // Not «делать»: a programme, a plan or a measure «делается» is written or made up, not carried out
      // («делается программа переселения» for «реализуется»).
      ...verbOfBothAspects(
        'реализовать/реализует/реализуют/реализовал',
        true,
        ['выполнять/выполняет/выполняют/выполнял', 'проводить/проводит/проводят/проводил'],
        ['выполнить/выполнит/выполнят/выполнил', 'провести/проведёт/проведут/провёл'],
      ),
    ]),
  ),
  ...controllingOver(),
  ...inInfinitive('осуществлять|осуществить', IMPLEMENT, 'контрол*', ['контролировать', 'проверять']),
  ...implementing(
    'контрол*',
    true,
    'контролировать/контролирует/контролируют/контролировал',
    'проверять/проверяет/проверяют/проверял',
  ),
  ...implementing('прием*', true, 'принимать/принимает/принимают/принимал'),
  ...implementing('оказани*', false, 'оказывать/оказывает/оказывают/оказывал'),
  // «Осуществляют звонки» is «звонят»; a video call is made «по видеосвязи».
  ...implementing('звонки', false, 'звонить/звонит/звонят/звонил'),
  ...implementing(
    'видеозвонки',
    false,
    'звонить по видеосвязи/звонит по видеосвязи/звонят по видеосвязи/звонил по видеосвязи',
  ),
  ...implementingOnce('оказание', 'оказать/окажет/окажут/оказал'),
  ...implementing('обжаловани*', false, 'обжаловать/обжалует/обжалуют/обжаловал'),
  ...implementingOnce('обжалование', 'обжаловать/обжалует/обжалуют/обжаловал'),
  ...implementing('подготовк*', false, 'готовить/готовит/готовят/готовил'),
  ...implementingOnce('подготовку', 'подготовить/подготовит/подготовят/подготовил'),
  // «Трудовая деятельность» is work: «осуществлять трудовую деятельность» is «работать».
  ...implementing('трудов* деятельност*', false, 'работать/работает/работают/работал'),
  ...nothingToPasteWhere(
    { followedBy: PROCESS_BY_AFTER },
    implementing('деятельност*', false, 'работать/работает/работают/работал'),
  ),
  ...implementing('выплат*', true, 'выплачивать/выплачивает/выплачивают/выплачивал'),
  ...implementing(
    'уплат*',
    true,
    'платить/платит/платят/платил',
    'уплачивать/уплачивает/уплачивают/уплачивал',
  ),
  ...implementing('провер*', true, 'проверять/проверяет/проверяют/проверял'),
  ...implementing('исчислени*', true, 'рассчитывать/рассчитывает/рассчитывают/рассчитывал'),
  ...implementing(
    'мониторинг*',
    false,
    'следить/следит/следят/следил',
    'отслеживать/отслеживает/отслеживают/отслеживал',
  ),
  ...implementing('поиск*', false, 'искать/ищет/ищут/искал'),
  ...implementing('руководств*', false, 'руководить/руководит/руководят/руководил'),
  ...implementingOnce('оплату', 'оплатить/оплатит/оплатят/оплатил'),
  ...implementingOnce('уплату', 'заплатить/заплатит/заплатят/заплатил', 'уплатить/уплатит/уплатят/уплатил'),
  ...implementingOnce('проверку', 'проверить/проверит/проверят/проверил'),
  ...implementingOnce('подачу', 'подать/подаст/подадут/подал'),
  // With its object after it, the transitive verb takes it in the accusative («Осуществите регистрацию номера» →
  // «Зарегистрируйте номер»); alone, the reader registers («Зарегистрируйтесь»).
  ...implementingOnce('регистрацию', 'зарегистрировать/зарегистрирует/зарегистрируют/зарегистрировал').filter(
    (entry) => entry.carries !== undefined,
  ),
  ...implementingOnce(
    'регистрацию',
    'зарегистрироваться/зарегистрируется/зарегистрируются/зарегистрировался',
  ),
  // «Осуществлять сдачу отчётности» is «сдавать отчётность», its object carried into the accusative.
  ...implementing('сдачу', false, 'сдавать/сдаёт/сдают/сдавал'),
  ...implementingOnce('сдачу', 'сдать/сдаст/сдадут/сдал'),
  // A personal pronoun before the verbal noun is what is done to («осуществить их регистрацию» → «зарегистрировать
  // их»); its form is the accusative's too, so it moves after the plain verb unchanged. («Вашу регистрацию» is the
  // reader registering: not listed; nor «осуществите», whose imperative and future look alike.)
  ...['их', 'его', 'ее', 'её'].flatMap((pronoun) =>
    (
      [
        ['осуществить', 'зарегистрировать'],
        ['осуществит', 'зарегистрирует'],
        ['осуществят', 'зарегистрируют'],
        ['осуществил', 'зарегистрировал'],
        ['осуществила', 'зарегистрировала'],
        ['осуществило', 'зарегистрировало'],
        ['осуществили', 'зарегистрировали'],
      ] as const
    ).map(
      ([form, plain]): PhraseEntry => ({
        match: `${form} ${pronoun} регистрацию`,
        replace: [`${plain} ${pronoun}`],
        // With an object of its own after it the pronoun is its owner («их регистрацию транспортных средств»).
        followedBy: `^(?!${genitiveAfter(true).slice(1)})`,
      }),
    ),
  ),
  ...implementingOnce('перевод', 'перевести/переведёт/переведут/перевёл'),
  ...implementingOnce('звонок', 'позвонить/позвонит/позвонят/позвонил'),
  ...implementingOnce('вход', 'войти/войдёт/войдут/вошёл'),
  ...implementingOnce('выбор', 'выбрать/выберет/выберут/выбрал'),
  // The noun «осуществление» with its object: the object itself in its case («Осуществление проверки
  // производится» → «Проверка», not the infinitive the verbs get). Before the verbs' entries, which its forms
  // also match.
  ...(
    [
      ['провер*', 'проверка'],
      ['оплат*', 'оплата'],
      ['выплат*', 'выплата'],
      ['подач*', 'подача'],
      ['регистрац*', 'регистрация'],
      ['перевод*', 'перевод'],
      ['прием*', 'приём'],
      ['мониторинг*', 'мониторинг'],
      ['деятельност*', 'работа'],
    ] as const
  ).map(([object, plain]) => objectNoun(`осуществлени* ${object}`, plain)),
  // A light verb in each aspect's infinitive and its action noun, the object carried into the accusative
  // («осуществлять сдачу налоговой отчетности» → «сдавать налоговую отчетность», «осуществить установку» →
  // «установить», «произвести отзыв свидетельства» → «отозвать свидетельство»); other forms, nothing.
  ...(
    [
      ['осуществлять', 'осуществить', IMPLEMENT, 'сдач*', 'сдавать', 'сдать'],
      ['осуществлять', 'осуществить', IMPLEMENT, 'установк*', 'устанавливать', 'установить'],
      ['производить', 'произвести', PERFORM, 'отзыв*', 'отзывать', 'отозвать'],
    ] as const
  ).flatMap(([imperfective, perfective, forms, noun, plainImperfective, plainPerfective]) => [
    ...governing({ match: `${imperfective} ${noun}`, replace: [plainImperfective] }, GENITIVE_TO_ACCUSATIVE),
    ...governing({ match: `${perfective} ${noun}`, replace: [plainPerfective] }, GENITIVE_TO_ACCUSATIVE),
    { match: `${forms} ${noun}`, replace: [] },
  ]),
  // «Осуществлять явку» is to come: before a place or the clause's end only («явку в центр»), not before whose
  // coming it is («явку представителя»).
  ...(
    [
      ['осуществлять', 'являться', 'приходить'],
      ['осуществить', 'явиться', 'прийти'],
    ] as const
  ).map(
    ([verb, ...plain]): PhraseEntry => ({
      match: `${verb} явк*`,
      replace: [...plain],
      followedBy: '^\\s*(?:[.,;:!?)]|$|(?:в|во|на|к|ко|по|для|лично)(?![а-яё]))',
    }),
  ),
  { match: `${IMPLEMENT} явк*`, replace: [] },
  ...inInfinitive('осуществлять|осуществить', IMPLEMENT, 'прием*', ['принимать'], GENITIVE_TO_ACCUSATIVE),
  ...inInfinitive('осуществлять|осуществить', IMPLEMENT, 'деятельност*', ['работать']),
  ...inInfinitive('осуществлять|осуществить', IMPLEMENT, 'выплат*', ['выплачивать'], GENITIVE_TO_ACCUSATIVE),
  ...inInfinitive(
    'осуществлять|осуществить',
    IMPLEMENT,
    'уплат*',
    ['платить', 'заплатить'],
    GENITIVE_TO_ACCUSATIVE,
  ),
  ...inInfinitive(
    'осуществлять|осуществить',
    IMPLEMENT,
    'оплат*',
    ['оплатить', 'платить'],
    GENITIVE_TO_ACCUSATIVE,
  ),
  ...inInfinitive('осуществлять|осуществить', IMPLEMENT, 'провер*', ['проверять'], GENITIVE_TO_ACCUSATIVE),
  ...inInfinitive('осуществлять|осуществить', IMPLEMENT, 'подач*', ['подать'], GENITIVE_TO_ACCUSATIVE),
  ...inInfinitive(
    'осуществлять|осуществить',
    IMPLEMENT,
    'регистрац*',
    ['зарегистрировать'],
    GENITIVE_TO_ACCUSATIVE,
  ),
  ...inInfinitive('осуществлять|осуществить', IMPLEMENT, 'перевод*', ['перевести'], GENITIVE_TO_ACCUSATIVE),
  ...inInfinitive(
    'осуществлять|осуществить',
    IMPLEMENT,
    'мониторинг*',
    ['следить', 'отслеживать'],
    OBJECT_NOT_BUILT,
  ),
  ...inInfinitive('осуществлять|осуществить', IMPLEMENT, 'поиск*', ['искать'], GENITIVE_TO_ACCUSATIVE),
  ...inInfinitive('осуществлять|осуществить', IMPLEMENT, 'руководств*', ['руководить']),
  ...inInfinitive('осуществлять|осуществить', IMPLEMENT, 'звон*', ['звонить']),
  ...inInfinitive('осуществлять|осуществить', IMPLEMENT, 'вход*', ['войти']),
  ...inInfinitive('осуществлять|осуществить', IMPLEMENT, 'выбор*', ['выбрать']),
  ...inInfinitive('осуществлять|осуществить', IMPLEMENT, 'взаимодейств*', [
    'работать вместе',
    'сотрудничать',
  ]),
  ...payingFor('производить/производит/производят/производил', 'произвести/произведет/произведут/произвел'),
  ...payingFor(
    'осуществлять/осуществляет/осуществляют/осуществлял',
    'осуществить/осуществит/осуществят/осуществил',
  ),
  ...payingFor('вносить/вносит/вносят/вносил', 'внести/внесет/внесут/внес'),
  // After `performing()`, whose entries give each aspect its own («производить оплату» → «оплачивать»).
  ...performing('оплат*', 'оплачивать/оплачивает/оплачивают/оплачивал', 'оплатить/оплатит/оплатят/оплатил'),
  ...inInfinitive('производить|произвести', PERFORM, 'оплат*', ['оплатить', 'платить']),
  ...performing('замен*', 'заменять/заменяет/заменяют/заменял', 'заменить/заменит/заменят/заменил'),
  ...performing(
    'расчет*',
    'рассчитывать/рассчитывает/рассчитывают/рассчитывал',
    'рассчитать/рассчитает/рассчитают/рассчитал',
  ),
  ...performing(
    'выплат*',
    'выплачивать/выплачивает/выплачивают/выплачивал',
    'выплатить/выплатит/выплатят/выплатил',
  ),
  ...performing('провер*', 'проверять/проверяет/проверяют/проверял', 'проверить/проверит/проверят/проверил'),
  // «производят исчисление налогов» → «рассчитывают налоги»: «исчислять» itself is bookish.
  ...performing(
    'исчислени*',
    'рассчитывать/рассчитывает/рассчитывают/рассчитывал',
    'рассчитать/рассчитает/рассчитают/рассчитал',
  ),
  ...performing('возврат*', 'возвращать/возвращает/возвращают/возвращал', 'вернуть/вернёт/вернут/вернул'),
  ...performing(
    'начислени*',
    'начислять/начисляет/начисляют/начислял',
    'начислить/начислит/начислят/начислил',
  ),
  ...performing('уплат*', 'уплачивать/уплачивает/уплачивают/уплачивал', 'уплатить/уплатит/уплатят/уплатил'),
  ...performing('выдач*', 'выдавать/выдаёт/выдают/выдавал', 'выдать/выдаст/выдадут/выдал'),
  // An instruction to register with no object is to register oneself: «Произведите регистрацию на портале» →
  // «Зарегистрируйтесь» («Зарегистрируйте на портале» was offered), as «Осуществите регистрацию» is.
  {
    match: 'произведите регистрацию',
    replace: ['зарегистрируйтесь'],
    followedBy: `^(?!${genitiveAfter(true).slice(1)})`,
  },
  ...performing(
    'регистраци*',
    'регистрировать/регистрирует/регистрируют/регистрировал',
    'зарегистрировать/зарегистрирует/зарегистрируют/зарегистрировал',
  ),
  ...performing('списани*', 'списывать/списывает/списывают/списывал', 'списать/спишет/спишут/списал'),
  ...performing(
    'подключени*',
    'подключать/подключает/подключают/подключал',
    'подключить/подключит/подключат/подключил',
  ),
  ...performing(
    'отключени*',
    'отключать/отключает/отключают/отключал',
    'отключить/отключит/отключат/отключил',
  ),
  ...performing('обмен*', 'обменивать/обменивает/обменивают/обменивал', 'обменять/обменяет/обменяют/обменял'),
  ...performing(
    'осмотр*',
    'осматривать/осматривает/осматривают/осматривал',
    'осмотреть/осмотрит/осмотрят/осмотрел',
  ),
  ...performing('запис*', 'записывать/записывает/записывают/записывал', 'записать/запишет/запишут/записал'),
  ...performing(
    'ремонт*',
    'ремонтировать/ремонтирует/ремонтируют/ремонтировал',
    'отремонтировать/отремонтирует/отремонтируют/отремонтировал',
  ),
  ...performing(
    'заполнени*',
    'заполнять/заполняет/заполняют/заполнял',
    'заполнить/заполнит/заполнят/заполнил',
  ),
  ...performing('удалени*', 'удалять/удаляет/удаляют/удалял', 'удалить/удалит/удалят/удалил'),
  ...performing('очистк*', 'очищать/очищает/очищают/очищал', 'очистить/очистит/очистят/очистил'),
  ...performing(
    'сохранени*',
    'сохранять/сохраняет/сохраняют/сохранял',
    'сохранить/сохранит/сохранят/сохранил',
  ),
  ...inInfinitive('производить|произвести', PERFORM, 'заполнени*', ['заполнить']),
  ...inInfinitive('производить|произвести', PERFORM, 'замен*', ['заменить']),
  ...inInfinitive('производить|произвести', PERFORM, 'расчет*', ['рассчитать']),
  ...inInfinitive('производить|произвести', PERFORM, 'выплат*', ['выплатить']),
  ...inInfinitive('производить|произвести', PERFORM, 'ремонт*', ['отремонтировать']),
  ...inInfinitive('производить|произвести', PERFORM, 'запис*', ['записать']),
  ...inInfinitive('производить|произвести', PERFORM, 'провер*', ['проверить']),
  ...inInfinitive('производить|произвести', PERFORM, 'осмотр*', ['осмотреть']),
  ...inInfinitive('производить|произвести', PERFORM, 'возврат*', ['вернуть']),
  ...inInfinitive('производить|произвести', PERFORM, 'регистрац*', ['зарегистрировать']),
  ...inInfinitive('производить|произвести', PERFORM, 'начислени*', ['начислить']),
  ...inInfinitive('производить|произвести', PERFORM, 'уплат*', ['заплатить']),
  ...inInfinitive('производить|произвести', PERFORM, 'обмен*', ['обменять']),
  ...inInfinitive('производить|произвести', PERFORM, 'выдач*', ['выдать']),
  ...inInfinitive('производить|произвести', PERFORM, 'списани*', ['списать']),
  ...inInfinitive('производить|произвести', PERFORM, 'подключени*', ['подключить']),
  ...inInfinitive('производить|произвести', PERFORM, 'отключени*', ['отключить']),
  // Done, not to do: «Оплата произведена» is «Оплачено», not «Оплатите» (the entries after these).
  { match: `оплат* ${DONE}`, replace: ['оплачено'] },
  { match: `уплат* ${DONE}`, replace: ['уплачено'] },
  { match: `выплат* ${DONE}`, replace: ['выплачено'] },
  { match: `выдач* ${DONE}`, replace: ['выдано'] },
  { match: `прием* ${DONE}`, replace: ['принято'] },
  { match: `провер* ${DONE}`, replace: ['проверено'] },
  { match: `контрол* ${DONE}`, replace: ['проверено'] },
  { match: `замен* ${DONE}`, replace: ['заменено'] },
  { match: `регистраци* ${DONE}`, replace: ['зарегистрировано'] },
  { match: `возврат* ${DONE}`, replace: ['возвращено'] },
  { match: `списани* ${DONE}`, replace: ['списано'] },
  { match: `начислени* ${DONE}`, replace: ['начислено'] },
  { match: `подключени* ${DONE}`, replace: ['подключено'] },
  // «Является» takes the instrumental, «это» and a dash the nominative: the noun phrase after it comes along
  // in the nominative («является основанием» → «— основание»), or nothing is offered; the past keeps its case
  // with «был».
  // No dash after a conjunction joining it to another verb («работал и является руководителем») or after an
  // adverb («который также является»).
  { match: 'является|являются', replace: [], followedBy: JOINED_INSTRUMENTAL_AFTER },
  // After a question word only the dash: «Кто это плательщик» asks "who is this payer?".
  {
    match: 'является|являются',
    replace: ['—'],
    carries: { from: 'instrumental', to: ['nominative'] },
    after: '^(?:кто|что)$',
    followedBy: JOINED_PREDICATE_AFTER,
  },
  // Nor before a second predicate joined by «и» («является нарушением закона и влечёт ответственность»): a dash
  // and a verb would share one subject.
  {
    match: 'является|являются',
    replace: ['—', 'это'],
    carries: { from: 'instrumental', to: ['nominative', 'nominative'] },
    notAfter: NO_DASH_AFTER,
    notListedAfter: PARENTHETICAL_BEFORE,
    followedBy: JOINED_PREDICATE_AFTER,
  },
  // After an adverbial phrase or a parenthetical word it is still officialese, with no dash to paste.
  { match: 'является|являются', replace: [], notAfter: '^(?:и|но|а|или|также|тоже|же)$' },
  // «не является нарушением» is «не нарушение»: «не» takes the noun, no dash.
  {
    match: 'не является|являются',
    replace: ['не'],
    carries: { from: 'instrumental', to: ['nominative'] },
  },
  // In the 1st and 2nd persons the subject is a pronoun, after which Russian puts no dash («Мы являемся
  // получателями» is «Мы получатели»): reported, nothing to paste.
  { match: 'являюсь|являешься|являемся|являетесь', replace: [] },
  { match: 'являлся', replace: ['был'] },
  { match: 'являлась', replace: ['была'] },
  { match: 'являлось', replace: ['было'] },
  { match: 'являлись', replace: ['были'] },
  // «Представляет собой» says what a thing is, as «является» does, with the noun phrase in the accusative: it
  // comes along in the nominative after a dash («представляет собой документ» → «— документ»), and in the
  // instrumental after the past «был» («представлял собой систему» → «был системой»).
  {
    match: 'представляет|представляют собой',
    replace: ['—', 'это'],
    carries: { from: 'accusative', to: ['nominative', 'nominative'] },
    notAfter: NO_DASH_AFTER,
    notListedAfter: PARENTHETICAL_BEFORE,
  },
  ...(
    [
      ['представлял', 'был'],
      ['представляла', 'была'],
      ['представляло', 'было'],
      ['представляли', 'были'],
    ] as const
  ).map(([form, was]) => ({
    match: `${form} собой`,
    replace: [was],
    carries: { from: 'accusative' as const, to: ['instrumental' as const] },
  })),
  { match: 'представля* собой', replace: [] },
  // «являет собой» is «это»: the «собой» goes with it.
  { match: 'являет собой|являют собой', replace: ['это'] },
  { match: 'являет*|являют*|являл*', replace: ['это', '—'], notBefore: '^собой$', notAfter: NO_DASH_AFTER },
  // «Является обязательным» is the short adjective in the subject's gender and number («Явка обязательна»,
  // «Документы обязательны»); «обязательным» is neuter or masculine. Before its noun («является обязательным
  // документом») it is an adjective, and «является» carries the phrase («— обязательный документ»).
  // «обязательным» takes its subject's gender from the noun right before «является»: masculine «приказ» →
  // «обязателен», neuter «участие» → «обязательно»; with no such noun before it, nothing to paste.
  ...(
    [
      [MASCULINE_SUBJECT_BEFORE, ['обязателен']],
      [NEUTER_SUBJECT_BEFORE, ['обязательно']],
      [undefined, []],
    ] as const
  ).map(([precededBy, replace]) => ({
    match: 'является обязательным',
    replace: [...replace],
    notBefore: INSTRUMENTAL_NOUN,
    ...(precededBy ? { precededBy } : {}),
  })),
  ...(
    [
      ['является обязательной', ['обязательна', 'нужна']],
      ['являются обязательными', ['обязательны', 'нужны']],
    ] as const
  ).map(([match, replace]) => ({ match, replace: [...replace], notBefore: INSTRUMENTAL_NOUN })),
  { match: 'являться', replace: ['быть'] },
  { match: 'являющ*', replace: [] },
  // Consent is given («давать согласие»): «выданных согласий» is no plainer, and «данных» reads as "data".
  {
    match: PARTICIPLE_ENDINGS.passive
      .flatMap((ending) => [`предоставленн${ending}`, `предоставляем${ending}`])
      .join('|'),
    replace: [],
    followedBy: '^\\s+(?:[а-яё]+\\s+)?согласи',
  },
  // Short passive participles: «будет предоставлено» → «будет дано», not an infinitive.
  ...shortParticiples(
    'предоставлен/предоставлена/предоставлено/предоставлены',
    'дан/дана/дано/даны',
    'выдан/выдана/выдано/выданы',
  ),
  ...shortParticiples(
    'приобретён/приобретена/приобретено/приобретены',
    'куплен/куплена/куплено/куплены',
    'получен/получена/получено/получены',
  ),
  // Papers named before the verb («Какие документы нужно предоставить?», «Документы нужно предоставить в ЦОН»)
  // are handed in too: «подать», not the generic «дать».
  ...(
    [
      ['предоставить', 'подать'],
      ['предоставлять', 'подавать'],
    ] as const
  ).map(
    ([verb, plain]): PhraseEntry => ({
      match: verb,
      replace: [plain],
      inClause: '^(?:документы|документ|справку|справки|копию|копии|заявление)$',
      followedBy: '^\\s*(?:[?.!]|(?:в|во|через|на|до)\\s)',
    }),
  ),
  // Handed in to an organisation or an office («предоставить акты в ТОО «Теплосервис»», «в ЦОН»): «дать
  // … в» is not Russian (one gives to someone), «сдать», «передать в» are.
  ...(
    [
      ['предоставить', 'сдать', 'передать'],
      ['предоставьте', 'сдайте', 'передайте'],
      ['предоставлять', 'сдавать', 'передавать'],
      ['предоставляйте', 'сдавайте', 'передавайте'],
    ] as const
  ).map(
    ([verb, ...plain]): PhraseEntry => ({
      match: verb,
      replace: [...plain],
      followedBy: `^[^.!?;:]{0,80}?\\s(?:в|во)\\s+${HANDED_IN_TO}`,
    }),
  ),
  // Animals are brought to a vet, not given away: «предоставлять животных для вакцинации» → «приводить» («давать
  // животных» took it); other forms with animals, nothing to paste.
  ...(
    [
      ['предоставлять', 'приводить'],
      ['предоставить', 'привести'],
      ['предоставляйте', 'приводите'],
      ['предоставьте', 'приведите'],
    ] as const
  ).map(([verb, plain]): PhraseEntry => ({ match: verb, replace: [plain], followedBy: ANIMALS_AHEAD })),
  { match: 'предостав*', replace: [], followedBy: ANIMALS_AHEAD },
  // «Принести» is what a citizen does with papers (`CITIZEN_PAPERS` below); anything else an agency or a seller
  // «предоставляет» is given, not fetched («предоставить покупателю документ» took «принести»).
  { match: 'предостав*', replace: ['дать', 'выдать'], agree: true },
  // A citizen who «предоставляет» hands something in, whatever stands between the verb and its object
  // («Услугополучатель предоставляет в ЦОН документы»): «подаёт», never the agency's «выдаёт».
  { match: 'предоставляет', replace: ['подаёт', 'приносит'], after: APPLICANT_SUBJECT },
  { match: 'предоставляют', replace: ['подают', 'приносят'], after: APPLICANTS_SUBJECT },
  // Information, a right or a benefit is given, not issued: «Информация предоставляется по телефону», «Право
  // бесплатной парковки предоставляется» → «даётся», never «выдаётся».
  { match: 'предоставляется', replace: ['даётся'], precededBy: GIVEN_NOT_ISSUED_BEFORE },
  { match: 'предоставляются', replace: ['даются'], precededBy: GIVEN_NOT_ISSUED_BEFORE },
  ...verb(
    'предоставлять/предоставляет/предоставляют/предоставлял',
    true,
    'давать/даёт/дают/давал',
    'выдавать/выдаёт/выдают/выдавал',
  ),
  ...verb(
    'предоставить/предоставит/предоставят/предоставил',
    false,
    'дать/даст/дадут/дал',
    'выдать/выдаст/выдадут/выдал',
  ),
  // What a citizen hands in: «предоставить документы» is «подать», «принести» — not «выдать», which is what the
  // agency does. Documents go one way; a certificate or a copy either way («Мы предоставим справку» is the
  // agency's «выдадим»), so for those only the forms that address the citizen: the infinitive, the
  // imperative and «вы».
  // An identity paper is shown, not handed in: «принести паспорт» (also «в ЦОН»), «показать», never «подать».
  ...CITIZEN_PAPERS.flatMap((paper) =>
    [
      ...verbBeforeObject(
        'предоставить/предоставит/предоставят/предоставил',
        paper,
        ...(ID_PAPERS.includes(paper)
          ? ['принести/принесёт/принесут/принёс', 'показать/покажет/покажут/показал']
          : ['подать/подаст/подадут/подал', 'принести/принесёт/принесут/принёс']),
      ),
      ...verbBeforeObject(
        'предоставлять/предоставляет/предоставляют/предоставлял',
        paper,
        ...(ID_PAPERS.includes(paper)
          ? ['приносить/приносит/приносят/приносил', 'показывать/показывает/показывают/показывал']
          : ['подавать/подаёт/подают/подавал', 'приносить/приносит/приносят/приносил']),
      ),
    ].filter((entry) => paper.endsWith('документы') || ADDRESSING_CITIZEN.test(entry.match)),
  ),
  // The forms `verbBeforeObject` builds take the plain verb; the others, nothing: «предоставляется документ»,
  // «порядок предоставления документов» were offered the infinitive «подать документы».
  {
    match: 'предостав* документ*',
    replace: [],
    // The participle keeps its noun («предоставленные документы» → «выданные»): its own entry.
    except: PARTICIPLE_ENDINGS.passive.map((ending) => `предоставленн${ending}`),
  },
  // «сообщить» stands only for the infinitive: «Своевременное сообщить является …», «Мы сообщить сведения»
  // were offered for the noun and the finite forms.
  { match: 'предоставить|предоставлять информаци*|сведени*', replace: ['сообщить'] },
  { match: 'предостав* информаци*|сведени*', replace: [] },
  // In the form of the verb, before the infinitive «позволять» takes: «Программа предоставляет возможность
  // учиться» → «позволяет», «гражданам предоставляется возможность пройти» → «позволяют» (an infinitive
  // there was not Russian); «возможность выбора» is no infinitive («позволить выбора»).
  ...[
    ...verbPhrase(
      'предоставлять/предоставляет/предоставляют/предоставлял',
      'возможност*',
      false,
      'позволять/позволяет/позволяют/позволял',
    ),
    ...verbPhrase(
      'предоставить/предоставит/предоставят/предоставил',
      'возможност*',
      false,
      'позволить/позволит/позволят/позволил',
    ),
  ].map((entry) => ({ ...entry, followedBy: INFINITIVE_NEAR })),
  { match: 'предоставить возможност*', replace: ['дать возможность'] },
  { match: 'предостав* возможност*', replace: [] },
  // The verb «обеспечить» before a noun is the verb the noun names; the noun «обеспечение» before one is that
  // noun, in its case («для обеспечения соблюдения» → «для соблюдения»). Other forms are left to the stem.
  // The verb takes the noun after it in the accusative: «обеспечить соблюдение требований» → «соблюдать
  // требования» («соблюдать требований» was offered); an unread noun leaves nothing to paste.
  ...(
    [
      ['выполнени*|исполнени*', ['выполнить']],
      ['соблюдени*', ['соблюдать']],
      ['реализаци*', ['выполнить']],
      ['проведени*', ['провести']],
      ['наличи*', ['иметь', 'принести']],
    ] as const
  ).map(
    ([noun, plain]): PhraseEntry => ({
      match: `${ENSURE} ${noun}`,
      replace: [...plain],
      carries: { from: 'genitive', to: plain.map(() => 'accusative' as const) },
    }),
  ),
  // «Доступ» takes «к» and the dative: «обеспечить доступность помощи» (genitive) would leave «открыть доступ
  // помощи», so with a noun after it, nothing to paste.
  {
    match: `${ENSURE} доступност*`,
    replace: [],
    followedBy: '^\\s+(?!(?:к|ко|для)(?![а-яё]))[а-яё]',
  },
  // «Открыть доступ» takes the dative: «обеспечить доступ работников» would leave «открыть доступ работников».
  {
    match: `${ENSURE} доступ*`,
    replace: [],
    followedBy:
      '^\\s+(?!(?:к|ко|для|в|во|на|через|по|с|со|из|от|до|при|и|или|а|но|всем|только|также)(?![а-яё]))(?:[а-яё]+(?:ых|их|ого|его|ой|ей)\\s+)?[а-яё]+(?:а|я|ов|ев|ей|ы|и)(?![а-яё])',
  },
  { match: `${ENSURE} доступ*`, replace: ['открыть доступ', 'дать доступ'] },
  // «Обеспечить явку» alone is «прийти»; «обеспечить явку представителей» wants «чтобы представители пришли».
  { match: `${ENSURE} явк*`, replace: ['прийти'], followedBy: '^\\s*(?:[.,;:!?)]|$)' },
  { match: `${ENSURE} явк*`, replace: [] },
  { match: `${ENSURE} возможност*`, replace: ['дать возможность'] },
  // «Обеспечение исполнения контракта (заявки, обязательств)» is the contract security, a deposit or a
  // guarantee (44-ФЗ), not the contract's performance: a term, not reported.
  {
    ...objectNoun('обеспечени* выполнени*|исполнени*|реализаци*', 'выполнение'),
    notBefore: '^(?:контракт|договор|заяв[ко]|обязательств)',
  },
  objectNoun('обеспечени* соблюдени*', 'соблюдение'),
  objectNoun('обеспечени* проведени*', 'проведение'),
  objectNoun('обеспечени* доступ*', 'доступ'),
  // The nouns of the stem («техническая реализуемость», "feasibility") take no verb's infinitive.
  { match: 'реализуемост*|реализованност*', replace: [] },
  ...onlyWith(PLANS, [
    {
      match: 'реализ*',
      replace: ['выполнять', 'проводить', 'делать'],
      except: ['реализм', 'реализма', 'реализму', 'реализмом', 'реализме'],
    },
  ]),
  // «надлежит» takes the dative («Заявителю надлежит явиться»), as «нужно» does; «должен» wants a nominative.
  { match: 'надлежит', replace: ['нужно'] },
  ...subjectTo(),
  // Any other «подлежит»: «нужно» alone pastes wrong («нужно возврату»), so nothing to paste. A claim that
  // «подлежит удовлетворению» is one finding, no long word's of its own beside it.
  { match: 'подлеж* удовлетворени*', replace: [] },
  { match: 'подлеж*', replace: [] },
  { match: 'не подлеж*', replace: [] },
  // In the tense and gender of «иметь»: «имело место насилие» → «было», «произошло».
  { match: 'имел место', replace: ['был', 'произошёл'] },
  { match: 'имела место', replace: ['была', 'произошла'] },
  { match: 'имело место', replace: ['было', 'произошло'] },
  { match: 'имели место', replace: ['были', 'произошли'] },
  // «Имеет место быть» takes «быть» along («есть быть» was offered).
  { match: 'имеет|имеют место быть', replace: ['есть', 'бывает'] },
  ...(
    [
      ['имел', 'был'],
      ['имела', 'была'],
      ['имело', 'было'],
      ['имели', 'были'],
    ] as const
  ).map(([had, was]) => ({ match: `${had} место быть`, replace: [was] })),
  { match: `${HAS} место`, replace: ['есть', 'бывает', 'произошло'] },
  { match: `${HAS} место жительства|проживания`, replace: ['живёт', 'живут'] },
  { match: `${HAS} место работы`, replace: ['работает', 'работают'] },
  { match: 'имеется|имеются|имелся|имелась|имелось|имелись', replace: ['есть'] },
  { match: 'не имеется|имеются', replace: ['нет'] },
  { match: 'не имелось', replace: ['не было'] },
  // «мочь» in the person and tense of «иметь», before the infinitive it takes: «Граждане имеют возможность
  // подать» → «могут» («можете» was offered whatever the subject), «Вы будете иметь возможность выбрать» →
  // «сможете»; elsewhere («должны иметь возможность», «имеет возможность для роста») nothing to paste.
  ...(
    [
      ...HAVE_AS_MAY,
      ['буду иметь', 'смогу'],
      ['будет иметь', 'сможет'],
      ['будем иметь', 'сможем'],
      ['будете иметь', 'сможете'],
      ['будут иметь', 'смогут'],
    ] as const
  ).map(
    ([have, may]): PhraseEntry => ({
      match: `${have} возможность|возможности`,
      replace: [may],
      followedBy: INFINITIVE_WITHIN_CLAUSE,
    }),
  ),
  { match: `${HAS}|имеешь возможност*`, replace: [] },
  // The person informed follows in the genitive and goes into the dative after «сообщать» («доводит до
  // сведения родителей» → «сообщает родителям»; «сообщает родителей» was offered), or nothing to paste;
  // «граждан» and «всех», which the noun tables do not read, as listed.
  ...[
    ['доводить/доводит/доводят/доводил', 'сообщать/сообщает/сообщают/сообщал'],
    ['довести/доведёт/доведут/довёл', 'сообщить/сообщит/сообщат/сообщил'],
  ].flatMap(([source = '', plain = '']) => [
    // Only where the listed word is the whole noun phrase: «всех» before a noun («всех сотрудников») or
    // «граждан» before «и» («граждан и организаций») leave the rest in the genitive; the carry reads those.
    ...[
      ['граждан', 'гражданам', '^(?!\\s+(?:и|или)\\s)'],
      ['всех', 'всем', '^\\s*(?:[.,;:!?)»]|$)'],
    ].flatMap(([genitive = '', dative = '', followedBy = '']) =>
      verbPhrase(source, `до сведения ${genitive}`, false, plain).map((entry) => ({
        ...entry,
        replace: entry.replace.filter(Boolean).map((form) => `${form} ${dative}`),
        followedBy,
      })),
    ),
    ...verbPhrase(source, 'до сведения', false, plain).flatMap((entry) =>
      governing(entry, GENITIVE_TO_DATIVE),
    ),
  ]),
  // «До вашего сведения» goes without saying in a letter: the plain verb in its person alone («Доводим до
  // вашего сведения» → «Сообщаем», «доводит» → «сообщает»); letters in the 1st singular say «Довожу» →
  // «Сообщаю».
  ...verbPhrase(
    'доводить/доводит/доводят/доводил',
    'до ваш* сведени*',
    false,
    'сообщать/сообщает/сообщают/сообщал',
  ),
  ...verbPhrase(
    'довести/доведёт/доведут/довёл',
    'до ваш* сведени*',
    false,
    'сообщить/сообщит/сообщат/сообщил',
  ),
  { match: 'довожу до ваш* сведени*', replace: ['сообщаю'] },
  ...governing({ match: 'довожу до сведения', replace: ['сообщаю'] }, GENITIVE_TO_DATIVE),
  ...inInfinitive('доводить|довести', NOTIFY, 'до сведени*', ['сообщить'], GENITIVE_TO_DATIVE),
  { match: `${NOTIFY} до ваш* сведени*`, replace: [] },
  { match: 'став*|постав* в известность', replace: ['сообщить'] },
  { match: 'став*|постав* вас в известность', replace: ['сообщаем'] },
  // In the form of «принимать»: «принимает участие» → «участвует», «приняли участие» → «участвовали».
  ...verbPhrase(
    'принимать/принимает/принимают/принимал',
    'участие',
    false,
    'участвовать/участвует/участвуют/участвовал',
  ),
  // «несут ответственность за» is «отвечают за» (not «понести ответственность»: to be punished).
  ...verbPhrase('нести/несёт/несут/нёс', 'ответственность', false, 'отвечать/отвечает/отвечают/отвечал'),
  // The future of «участвовать» is analytic: «примем участие» → «будем участвовать».
  { match: 'приму участие', replace: ['буду участвовать'] },
  { match: 'примем участие', replace: ['будем участвовать'] },
  { match: 'примете участие', replace: ['будете участвовать'] },
  ...verbPhrase(
    'принять/примет/примут/принял',
    'участие',
    false,
    'участвовать/будет участвовать/будут участвовать/участвовал',
  ).filter((entry) => entry.match !== 'примем участие'),
  ...inInfinitive('принимать|принять', ACCEPT, 'участи*', ['участвовать']),
  // The noun «принятие» before «мер» is «действия» in its case: «в принятии мер» → «в действиях» (before the
  // verb's entry, which offers infinitives).
  ...['действия', 'действий', 'действиям', 'действиями', 'действиях'].map((plain, i) => ({
    match: `${nounForms('приняти').split('|')[i]} мер|мерам|мерами|мерах`,
    replace: [plain],
  })),
  // «Меры» keep their own complement («меры по усилению войск», «меры безопасности»), which «действовать»
  // would leave hanging («действовать по усилению»): nothing to paste before one.
  ...inInfinitive('принимать|принять', ACCEPT, 'меры|мер|мерам|мерами|мерах', ['действовать', 'сделать'], {
    carry: null,
    blocked: 'по|к|ко|для|против|от|относительно|касательно',
  }),
  // The noun of an empty verb before its object noun is that noun, in its case («для оказания помощи» →
  // «для помощи», «проведение расследования» → «расследование»), not an infinitive.
  objectNoun(`${nounForms('оказани')} помощ*|содейств*`, 'помощь'),
  objectNoun(`${nounForms('оказани')} поддержк*`, 'поддержка'),
  objectNoun(`${nounForms('проведени')} расследовани*`, 'расследование'),
  // Checks in the plural keep their number, in the head's case («график проведения проверок» → «график
  // проверок»); as the subject («Проведение проверок займёт») the verb would not agree: nothing to paste.
  { match: 'проведение проверок', replace: [] },
  { match: 'проведения проверок', replace: ['проверок'] },
  { match: 'проведению проверок', replace: ['проверкам'] },
  { match: 'проведением проверок', replace: ['проверками'] },
  { match: 'проведении проверок', replace: ['проверках'] },
  objectNoun(`${nounForms('проведени')} провер*`, 'проверка'),
  // The noun «ремонта», not the adjective «ремонтных», which needs «работ» taken in («проведение ремонтных
  // работ» → «ремонт»); joined to another adjective («ремонтных и строительных работ») it is flagged alone.
  objectNoun(`${nounForms('проведени')} ремонта|ремонтов`, 'ремонт'),
  // A participle or «которые» after «работ» agrees with it in the plural: «ремонт, сопровождающихся шумом» would
  // not, so nothing to paste there. Nor in the nominative, whose predicate agrees with the neuter «проведение»
  // («Проведение ремонтных работ запрещено»).
  {
    ...objectNoun('проведения|проведению|проведением|проведении ремонтных работ', 'ремонт'),
    followedBy: '^(?!\\s*,?\\s*(?:котор[а-яё]+|[а-яё]+(?:ихся|ыхся|ых|их|ими|ыми))(?![а-яё]))',
  },
  { match: `${nounForms('проведени')} ремонтных работ`, replace: [] },
  { match: `${nounForms('проведени')} ремонтных`, replace: [] },
  // The object noun in the genitive: «процесс вынесения решение» (a typo) is no «процесс решения».
  objectNoun(`${nounForms('вынесени')} решения|решений`, 'решение'),
  // «Принятие решений» (plural) is decision-making, a set phrase «решения» does not say: nothing to paste.
  { match: 'приняти* решений', replace: [] },
  // As the subject of an empty verb («Принятие решения … производится», «осуществляется») the process noun is
  // what the verb does: a decision is taken, not «производится», and the clause needs rewriting.
  {
    match: `${nounForms('приняти')} решения`,
    replace: [],
    followedBy: EMPTY_VERB_AFTER,
  },
  objectNoun(`${nounForms('приняти')} решения`, 'решение'),
  ...decidingAbout(
    verbPhrase(
      'принимать/принимает/принимают/принимал',
      'решение|решения',
      false,
      'решать/решает/решают/решал',
    ),
  ),
  ...decidingAbout(
    verbPhrase('принять/примет/примут/принял', 'решение|решения', false, 'решить/решит/решат/решил'),
  ),
  ...inInfinitive('принимать|принять', ACCEPT, 'решени*', ['решить']),
  ...['во внимание', 'к сведению'].flatMap((object) => [
    ...verbPhrase(
      'принимать/принимает/принимают/принимал',
      object,
      false,
      'учитывать/учитывает/учитывают/учитывал',
    ),
    ...verbPhrase('принять/примет/примут/принял', object, false, 'учесть/учтёт/учтут/учёл'),
  ]),
  ...inInfinitive('принимать|принять', ACCEPT, 'во внимание', ['учесть']),
  ...inInfinitive('принимать|принять', ACCEPT, 'к сведению', ['учесть']),
  ...inInfinitive('принимать|принять', ACCEPT, 'к исполнению', ['выполнить']),
  ...inInfinitive('принимать|принять', ACCEPT, 'к рассмотрению', ['рассмотреть']),
  // «Находится на рассмотрении» is the plain verb's -ся form in the same number and tense: «Заявление находится
  // на рассмотрении» → «рассматривается», «будет находиться» → «будет рассматриваться».
  ...(
    [
      ['находиться', 'рассматриваться'],
      ['находится', 'рассматривается'],
      ['находятся', 'рассматриваются'],
      ['находился', 'рассматривался'],
      ['находилась', 'рассматривалась'],
      ['находилось', 'рассматривалось'],
      ['находились', 'рассматривались'],
    ] as const
  ).flatMap(([verb, plain]): PhraseEntry[] => [
    // «на рассмотрении суда» names who considers it: «рассматривается суда» would not be Russian.
    {
      match: `${verb} на рассмотрении`,
      replace: [plain],
      notBefore: '^[а-яё]+(?:а|я|ы|и|ого|его|ой|ей|ых|их|ов|ев)$',
    },
    { match: `${verb} на рассмотрении`, replace: [] },
  ]),
  // In the form of «оказывать», «оказать»: «оказали помощь» → «помогли» («помогать» has no passive).
  ...verbPhrase(
    'оказывать/оказывает/оказывают/оказывал',
    'помощь',
    false,
    'помогать/помогает/помогают/помогал',
  ),
  ...verbPhrase('оказать/окажет/окажут/оказал', 'помощь', false, 'помочь/поможет/помогут/помог'),
  // The passive in its tense, said with the impersonal 3rd plural: «была оказана помощь» → «помогли», «будет
  // оказана помощь» → «помогут» (the -ся forms are `verbPhrase`'s).
  { match: 'была оказана помощь', replace: ['помогли'] },
  { match: 'будет оказана помощь', replace: ['помогут'] },
  { match: 'оказана помощь', replace: ['помогли'] },
  // «Содействие» is help: «оказывает содействие в поиске» → «помогает в поиске».
  ...verbPhrase(
    'оказывать/оказывает/оказывают/оказывал',
    'содействие',
    false,
    'помогать/помогает/помогают/помогал',
  ),
  ...verbPhrase('оказать/окажет/окажут/оказал', 'содействие', false, 'помочь/поможет/помогут/помог'),
  // «Влиять на» keeps the preposition «оказывать влияние на» has: «оказывает влияние на» → «влияет на».
  ...verbPhrase(
    'оказывать/оказывает/оказывают/оказывал',
    'влияние|воздействие',
    false,
    'влиять/влияет/влияют/влиял',
  ),
  ...verbPhrase(
    'оказать/окажет/окажут/оказал',
    'влияние|воздействие',
    false,
    'повлиять/повлияет/повлияют/повлиял',
  ),
  ...supporting(),
  // Other forms (participles of «оказать», short participles) get nothing to paste: an infinitive there, or
  // «оказался помощником» → «помогать», read wrong.
  ...inInfinitive('оказывать|оказать', 'оказ*', 'помощь|помощи', ['помогать', 'помочь']),
  ...inInfinitive('оказывать|оказать', 'оказ*', 'содейств*', ['помогать', 'помочь']),
  ...inInfinitive(
    'оказывать|оказать',
    'оказ*',
    'поддержк*',
    ['поддерживать', 'поддержать'],
    DATIVE_TO_ACCUSATIVE,
  ),
  ...inInfinitive('оказывать|оказать', 'оказ*', 'влияни*|воздейств*', ['влиять', 'повлиять']),
  // In the form of «проводить», «провести»: «провели проверку» → «проверили», «проводится анализ» →
  // «анализируется».
  ...conducting(
    'проверк*|проверку',
    'проверять/проверяет/проверяют/проверял',
    'проверить/проверит/проверят/проверил',
  ),
  ...conducting(
    'расследовани*',
    'расследовать/расследует/расследуют/расследовал',
    'расследовать/расследует/расследуют/расследовал',
  ),
  ...conducting(
    'анализ*',
    'анализировать/анализирует/анализируют/анализировал',
    'проанализировать/проанализирует/проанализируют/проанализировал',
  ),
  // «Беседа» is a talk: «провёл беседу с родителями» → «поговорил с родителями». «Поговорить» takes no
  // accusative, so a genitive after the noun («беседу профилактического характера») has nothing to paste.
  // Neither has a passive: «проводится беседа» is the impersonal «беседуют», never «беседуется».
  ...withGenitiveObject(
    verbPhrase(CONDUCT_PARTS[0], 'бесед*', false, 'беседовать/беседует/беседуют/беседовал'),
    ['беседовать/беседует/беседуют/беседовал'],
  ),
  ...withGenitiveObject(
    verbPhrase(CONDUCT_PARTS[1], 'бесед*', false, 'поговорить/поговорит/поговорят/поговорил'),
    ['поговорить/поговорит/поговорят/поговорил'],
  ),
  ...conducting('оценк*|оценку', 'оценивать/оценивает/оценивают/оценивал', 'оценить/оценит/оценят/оценил'),
  ...inInfinitive('проводить|провести', CONDUCT, 'провер*', ['проверить'], GENITIVE_TO_ACCUSATIVE),
  ...inInfinitive('проводить|провести', CONDUCT, 'мониторинг*', ['следить', 'отслеживать'], OBJECT_NOT_BUILT),
  ...inInfinitive(
    'проводить|провести',
    CONDUCT,
    'анализ*',
    ['изучить', 'проанализировать'],
    GENITIVE_TO_ACCUSATIVE,
  ),
  ...inInfinitive('проводить|провести', CONDUCT, 'обследовани*', ['обследовать'], GENITIVE_TO_ACCUSATIVE),
  ...inInfinitive('проводить|провести', CONDUCT, 'встреч*', ['встретиться']),
  ...inInfinitive('проводить|провести', CONDUCT, 'консультаци*', ['консультировать', 'объяснять'], {
    carry: null,
    blocked: 'с|со|по',
  }),
  // «Объяснять» wants what is explained: only before «о» or a clause with «что»; «объяснять среди пожилых
  // родственников», «объяснять с родителями» are not Russian, and those phrases keep the finding without a paste.
  {
    match: 'проводить|провести разъяснительн* работ*',
    replace: ['объяснять'],
    followedBy: '^(?:\\s+(?:о|об|обо)\\s|\\s*,\\s*(?:что|как|почему|зачем)\\s)',
  },
  ...inInfinitive('проводить|провести', CONDUCT, 'разъяснительн* работ*', []),
  // «Проводить работу» is «работать» in its form, its passive the impersonal 3rd plural («проводится работа» →
  // «работают»), its noun the work itself («проведение работ» → «работа»). «Провели работу», «проведена работа»
  // say nothing of what was done: nothing to paste, never an infinitive («Акимат работать по ремонту»).
  // Before «по» and a verbal noun («проводится работа по привлечению инвесторов») «работают по привлечению»
  // is no Russian: nothing to paste.
  ...verbPhrase(
    'проводить/проводит/проводят/проводил',
    'работу|работа|работы',
    false,
    'работать/работает/работают/работал',
  ).flatMap((entry): PhraseEntry[] => [
    { match: entry.match, replace: [], followedBy: '^\\s+по\\s+[а-яё]+(?:нию|тию|ции|ке)(?![а-яё])' },
    entry,
  ]),
  // «Работ» is plural, the works («на время проведения работ»): the paste keeps the number and the case
  // («на время работ», «по проведению работ» → «по работам»); the nominative plural would leave a verb in the
  // singular («Проведение работ займёт» → «Работы займёт»): nothing to paste.
  objectNoun(`${nounForms('проведени')} работы|работу|работой|работе`, 'работа'),
  { match: 'проведение работ', replace: [] },
  { match: 'проведения работ', replace: ['работ'] },
  { match: 'проведению работ', replace: ['работам'] },
  { match: 'проведением работ', replace: ['работами'] },
  { match: 'проведении работ', replace: ['работах'] },
  { match: `${CONDUCT} работ*`, replace: [] },
  ...inInfinitive('проводить|провести', CONDUCT, 'расследовани*', ['расследовать'], GENITIVE_TO_ACCUSATIVE),
  ...inInfinitive('проводить|провести', CONDUCT, 'оценк*', ['оценить'], GENITIVE_TO_ACCUSATIVE),
  ...inInfinitive('проводить|провести', CONDUCT, 'обучени*', ['обучать', 'учить'], GENITIVE_TO_ACCUSATIVE),
  ...inInfinitive('вести', CARRY, 'работ*', ['работать']),
  ...inInfinitive('вести', CARRY, 'учет*', ['учитывать', 'считать'], GENITIVE_TO_ACCUSATIVE),
  ...inInfinitive('вести', CARRY, 'борьб*', ['бороться']),
  ...inInfinitive('вести', CARRY, 'наблюдени*', ['наблюдать']),
  ...inInfinitive('вносить|внести', MAKE_PAYMENT, 'оплат*|плат*', ['оплатить', 'заплатить']),
  ...inInfinitive('вносить|внести', MAKE_PAYMENT, 'изменени*', ['изменить'], IN_BLOCKED),
  ...inInfinitive('вносить|внести', MAKE_PAYMENT, 'исправлени*', ['исправить'], IN_BLOCKED),
  ...inInfinitive('вносить|внести', MAKE_PAYMENT, 'предложени*', ['предложить'], {
    carry: null,
    blocked: 'о|об|по',
  }),
  ...inInfinitive('вносить|внести', MAKE_PAYMENT, 'дополнени*', ['дополнить'], IN_BLOCKED),
  ...inInfinitive('давать|дать', GIVE, 'согласи*', ['согласиться']),
  ...inInfinitive('давать|дать', GIVE, 'ответ', ['ответить']),
  ...inInfinitive('давать|дать', GIVE, 'разрешени*', ['разрешить'], {
    carry: null,
    blocked: 'на',
  }),
  ...inInfinitive('давать|дать', GIVE, 'поручени*', ['поручить']),
  ...inInfinitive('давать|дать', GIVE, 'оценк*', ['оценить'], DATIVE_TO_ACCUSATIVE),
  ...inInfinitive('давать|дать', GIVE, 'разъяснени*', ['объяснить']),
  ...inInfinitive('давать|дать', GIVE, 'рекомендаци*', ['посоветовать']),
  ...inInfinitive('совершать|совершить', COMMIT, 'поездк*', ['поехать']),
  ...inInfinitive('совершать|совершить', COMMIT, 'звонок|звонка|звонки|звонков', ['позвонить']),
  ...inInfinitive('совершать|совершить', COMMIT, 'покупк*', ['купить'], GENITIVE_TO_ACCUSATIVE),
  ...inInfinitive('совершать|совершить', COMMIT, 'платеж*', ['заплатить', 'оплатить']),
  ...inInfinitive('совершать|совершить', COMMIT, 'правонарушени*', ['нарушить закон']),
  // Verb phrases listed by their stems: a replacement in the form each one fits, else nothing to paste («Суд
  // вынес решение» → «Суд решить», «Меры носят временный характер» → «Меры временный», «Вопрос входит в
  // компетенцию акимата» → «Вопрос решает акимата» were not Russian).
  ...decidingAbout(
    verbPhrase('выносить/выносит/выносят/выносил', 'решение', false, 'решать/решает/решают/решал'),
  ),
  ...decidingAbout(verbPhrase('вынести/вынесет/вынесут/вынес', 'решение', false, 'решить/решит/решат/решил')),
  { match: 'вынес*|вынос* решени*', replace: [] },
  ...inInfinitive('подвергать|подвергнуть', 'подверг*', 'проверк*', ['проверить']),
  ...inInfinitive('подвергать|подвергнуть', 'подверг*', 'сомнени*', ['усомниться'], OBJECT_NOT_BUILT),
  { match: 'носит рекомендательный характер', replace: ['— это только совет'] },
  { match: 'носят рекомендательный характер', replace: ['— это только советы'] },
  { match: 'нос* рекомендательн* характер', replace: [] },
  { match: 'носят временный характер', replace: ['временные'] },
  { match: 'нос* временн* характер', replace: [] },
  // No entry for «выступать в качестве»: «в качестве» alone carries its noun («выступает как заказчик»).
  { match: 'вход* в компетенци*|полномочи*', replace: [] },
  ...inInfinitive('возлагать|возложить', 'возлож*|возлага*', 'обязанност*|ответственност*', ['поручить'], {
    carry: null,
    blocked: 'на',
  }),
  // «Владельцам вменяется в обязанность убирать» is «Владельцы обязаны убирать», «вменить ему в обязанность» is
  // «обязать его»: the person changes case, so nothing to paste.
  { match: 'вмен* в обязанность', replace: [] },
  // «Вступать в силу», «утрачивать силу» are «начинать», «переставать действовать» in the same form
  // («Закон вступает в силу» → «начинает действовать», «утратил силу» → «перестал действовать»). The
  // participles («вступивший», «утратившим») get nothing to paste, but the ruling «признан утратившим силу»
  // is «отменён» in its gender and number.
  ...[
    ...verbPhrase(
      'вступать/вступает/вступают/вступал',
      'в силу',
      false,
      'начинать/начинает/начинают/начинал',
    ),
    ...verbPhrase('вступить/вступит/вступят/вступил', 'в силу', false, 'начать/начнёт/начнут/начал'),
    ...verbPhrase(
      'утрачивать/утрачивает/утрачивают/утрачивал',
      'силу',
      false,
      'переставать/перестаёт/перестают/переставал',
    ),
    ...verbPhrase(
      'утратить/утратит/утратят/утратил',
      'силу',
      false,
      'перестать/перестанет/перестанут/перестал',
    ),
  ].map((entry) => ({ ...entry, replace: entry.replace.map((form) => `${form} действовать`) })),
  ...(
    [
      ['признать', 'отменить'],
      ['признан', 'отменён'],
      ['признана', 'отменена'],
      ['признано', 'отменено'],
      ['признаны', 'отменены'],
      ['признается', 'отменяется'],
      ['признаются', 'отменяются'],
    ] as const
  ).map(([verb, plain]) => ({ match: `${verb} утратившим|утратившей|утратившими силу`, replace: [plain] })),
  { match: 'вступ* в силу', replace: [] },
  // «Вводится в действие» says that a rule or a tariff starts to apply: «начинает действовать» in its form,
  // its subject the same («С 1 июля вводятся в действие тарифы» → «начинают действовать»), and the short
  // participle the past («Закон введён в действие» → «начал действовать»), with its auxiliary («будет
  // введён» → «начнёт»; not «будет начал»). Not with the agent that brings it in named in the instrumental
  // («Приказом вводится в действие регламент»); the active «вводит в действие», whose subject is that agent,
  // has nothing to paste.
  ...(
    [
      ['вводится', 'начинает'],
      ['вводятся', 'начинают'],
      ['вводился', 'начинал'],
      ['вводилась', 'начинала'],
      ['вводилось', 'начинало'],
      ['вводились', 'начинали'],
      ['введен', 'начал'],
      ['введена', 'начала'],
      ['введено', 'начало'],
      ['введены', 'начали'],
      ['был введен', 'начал'],
      ['была введена', 'начала'],
      ['было введено', 'начало'],
      ['были введены', 'начали'],
      ['будет введен|введена|введено', 'начнёт'],
      ['будут введены', 'начнут'],
    ] as const
  ).map(([verb, plain]) => ({
    match: `${verb} в действие`,
    replace: [`${plain} действовать`],
    notAfter: '^(?:будет|будут|был|была|было|были|быть|бы|будучи)$',
    precededBy: NO_AGENT_BEFORE,
    followedBy: NO_AGENT_AHEAD,
  })),
  { match: 'ввод*|введ*|ввест* в действие', replace: [] },
  // «Прошу рассмотреть возможность выделения участка» asks for the thing: «Прошу выделить участок».
  { match: 'рассмотр* возможност*', replace: [] },
  { match: 'утрат* сил*', replace: [] },
  // «Уведомляем вас», «информируем граждан», «известим заявителя»: «сообщать» wants the person in the dative.
  ...informing('уведомлять/уведомляет/уведомляют/уведомлял', 'сообщать/сообщает/сообщают/сообщал'),
  ...informing('уведомить/уведомит/уведомят/уведомил', 'сообщить/сообщит/сообщат/сообщил'),
  ...informing('информировать/информирует/информируют/информировал', 'сообщать/сообщает/сообщают/сообщал'),
  ...informing(
    'проинформировать/проинформирует/проинформируют/проинформировал',
    'сообщить/сообщит/сообщат/сообщил',
  ),
  // A court's «извещает» is the procedural term of its notice (судебное извещение): nothing to paste there.
  ...nothingToPasteWhere({ inClause: '^(?:суд|суда|судом|судья|судьи)$' }, [
    ...informing('извещать/извещает/извещают/извещал', 'сообщать/сообщает/сообщают/сообщал'),
    ...informing('известить/известит/известят/известил', 'сообщить/сообщит/сообщат/сообщил'),
  ]),
  ...informing('оповещать/оповещает/оповещают/оповещал', 'сообщать/сообщает/сообщают/сообщал'),
  ...informing('оповестить/оповестит/оповестят/оповестил', 'сообщить/сообщит/сообщат/сообщил'),
  // Other forms — short participles («должен быть проинформирован»), the infinitive before its object — have
  // no «сообщить» that pastes in («должен быть сообщить»).
  { match: 'проинформир*', replace: [] },
  // The noun has no plain noun to paste («сообщение» is a message); the message asks for a verb.
  { match: 'информирование|информирования|информированию|информированием|информировании', replace: [] },
  ...withObject(
    verb(
      'ознакомиться/ознакомится/ознакомятся/ознакомился',
      false,
      'прочитать/прочитает/прочитают/прочитал',
      'посмотреть/посмотрит/посмотрят/посмотрел',
    ),
  ),
  // «Я ознакомлен с правилами» is «Я прочитал правила»: the short participle gets the past in its gender.
  ...withObject(
    shortForms('ознакомлен/ознакомлена/ознакомлено/ознакомлены', 'прочитал/прочитала/прочитало/прочитали'),
  ),
  // «ознакомить сотрудников с приказом» is «показать приказ сотрудникам»: the cases change, nothing to paste.
  {
    match: 'ознакомить|ознакомлю|ознакомим|ознакомит|ознакомят|ознакомьте|ознакомлен*|ознакамлива*',
    replace: [],
  },
  ...unlessWith(ABSTRACT_GAIN, [
    { match: 'приобрет*|приобрест*|приобрел*', replace: ['купить', 'получить'], agree: true },
  ]),
  { match: 'функционир*', replace: ['работать'], agree: true },
  ...verb(
    'приобретать/приобретает/приобретают/приобретал',
    true,
    'покупать/покупает/покупают/покупал',
    'получать/получает/получают/получал',
  ).flatMap((entry) => unlessWith(ABSTRACT_GAIN, [entry])),
  ...verb(
    'приобрести/приобретёт/приобретут/приобрёл',
    false,
    'купить/купит/купят/купил',
    'получить/получит/получат/получил',
  ).flatMap((entry) => unlessWith(ABSTRACT_GAIN, [entry])),
  ...verb(
    'функционировать/функционирует/функционируют/функционировал',
    false,
    'работать/работает/работают/работал',
  ),
  { match: 'инициир*', replace: ['начать', 'предложить'], agree: true },
  // The nouns get nouns in their case («по актуализации данных» → «по обновлению»), the verbs infinitives.
  { match: 'апробаци*', replace: ['проверка', 'испытание'], agree: 'noun', singular: true },
  // «Комплектование групп» is the children's assignment to groups or classes: «набор детей в группы» rebuilds
  // the phrase round other words, so nothing to paste.
  { match: 'комплектовани* групп*|класс*', replace: [] },
  { match: 'апробир*', replace: ['проверить', 'испытать'], agree: true },
  { match: 'актуализаци*', replace: ['обновление'], agree: 'noun', singular: true },
  { match: 'актуализир*', replace: ['обновить'], agree: true },
  // Their verbal nouns in -ование get nouns in their case, before the stems whose infinitives they would take
  // («Аннулирование лицензии» → «Отменить», «Истребование документов» → «Запросить» were offered). A plain
  // noun of another gender only in the oblique cases: a nominative's predicate may agree with it
  // («Аннулирование возможно» is no «Отмена возможно»).
  {
    match: nounForms('аннулировани').replace(/^[^|]+\|/u, ''),
    replace: ['отмена'],
    agree: 'noun',
    singular: true,
  },
  {
    match: nounForms('истребовани').replace(/^[^|]+\|/u, ''),
    replace: ['запрос'],
    agree: 'noun',
    singular: true,
  },
  { match: 'аннулирование|истребование', replace: [] },
  { match: nounForms('апробировани'), replace: ['испытание'], agree: 'noun', singular: true },
  { match: nounForms('актуализировани'), replace: ['обновление'], agree: 'noun', singular: true },
  { match: nounForms('оптимизировани'), replace: ['улучшение', 'сокращение'], agree: 'noun', singular: true },
  { match: nounForms('активизировани'), replace: ['усиление'], agree: 'noun', singular: true },
  { match: `${nounForms('инициировани')}|${nounForms('регламентировани')}`, replace: [] },
  { match: 'аннулир*', replace: ['отменить'], agree: true },
  { match: 'регламентир*', replace: ['устанавливать', 'определять'], agree: true },
  { match: 'активизаци*|интенсификаци*', replace: ['усиление'], agree: 'noun', singular: true },
  { match: 'активизир*|интенсифицир*', replace: ['усилить'], agree: true },
  { match: 'оптимизаци*', replace: ['улучшение', 'сокращение'], agree: 'noun', singular: true },
  { match: 'оптимизир*', replace: ['улучшить', 'сократить'], agree: true },
  { match: 'истребов*|истребу*', replace: ['запросить'], agree: true },
  // Their passives in -ся, which an infinitive cannot replace («Заявление аннулируется» → «отменяется», not
  // «отменить»): the plain imperfective's -ся form, a passive the passive rule then offers in the impersonal.
  ...reflexivePassives(
    'аннулировать/аннулирует/аннулируют/аннулировал',
    'отменять/отменяет/отменяют/отменял',
  ),
  ...reflexivePassives(
    'актуализировать/актуализирует/актуализируют/актуализировал',
    'обновлять/обновляет/обновляют/обновлял',
  ),
  ...reflexivePassives(
    'оптимизировать/оптимизирует/оптимизируют/оптимизировал',
    'улучшать/улучшает/улучшают/улучшал',
    'сокращать/сокращает/сокращают/сокращал',
  ),
  ...reflexivePassives(
    'инициировать/инициирует/инициируют/инициировал',
    'начинать/начинает/начинают/начинал',
    'предлагать/предлагает/предлагают/предлагал',
  ),
  ...reflexivePassives(
    'истребовать/истребует/истребуют/истребовал',
    'запрашивать/запрашивает/запрашивают/запрашивал',
  ),
  ...reflexivePassives(
    'апробировать/апробирует/апробируют/апробировал',
    'проверять/проверяет/проверяют/проверял',
    'испытывать/испытывает/испытывают/испытывал',
  ),
  ...reflexivePassives(
    'активизировать/активизирует/активизируют/активизировал',
    'усиливать/усиливает/усиливают/усиливал',
  ),
  // Finite forms and short participles of bookish verbs whose stem entries offer the infinitive.
  ...verb(
    'инициировать/инициирует/инициируют/инициировал',
    false,
    'начать/начнёт/начнут/начал',
    'предложить/предложит/предложат/предложил',
  ),
  ...verb('аннулировать/аннулирует/аннулируют/аннулировал', false, 'отменить/отменит/отменят/отменил'),
  ...verb(
    'оптимизировать/оптимизирует/оптимизируют/оптимизировал',
    false,
    'улучшить/улучшит/улучшат/улучшил',
    'сократить/сократит/сократят/сократил',
  ),
  ...verb(
    'актуализировать/актуализирует/актуализируют/актуализировал',
    false,
    'обновить/обновит/обновят/обновил',
  ),
  ...verb('активизировать/активизирует/активизируют/активизировал', false, 'усилить/усилит/усилят/усилил'),
  ...verb('истребовать/истребует/истребуют/истребовал', false, 'запросить/запросит/запросят/запросил'),
  ...verb(
    'регламентировать/регламентирует/регламентируют/регламентировал',
    true,
    'устанавливать/устанавливает/устанавливают/устанавливал',
  ),
  ...verb(
    'ходатайствовать/ходатайствует/ходатайствуют/ходатайствовал',
    false,
    'просить/просит/просят/просил',
  ),
  ...shortParticiples(
    'аннулирован/аннулирована/аннулировано/аннулированы',
    'отменён/отменена/отменено/отменены',
  ),
  ...onlyWith(
    PLANS,
    shortParticiples(
      'реализован/реализована/реализовано/реализованы',
      'выполнен/выполнена/выполнено/выполнены',
    ),
    true,
  ),
  // Checks and measures are «проведены», not «сделаны» («будут осуществлены осмотр, отбор проб»): their
  // order first where such a noun follows or stands before in the clause, else the plans' entries below.
  ...shortParticiples(
    'осуществлен/осуществлена/осуществлено/осуществлены',
    'проведён/проведена/проведено/проведены',
    'сделан/сделана/сделано/сделаны',
  ).flatMap((entry): PhraseEntry[] => [
    alsoFollowedBy(entry, nounAhead(CHECKS)),
    { ...entry, inClause: `^(?:${CHECKS})` },
  ]),
  ...onlyWith(
    PLANS,
    shortParticiples(
      'осуществлен/осуществлена/осуществлено/осуществлены',
      'сделан/сделана/сделано/сделаны',
      'проведён/проведена/проведено/проведены',
    ),
    true,
  ),
  ...shortParticiples(
    'апробирован/апробирована/апробировано/апробированы',
    'проверен/проверена/проверено/проверены',
  ),
  ...shortParticiples(
    'оптимизирован/оптимизирована/оптимизировано/оптимизированы',
    'улучшен/улучшена/улучшено/улучшены',
  ),
  ...shortParticiples(
    'актуализирован/актуализирована/актуализировано/актуализированы',
    'обновлён/обновлена/обновлено/обновлены',
  ),
  // «регламентированный порядок» → «установленный», not the infinitive the stem gets.
  ...shortParticiples(
    'регламентирован/регламентирована/регламентировано/регламентированы',
    'установлен/установлена/установлено/установлены',
  ),
  ...shortParticiples(
    'инициирован/инициирована/инициировано/инициированы',
    'начат/начата/начато/начаты',
    'предложен/предложена/предложено/предложены',
  ),
  ...shortParticiples(
    'истребован/истребована/истребовано/истребованы',
    'запрошен/запрошена/запрошено/запрошены',
  ),
  ...shortParticiples(
    'активизирован/активизирована/активизировано/активизированы',
    'усилен/усилена/усилено/усилены',
  ),
  ...shortParticiples(
    'интенсифицирован/интенсифицирована/интенсифицировано/интенсифицированы',
    'усилен/усилена/усилено/усилены',
  ),
  ...presentedNotShown([
    // A thing «предъявляется» is not «показывается», which reads as "appears" («Транспортное средство …
    // показывается для осмотра»): the -ся forms get nothing to paste.
    ...verb(
      'предъявлять/предъявляет/предъявляют/предъявлял',
      true,
      'показывать/показывает/показывают/показывал',
    ).map((entry) => (/с[яь]$/u.test(entry.match) ? { ...entry, replace: [] } : entry)),
    ...verb('предъявить/предъявит/предъявят/предъявил', false, 'показать/покажет/покажут/показал'),
    // Not the short participles: «ему предъявлено обвинение» is a charge, not a showing.
    {
      match: 'предъяв*',
      replace: ['показать'],
      except: [
        'предъявлен',
        'предъявлена',
        'предъявлено',
        'предъявлены',
        'предъявление',
        'предъявления',
        'предъявлению',
        'предъявлением',
        'предъявлении',
      ],
    },
  ]),
  // «С» names who would pay: «бесплатно» takes it along («без взимания платы с участников» → «бесплатно») when a
  // bare noun ends it; else «бесплатно с участников» is left dangling, so nothing to paste.
  {
    match: 'без взимания платы с|со *',
    replace: ['бесплатно'],
    between: '^[а-яё]+(?<!ых|их|ого|его|ой|ей)$',
    followedBy: '^\\s*(?:[,.;:!?)]|$)',
  },
  { match: 'без взимания платы', replace: [], followedBy: '^\\s+(?:с|со)\\s+[а-яё]' },
  { match: 'без взимания платы', replace: ['бесплатно'] },
  // «Процедура» before the action it names says nothing more: «пройти процедуру регистрации» is
  // «зарегистрироваться», «процедура регистрации» «регистрация».
  { match: 'пройти процедуру регистрации', replace: ['зарегистрироваться'] },
  { match: 'процедур* регистрации', replace: ['регистрация'], agree: 'first-noun', singular: true },
  // «Для постановки на учёт / очередь» is «чтобы встать на учёт / в очередь».
  ...(
    [
      ['для постановки на учет', 'чтобы встать на учёт'],
      ['для постановки на очередь', 'чтобы встать в очередь'],
      ['для постановки в очередь', 'чтобы встать в очередь'],
    ] as const
  ).map(([match, plain]): PhraseEntry => ({ match, replace: [plain], notAfter: NOUN_A_PURPOSE_QUALIFIES })),
  { match: 'взиман* плат*', replace: ['плата'], agree: 'first-noun' },
  { match: 'взима*', replace: ['брать'], agree: true },
  ...verb('взимать/взимает/взимают/взимал', true, 'брать/берёт/берут/брал'),
  // «Повлечь (за собой) расходы» → «привести к расходам», «вызвать расходы», in the verb's own form.
  ...(
    [
      ['повлечь', 'привести к', 'вызвать'],
      ['повлечет', 'приведёт к', 'вызовет'],
      ['повлекут', 'приведут к', 'вызовут'],
      ['повлек', 'привёл к', 'вызвал'],
      ['повлекла', 'привела к', 'вызвала'],
      ['повлекло', 'привело к', 'вызвало'],
      ['повлекли', 'привели к', 'вызвали'],
      ['влечь', 'вести к', 'вызывать'],
      ['влечет', 'ведёт к', 'вызывает'],
      ['влекут', 'ведут к', 'вызывают'],
    ] as const
  ).flatMap(([form, leadsTo, causes]): PhraseEntry[] =>
    [form, `${form} за собой`].flatMap((match): PhraseEntry[] => [
      // A penalty is not «вызвана» («вызывает административную ответственность»): only «ведёт к», or nothing.
      {
        match,
        replace: [leadsTo],
        carries: { from: 'accusative', to: ['dative'] },
        followedBy: `^\\s+(?:[а-яё]+\\s+){0,2}${PENALTY}`,
      },
      { match, replace: [leadsTo, causes], carries: { from: 'accusative', to: ['dative', null] } },
    ]),
  ),
  // «Предусмотрена административная ответственность» says «влечёт ответственность» hiding who punishes: a
  // rewrite round the penalty («вас оштрафуют»), which no paste of these words gives («наказывают» loses its
  // kind, and «в виде штрафа» after it breaks).
  {
    match: 'предусмотрен|предусмотрена|предусмотрено|предусмотрены * ответственност*',
    replace: [],
    between: '^(?:административн|уголовн|дисциплинарн|материальн)[а-яё]*$',
  },
  { match: 'предусмотрен|предусмотрена|предусмотрено|предусмотрены ответственност*', replace: [] },
  // Its participle in every form: «обстоятельств, влекущих прекращение» → «ведущих к прекращению»; where the
  // noun cannot be put in the dative, nothing to paste («вызывающее ответственность» says another thing).
  ...['ий', 'его', 'ему', 'им', 'ем', 'ая', 'ей', 'ую', 'ее', 'ие', 'их', 'ими'].map(
    (ending): PhraseEntry => ({
      match: `влекущ${ending}`,
      replace: [`ведущ${ending} к`],
      carries: { from: 'accusative', to: ['dative'] },
    }),
  ),
  { match: 'вам следует', replace: ['вам нужно'] },
  { match: 'следует отметить', replace: [] },
  { match: 'следует учитывать', replace: ['учтите'] },
  { match: 'необходимо отметить', replace: [] },
  { match: 'хотелось бы отметить', replace: [] },
  // Before «на то, что» or «на» a thing, neither «важно» nor «учтите» pastes in («Важно на то, что…»); nor
  // before the addressee in the genitive, which «внимание» governs and «учтите» does not («Учтите пассажиров
  // на то, что…»): any word right after the phrase is one of the two.
  { match: 'обращаем ваше внимание', replace: [], followedBy: '^\\s+\\p{L}' },
  // «Важно, что …» evaluates («it is significant that»); a notice warns: «Учтите, что …».
  { match: 'обращаем ваше внимание', replace: ['учтите', 'важно'] },
  { match: 'обращаем внимание', replace: [], followedBy: '^\\s+\\p{L}' },
  { match: 'обращаем внимание', replace: ['учтите', 'важно'] },
  // The request form says the same: «Также просим обратить внимание, что …» → «Также учтите, что …».
  ...['просим обратить внимание', 'просим обратить ваше внимание'].flatMap((match): PhraseEntry[] => [
    { match, replace: [], followedBy: '^\\s+\\p{L}' },
    { match, replace: ['учтите'] },
  ]),
  { match: 'просим обратить особое внимание', replace: [] },
  // A duty to do an action named by its noun («Очистка кровель должна производиться»): the empty verb in the
  // infinitive hides who does it. Not a product's making («Продукция должна производиться из…»): only after a
  // verbal noun in the clause; the clause is the writer's to rebuild, nothing to paste.
  {
    match: 'должен|должна|должно|должны производиться',
    replace: [],
    inClause: '^(?:[а-яё]+(?:тка|бка|рка|вка|дка|ение|ание|лата)|замена|ремонт|расч[её]т)$',
  },
  // The seasons: «в зимний период» is «зимой»; «в зимний период времени» keeps a noun «зимой» cannot govern.
  ...(
    [
      ['в зимний период', 'зимой'],
      ['в летний период', 'летом'],
      ['в весенний период', 'весной'],
      ['в осенний период', 'осенью'],
    ] as const
  ).map(([match, plain]): PhraseEntry => ({ match, replace: [plain], notBefore: '^времени$' })),
  { match: 'в онлайн-формате', replace: ['онлайн'] },
  // «Интернет-ресурс» is a «сайт» in every case and number: both decline alike, the ending carried over.
  ...['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'].map(
    (ending): PhraseEntry => ({ match: `интернет-ресурс${ending}`, replace: [`сайт${ending}`] }),
  ),
  ...BODIES_OF.flatMap(bodyOf),
  ...STUDY_COURSES,
  // «Дети в возрасте до 16 лет» are «младше 16 лет»; «до 16 лет включительно» takes 16 in, «младше» would not.
  {
    match: 'в возрасте до',
    replace: ['младше'],
    followedBy:
      '^\\s+[0-9а-яё]+(?:-[а-яё]+)?\\s+(?:лет|года|год|месяцев|месяца)(?![а-яё])(?!\\s+включительно)',
  },
  // «Мошеннические действия» are «мошенничество», in the same case; the nominative plural is left, as its verb
  // would stay plural («мошеннические действия совершаются»), and so are acts a plural word before them
  // points to («об этих мошеннических действиях»), which the singular would leave unagreed.
  ...(
    [
      ['мошеннических действий', 'мошенничества'],
      ['мошенническим действиям', 'мошенничеству'],
      ['мошенническими действиями', 'мошенничеством'],
      ['мошеннических действиях', 'мошенничестве'],
    ] as const
  ).map(
    ([match, plain]): PhraseEntry => ({
      match,
      replace: [plain],
      notAfter: '^(?:[а-яё]*(?:их|ых|им|ым|ими|ыми)|тех|тем|теми|всех|всем|всеми)$',
    }),
  ),
  // In either order, «особое внимание» is a stress no one-word paste keeps: flagged, nothing to paste.
  { match: 'особое внимание обращаем|обращается', replace: [] },
  { match: 'обращаем особое внимание', replace: [] },
  // «благодарить» takes whom it thanks in the accusative, «благодарность» in the dative: «выражаем
  // благодарность коллегам» is «благодарим коллег», «спасибо коллегам».
  ...(
    [
      ['выразить', ['поблагодарить']],
      ['выражает', ['благодарит']],
      ['выражают', ['благодарят']],
      ['выразил', ['поблагодарил']],
      ['выразила', ['поблагодарила']],
      ['выразили', ['поблагодарили']],
      ['выражаю', ['благодарю', 'спасибо']],
      ['выражаем', ['благодарим', 'спасибо']],
      ['выразим', ['поблагодарим']],
      ['выразит', ['поблагодарит']],
    ] as const
  ).flatMap(([form, plain]): PhraseEntry[] =>
    governing(
      { match: `${form} благодарность|признательность`, replace: [...plain] },
      { carry: { from: 'dative', to: 'accusative' }, keeps: ['спасибо'] },
    ),
  ),
  // The plain verb takes the person and tense of the one it replaces; other forms (a participle, «выражая»)
  // get nothing to paste: «благодарим» after «Министр выражал» was not Russian.
  { match: 'выража*|выраз* благодарност*|признательност*', replace: [] },
  // «Выразил надежду» reports what someone said: «надеялся» would say he no longer hopes, and «надеемся» lost
  // the subject. Only the present keeps the sense in the plain verb's same person.
  ...(
    [
      ['выражаю', 'надеюсь'],
      ['выражаем', 'надеемся'],
      ['выражает', 'надеется'],
      ['выражают', 'надеются'],
    ] as const
  ).map(([form, plain]) => ({ match: `${form} надежду`, replace: [plain] })),
  { match: 'выража*|выраз* надежд*', replace: [] },
  // «Извините» is the agency's own apology, «приносим извинения»; another's is «извиниться» in its form. The
  // person apologised to is a dative that «извиниться» wants with «перед» («принесла извинения клиентам» gave
  // «извините клиентам»): only before «за» or the clause's end is there something to paste.
  ...(
    [
      ['приношу|приносим', 'извините'],
      ['приносит', 'извиняется'],
      ['приносят', 'извиняются'],
      ['принёс|принес', 'извинился'],
      ['принесла', 'извинилась'],
      ['принесло', 'извинилось'],
      ['принесли', 'извинились'],
    ] as const
  ).flatMap(([bring, apologise]): PhraseEntry[] =>
    [`${bring} извинения`, `${bring} свои извинения`].map((match) => ({
      match,
      replace: [apologise],
      followedBy: '^(?:\\s+за(?![а-яё])|\\s*[,.;:!?)]|\\s*$)',
    })),
  ),
  { match: 'принос*|принес* извинени*', replace: [] },
  { match: 'принос*|принес* свои извинени*', replace: [] },
  { match: 'оставля* за собой право', replace: ['можем'] },
  ...mayReceive(),
  { match: 'представляется|представлялось|представится возможным', replace: ['можно'] },
  { match: 'не представляется|представлялось|представится возможным', replace: ['нельзя', 'невозможно'] },
  // «Можно» and «нельзя» take an infinitive, after them or opening the sentence («Курить в здании не
  // допускается»); with a noun subject («Передача данных не допускается», «Допускается загрузка файлов»)
  // nothing to paste.
  ...(
    [
      ['не допускается', 'нельзя'],
      ['допускается', 'можно'],
      ['запрещается', 'нельзя'],
      ['разрешается', 'можно'],
      ['не разрешается|разрешено', 'нельзя'],
    ] as const
  ).flatMap(([match, plain]): PhraseEntry[] => [
    { match, replace: [plain], followedBy: `^\\s+(?:не\\s+)?${INFINITIVE}` },
    { match, replace: [plain], precededBy: `^\\s*(?:не\\s+)?${INFINITIVE}` },
    // Opening a list of what is allowed or not: «Запрещается:» → «Нельзя:».
    { match, replace: [plain], precededBy: '^\\s*$', followedBy: '^\\s*:' },
    { match, replace: [] },
  ]),
  // «Нет» and «не было» take the genitive where «отсутствует» has its subject in the nominative: the noun
  // phrase after the verb goes along into the genitive («отсутствует пандус» → «нет пандуса»); a subject before
  // it («Задолженность отсутствует» would become «Задолженность нет»), or a person absent from a place, gets
  // nothing to paste. Each tense keeps its own: «отсутствовал» is «не было», never «нет».
  {
    match: 'отсутствует|отсутствуют',
    replace: ['нет'],
    carries: { from: 'nominative', to: ['genitive'] },
  },
  {
    match: 'отсутствовал|отсутствовала|отсутствовало|отсутствовали',
    replace: ['не было'],
    carries: { from: 'nominative', to: ['genitive'] },
  },

  // Noun-heavy constructions and legal terms with everyday equivalents. `singular`: a process noun, hardly
  // ever plural, so an ending that may be either is read as singular.
  { match: 'повышени* эффективност*', replace: [], followedBy: `^${JOINED_GENITIVE}` },
  { match: 'повышени* эффективност*', replace: ['улучшение'], agree: 'first-noun', singular: true },
  // The noun alone is the everyday term («срок подачи заявления»); after a preposition of purpose or time
  // the verb says it plainer, and the suggestion replaces the preposition too.
  { match: 'для подачи заявлени*|заявок|заявк*', replace: ['чтобы подать заявление'] },
  // «После» keeps its sense as «после того как»; the clause stands only where a clause may begin (the
  // sentence's start or a comma), not after a noun it would cut from its genitive («обнаружения документа
  // после подачи заявления»).
  {
    match: 'после подачи заявлени*|заявок|заявк*',
    replace: ['после того как подадите заявление'],
    precededBy: '(?:^|[,;:—–]\\s*)$',
  },
  { match: 'после подачи заявлени*|заявок|заявк*', replace: [] },
  // «Наименование» is «название»; after a number or a quantity it counts kinds of goods («500 наименований
  // товаров»), a trade term «название» does not say: no finding.
  {
    match: 'наименовани*',
    replace: ['название'],
    agree: 'noun',
    notAfter:
      '^(?:\\d[\\d\\s]*|несколько|много|многих|ряд|сотни|сотен|тысячи|тысяч|десятки|десятков|около|более|свыше|менее|порядка)$',
  },
  // «Деньги» has the plural only: each case of the phrase has its own form.
  { match: 'денежных средств', replace: ['денег'] },
  { match: 'денежным средствам', replace: ['деньгам'] },
  { match: 'денежными средствами', replace: ['деньгами'] },
  { match: 'денежных средствах', replace: ['деньгах'] },
  { match: 'денежн* средств*', replace: ['деньги'] },
  { match: 'бюджетных средств', replace: ['денег бюджета'] },
  { match: 'бюджетным средствам', replace: ['деньгам бюджета'] },
  { match: 'бюджетными средствами', replace: ['деньгами бюджета'] },
  { match: 'бюджетных средствах', replace: ['деньгах бюджета'] },
  { match: 'бюджетн* средств*', replace: ['деньги бюджета'] },
  // Driving («к управлению транспортным средством») covers motorcycles and buses, which «машина» leaves out, and
  // words before «(форма 073/у)» are a form's official name: nothing to paste.
  ...[{ after: '^(?:управлени|вождени)[а-яё]*$' }, { followedBy: '^\\s*\\(\\s*форм' }].map(
    (where): PhraseEntry => ({ match: 'транспортн* средств*', replace: [], ...where }),
  ),
  { match: 'транспортн* средств*', replace: ['машина', 'автомобиль'], agree: 'noun' },
  // «Лица пожилого возраста» are «пожилые люди», in the same case and number; the ambiguous «лица» (genitive
  // singular or plural) has nothing to paste.
  ...(
    [
      ['лиц', 'пожилых людей'],
      ['лицам', 'пожилым людям'],
      ['лицами', 'пожилыми людьми'],
      ['лицах', 'пожилых людях'],
      ['лицо', 'пожилой человек'],
      ['лицу', 'пожилому человеку'],
      ['лицом', 'пожилым человеком'],
      ['лице', 'пожилом человеке'],
      ['лица', ''],
    ] as const
  ).map(
    ([noun, plain]): PhraseEntry => ({ match: `${noun} пожилого возраста`, replace: plain ? [plain] : [] }),
  ),
  // «Несовершеннолетние лица» are «несовершеннолетние», the adjective a noun in the same case.
  ...['ие', 'их', 'им', 'ими'].map(
    (ending): PhraseEntry => ({
      match: `несовершеннолетн${ending} ${{ ие: 'лица', их: 'лиц|лицах', им: 'лицам', ими: 'лицами' }[ending]}`,
      replace: [`несовершеннолетн${ending}`],
    }),
  ),
  // «Лиц» of people is «людей», the same case («для лиц, относящихся к группам риска», «вакцинированных лиц»);
  // not in a term («юридических», «должностных», «третьих», «официальных лиц»), nor after a number or a quantity,
  // which takes «человек» («пять лиц», «несколько лиц»).
  // Nor in the legal terms «лиц без гражданства» (stateless persons) and «лиц, участвующих в деле» (the parties
  // of a case, companies among them), which an editor keeps.
  // Those who bid at an auction or a tender include companies («лицам, изъявившим желание принять участие в
  // торгах»), which «людям» leaves out: the finding stays, with nothing to paste. A contest («конкурс») is as
  // often one of people with prizes: it keeps «людей».
  {
    match: 'лиц|лицам|лицами',
    replace: [],
    followedBy: NOT_A_PERSONS_TERM,
    notAfter: NOT_PLAIN_PERSONS,
    inSentence: '^(?:аукцион|торг(?:и|ов|ах|ам|ами)$|тендер)',
  },
  // A text that names «физических или юридических лиц» means both by a bare «лица» further on («Субсидии не
  // предоставляются лицам, имеющим задолженность»): «людям» would leave the companies out. Nothing to paste.
  {
    match: 'лиц|лицам|лицами',
    replace: [],
    followedBy: NOT_A_PERSONS_TERM,
    notAfter: NOT_PLAIN_PERSONS,
    inText: '[Юю]ридическ[а-яё]*\\s+(?:(?:и|или)\\s+[а-яё]+\\s+)?лиц',
  },
  { match: 'лиц', replace: ['людей'], followedBy: NOT_A_PERSONS_TERM, notAfter: NOT_PLAIN_PERSONS },
  // «Лицам», «лицами» are «людям», «людьми» likewise («лицам, нуждающимся в помощи», «лицами, прошедшими
  // обучение»); after an adjective they may be faces («улыбающимся лицам»), and a plain adjective before them
  // could agree either way: left alone.
  ...(
    [
      ['лицам', 'людям'],
      ['лицами', 'людьми'],
    ] as const
  ).map(
    ([match, people]): PhraseEntry => ({
      match,
      replace: [people],
      followedBy: NOT_A_PERSONS_TERM,
      notAfter: NOT_PLAIN_PERSONS,
      precededBy: '^(?![\\s\\S]*[а-яё]{2,}(?:ым|им|ыми|ими)(?:ся)?\\s+$)',
    }),
  ),

  // After «все» or «любые» the persons are anyone who comes, «все желающие» («открыто для всех заинтересованных
  // лиц» → «для всех желающих»); «всех тех, кого это касается» narrows it to those affected. The other cases
  // after them («всем заинтересованным лицам направлено») name parties to a matter: nothing to paste.
  { match: 'заинтересованные лица', replace: ['желающие'], after: '^(?:все|любые)$' },
  { match: 'заинтересованных лиц', replace: ['желающих'], after: '^(?:всех|любых)$' },
  ...['заинтересованных лицах', 'заинтересованным лицам', 'заинтересованными лицами'].map(
    (match): PhraseEntry => ({ match, replace: [], after: '^(?:вс(?:ех|ем|еми)|люб(?:ых|ым|ыми))$' }),
  ),
  // «Те, кого это касается» in the case of the phrase it replaces («для заинтересованных лиц» → «для тех, кого
  // это касается»), and only where the clause it opens ends with the phrase: in mid-sentence it would need a
  // closing comma («всех тех, кого это касается, порядок…»).
  ...(
    [
      ['заинтересованные лица', 'те'],
      ['заинтересованных лиц|лицах', 'тех'],
      ['заинтересованным лицам', 'тем'],
      ['заинтересованными лицами', 'теми'],
      ['заинтересованное лицо', 'тот'],
      ['заинтересованного лица', 'того'],
      ['заинтересованному лицу', 'тому'],
      ['заинтересованном лице', 'том'],
      ['заинтересованным лицом', 'тем'],
    ] as const
  ).map(
    ([match, those]): PhraseEntry => ({
      match,
      replace: [`${those}, кого это касается`],
      followedBy: '^\\s*(?:[.;:!?)]|$)',
    }),
  ),
  { match: 'заинтересованн* лиц*', replace: [] },
  // Acts an akimat or a ministry passes are no laws, and the words name a portal too: nothing to paste.
  // The portal's own name («на портале открытых нормативных правовых актов») is no finding.
  {
    match: 'нормативн* правов* акт*',
    replace: [],
    precededBy: '^(?![\\s\\S]*(?:^|[^а-яё])портал[а-яё]*\\s+открытых\\s+$)',
  },
  { match: 'действующ* законодательств*', replace: ['закон'], agree: 'noun' },
  // The full participle always qualifies a noun («по основаниям, не предусмотренным законодательством»,
  // «в порядке, предусмотренном законодательством»): «по закону» in its place is no attribute. Nothing to paste.
  { match: 'предусмотренн* законодательств*', replace: [] },
  { match: 'обязательн* для|к исполнени*', replace: ['обязательный'] },
  // A term a regulation defines: «ведомство» would leave the actor undefined. Name the body, if anything.
  { match: 'уполномоченн* орган*', replace: [] },
  { match: 'местн* исполнительн* орган*', replace: ['акимат'], agree: 'noun' },
  { match: 'центральн* государственн* орган*', replace: ['министерство'], agree: 'noun' },
  { match: 'субъект* предпринимательств*', replace: ['предприниматели', 'бизнес'] },
  // As the subject, «вы» and «мы» would leave the verb in the third person («Вы предоставляет»).
  { match: 'услугополучатель|услугополучатели', replace: ['заявитель'], agree: true },
  { match: 'услугополучател*', replace: ['заявитель', 'вы'], agree: true },
  { match: 'услугодатель|услугодатели', replace: ['ведомство'], agree: true },
  { match: 'услугодател*', replace: ['ведомство', 'мы'], agree: true },
];

/** Professional jargon and anglicisms that many readers do not know. */
const JARGON: PhraseEntry[] = [
  {
    match: 'межведомственн* взаимодейств*',
    replace: ['обмен данными между ведомствами', 'совместная работа ведомств'],
    agree: 'noun',
  },
  { match: 'контрагент*', replace: ['партнёр', 'другая сторона договора'], agree: 'noun' },
  { match: 'бенефициар*', replace: ['получатель', 'владелец'], agree: 'noun' },
  { match: 'фидбэк*|фидбек*', replace: ['отзыв'], agree: 'noun' },
  { match: 'дедлайн*', replace: ['срок'], agree: 'noun' },
  {
    match: 'кейс|кейса|кейсу|кейсом|кейсе|кейсы|кейсов|кейсам|кейсами|кейсах',
    replace: ['случай', 'пример'],
    agree: 'noun',
  },
  { match: 'апрув*', replace: ['одобрение', 'согласование'], agree: 'noun' },
  // «Недоимка» is a tax office's word for tax not paid: «долг по налогам» would need its case built.
  { match: 'недоимк*', replace: [] },
  { match: 'митап*', replace: ['встреча'], agree: 'noun' },
  { match: 'верификаци*', replace: ['проверка'], agree: 'noun', singular: true },
  { match: 'верифици*', replace: ['проверить'], agree: true },
  { match: 'валидаци*|валидир*', replace: ['проверка', 'проверить'], agree: 'noun', singular: true },
  {
    match: 'имплементаци*|имплементир*',
    replace: ['выполнение', 'внедрение'],
    agree: 'noun',
    singular: true,
  },
  { match: 'стейкхолдер*', replace: ['участники', 'заинтересованные стороны'] },
  { match: 'драфт*', replace: ['черновик', 'проект'], agree: 'noun' },
  { match: 'таргет*', replace: ['цель', 'адресный'] },
  { match: 'коллаборац*', replace: ['сотрудничество'], agree: 'noun' },
  { match: 'синерги*', replace: ['польза от совместной работы'], agree: 'noun' },
  { match: 'кастомиз*', replace: ['настройка', 'настроить'], agree: 'noun' },
  { match: 'юзер*', replace: ['пользователь'], agree: 'noun' },
  { match: 'онбординг*', replace: ['обучение новых сотрудников'], agree: 'noun', singular: true },
  { match: 'воркшоп*', replace: ['семинар', 'практикум'], agree: 'noun' },
  { match: 'тимбилдинг*', replace: ['сплочение команды'], agree: 'noun', singular: true },
  { match: 'бэкграунд*', replace: ['опыт', 'образование'], agree: 'noun' },
  { match: 'челлендж*', replace: ['задача', 'испытание'], agree: 'noun' },
  { match: 'инсайт*', replace: ['вывод', 'наблюдение'], agree: 'noun' },
  { match: 'ресерч*|рисерч*', replace: ['исследование'], agree: 'noun' },
  {
    match: 'фича|фичи|фичу|фичей|фич|фичам|фичами|фичах',
    replace: ['функция', 'возможность'],
    agree: 'noun',
  },
  { match: 'апдейт*', replace: ['обновление'], agree: 'noun' },
  { match: 'релиз*', replace: ['выпуск'], agree: 'noun' },
  { match: 'дашборд*', replace: ['панель показателей', 'сводка'], agree: 'noun' },
  { match: 'kpi', replace: ['ключевые показатели'] },
  { match: 'бэклог*', replace: ['список задач'], agree: 'noun' },
  { match: 'эскалир*', replace: ['передать руководству'] },
  { match: 'ассессмент*', replace: ['оценка'], agree: 'noun' },
  { match: 'маппинг*|мэппинг*', replace: ['сопоставление'], agree: 'noun' },
  { match: 'пролонгаци*|пролонгир*', replace: ['продление', 'продлить'], agree: 'noun', singular: true },
  { match: 'минимизаци*|минимизир*', replace: ['уменьшение', 'уменьшить'], agree: 'noun', singular: true },
  { match: 'идентифицир*', replace: ['установить', 'опознать'], agree: true },
  ...verbOfBothAspects(
    'идентифицировать/идентифицирует/идентифицируют/идентифицировал',
    true,
    ['опознавать/опознаёт/опознают/опознавал', 'устанавливать/устанавливает/устанавливают/устанавливал'],
    ['опознать/опознает/опознают/опознал', 'установить/установит/установят/установил'],
  ),
  // «Пройти авторизацию» is «войти»: «пройти вход» is not Russian. Other forms of «пройти», «проходить» have no
  // one-word paste.
  { match: 'пройти авторизацию|аутентификацию', replace: ['войти'] },
  { match: 'пройдите авторизацию|аутентификацию', replace: ['войдите'] },
  {
    match: 'авторизаци*|аутентификаци*',
    replace: [],
    precededBy: '(?<![а-яё])(?:пр[ао]й|прох|прош)[а-яё]*\\s+$',
  },
  // The nouns get «вход» in their case; the verbs, «войти» in their form («необходимо вход» was offered).
  { match: 'аутентификаци*', replace: ['вход', 'проверка личности'], agree: 'noun', singular: true },
  { match: 'аутентифицироваться', replace: ['войти'] },
  { match: 'аутентифицир*', replace: [] },
  { match: 'авторизаци*', replace: ['вход'], agree: 'noun' },
  ...(
    [
      ['авторизоваться', 'войти'],
      ['авторизуйтесь', 'войдите'],
      ['авторизуйся', 'войди'],
      ['авторизуетесь', 'войдёте'],
      ['авторизовался', 'вошёл'],
      ['авторизовалась', 'вошла'],
      ['авторизовались', 'вошли'],
    ] as const
  ).map(([match, plain]) => ({ match, replace: [plain] })),
  // Before its object («Цифровизация государственных услуг») the replacement would name the services twice.
  {
    match: 'цифровизаци*',
    replace: [],
    followedBy: `^(?!\\s+[а-яё]+с[яь](?![а-яё]))${genitiveAfter(true).slice(1)}`,
  },
  { match: 'цифровизаци*', replace: ['переход на онлайн-услуги'], agree: 'noun', singular: true },
  { match: 'диджитал*', replace: ['цифровой'] },
  // The adverb is said by a phrase («услуги оказываются проактивно» → «без заявления»); the adjective stands
  // before its noun, where a phrase cannot («без заявления формат»): nothing to paste.
  { match: 'проактивно', replace: ['без заявления', 'по инициативе ведомства'] },
  { match: 'проактивн*', replace: [] },
  { match: 'композитн* услуг*', replace: ['комплексная услуга'] },
  { match: 'реинжиниринг*', replace: ['перестройка работы'], agree: 'noun' },
  { match: 'бизнес-процесс*', replace: ['порядок работы'] },
  { match: 'субсидиарн* ответственност*', replace: ['дополнительная ответственность'], agree: 'noun' },
  { match: 'аффилированн*', replace: ['связанный'], agree: true },
  { match: 'цесси*', replace: ['передача долга'], agree: 'noun' },
  { match: 'эквайринг*', replace: ['приём оплаты картой'], agree: 'noun' },
  {
    match: 'транш|транша|траншу|траншем|транше|транши|траншам|траншами|траншах',
    replace: ['часть суммы', 'часть платежа'],
    agree: 'noun',
  },
  { match: 'секвестр*', replace: ['сокращение расходов'], agree: 'noun' },
  { match: 'профицит*', replace: ['излишек'] },
  { match: 'ковенант*', replace: ['условие договора'], agree: 'noun' },
  { match: 'комплаенс*', replace: ['соблюдение правил'], agree: 'noun', singular: true },
  { match: 'аутсорсинг*', replace: ['передача работы подрядчику'], agree: 'noun' },
  { match: 'фандрайзинг*', replace: ['сбор средств'], agree: 'noun' },
  { match: 'краудфандинг*', replace: ['сбор денег в интернете'], agree: 'noun' },
  { match: 'чек-лист*|чеклист*', replace: ['список', 'перечень'], agree: 'noun' },
  { match: 'ивент*', replace: ['мероприятие'], agree: 'noun' },
  { match: 'лайфхак*', replace: ['совет'], agree: 'noun' },
  { match: 'месседж*', replace: ['сообщение', 'мысль'], agree: 'noun' },
  { match: 'оффер*', replace: ['предложение'], agree: 'noun' },
  { match: 'хайп*', replace: ['шумиха'], agree: 'noun' },
  { match: 'геймификаци*', replace: ['игровые элементы'] },
  { match: 'апостил*', replace: ['заверение документа для других стран'], agree: 'noun' },
  { match: 'бенчмаркинг*', replace: ['сравнение с лучшими'], agree: 'noun', singular: true },
  // In the case of the matched noun («с использованием видеоконференцсвязи» → «видеосвязи»).
  { match: 'видеоконференцсвяз*', replace: ['видеосвязь'], agree: 'noun', singular: true },
];

/**
 * Short passive participles («утверждено», «подписана», «принят»), recognised by the suffixes of past
 * passive participles. Each suffix is narrow enough to miss the short adjectives and nouns that end alike:
 * «-ован» (зарегистрирован), «-писан», «-казан», «-вязан», «-влен», «-жден», «-щен», «-ведён»…, and a
 * closed list of the «-т» forms (принят, снят, начат). Look-alikes that still fit a suffix are listed in
 * `except`.
 */
/** An infinitive within three words (no punctuation between), or «что» after a comma: what is customary. */
const CUSTOMARY_AFTER =
  '^(?:(?:\\s+[а-яё-]+){0,2}\\s+[а-яё]+(?:ть|ти|чь)(?:ся|сь)?(?![а-яё])|\\s*,?\\s*что(?![а-яё]))';

const SHORT_PARTICIPLE_SUFFIXES = [
  // -ан, -ян: зарегистрирован, подписан, указан, связан, создан, выдан, избран, разработан, потерян
  '(?:ов|ев)ан',
  'писан',
  // сделан, переделан
  'делан',
  '(?:каз|вяз|рез|маз)ан',
  'зван',
  // признан, узнан, осознан
  'знан',
  '(?:зд|ыд|од|ед|тд|ад|сд|ид)ан',
  'бран',
  'держан',
  '(?:ос|ис|ыс|ес)лан',
  '(?:чит|пит|ыт|печат|кач)ан',
  'работан',
  'рван',
  'ыскан',
  'обещан',
  '(?:меш|слыш)ан',
  '(?:тер|се|ве|ме)ян',
  // -ен (-ён): направлен, определён, утверждён, изложен, решён, запрещён, получен, проведён, внесён,
  // выполнен, изменён, учтён, рассмотрен, проверен
  '[вмпбдс]лен',
  '[^тб]елен',
  '(?:удал|завал|усил|увол|позвол|дозвол)ен',
  'жден',
  '(?:лож|руж|раж|бж|ряж|множ|ничтож|морож|долж|вреж|важ|каж|саж)ен',
  '(?:реш|верш|выш|руш|лиш|глаш|гаш|краш|прош|брош|меньш|лучш|худш|суш|нош|кош|веш)ен',
  'щен',
  '(?:ач|еч|уч|юч|нч|рч)ен',
  '(?:огранич|разгранич|увелич|просроч|отсроч)ен',
  '(?:вед|йд|блюд)ен',
  '(?:нес|вез|спас|крад)ен',
  // сожжён, зажжён
  'жжен',
  // построен, встроен, устроен (not «строен», slender)
  'строен',
  '(?:лн|вин|чин|един|клон|хорон|хран|ран|измен|отмен|замен|примен|обмен|подмен|оцен|уцен)ен',
  '(?:обрет|чт)ен',
  '(?:мотр|добр|провер|довер|ввер|повер|удостовер|завер|свер|измер|отмер|замер)ен',
  // выдворен, водворён
  '(?:говор|раствор|сотвор|затвор|повтор|ускор|остр|оспор|двор)ен',
  // упразднён; присвоен, освоен, усвоен
  'здн[её]н',
  'своен',
];
const SHORT_PARTICIPLE_T =
  '(?:у|раз|из|за|до|с|про|от|пере|при)бит|(?:вос|пред)?принят|прикрыт|снят|поднят|отнят|нанят|изъят|взят|начат|забыт|добыт|раскрыт|вскрыт|покрыт|перекрыт|скрыт';
// «дано», «даны» (not «дан», «дана»: names); «достигнут», «свёрнут» (not «минут», «кнут»: nouns; and only
// after «был», «будет»: «станут», «вернут» are verbs, see BARE_NUT).
const SHORT_PARTICIPLE = `^(?:[а-я]*(?:${SHORT_PARTICIPLE_SUFFIXES.join('|')})[аоы]?|(?:${SHORT_PARTICIPLE_T})[аоы]?|(?!(?:полу|пол)?минут$|кнут$)[а-я]+нут[аоы]?|упомянут|дан[оы])$`;
/** A bare «-нут» is also the future or present plural («станут», «вернут», «исчезнут»): a participle only after «был», «будет». */
const BARE_NUT = '^(?!упомянут$)[а-я]+нут$';

/**
 * Short adjectives and nouns that a participle suffix would catch: modal words, states, names, nouns, and
 * feelings and moods, which name no action done to someone («Джонс разгневан», «болельщики были
 * ошеломлены», «он настроен оптимистично»), and states of where, what for and why: «ЦОН расположен по адресу»,
 * «сервис предназначен для», «отказ связан с тем», «рост обусловлен», «форум посвящён»; and the state of
 * equipment: «больница оснащена», «отделение укомплектовано».
 */
/** A short participle of forbidding or allowing: «запрещено», «разрешена». */
const PROHIBITED = '^(?:запрещ|разреш)[её]н[аоы]?$';

const NOT_SHORT_PARTICIPLES = `
  должен должна должно должны нужен нужна нужно нужны видно ясно рад рада рады готов готова готовы
  согласен согласна согласно согласны сам сама само сами закон план район стан человек время
  важен возможен невозможен сложен дружен осторожен неосторожен тревожен надежен ненадежен неизбежен
  нежен ничтожен небрежен прилежен блажен жен жена жены грешен
  обязан обязана обязано обязаны занят занята занято заняты открыт открыта открыто открыты
  закрыт закрыта закрыто закрыты востребован востребована востребовано востребованы
  заинтересован заинтересована заинтересовано заинтересованы вынужден вынуждена вынуждено вынуждены
  уверен уверена уверено уверены неуверен самоуверен намерен намерена намерено намерены умерен неумерен
  верен неверен соразмерен несоразмерен безмерен чрезмерен примерен суверен сюзерен характерен
  нехарактерен скверен убежден убеждена убеждены склонен склонна несклонен
  удачен неудачен прозрачен непрозрачен мрачен невзрачен вечен конечен бесконечен беспечен сердечен
  бессердечен человечен бесчеловечен безупречен скучен звучен тучен
  странен туманен гуманен негуманен желанен неизменен современен несовременен непременен надменен
  одновременен ценен бесценен полноценен неполноценен равноценен малоценен драгоценен невинен повинен
  неповинен зелен зелена зелено зелены бесцелен бессмыслен многочислен немногочислен малочислен
  каскелен плен капитан капитана капитаны ереван еревана чемодан чемодана чемоданы рамадан рамадана
  седан седана казан казана казаны минута минуты
  неважен немаловажен архиважен несложен ненужен недружен ложен многосложен односложен архисложен
  неотложен безоружен арбитражен излишен роскошен
  пределен запределен беспределен безразделен членоразделен параллелен селен селена пелена целен прицелен
  праведен неправеден многогранен безгранен филигранен престранен безвинен беспричинен самочинен
  самоценен неравноценен
  однозначен многозначен равнозначен неравнозначен неоднозначен сумрачен призрачен полупрозрачен безоблачен
  извечен долговечен недолговечен мягкосердечен добросердечен чистосердечен простосердечен солнечен
  небезупречен скоротечен быстротечен ненаучен антинаучен незвучен беззвучен благозвучен созвучен докучен
  нескучен неразлучен благополучен неблагополучен злополучен неотлучен сподручен несподручен
  чудовищен хищен мощен маломощен беспомощен насущен изящен неизящен
  непреклонен благосклонен неуклонен увечен безгрешен небезгрешен пелены селены
  магадан магадана рамазан рамазана рамазаны кнута кнуты полминуты полуминуты
  строен расстроен расстроена расстроено расстроены настроен настроена настроено настроены
  разгневан разгневана разгневано разгневаны ошеломлен ошеломлена ошеломлено ошеломлены разочарован
  разочарована разочаровано разочарованы огорчен огорчена огорчено огорчены возмущен возмущена возмущено
  возмущены удивлен удивлена удивлено удивлены восхищен восхищена восхищено восхищены взволнован взволнована
  взволновано взволнованы обрадован обрадована обрадовано обрадованы раздосадован раздосадована раздосадовано
  раздосадованы озадачен озадачена озадачено озадачены смущен смущена смущено смущены раздражен раздражена
  раздражено раздражены влюблен влюблена влюблено влюблены изумлен изумлена изумлено изумлены
  расположен расположена расположено расположены предназначен предназначена предназначено предназначены
  рожден рождена рождено рождены осведомлен осведомлена осведомлено осведомлены
  связан связана связано связаны обусловлен обусловлена обусловлено обусловлены
  посвящен посвящена посвящено посвящены
  оснащен оснащена оснащено оснащены укомплектован укомплектована укомплектовано укомплектованы
`;

/** Common long words every reader knows, in all their case forms: never flagged as long. */
const COMMON_LONG_WORDS = `
  правонарушитель правонарушителя правонарушителю правонарушителем правонарушителе правонарушители
  правонарушителей правонарушителям правонарушителями правонарушителях
  конституционный конституционного конституционному конституционным конституционном конституционная
  конституционной конституционную конституционное конституционные конституционных конституционными
  канализационный канализационного канализационному канализационным канализационном канализационная
  канализационной канализационную канализационное канализационные канализационных канализационными
  обеззараживание обеззараживания обеззараживанию обеззараживанием обеззараживании обеззараживаний
  обеззараживаниям обеззараживаниями обеззараживаниях
  волеизъявление волеизъявления волеизъявлению волеизъявлением волеизъявлении волеизъявлений волеизъявлениям
  волеизъявлениями волеизъявлениях
  собеседование собеседования собеседованию собеседованием собеседовании собеседований собеседованиям
  собеседованиями собеседованиях
  работодатель работодателя работодателю работодателем работодателе работодатели работодателей
  работодателям работодателями работодателях
  идентификация идентификации идентификацию идентификацией идентификаций
  увеличивается увеличиваются
  соответствующий соответствующего соответствующему соответствующим соответствующем соответствующая
  соответствующей соответствующую соответствующее соответствующие соответствующих соответствующими
  государственный государственного государственному государственным государственном государственная
  государственной государственную государственное государственные государственных государственными
  индивидуальный индивидуального индивидуальному индивидуальным индивидуальном индивидуальная
  индивидуальной индивидуальную индивидуальное индивидуальные индивидуальных индивидуальными
  дополнительный дополнительного дополнительному дополнительным дополнительном дополнительная
  дополнительной дополнительную дополнительное дополнительные дополнительных дополнительными
  информационный информационного информационному информационным информационном информационная
  информационной информационную информационное информационные информационных информационными
  административный административного административному административным административном
  административная административной административную административное административные
  административных административными
  образовательный образовательного образовательному образовательным образовательном образовательная
  образовательной образовательную образовательное образовательные образовательных образовательными
  общеобразовательный общеобразовательного общеобразовательному общеобразовательным
  общеобразовательном общеобразовательная общеобразовательной общеобразовательную общеобразовательное
  общеобразовательные общеобразовательных общеобразовательными
  исполнительный исполнительного исполнительному исполнительным исполнительном исполнительная
  исполнительной исполнительную исполнительное исполнительные исполнительных исполнительными
  законодательный законодательного законодательному законодательным законодательном законодательная
  законодательной законодательную законодательное законодательные законодательных законодательными
  сельскохозяйственный сельскохозяйственного сельскохозяйственному сельскохозяйственным
  сельскохозяйственном сельскохозяйственная сельскохозяйственной сельскохозяйственную
  сельскохозяйственное сельскохозяйственные сельскохозяйственных сельскохозяйственными
  регистрационный регистрационного регистрационному регистрационным регистрационном регистрационная
  регистрационной регистрационную регистрационное регистрационные регистрационных регистрационными
  идентификационный идентификационного идентификационному идентификационным идентификационном
  идентификационная идентификационной идентификационную идентификационное идентификационные
  идентификационных идентификационными
  профессиональный профессионального профессиональному профессиональным профессиональном
  профессиональная профессиональной профессиональную профессиональное профессиональные
  профессиональных профессиональными
  территориальный территориального территориальному территориальным территориальном территориальная
  территориальной территориальную территориальное территориальные территориальных территориальными
  правоохранительный правоохранительного правоохранительному правоохранительным правоохранительном
  правоохранительная правоохранительной правоохранительную правоохранительное правоохранительные
  правоохранительных правоохранительными
  малообеспеченный малообеспеченного малообеспеченному малообеспеченным малообеспеченном
  малообеспеченная малообеспеченной малообеспеченную малообеспеченное малообеспеченные
  малообеспеченных малообеспеченными
  квалификационный квалификационного квалификационному квалификационным квалификационном
  квалификационная квалификационной квалификационную квалификационное квалификационные
  квалификационных квалификационными
  телекоммуникационный телекоммуникационного телекоммуникационному телекоммуникационным
  телекоммуникационном телекоммуникационная телекоммуникационной телекоммуникационную
  телекоммуникационное телекоммуникационные телекоммуникационных телекоммуникационными
  автоматизированный автоматизированного автоматизированному автоматизированным автоматизированном
  автоматизированная автоматизированной автоматизированную автоматизированное автоматизированные
  автоматизированных автоматизированными
  межгосударственный межгосударственного межгосударственному межгосударственным межгосударственном
  межгосударственная межгосударственной межгосударственную межгосударственное межгосударственные
  межгосударственных межгосударственными
  жилищно-коммунальный жилищно-коммунального жилищно-коммунальному жилищно-коммунальным
  жилищно-коммунальном жилищно-коммунальная жилищно-коммунальной жилищно-коммунальную
  жилищно-коммунальное жилищно-коммунальные жилищно-коммунальных жилищно-коммунальными
  информационно-коммуникационный информационно-коммуникационного информационно-коммуникационному
  информационно-коммуникационным информационно-коммуникационном информационно-коммуникационная
  информационно-коммуникационной информационно-коммуникационную информационно-коммуникационное
  информационно-коммуникационные информационно-коммуникационных информационно-коммуникационными
  республиканский республиканского республиканскому республиканским республиканском республиканская
  республиканской республиканскую республиканское республиканские республиканских республиканскими
  предпринимательский предпринимательского предпринимательскому предпринимательским
  предпринимательском предпринимательская предпринимательской предпринимательскую предпринимательское
  предпринимательские предпринимательских предпринимательскими
  научно-исследовательский научно-исследовательского научно-исследовательскому
  научно-исследовательским научно-исследовательском научно-исследовательская научно-исследовательской
  научно-исследовательскую научно-исследовательское научно-исследовательские научно-исследовательских
  научно-исследовательскими
  социально-экономический социально-экономического социально-экономическому социально-экономическим
  социально-экономическом социально-экономическая социально-экономической социально-экономическую
  социально-экономическое социально-экономические социально-экономических социально-экономическими
  финансово-экономический финансово-экономического финансово-экономическому финансово-экономическим
  финансово-экономическом финансово-экономическая финансово-экономической финансово-экономическую
  финансово-экономическое финансово-экономические финансово-экономических финансово-экономическими
  несовершеннолетний несовершеннолетнего несовершеннолетнему несовершеннолетним несовершеннолетнем
  несовершеннолетняя несовершеннолетней несовершеннолетнюю несовершеннолетнее несовершеннолетние
  несовершеннолетних несовершеннолетними
  здравоохранение здравоохранения здравоохранению здравоохранением здравоохранении
  удостоверение удостоверения удостоверению удостоверением удостоверении удостоверений удостоверениям
  удостоверениями удостоверениях
  предприниматель предпринимателя предпринимателю предпринимателем предпринимателе предприниматели
  предпринимателей предпринимателям предпринимателями предпринимателях
  налогоплательщик налогоплательщика налогоплательщику налогоплательщиком налогоплательщике
  налогоплательщики налогоплательщиков налогоплательщикам налогоплательщиками налогоплательщиках
  организация организации организацию организацией организаций организациям организациями организациях
  администрация администрации администрацию администрацией администраций администрациям
  администрациями администрациях
  предпринимательство предпринимательства предпринимательству предпринимательством предпринимательстве
  законодательство законодательства законодательству законодательством законодательстве
  электроэнергия электроэнергии электроэнергию электроэнергией
  последовательность последовательности последовательностью последовательностей последовательностям
  последовательностями последовательностях
  зарегистрированный зарегистрированного зарегистрированному зарегистрированным зарегистрированном
  зарегистрированная зарегистрированной зарегистрированную зарегистрированное зарегистрированные
  зарегистрированных зарегистрированными зарегистрирован зарегистрирована зарегистрировано
  зарегистрированы
  зарегистрироваться зарегистрировался зарегистрировалась зарегистрировалось зарегистрировались
  совершеннолетие совершеннолетия совершеннолетию совершеннолетием совершеннолетии
  удостоверяющий удостоверяющего удостоверяющему удостоверяющим удостоверяющем удостоверяющая
  удостоверяющей удостоверяющую удостоверяющее удостоверяющие удостоверяющих удостоверяющими
  медико-социальный медико-социального медико-социальному медико-социальным медико-социальном
  медико-социальная медико-социальной медико-социальную медико-социальное медико-социальные
  медико-социальных медико-социальными
  головокружение головокружения головокружению головокружением головокружении головокружений
  головокружениям головокружениями головокружениях
  оборудование оборудования оборудованию оборудованием оборудовании оборудований оборудованиям оборудованиями
  оборудованиях
  самостоятельный самостоятельного самостоятельному самостоятельным самостоятельном самостоятельная
  самостоятельной самостоятельную самостоятельное самостоятельные самостоятельных самостоятельными
  самостоятельно самостоятельность самостоятельности самостоятельностью
  ангиографический ангиографического ангиографическому ангиографическим ангиографическом ангиографическая
  ангиографической ангиографическую ангиографическое ангиографические ангиографических ангиографическими
  терапевтический терапевтического терапевтическому терапевтическим терапевтическом терапевтическая
  терапевтической терапевтическую терапевтическое терапевтические терапевтических терапевтическими
  кардиологический кардиологического кардиологическому кардиологическим кардиологическом кардиологическая
  кардиологической кардиологическую кардиологическое кардиологические кардиологических кардиологическими
  неврологический неврологического неврологическому неврологическим неврологическом неврологическая
  неврологической неврологическую неврологическое неврологические неврологических неврологическими
  диагностический диагностического диагностическому диагностическим диагностическом диагностическая
  диагностической диагностическую диагностическое диагностические диагностических диагностическими
  консультативно-диагностический консультативно-диагностического консультативно-диагностическому
  консультативно-диагностическим консультативно-диагностическом консультативно-диагностическая
  консультативно-диагностической консультативно-диагностическую консультативно-диагностическое
  консультативно-диагностические консультативно-диагностических консультативно-диагностическими
  // Statuses, fixed terms and everyday words with no shorter twin: a psychologist's help, a conscript's and an
  // adult's status, the Social Code's guaranteed services and self-care, title documents, private bodies.
  психологический психологического психологическому психологическим психологическом психологическая
  психологической психологическую психологическое психологические психологических психологическими
  профессионально-психологический профессионально-психологического профессионально-психологическому
  профессионально-психологическим профессионально-психологическом профессионально-психологическая
  профессионально-психологической профессионально-психологическую профессионально-психологическое
  профессионально-психологические профессионально-психологических профессионально-психологическими
  социально-психологический социально-психологического социально-психологическому социально-психологическим
  социально-психологическом социально-психологическая социально-психологической социально-психологическую
  социально-психологическое социально-психологические социально-психологических социально-психологическими
  военнообязанный военнообязанного военнообязанному военнообязанным военнообязанном военнообязанная
  военнообязанной военнообязанную военнообязанное военнообязанные военнообязанных военнообязанными
  совершеннолетний совершеннолетнего совершеннолетнему совершеннолетним совершеннолетнем совершеннолетняя
  совершеннолетней совершеннолетнюю совершеннолетнее совершеннолетние совершеннолетних совершеннолетними
  несовершеннолетний несовершеннолетнего несовершеннолетнему несовершеннолетним несовершеннолетнем
  несовершеннолетняя несовершеннолетней несовершеннолетнюю несовершеннолетнее несовершеннолетние
  несовершеннолетних несовершеннолетними
  гарантированный гарантированного гарантированному гарантированным гарантированном гарантированная
  гарантированной гарантированную гарантированное гарантированные гарантированных гарантированными
  негосударственный негосударственного негосударственному негосударственным негосударственном негосударственная
  негосударственной негосударственную негосударственное негосударственные негосударственных негосударственными
  правоустанавливающий правоустанавливающего правоустанавливающему правоустанавливающим правоустанавливающем
  правоустанавливающая правоустанавливающей правоустанавливающую правоустанавливающее правоустанавливающие
  правоустанавливающих правоустанавливающими
  самообслуживание самообслуживания самообслуживанию самообслуживанием самообслуживании
  финансирование финансирования финансированию финансированием финансировании финансирований финансированиям финансированиями финансированиях
  неиспользованный неиспользованного неиспользованному неиспользованным неиспользованном неиспользованная неиспользованной неиспользованную неиспользованное неиспользованные неиспользованных неиспользованными  первоочередной первоочередного первоочередному первоочередным первоочередном первоочередная первоочередную первоочередное первоочередные первоочередных первоочередными
  фотографирование фотографирования фотографированию фотографированием фотографировании
  автобиография автобиографии автобиографию автобиографией автобиографий автобиографиям автобиографиями автобиографиях
  организованный организованного организованному организованным организованном организованная организованной организованную организованное организованные организованных организованными организованно
  электроприбор* электроплит* электроэнерги* электроснабжени* сильнодействующ*
  приостанавливать приостанавливает приостанавливают приостанавливается приостанавливаются приостанавливаешь приостанавливаем приостанавливаете приостанавливал приостанавливала приостанавливало приостанавливали приостанавливался приостанавливалась приостанавливалось приостанавливались приостанавливая приостанавливающий приостанавливающего приостанавливающему приостанавливающим приостанавливающем приостанавливающая приостанавливающей приостанавливающую приостанавливающее приостанавливающие приостанавливающих приостанавливающими
`;

/** Known abbreviations that need no spelling out for readers in Kazakhstan. */
const KNOWN_ABBREVIATIONS = [
  'США',
  'РФ',
  'ПИН',
  'ООН',
  'СНГ',
  'ЕС',
  'ЕАЭС',
  'ШОС',
  'ОДКБ',
  'ОБСЕ',
  'НАТО',
  'ВОЗ',
  'ЮНЕСКО',
  'ЮНИСЕФ',
  'СССР',
  'ИИН',
  'БИН',
  // Russia's taxpayer and pension insurance numbers, on every form there as «ИИН» is here.
  'ИНН',
  'СНИЛС',
  'ЭЦП',
  'ЕНТ',
  'ЕНПФ',
  'ТОО',
  'ИП',
  'АО',
  // Russia's legal form of a company and its compulsory motor insurance, each the name itself to its readers
  // («ООО «ЭкоСервис»», «полис ОСАГО»), as «ТОО» and «АО» are here.
  'ООО',
  'ОСАГО',
  // A state utility enterprise and its right of economic management, the legal form of a public hospital
  // («ГКП на ПХВ»), as well known as «АО».
  'ГКП',
  'ПХВ',
  'НДС',
  'ЗАГС',
  'ВУЗ',
  'НИИ',
  'СМИ',
  'ЖКХ',
  'ГОСТ',
  'МВД',
  'МЧС',
  'МИД',
  'КНБ',
  'ДТП',
  'ПДД',
  'ФИО',
  'ВИЧ',
  'СПИД',
  'ОРВИ',
  'ДНК',
  'ВВП',
  'ПК',
  'ТВ',
  'СМС',
  'ВКО',
  'ЗКО',
  'СКО',
  'ИТ',
  // Read untranslated in Russian news, and known to every reader.
  'ФБР',
  'ЦРУ',
  'ЛГБТ',
  'КНДР',
  'ИГИЛ',
  'ВМС',
  'ВМФ',
  'УЕФА',
  'ФИФА',
  ...FILE_TYPES_AND_SIZES,
  ...LATIN_ABBREVIATIONS_KNOWN_IN_KAZAKHSTAN,
];

const words = (list: string) => list.trim().split(/\s+/u);

/**
 * People as the subject right before or after a reflexive verb, which then acts on itself: they form up
 * («Дети строились», «строились первоклассники»), check in («Безработные отмечаются»), sign up («Пользователь
 * регистрируется на портале») or get taken on («Граждане оформляются на работу») — no one else is hidden.
 */
const PEOPLE =
  '^(?:дети|учащиеся|ученики|школьники|студенты|курсанты|солдаты|военнослужащие|новобранцы|призывники|' +
  'спортсмены|выпускники|первоклассники|бойцы|воспитанники|участники|жители|граждане|гражданин|заявитель|' +
  'заявители|пользователь|пользователи|получатель|получатели|услугополучатель|услугополучатели|пациент|' +
  'пациенты|безработный|безработные|работник|работники|сотрудник|сотрудники|абитуриент|абитуриенты|мы|они)$';

/**
 * What forms, gathers and renews by itself, as the subject of «формироваться», «обновляться»: ice, snow, a
 * layer, a character, an opinion — no one forms them («Постепенно формируется лёд», «Клетки обновляются»).
 */
const FORMING_ITSELF =
  '(?:л[её]д|льда|снег|туман|облак[аои]?|иней|инея|роса|росы|слой|корка|корки|осадок|осадки|кристалл[ыов]*|' +
  'почва|почвы|рельеф|ледник|характер|личность|привычк[аи]|мнение|иммунитет|клетки|ткани|организм)';

/** A site, a page or a board a notice is posted on («на официальном сайте», «в личном кабинете»). */
const POSTED_ON = '(?:сайт|портал|интернет|сет[иь]|страниц|газет|сми|кабинет|стенд|табло|доск)';

/** A body someone forms by a decision: «образуется комиссия» hides who forms it. */
const FORMED_BODY = '(?:комисси|комитет|совет|штаб|фонд|резерв)';

/** A doer in the instrumental singular or plural («заявителем», «работодателем», «гражданами»). */
const INSTRUMENTAL_DOER = '(?!(?:котор|как|эт|т|н|вс|сам)[а-яё]*$)[а-яё]{4,}(?:ем|ом|ами|ями)';

/** Reflexive verbs whose subject may form or renew by itself, as `FORMING_ITSELF` lists. */
const SELF_FORMING = '^(?:формир|обновля)';

/** A direction a thing points in: «направлено снизу вверх» is a state, not an act of sending. */
/** What a measure or work is aimed at («направлена на оказание помощи, реализацию программы»). */
const AIMS =
  'оказани|реализаци|повышени|развити|снижени|улучшени|обеспечени|поддержк|борьб|защит|предотвращени|' +
  'сокращени|создани|достижени|укреплени|сохранени|формировани|совершенствовани|профилактик|увеличени|' +
  'устранени|содействи|стимулировани|решение (?:проблем|задач|вопрос)';

const DIRECTION =
  '^(?:вверх|вниз|вперед|назад|внутрь|наружу|вправо|влево|снизу|сверху|наверх|вбок|навстречу|вдоль|поперек|' +
  'параллельно|перпендикулярно|горизонтально|вертикально|наискосок)$';

/**
 * People opening the clause that ends at the verb, its subject past its own words («Граждане государств с
 * безвизовым режимом въезда регистрируются»).
 */
const PEOPLE_OPEN_CLAUSE = `(?:^|[,;:]\\s*|\\s(?:и|а|но)\\s+)${PEOPLE.slice(1, -1)}(?![а-яё])[^,;:]*$`;

/** Reflexive verbs whose subject may be a person acting on themself, as `PEOPLE` lists. */
const SELF_ACTING = '^(?:строи|отмеча|регистрир|оформля|выписыва|подписыва)';

/** What people form up into or where («строились в шеренгу», «по росту», «на плацу»): not a building. */
const FORMING_UP =
  '^\\s+(?:(?:в|во)\\s+(?:(?:две|три|одну|один)\\s+)?(?:шеренг[уи]|колонн[уы]|ряд|ряды|строй|круг|линию|каре|' +
  'цепь|цепочку|очередь|пар[уы]|затылок)|по\\s+(?:двое|трое|четверо|росту|ранжиру|одному|парам)|на\\s+' +
  '(?:плацу|линейку|построение))(?![а-яё])';

/**
 * Any word after «отмечаться» but «что», where it is no «как» that follows: not the news's «Отмечалось, что»,
 * «как отмечается в сообщении» (was noted, by someone unnamed), but "there is" as «наблюдаться» («отмечается
 * рост цен»), "is celebrated" («отмечается 16 декабря») or "checks in" («отмечается в центре занятости»).
 */
const NOT_NOTED_THAT = '^(?!что$)';

/** A word a few words before a quoted title that makes it a name («Законом Республики Казахстан «О…»», «ТОО «…»»). */
const QUOTED_NAME_AFTER =
  '^(?:закон|кодекс|постановлени|приказ|указ|распоряжени|программ|стратеги|концепци|правил|стандарт|регламент|послани|проект|положени|тоо$|ао$|ооо$|ргп$|ргу$|гкп$|кгп$|кгу$|нао$|гу$|фонд|компани|корпораци|обществ|организаци|учреждени|предприяти|портал|услуг|сайт|систем|баз[аыеуо]|раздел|сервис|приложени|реестр|платформ|вкладк|кнопк|книг|стать[яиюе]|газет|журнал|конкурс|акци[яиюе]|форум)';

/** The words the form of an order, a resolution or a decision sets in capitals («ПРИКАЗЫВАЮ:»). */
const ACT_FORMULAS = [
  'приказ',
  'приказываю',
  'приказывает',
  'приказываем',
  'постановление',
  'постановляю',
  'постановляет',
  'постановляем',
  'постановил',
  'постановила',
  'решение',
  'решил',
  'решила',
  'решило',
  'решили',
  'распоряжение',
  'указ',
  'определение',
  'определил',
  'утверждаю',
  'утверждено',
  'согласовано',
];

/**
 * The nouns that open an act's title written without quotes, capitalised inside a sentence («пункт 7 Правил
 * предоставления жилищной помощи», «Положения о порядке проведения конкурса»).
 */
const UNQUOTED_TITLE_AFTER =
  '^(?:правил|правила|правилам|правилами|правилах|положени[еяюим]|порядк[аеуом]|порядок|регламент[аеу]?|стандарт[аеу]?|инструкци[яиюей])$';

/**
 * A finite verb or an imperative for certain: after the noun phrase a clause-opening replacement carries, the
 * main clause's verb («В целях получения справки обратитесь» → «Чтобы получить справку, обратитесь»). The past
 * without «-ся» is left out: «-ла», «-ли» end genitives too («отдела», «цели»).
 */
const CERTAIN_VERB =
  `(?!(?:${NOUNS_ENDING_AS_VERBS})$)[а-яё]+(?:ешь|ёшь|ишь|ете|ёте|ите|йте|ьте|ют|ят|ут|ет|ёт|ит)|` +
  '[а-яё]+(?:ет|ёт|ит|ут|ют|ат|ят|ал|ял|ил|ел|ёл|ул|ыл|ла|ло|ли)с[яь]|[а-яё]+(?:йтесь|итесь|ьтесь)|' +
  'можно|нужно|надо|нельзя|необходимо|следует';

/** A word that may be a predicate: any verb-like ending, a short participle or adjective, a predicative. */
const MAYBE_PREDICATE =
  `${CERTAIN_VERB}|[а-яё]+(?:л|ла|ло|ли|ем|ём|им|ет|ёт|ит|ат|ят|ут|ют|те|ся|сь)|[а-яё]+(?:ан|ян|ен|ён|ыт)[аоы]?|` +
  '(?:нужн|должн|обязан|необходим|возможн|можн|готов)[а-яё]*|нет|есть';

/** The conjunctions a clause-opening replacement begins with, and how its commas are placed (clause-commas.ts). */
const SUBORDINATE_CLAUSES = {
  conjunction: 'чтобы|если|когда|потому что|так как|поскольку|пока|хотя|после того как',
  verb: CERTAIN_VERB,
  mayBeVerb: MAYBE_PREDICATE,
  noCommaBeside:
    'и|или|либо|а|но|да|ни|не|только|лишь|именно|даже|ещё|еще|уже|также|тоже|как|же|ли|бы|то|причём|причем',
};

export const rules: Rule[] = [
  {
    id: 'ru/officialese',
    kind: 'phrase',
    severity: 'warning',
    message: {
      kk: '«{text}» — кеңсе тілі. Қарапайым сөзбен жазыңыз.',
      ru: '«{text}» — канцелярит. Скажите проще, как сказали бы вслух.',
      en: '“{text}” is officialese: say it more simply.',
    },
    messageWithSuggestion: {
      kk: '«{text}» — кеңсе тілі. «{suggestion}» деп жазып көріңіз.',
      ru: '«{text}» — канцелярит. Попробуйте «{suggestion}».',
      en: '“{text}” is officialese: try “{suggestion}”.',
    },
    link: CHANCELLERY,
    // A word flagged alone inside a nominal chain («необходимостью реализации программы») is the chain's to
    // rewrite with a verb.
    deferBareTo: ['ru/nominal-chain'],
    // «В целях», «с целью», «в рамках» opening a chain are the chain's to rewrite («чтобы выполнить меры»).
    bareRunIn: '^(?:в|во|с|со|для|по|при|на)\\s+[а-яё]+$',
    entries: OFFICIALESE.flatMap(withCoordinatedNoun())
      .flatMap(withoutAgentBefore)
      .flatMap(withPoliteYou)
      .map(expand),
    // A name an abbreviation in brackets spells out («паспорт транспортного средства (ПТС)») is its wording.
    skipSpelledOut: true,
    quotedNameAfter: QUOTED_NAME_AFTER,
    unquotedTitleAfter: UNQUOTED_TITLE_AFTER,
    subordinateClauses: SUBORDINATE_CLAUSES,
  },
  {
    id: 'ru/jargon',
    kind: 'phrase',
    severity: 'suggestion',
    message: {
      kk: '«{text}» — кәсіби жаргон, оқырман оны білмеуі мүмкін. Күнделікті сөзбен айтыңыз.',
      ru: '«{text}» — профессиональный жаргон, читатель может его не знать. Скажите обычными словами.',
      en: '“{text}” is jargon your reader may not know: use everyday words.',
    },
    messageWithSuggestion: {
      kk: '«{text}» — жаргон, оқырман оны білмеуі мүмкін. «{suggestion}» деп жазып көріңіз.',
      ru: '«{text}» — жаргон, читатель может его не знать. Попробуйте «{suggestion}».',
      en: '“{text}” is jargon your reader may not know: try “{suggestion}”.',
    },
    link: 'https://ru.wikipedia.org/wiki/Жаргон',
    entries: JARGON.map(expand),
    quotedNameAfter: QUOTED_NAME_AFTER,
  },
  {
    id: 'ru/passive-short-participle',
    // An officialese phrase with a plain replacement covers it («проводится проверка» → «проверяется»).
    deferTo: ['ru/officialese'],
    kind: 'sequence',
    severity: 'warning',
    // A listed participle, with its subject, offered as the impersonal past: «Заявление рассмотрено» →
    // «Заявление рассмотрели», «Справка была выдана» → «Справку выдали», «Вам отказано» → «Вам отказали».
    impersonal: true,
    message: {
      kk: '«{text}» — ырықсыз етіс: кім істегені көрінбейді. Істеушіні атаңыз: «мы утвердили», «акимат принял».',
      ru: '«{text}» — страдательный оборот: не видно, кто действует. Назовите его: «мы утвердили», «акимат принял».',
      en: '“{text}” is passive and hides who acted: name them, e.g. «мы утвердили», «акимат принял».',
    },
    messageWithSuggestion: {
      kk: '«{text}» — ырықсыз етіс: кім істегені көрінбейді. Істеушіні атаңыз («акимат принял») немесе, ең болмаса, «{suggestion}» деп жазыңыз.',
      ru: '«{text}» — страдательный оборот: не видно, кто действует. Назовите его («акимат принял») или хотя бы напишите «{suggestion}».',
      en: '“{text}” is passive and hides who acted: name them («акимат принял»), or at least write “{suggestion}”.',
    },
    messageWithActive: {
      kk: '«{text}» — ырықсыз етіс: істейтіннен бастаңыз («{suggestion}»).',
      ru: '«{text}» — страдательный оборот: начните с того, кто действует («{suggestion}»).',
      en: '“{text}” is passive: put the doer first («{suggestion}»).',
    },
    link: 'https://ru.wikipedia.org/wiki/Страдательный_залог',
    tokens: [
      {
        regex: SHORT_PARTICIPLE,
        except: words(NOT_SHORT_PARTICIPLES),
        // «Не исключено, что…» is «возможно»: a predicative, not an act of excluding. A capital inside the
        // sentence is a name's («коммуна Тойффелен», «царица Кетеван»).
        unless: [
          { form: '^исключено$', previous: '^не$' },
          // «Принято» is "customary" before an infinitive or «что», and after «как», «не» («принято считать»,
          // «как принято», «У верующих принято, что…»): no act, no one who acted.
          { form: '^принято$', followedBy: CUSTOMARY_AFTER },
          { form: '^принято$', previous: '^(?:как|не)$' },
          { name: true },
          { form: BARE_NUT, previous: '^(?!(?:был|будет|быть|бы)$)' },
          { form: BARE_NUT, opening: true },
          // «направлено снизу вверх»: where it points, not who sent it.
          { form: '^направлен', next: DIRECTION },
          // «Мера направлена на оказание помощи»: aimed at, a state; «направлена на рассмотрение» is sent.
          { form: '^направлен[аоы]?$', followedBy: `^\\s+на\\s+(?:${AIMS})` },
          // Where a thing is written or recorded («ИИН указан в удостоверении», «Номер не зарегистрирован в
          // базе», «отображено на карте»): a state, no act whose doer is hidden. A deadline after it is no place,
          // and an obligation is an act to do («обстановка должна быть сохранена в таком состоянии»).
          {
            form: '^(?:указан|записан|отражен|отражён|зарегистрирован|отображен|отображён|сохранен|сохранён)[аоы]?$',
            followedBy: '^\\s+(?:в|во|на)\\s+(?!течени|срок|[0-9])',
            previous: '^(?!быть$)',
          },
          // A standing rule («Агитация в день выборов запрещена», «Курить разрешено») is no act, unless told
          // as one («был запрещён»); what a law provides for («предусмотрена статьёй 505») is its content,
          // and the law is the one who acts.
          { form: PROHIBITED, previous: '^(?!(?:был|была|было|были|будет|будут|быть|бы)$)' },
          { form: PROHIBITED, opening: true },
          { form: '^предусмотрен[аоы]?$' },
          // «Уведомление сформировано автоматически»: the system acted, and there is no one to name.
          { next: '^автоматически$' },
          { previous: '^автоматически$' },
        ],
      },
    ],
  },
  {
    id: 'ru/passive-reflexive',
    // An officialese phrase with a plain replacement covers it («проводится проверка» → «проверяется»).
    deferTo: ['ru/officialese'],
    kind: 'sequence',
    severity: 'suggestion',
    // With its subject, offered as the impersonal: «Заявление рассматривается» → «Заявление рассматривают».
    impersonal: true,
    message: {
      kk: '«{text}» — ырықсыз етіс. Кім істейтінін айтыңыз: «заявление подаётся» емес, «вы подаёте заявление».',
      ru: '«{text}» — страдательный оборот. Скажите, кто действует: не «заявление подаётся», а «вы подаёте заявление».',
      en: '“{text}” is passive: say who acts, e.g. «вы подаёте заявление», not «заявление подаётся».',
    },
    messageWithSuggestion: {
      kk: '«{text}» — ырықсыз етіс. Кім істейтінін айтыңыз («вы подаёте заявление») немесе, ең болмаса, «{suggestion}» деп жазыңыз.',
      ru: '«{text}» — страдательный оборот. Скажите, кто действует («вы подаёте заявление»), или хотя бы «{suggestion}».',
      en: '“{text}” is passive: say who acts («вы подаёте заявление»), or at least “{suggestion}”.',
    },
    messageWithActive: {
      kk: '«{text}» — ырықсыз етіс: істейтіннен бастаңыз («{suggestion}»).',
      ru: '«{text}» — страдательный оборот: начните с того, кто действует («{suggestion}»).',
      en: '“{text}” is passive: put the doer first («{suggestion}»).',
    },
    link: 'https://ru.wikipedia.org/wiki/Страдательный_залог',
    // «представляются хорошим решением», «представлялись возможными»: «seem», not a passive.
    tokens: [
      {
        words: [...REFLEXIVE_PASSIVE_FORMS],
        unless: [
          { form: '^представл', next: '(?:ым|им|ой|ей|ыми|ими)$' },
          // «мошенники представляются сотрудниками»: impostors pose as someone, a person in the instrumental.
          {
            form: '^представл',
            previous: '^(?:мошенник|злоумышленник|афер|преступник|лжесотрудник|звонящ|неизвестн|они$)',
            next: '(?:ами|ями|ом|ем)$',
          },
          // «Суть заключается в том…»: "consists in"; a contract or an agreement is concluded («заключается
          // договор», «Договор заключается в письменной форме»).
          {
            form: '^заключа',
            followedBy: `^(?!\\s+${CONCLUDED})`,
            precededBy: `(?<!${CONCLUDED}[а-яё]*\\s+)$`,
          },
          // «считаться с мнением»: to take into account.
          { form: '^счита', next: '^(?:с|со)$' },
          // «считается зарегистрированным», «считается днём подачи»: "is deemed", the law's ruling with no actor
          // to name; the instrumental (after an adverb, «считается надлежаще уведомленным») says what it is deemed.
          {
            form: '^счита',
            followedBy: '^\\s+(?:[а-яё]+о\\s+)?[а-яё]+(?:ым|им|ой|ей|ыми|ими|ом|ем|ами|ями)(?![а-яё])',
          },
          // «поручается за брата»: vouches for.
          { form: '^поруча', next: '^за$' },
          // «раньше, чем ожидалось», «как ожидается»: a set comparison, "than expected" in English («…, и
          // ожидается, что» stays a passive, so «как и ожидалось» does too).
          { form: '^ожида', previous: '^(?:чем|как)$' },
          // «Данные хранятся на серверах», «отображается в личном кабинете»: where a thing is kept or shown, a
          // state; «хранится в течение года» still hides who keeps it.
          { form: '^(?:хран|отобража)', followedBy: '^\\s+(?:в|во|на)\\s+(?!течени|срок|[0-9])' },
          // The forecast idiom: «ожидается сильный снег», «ожидается снежный накат».
          { form: '^ожида', followedBy: `^\\s+(?:[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\\s+)?(?:${WEATHER})` },
          // «Как выясняется», «Выясняется, что …»: "it turns out", no one finding out.
          { form: '^выясня', previous: '^как$' },
          { form: '^выясня', followedBy: '^\\s*,\\s*что(?![а-яё])' },
          // «Признаётся в ошибке», «признаётся, что…», «— признаётся он», «Я признаюсь»: confesses, no passive.
          { form: '^призна', next: '^(?:в|во|что|ли|мне|нам|себе|им|ей|ему|честно)$' },
          { form: '^призна', followedBy: '^\\s*(?:[,.!?…»"]|$)' },
          { form: '^призна', precededBy: '[—–-]\\s*$' },
          { form: '^призна', previous: '^(?:я|ты|он|она|мы|вы|они|сам|сама|сами|кто|многие|некоторые)$' },
          // «жертвы исчисляются сотнями»: "number in the hundreds".
          { form: '^исчисл', next: '(?:ями|ами)$' },
          { form: SELF_ACTING, previous: PEOPLE },
          { form: SELF_ACTING, next: PEOPLE },
          { form: SELF_ACTING, precededBy: PEOPLE_OPEN_CLAUSE },
          { form: '^строи', followedBy: FORMING_UP },
          // «Сюжет строится вокруг…», «строится так, что…»: "is structured", no one building.
          { form: '^строи', next: '^(?:вокруг|так|на основе)$' },
          { form: SELF_FORMING, previous: `^${FORMING_ITSELF}$` },
          // Right after it or after its adjective («формируется тонкий лёд»).
          { form: SELF_FORMING, followedBy: `^\\s+(?:[а-яё]+\\s+)?${FORMING_ITSELF}(?![а-яё])` },
          // «Создаётся впечатление, что…»: "it seems", no one creating it.
          { form: '^созда', next: '^(?:впечатление|ощущение)$' },
          // «Рассказ ведётся от первого лица»: the narration is told, no one conducting it.
          { form: '^вед', previous: '^(?:рассказ|повествование|речь|разговор|диалог)$' },
          { form: '^отмеча', next: NOT_NOTED_THAT, previous: '^(?!как$)' },
          { form: '^отмеча', next: NOT_NOTED_THAT, opening: true },
          // «Оказывается» is a passive right after a service or help it renders («Услуга оказывается акиматом»),
          // else "turns out" («Оказывается, …», «Он оказывается прав»), and so before a lone instrumental
          // adjective («Услуга оказывается платной»).
          // «Образуется» is a passive beside a body formed («образуется комиссия», «Комиссия образуется»), else
          // something forms by itself («образуется лёд»).
          { form: '^образу', previous: `^(?!${FORMED_BODY})`, next: `^(?!${FORMED_BODY})` },
          { form: '^образу', opening: true, next: `^(?!${FORMED_BODY})` },
          // «Представляется» is a passive after its doer in the instrumental («заявителем представляется
          // заявление»), else "it seems" («мне представляется», «Представляется, что…»).
          { form: '^представляется$', previous: `^(?!${INSTRUMENTAL_DOER}$)` },
          { form: '^представляется$', opening: true },
          // «Размещается» is a passive before a site or a board it is posted on, else "is located, stays".
          { form: '^размеща', followedBy: `^(?!\\s+(?:на|в|во)\\s+(?:[а-яё]+\\s+){0,2}${POSTED_ON})` },
          { form: '^оказыва', previous: `^(?!${RENDERED_SERVICE}$)` },
          { form: '^оказыва', opening: true },
          {
            form: '^оказыва',
            followedBy:
              '^\\s+[а-яё]+(?:ой|ей|ым|им|ыми|ими)(?![а-яё])(?!\\s+[а-яё]+(?:ой|ей|ым|им|ыми|ими|ом|ем|ами|ями)(?![а-яё]))',
          },
        ],
      },
    ],
  },
  {
    id: 'ru/double-negative',
    kind: 'sequence',
    severity: 'suggestion',
    message: {
      kk: '«{text}» — қос болымсыздық, оны түсіну қиын. Болымды түрде тура айтыңыз.',
      ru: '«{text}» — двойное отрицание, его трудно понять. Скажите прямо: не «нельзя не отметить», а «отметим».',
      en: '“{text}” is a double negative and hard to follow: say it positively.',
    },
    link: 'https://ru.wikipedia.org/wiki/Двойное_отрицание',
    tokens: [
      { words: ['не', 'нельзя', 'невозможно'] },
      {
        words: [
          'мог|могла|могло|могли|может|могу|можем|можете|могут|смог|смогла|смогли|сможет|смогут',
          'является|являются|являлось|был|была|было|были|будет|будут|представляется|представлялось',
        ],
        optional: true,
      },
      {
        words: [
          'не|без|исключено|лишено',
          'невозможн*|неправильн*|неважн*|неверн*|недопустим*|незаконн*|неизвестн*|нелишн*|неуместн*',
          'необоснованн*|неправомерн*|нецелесообразн*|незначительн*|нежелательн*|необязательн*',
          'безосновательн*|безынтересн*|безразличн*|бесполезн*|беспочвенн*|бессмысленн*|безуспешн*',
        ],
      },
    ],
  },
  {
    id: 'ru/long-sentence',
    kind: 'metric',
    severity: 'warning',
    measure: 'sentence-words',
    // English's 25 and 35 words at Russian's length of sentence (LANGUAGE_SCALE, 0.9 of English's words for
    // the same text): the same passage gets the same advice in each language.
    min: 23,
    below: 32,
    message: {
      kk: 'Сөйлемде {value} сөз бар. {limit} сөзден аз болғаны жөн: оны екіге бөліңіз.',
      ru: 'Слов в предложении: {value}. Лучше меньше {limit} — разделите его на два.',
      en: 'This sentence has {value} words; aim for fewer than {limit}. Split it in two.',
    },
    link: READABILITY,
  },
  {
    id: 'ru/very-long-sentence',
    kind: 'metric',
    severity: 'error',
    measure: 'sentence-words',
    min: 32,
    message: {
      kk: 'Сөйлем тым ұзын: {value} сөз. Оны бірнеше қысқа сөйлемге бөліңіз.',
      ru: 'Слишком длинное предложение — слов: {value}. Разделите его на несколько коротких.',
      en: 'This sentence is far too long ({value} words): split it into several short ones.',
    },
    link: READABILITY,
  },
  {
    id: 'ru/long-paragraph',
    kind: 'metric',
    severity: 'suggestion',
    measure: 'paragraph-sentences',
    min: 6,
    message: {
      kk: 'Азатжолда {value} сөйлем бар. {limit} сөйлемнен аз болғаны жөн: оны бөліктерге бөліңіз.',
      ru: 'Предложений в абзаце: {value}. Лучше меньше {limit} — разбейте абзац на части.',
      en: 'This paragraph has {value} sentences; aim for fewer than {limit}. Break it up.',
    },
    link: READABILITY,
  },
  {
    id: 'ru/long-word',
    kind: 'metric',
    // Officialese and jargon findings offer a word to paste instead, and a passive's finding asks to rebuild
    // the clause round its doer, which drops the long verb («устанавливается»): the long word's own finding
    // adds nothing.
    deferTo: ['ru/officialese', 'ru/jargon', 'ru/passive-reflexive', 'ru/passive-short-participle'],
    severity: 'suggestion',
    measure: 'word-syllables',
    min: 7,
    // A name inside a sentence («Великобритании») has no shorter word.
    skipNames: true,
    // A body's name, and the words of it after its capital («Министерством цифрового развития, инноваций и
    // аэрокосмической промышленности»), has none either, nor a court's («Специализированный … суд») or a
    // code's or law's title («Кодекса … об административных правонарушениях»); nor has a heading
    // («Финансирование»), a label.
    bodyNames:
      '^(?:министерств|агентств|комитет|департамент|управлени|корпораци|фонд|служб|центр|институт|университет|акимат|палат|совет|инспекци|комисси|казначейств|суд(?:а|у|ом|е|ы|ов)?$|кодекс|закон(?:а|у|ом|е|ы|ов)?$)',
    bodyFieldHeads:
      '^(?:министерств|агентств|комитет|департамент|управлени|служб|центр|фонд|инспекци|комисси|совет)',
    // A department named in lower case, as a contact line writes it («специалист отдела экологического
    // регулирования»); not «управление», which is also the verbal noun («управления транспортом»).
    bodyUnits: '^(?:отдел|департамент)(?:а|у|ом|е|ы|ов|ам|ами|ах)?$',
    skipHeadings: true,
    // The words that spell out an abbreviation in brackets after them are its name: «специализированных
    // центрах обслуживания населения (спецЦОН)».
    skipSpelledOut: true,
    // A term in brackets right after its plain words, or explained by them in brackets after it («отсрочка
    // платежа (реструктуризации долга)»): the word readers search for, kept with its explanation.
    skipGlossed: true,
    // A project's or a document's title in quotes («Строительство межмуниципального полигона…»): its name.
    skipQuotedTitles: true,
    // A compound is as long as its longest part: «вице-президент», "customer-focused".
    eachPart: true,
    except: words(COMMON_LONG_WORDS),
    message: {
      kk: '«{text}» — ұзын сөз ({value} буын). Қысқарақ сөз табыңыз немесе сөйлемді қайта құрыңыз.',
      ru: '«{text}» — длинное слово (слогов: {value}). Поищите слово короче или перестройте фразу.',
      en: '“{text}” is a long word ({value} syllables): look for a shorter one or rephrase.',
    },
    link: READABILITY,
  },
  {
    id: 'ru/undefined-abbreviation',
    kind: 'builtin',
    check: 'undefined-abbreviation',
    severity: 'warning',
    words: KNOWN_ABBREVIATIONS,
    // «(далее – ЦОН)», «(далее по тексту – ЦОН)», «(именуемый в дальнейшем «Центр»)», «(сокращённо – ЦОН)».
    definitionWords: [
      'далее',
      'по',
      'тексту',
      'именуемый',
      'именуемая',
      'именуемое',
      'именуемые',
      'именуемого',
      'в',
      'дальнейшем',
      'сокращённо',
      'сокращенно',
      'или',
      'то',
      'есть',
      'означает',
      'это',
    ],
    // The abbreviations of Kazakhstan's public services, in their dictionary form (the message's example; a
    // full name inflects where the abbreviation does not, so it is shown, not pasted).
    fullNames: {
      ЦОН: 'центр обслуживания населения',
      РК: 'Республика Казахстан',
      НПА: 'нормативный правовой акт',
      МИО: 'местный исполнительный орган',
      ЭЦП: 'электронная цифровая подпись',
      ИИН: 'индивидуальный идентификационный номер',
      БИН: 'бизнес-идентификационный номер',
      МРП: 'месячный расчётный показатель',
      МЗП: 'минимальная заработная плата',
      ОСМС: 'обязательное социальное медицинское страхование',
      ЕНПФ: 'Единый накопительный пенсионный фонд',
      ГФСС: 'Государственный фонд социального страхования',
      АСП: 'адресная социальная помощь',
      ТОО: 'товарищество с ограниченной ответственностью',
      ИП: 'индивидуальный предприниматель',
      НАО: 'некоммерческое акционерное общество',
      МВД: 'Министерство внутренних дел',
      ЗАГС: 'запись актов гражданского состояния',
    },
    message: {
      kk: '«{text}» қысқартуын алғаш қолданғанда толық жазыңыз, мысалы: «{example}».',
      ru: 'Расшифруйте «{text}» при первом упоминании, например: «{example}».',
      en: 'Spell out “{text}” the first time you use it, e.g. «{example}».',
    },
    unlistedMessage: {
      kk: '«{text}» қысқартуын алғаш қолданғанда толық жазыңыз: алдымен толық атауы, содан кейін «({text})».',
      ru: 'Расшифруйте «{text}» при первом упоминании: сначала полное название, затем «({text})».',
      en: 'Spell out “{text}” the first time you use it: the full name first, then “({text})”.',
    },
    link: 'https://ru.wikipedia.org/wiki/Аббревиатура',
  },
  {
    id: 'ru/all-caps',
    kind: 'builtin',
    check: 'all-caps',
    severity: 'suggestion',
    words: KNOWN_ABBREVIATIONS,
    formulas: ACT_FORMULAS,
    message: {
      kk: '«{text}» бас әріппен терілген: айқай сияқты оқылады және қиынырақ. Кіші әріппен жазыңыз.',
      ru: '«{text}» набрано заглавными: это читается как крик, и читать труднее. Напишите строчными.',
      en: '“{text}” is in capitals: it reads like shouting and is harder to read. Use lower case.',
    },
    link: 'https://ru.wikipedia.org/wiki/Caps_Lock',
  },
  {
    id: 'ru/mixed-script',
    kind: 'builtin',
    check: 'mixed-script',
    severity: 'error',
    message: {
      kk: '«{text}» сөзінде кирилл мен латын әріптері араласқан: іздеу мен экран оқығыш оны танымайды. Сөзді қайта теріңіз.',
      ru: 'В слове «{text}» смешаны кириллица и латиница: поиск и программы экранного доступа его не узнают. Перепечатайте слово.',
      en: '“{text}” mixes Cyrillic and Latin letters: search and screen readers will miss it. Retype the word.',
    },
    messageWithSuggestion: {
      kk: '«{text}» сөзінде кирилл мен латын әріптері араласқан. Былай жазыңыз: «{suggestion}».',
      ru: 'В слове «{text}» смешаны кириллица и латиница. Напишите так: «{suggestion}».',
      en: '“{text}” mixes Cyrillic and Latin letters: write “{suggestion}”.',
    },
    link: 'https://en.wikipedia.org/wiki/IDN_homograph_attack',
  },
  {
    id: 'ru/repeated-word',
    kind: 'builtin',
    check: 'repeated-word',
    severity: 'warning',
    message: {
      kk: 'Сөз қайталанған: «{text}». Біреуін өшіріңіз.',
      ru: 'Слово повторяется: «{text}». Удалите лишнее.',
      en: 'Repeated word: “{text}”. Delete one.',
    },
    messageWithSuggestion: {
      kk: 'Сөз қайталанған: «{text}». Біреуін қалдырыңыз: «{suggestion}».',
      ru: 'Слово повторяется: «{text}». Оставьте одно: «{suggestion}».',
      en: 'Repeated word: “{text}”. Keep one: “{suggestion}”.',
    },
    link: 'https://ru.wikipedia.org/wiki/Опечатка',
  },
  {
    // «в течение 5 (пяти) рабочих дней»: the digits say it; the words in brackets are a legal habit.
    id: 'ru/doubled-number',
    kind: 'builtin',
    check: 'doubled-number',
    severity: 'suggestion',
    numberWords: NUMBER_WORDS,
    numberUnits: NUMBER_UNITS,
    ...DOUBLED_NUMBER_MESSAGES,
    link: CHANCELLERY,
  },
  {
    id: 'ru/nominal-chain',
    kind: 'builtin',
    check: 'nominal-chain',
    severity: 'warning',
    message: {
      kk: '«{text}» — зат есімдер тізбегі. Етістікпен айтыңыз: «в целях обеспечения реализации мер» емес, «чтобы выполнить меры».',
      ru: '«{text}» — цепочка существительных. Замените их глаголом: не «в целях обеспечения реализации мер», а «чтобы выполнить меры».',
      en: '“{text}” is a chain of nouns: use a verb instead, e.g. «чтобы выполнить меры».',
    },
    link: CHANCELLERY,
  },
];
