// A passive whose doer is named with «тарапынан» said in the active: «Өтініш комиссия тарапынан қаралады» →
// «Комиссия өтінішті қарайды». The doer is known, so nothing is guessed; anything less certain gets nothing.
import type { ActiveVoice } from '../../internal/rules/context.ts';
import type { Word } from '../../internal/text/document.ts';
import { accusativeOf, GENITIVE_ENDING } from './noun-forms.ts';
import { isBack, labialAfter } from './sounds.ts';
import { KAZAKH_VERB_SLOTS, kazakhVerbForms } from './verb-forms.ts';

/** The passive's marker after a root: -ыл/-іл, -л after a vowel, -н after a vowel when the root has л, -ын/-ін. */
const PASSIVE_MARKERS = ['ыл', 'іл', 'ын', 'ін', 'л', 'н'];

/**
 * The active form of a passive verb form, the same slot of its root's forms (`kazakhVerbForms`): «қаралады»
 * → «қарайды», «тексерілді» → «тексерді», «қабылданбады» → «қабылдамады». The root is a verb the lists know
 * (its verbal noun in -у); failing one, a root of three letters or more that no shorter root reads, the
 * passive's marker being where the forms put it: the bookish verbs the lists leave out are regular
 * («марапатталды» → «марапаттады», «қаржыландырылады» → «қаржыландырады»).
 */
export function activeOfPassive(
  form: string,
  isVerb: (root: string) => boolean,
  isWord: (norm: string) => boolean = () => false,
): string | undefined {
  return activeVerbOfPassive(form, isVerb, isWord)?.text;
}

/** An active form with the root and the slot of `kazakhVerbForms` it was built from (none for the negative past). */
interface ActiveVerb {
  readonly text: string;
  readonly root: string;
  readonly slot: number | undefined;
}

function activeVerbOfPassive(
  form: string,
  isVerb: (root: string) => boolean,
  isWord: (norm: string) => boolean,
): ActiveVerb | undefined {
  return activeOfRoot(form, isVerb, isWord) ?? activeOfRoot(form, (root) => root.length >= 3, isWord);
}

function activeOfRoot(
  form: string,
  isVerb: (root: string) => boolean,
  isWord: (norm: string) => boolean,
): ActiveVerb | undefined {
  let shortest: ActiveVerb | undefined;
  // The shortest root first: «беріледі» is «бер-іл-еді», not «бері-л-еді». But a root in ы/і has the same
  // verbal noun as the one without it (оқы-, оқу): where the shorter root's active is no word the lists know
  // and a longer one's is, the longer is the verb («оқылды» → «оқыды», not «оқты»).
  for (let end = 2; end <= form.length - 2; end++) {
    const rest = form.slice(end);
    if (!PASSIVE_MARKERS.some((marker) => rest.startsWith(marker))) continue;
    const root = form.slice(0, end);
    if (!isVerb(root) || VOWEL_ROOT_AFTER.has(root)) continue;
    const active = activeForm(root, form);
    if (active === undefined) continue;
    if (isWord(active.text)) return active;
    shortest ??= active;
  }
  return shortest;
}

/** The active of `form` when it is one of the passive forms of `root`, the negative past among them. */
function activeForm(root: string, form: string): ActiveVerb | undefined {
  const half = KAZAKH_VERB_SLOTS / 2;
  const forms = kazakhVerbForms(root);
  const slot = forms.indexOf(form, half);
  const text = forms[slot - half];
  if (slot >= half && text !== undefined) return { text, root, slot: slot - half };
  // The negative past («қабылданбады», «бекітілмеді»), from the stems of the verbal nouns (slot 4).
  const passive = forms[half + 4]?.slice(0, -1) ?? '';
  const active = root;
  const back = isBack(root);
  const negativePast = (stem: string) => `${stem}${labialAfter(stem)}${back ? 'ады' : 'еді'}`;
  return passive && form === negativePast(passive)
    ? { text: negativePast(active), root, slot: undefined }
    : undefined;
}

/**
 * Consonant roots that are no verbs, only the start of a common verb in ы/і, whose verbal noun is the same
 * (оқы-: оқу, оқылды → оқыды; тоқы-: тоқу).
 */
const VOWEL_ROOT_AFTER = new Set(['оқ', 'тоқ']);

/** Case endings a subject's last word may not have: it is then no nominative. */
const CASE_ENDING =
  /(?:ны|ні|ды|ді|ты|ті|ға|ге|қа|ке|на|не|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен|ның|нің|дың|дің|тың|тің)$/u;

/** A word that may stand before a noun in its phrase: an adjective in -лық, -ғы, -лы, -сыз or a number word. */
const ATTRIBUTE = /(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|лы|лі|сыз|сіз|барлық|әрбір|бүкіл)$/u;

/** Adverbs of time and manner a clause may have before its doer: «бүгін», «биыл», «тез», «ай сайын». */
const ADVERB =
  /^(?:бүгін|кеше|ертең|биыл|былтыр|қазір|әлі|енді|тез|жылдам|дереу|жедел|әрдайым|үнемі|жиі|сирек|уақытында|мерзімінде|сайын|бірден|кейін|бұрын|алдымен|ақыры)$/u;

/**
 * A time expression's last word after its number or name («2024 жылы», «наурыз айында», «сейсенбі күні»):
 * «жылы» reads as an adjective in -лы and would be taken into the doer, the number left as the subject.
 */
const TIME_WORD = /^(?:жылы|жылдың|айы|айында|айдың|тоқсанында|аптасында|күні|сағатта)$/u;

/** A light verb's passive («жүргізілді», «жасалады», «өткізілді») and an action noun («тексеру», «жұмыстары»). */
const LIGHT_VERB_PASSIVE = /^(?:жүргізіл|жасал|өткізіл|атқарыл|етіл|көрсетіл)/u;
const ACTION_NOUN = /(?:[^аәеиоөұүуыі]у|уы|уі|жұмысы|жұмыстары)$/u;

/** Pronouns and their accusative: «Ол комиссия тарапынан тексерілді» → «Комиссия оны тексерді». */
const PRONOUN_ACCUSATIVE: Readonly<Record<string, string>> = {
  ол: 'оны',
  бұл: 'мұны',
  сол: 'соны',
  осы: 'осыны',
  мынау: 'мынаны',
  олар: 'оларды',
  бұлар: 'бұларды',
};

/**
 * Doers in the first or second person, whose verb takes their person: «біз тарапынан тексерілді» is «біз
 * тексердік», the forms of `BIZ_FORMS`; «мен», «сен», «сіз» have no form among the verb's slots.
 */
const FIRST_OR_SECOND_PERSON = new Set(['мен', 'біз', 'біздер', 'сен', 'сендер', 'сіз', 'сіздер']);
/** The personal pronouns that are never a determiner: the first and second persons and «олар» (they). */
const PERSONAL_PRONOUN = new Set([...FIRST_OR_SECOND_PERSON, 'олар']);
/** The slots of `kazakhVerbForms` for «біз»: the present and the past (-ады → -амыз, -ды → -дық). */
const BIZ_FORMS: Readonly<Record<number, number>> = { 0: 13, 1: 29 };

/**
 * Nouns a light verb takes bare, one verb with it («көмек көрсету», «жауап беру», «қол қою»): in the active
 * they stay so («Волонтерлер көмек көрсетті», not «көмекті көрсетті», which singles out one known help).
 */
const BARE_WITH_LIGHT_VERB = new Set([
  'көмек',
  'жауап',
  'рұқсат',
  'қол',
  'назар',
  'кеңес',
  'түсінік',
  'баға',
]);
const LIGHT_VERB_ROOT = /^(?:бер|көрсет|қой|аудар)(?:іл|ыл|ын|ін)/u;

/** Auxiliaries of aspect after a converb in -ып: «жатыр» (is being), «бітті» (has finished), «қалды». */
const ASPECT = /^(?:жат|отыр|тұр|жүр|қал|біт|шық)/u;
/** Conjunctions that join a second predicate to a verb. */
const COORDINATING = /^(?:және|әрі|да|де|та|те|не|немесе|сондай-ақ)$/u;
/** A finite verb in the present-future or the past («тіркеледі», «қаралды»), as after a comma. */
const FINITE_VERB = /(?:[аеы]ды|[аеі]ді|йды|йді|лды|лді|нды|нді|ты|ті)$/u;

/**
 * A clause made a noun and put in the accusative, dative or genitive, the object of a verb after it
 * («қаралғанын растайды», «қаралуын талап етеді», «қаралғанына қуанды», «қаралуының нәтижесі»). Its active
 * would open with the doer in the nominative, which reads as the subject of that verb («Комиссия өтінішті
 * қарағанын растайды»: the commission confirms), and the words before the doer may be that verb's own subject
 * («Хабарлама өтініш … қаралғанын растайды»): nothing to paste.
 */
const CLAUSE_AS_OBJECT = /(?:ған|ген|атын|етін|йтын|йтін|у)[ыі]н(?:[ае]|[ыі]ң)?$/u;

/** The polite second person's possessive: «өтінішіңіз», «құжатыңыз». */
const POLITE_POSSESSIVE = /(?:ыңыз|іңіз|ңыз|ңіз)$/u;

/** An agent noun in -ушы/-уші, or its plural: «беруші» (giver), «көрсетуші» (provider), «сөндірушілер». */
const AGENT_NOUN = /[^аәеиоөұүуыі]уш[ыі](?:лар|лер)?$/u;

/** Whether a word is a noun the lists know with no case, plural or possessive ending: «жұмыс», «қызмет». */
function isBareNoun(norm: string, isWord: (norm: string) => boolean): boolean {
  return (
    isWord(norm) &&
    !CASE_ENDING.test(norm) &&
    !/(?:лар|лер|дар|дер|тар|тер)$/u.test(norm) &&
    !/[ыі]$/u.test(norm)
  );
}

/** Whether a word is written as a name (a capital, then lower case or more capitals). */
const isName = (w: Word | undefined) => w !== undefined && /^\p{Lu}/u.test(w.text);

const GENITIVE = new RegExp(`.{2}${GENITIVE_ENDING}$`, 'u');
/** A doer's head in the genitive («әкімдіктің тарапынан»), read as its nominative. */
const DOER_GENITIVE = new RegExp(`(?<=.{3})${GENITIVE_ENDING}$`, 'u');

/**
 * Whether a noun ends in the third person's possessive (басқармасы, министрлігі, комитеті): -сы/-сі after a
 * vowel, -ы/-і after a consonant, what is before it a word the lists know (with к, қ, п for a voiced г, ғ, б).
 */
function hasPossessive(noun: string, isWord: (norm: string) => boolean): boolean {
  const base = /[аәеиоөұүуыі](?:сы|сі)$/u.test(noun)
    ? noun.slice(0, -2)
    : /[^аәеиоөұүуыі][ыі]$/u.test(noun)
      ? noun.slice(0, -1)
      : undefined;
  if (base === undefined) return false;
  const unvoiced = base.replace(/г$/u, 'к').replace(/ғ$/u, 'қ').replace(/б$/u, 'п');
  return isWord(base) || isWord(unvoiced);
}

/**
 * The active for a passive verb right after «тарапынан» and its doer, the clause before them its subject:
 * «Өтініш комиссия тарапынан қаралады» → «Комиссия өтінішті қарайды», «Құжаттар облыстық комиссия тарапынан
 * тексерілді» → «Облыстық комиссия құжаттарды тексерді». The doer is a noun (in the nominative or the
 * genitive) with up to two attributes before it, a name, or a body named with its possessor («Қаржы
 * министрлігі», «облыстың білім басқармасы»); the subject one to three words whose last is in the nominative,
 * put in the accusative. `isWord` says a form is one the lists know, `isVerb` a verb root, `isLemma` a
 * dictionary form of the familiar list.
 */
export function activeVoiceKazakh(
  words: readonly Word[],
  sentence: { from: number; to: number; joined: (i: number) => boolean },
  match: { first: number; last: number },
  isWord: (norm: string) => boolean,
  isVerb: (root: string) => boolean,
  isLemma: (norm: string) => boolean,
): ReturnType<ActiveVoice> {
  const { first, last } = match;
  const by = first - 1;
  if (first !== last || words[by]?.norm !== 'тарапынан' || !sentence.joined(by)) return undefined;
  const verb = words[first];
  if (!verb) return undefined;
  // The converb in -ып shares its subject with the verb after it, which would then take the doer as its own
  // («Өтініш комиссия тарапынан қабылданып, тіркелді» is not «Комиссия өтінішті қабылдап, тіркелді»): only an
  // auxiliary of aspect after it («қаржыландырылып жатыр») goes with the doer.
  if (/[ыі]п$/u.test(verb.norm) && !(sentence.joined(first) && ASPECT.test(words[first + 1]?.norm ?? '')))
    return undefined;
  // A predicate coordinated after it shares its subject, not the doer: «Оқулықтарды қабылдау кітапханашы
  // тарапынан жүргізіледі және журналда тіркеледі» would have the librarian «тіркеледі» (registered).
  const next = words[first + 1];
  if (
    next &&
    first + 1 < sentence.to &&
    (COORDINATING.test(next.norm) || (!sentence.joined(first) && FINITE_VERB.test(next.norm)))
  )
    return undefined;
  if (CLAUSE_AS_OBJECT.test(verb.norm)) return undefined;
  const activeVerb = activeVerbOfPassive(verb.norm, isVerb, isWord);
  if (!activeVerb) return undefined;
  let active: string | undefined = activeVerb.text;
  // The doer: its head right before «тарапынан» (a genitive read as its nominative), and what goes with it.
  const head = words[by - 1];
  if (!head || by - 1 <= sentence.from || !sentence.joined(by - 1)) return undefined;
  const doerHead = head.norm.replace(DOER_GENITIVE, '');
  if (CASE_ENDING.test(doerHead) && !isName(head)) return undefined;
  if (FIRST_OR_SECOND_PERSON.has(doerHead)) {
    active = doerHead === 'біз' ? inPersonOfBiz(activeVerb) : undefined;
    if (!active) return undefined;
  }
  let doerFrom = by - 1;
  if (AGENT_NOUN.test(doerHead)) {
    // An agent noun takes its object before it as one name («жұмыс беруші», «қызмет көрсетуші»): a bare
    // singular noun, when a subject still stands before it («Шарт қызмет көрсетуші тарапынан бұзылды»).
    const object = words[doerFrom - 1];
    if (
      object &&
      doerFrom - 2 >= sentence.from &&
      sentence.joined(doerFrom - 1) &&
      sentence.joined(doerFrom - 2) &&
      isBareNoun(object.norm, isWord)
    )
      doerFrom--;
  } else if (hasPossessive(doerHead, isWord)) {
    if (doerFrom - 1 <= sentence.from || !sentence.joined(doerFrom - 1)) return undefined;
    doerFrom--;
    // Its own possessor in the genitive goes with it.
    if (GENITIVE.test(words[doerFrom - 1]?.norm ?? '') && sentence.joined(doerFrom - 1)) doerFrom--;
  } else {
    while (
      doerFrom - 1 > sentence.from &&
      by - 1 - (doerFrom - 1) <= 2 &&
      sentence.joined(doerFrom - 1) &&
      !TIME_WORD.test(words[doerFrom - 1]?.norm ?? '') &&
      (ATTRIBUTE.test(words[doerFrom - 1]?.norm ?? '') || (isName(head) && isName(words[doerFrom - 1])))
    )
      doerFrom--;
  }
  if (doerFrom <= sentence.from) return undefined;
  // The subject: the clause's words before the doer, one to three, the last in the nominative.
  let from = doerFrom;
  while (from > sentence.from && sentence.joined(from - 1) && doerFrom - from < 4) from--;
  const subject = words.slice(from, doerFrom);
  const subjectHead = subject[subject.length - 1];
  if (!subjectHead || subject.length > 3) return undefined;
  if (from > sentence.from && sentence.joined(from - 1)) return undefined;
  if (CASE_ENDING.test(subjectHead.norm) || !isWord(subjectHead.norm)) return undefined;
  // A personal pronoun modifies no noun after it (a possessor takes the genitive, «біздің өтініш»): before the
  // subject's head it is the subject of the sentence's own verb («Біз өтініш комиссия тарапынан қаралғаннан
  // кейін хабарлаймыз»), and the active would make it part of the object («комиссия біз өтінішті қарағаннан»).
  // «Мен» between two nouns is «and» («Өтініш мен құжат»), which they share.
  if (subject.slice(0, -1).some((w, i) => PERSONAL_PRONOUN.has(w.norm) && (i === 0 || w.norm !== 'мен')))
    return undefined;
  // A genitive among them possesses the doer, which then begins further back: not read. One before the
  // subject's head, which has the possessive, is the head's own («Тұрғындардың өтініштері», «Сіздің
  // өтінішіңіз») and goes with it into the accusative.
  const ownedHead =
    POLITE_POSSESSIVE.test(subjectHead.norm) ||
    (!isLemma(subjectHead.norm) && hasPossessive(subjectHead.norm, isWord));
  if (subject.some((w, i) => GENITIVE.test(w.norm) && (i === subject.length - 1 || !ownedHead)))
    return undefined;
  // An adverb between the subject and the doer («Сабақ бүгін мұғалім тарапынан өткізілді») has no case ending
  // either, and would be read as the object; one before the subject keeps its place («Кеше құжаттар …» →
  // «Комиссия кеше құжаттарды тексерді»).
  // So does a time expression («Жоба 2024 жылы министрлік тарапынан бекітілді»): the subject is further back.
  if (ADVERB.test(subjectHead.norm) || TIME_WORD.test(subjectHead.norm)) return undefined;
  // An action noun done by a light verb («Тексеру жұмыстары … жүргізілді») is the officialese rule's: its plain
  // verb is the act («Комиссия тексерді»), not «тексеруді жүргізді».
  if (LIGHT_VERB_PASSIVE.test(verb.norm) && ACTION_NOUN.test(subjectHead.norm)) return undefined;
  const pronoun = PRONOUN_ACCUSATIVE[subjectHead.norm];
  // A noun in ы/і that is a dictionary form (жалақы, жүргізуші) has no possessive to take -н after.
  const possessive =
    /[ыі]$/u.test(subjectHead.norm) &&
    !isLemma(subjectHead.norm) &&
    !AGENT_NOUN.test(subjectHead.norm) &&
    hasPossessive(subjectHead.norm, isWord);
  const written = subject.map((w, i) => (i === 0 && from === sentence.from ? lowerFirst(w, isWord) : w.text));
  const bare = BARE_WITH_LIGHT_VERB.has(subjectHead.norm) && LIGHT_VERB_ROOT.test(verb.norm);
  const lastWritten = written[written.length - 1] ?? '';
  const objectHead = bare ? lastWritten : (pronoun ?? accusativeOf(lastWritten, possessive));
  const object = [...written.slice(0, -1), objectHead];
  const doer = [...words.slice(doerFrom, by - 1).map((w) => w.text), head.text.slice(0, doerHead.length)];
  return { first: from, last: first, text: [...doer, ...object, active].join(' ') };
}

/**
 * The active form for «біз» (we) of a verb in the present or the past, else undefined: the same root's slot
 * for «біз». The root is the one the active was built from; read again from the active form, «қарады» (past
 * of қара-) would be the present of «қар-» and give «қарамыз».
 */
function inPersonOfBiz(active: ActiveVerb): string | undefined {
  const person = active.slot === undefined ? undefined : BIZ_FORMS[active.slot];
  return person === undefined ? undefined : kazakhVerbForms(active.root)[person];
}

/** A sentence's first word without the capital its place gave it, unless it is a name the lists lack. */
function lowerFirst(word: Word, isWord: (norm: string) => boolean): string {
  return isWord(word.norm) ? word.norm : word.text;
}
