// The forms of a Kazakh verb that officialese uses most, built from its root by the rules of vowel harmony
// and consonant assimilation, so that a suggestion can stand in the form of the verb it replaces
// («тексеру жүргізіледі» → «тексеріледі», not «тексеру»).
import {
  dentalAfter,
  devoicedRoot,
  endsInVowel,
  isBack,
  labialAfter,
  lastOf,
  VOWELS,
  velarAfter,
  voicedBeforeVowel,
} from './sounds.ts';

/**
 * The passive stem: -л after a vowel («жаса» → «жасал»), -н after a vowel when the root has л («төле» →
 * «төлен», «қабылда» → «қабылдан»), -ын/-ін after л («сал» → «салын»), -ыл/-іл after another consonant
 * («тексер» → «тексеріл»).
 */
function passiveStem(root: string): string {
  const irregular = IRREGULAR_PASSIVES[root];
  if (irregular) return irregular;
  const back = isBack(root);
  if (endsInVowel(root)) return root + (root.slice(0, -1).includes('л') ? 'н' : 'л');
  if (root.endsWith('л')) return root + (back ? 'ын' : 'ін');
  return root + (back ? 'ыл' : 'іл');
}

/**
 * Passives the rule would give another verb's stem: «қолда-» (support) takes -л («Бастама қолдалды»), since
 * «қолдан-» is «to use» («қолданды»: it was used).
 */
const IRREGULAR_PASSIVES: Record<string, string> = { қолда: 'қолдал' };

/** The forms of one stem, in the order of `KAZAKH_VERB_SLOTS`; a stem in й writes й + а as я («қояды»). */
function formsOf(stem: string, back: boolean): string[] {
  const forms = formsBuilt(stem, back);
  if (!stem.endsWith('й')) return forms;
  const ya = `${stem.slice(0, -1)}я`;
  return forms.map((form) => (form.startsWith(`${stem}а`) ? ya + form.slice(stem.length + 1) : form));
}

function formsBuilt(stem: string, back: boolean): string[] {
  const vowel = endsInVowel(stem);
  const a = back ? 'а' : 'е';
  const y = back ? 'ы' : 'і';
  const d = dentalAfter(stem);
  const g = velarAfter(stem, back);
  const noun = `${stem}у`;
  return [
    vowel ? `${stem}й${d}${y}` : `${stem}${a}д${y}`,
    `${stem}${d}${y}`,
    `${stem}${g}${a}н`,
    vowel ? `${stem}йт${y}н` : `${stem}${a}т${y}н`,
    noun,
    `${noun}${back ? 'ға' : 'ге'}`,
    `${noun}${back ? 'ды' : 'ді'}`,
    // The verbal noun in the locative («жасалуда», in progress) and with the third-person possessive
    // («жасалуы», «жасалуын»: that it is done).
    `${noun}${back ? 'да' : 'де'}`,
    `${noun}${y}`,
    `${noun}${y}н`,
    vowel ? `${stem}п` : `${stem}${y}п`,
    `${stem}с${a}`,
    `${stem}${labialAfter(stem)}${a}й${back ? 'ды' : 'ді'}`,
    vowel ? `${stem}йм${y}з` : `${stem}${a}м${y}з`,
    vowel ? `${stem}ң${y}з` : `${stem}${y}ң${y}з`,
    // The -ған participle with the third-person possessive, bare and accusative («жасағанын»: that it did),
    // in the dative and ablative («жасалғанға дейін», until it is done; «жасағаннан кейін», after it did).
    `${stem}${g}${a}н${y}`,
    `${stem}${g}${a}н${y}н`,
    `${stem}${g}${a}н${back ? 'ға' : 'ге'}`,
    `${stem}${g}${a}нн${a}н`,
    // The converb in -а/-е/-й («жүзеге асыра отырып»), the verbal noun in the ablative, the -атын participle
    // with the possessive («ететіні»), the negative -атын participle («жасамайтын»), the intention in -мақ.
    vowel ? `${stem}й` : `${stem}${a}`,
    `${noun}${back ? 'дан' : 'ден'}`,
    vowel ? `${stem}йт${y}н${y}` : `${stem}${a}т${y}н${y}`,
    `${stem}${labialAfter(stem)}${a}йт${y}н`,
    `${stem}${labialAfter(stem)}${back ? 'ақ' : 'ек'}`,
    // The -ған participle with the possessive in the dative («еткеніне»: to its having done), the negative
    // converb («енгізбей»: without bringing in).
    `${stem}${g}${a}н${y}н${a}`,
    `${stem}${labialAfter(stem)}${a}й`,
    // The negative -ған participle («жасамаған»), and the reason in -ғандықтан, affirmative and negative
    // («жетілдірілмегендіктен»: because it was not improved).
    `${stem}${labialAfter(stem)}${a}${back ? 'ған' : 'ген'}`,
    `${stem}${g}${a}нд${back ? 'ық' : 'ік'}т${a}н`,
    `${stem}${labialAfter(stem)}${a}${back ? 'ған' : 'ген'}д${back ? 'ық' : 'ік'}т${a}н`,
    // The past in the first person plural, how an agency reports its work («жүргіздік», «тексердік»).
    `${stem}${d}${back ? 'ық' : 'ік'}`,
    // The verbal noun with the third-person possessive in the dative and genitive («жүргізілуіне байланысты»,
    // because it is carried out; «жүзеге асырылуының нәтижесі»).
    `${noun}${y}н${a}`,
    `${noun}${y}н${y}ң`,
    // The -ған participle in the locative and the likeness case («жүзеге асырғанда», when it did; «атап
    // өткендей», as he said), the verbal noun in the genitive and the instrumental («жасаудың», «жасаумен»).
    `${stem}${g}${a}нд${a}`,
    `${stem}${g}${a}нд${a}й`,
    `${noun}д${y}ң`,
    `${noun}мен`,
  ];
}

/**
 * What each form is: present and past third person, the participles in -ған and -атын, the verbal noun in
 * -у (also dative, accusative, locative, and with the third-person possessive, bare and accusative), the
 * converb in -ып, the conditional, the negative present, the present first person plural («жасаймыз») and
 * the polite imperative («жасаңыз»); the -ған participle with the possessive (bare and accusative), in the
 * dative and ablative; the converb in -а, the verbal noun's ablative, «-атыны», the negative «-майтын», the
 * intention «-мақ», the participle's possessive dative «-ғанына» and the negative converb «-май»; the negative
 * -ған participle «-маған», the reason «-ғандықтан», «-мағандықтан», the past «-дық» (we did), and the verbal
 * noun with the possessive in the dative and genitive «-уына», «-уының»; the -ған participle in the locative
 * and the likeness case «-ғанда», «-ғандай», the verbal noun's genitive and instrumental «-удың», «-умен» —
 * active, then passive.
 */
export const KAZAKH_VERB_SLOTS = 72;

/** Forms already built: the pack asks for the same light verbs' forms hundreds of times as it loads. */
const FORMS_BUILT = new Map<string, readonly string[]>();

/** The forms of a verb root («тексер», «жаса», «өткіз»), active then passive (see `KAZAKH_VERB_SLOTS`). */
export function kazakhVerbForms(root: string): readonly string[] {
  let forms = FORMS_BUILT.get(root);
  if (!forms) {
    const back = isBack(root);
    const voiceless = VOICES_FINAL.test(root) ? (devoicedRoot(root) ?? root) : root;
    const passive = voicedBefore(passiveStem(voiceless), voiceless);
    forms = Object.freeze([
      ...formsOf(voiceless, back).map((form) => voicedBefore(form, voiceless)),
      ...formsOf(passive, back),
    ]);
    FORMS_BUILT.set(root, forms);
  }
  return forms;
}

/**
 * A root whose final к, қ, п after a vowel is voiced before a vowel, given either way: «ек-» (vaccinate, sow)
 * is «егеді», «егу», «егілді» but «екті», «еккен», «екпейді»; so are «тап-» (табады, тапты) and «соқ-».
 */
const VOICES_FINAL = /[аәеиоөұүыі][кқпгғб]$/u;

/** A form of a root in `VOICES_FINAL` with the root's final voiced where a vowel follows it («екеді» → «егеді»). */
function voicedBefore(form: string, root: string): string {
  if (!VOICES_FINAL.test(root) || !form.startsWith(root) || !VOWELS.includes(form[root.length] ?? ''))
    return form;
  return voicedBeforeVowel(root) + form.slice(root.length);
}

/**
 * The root of a verbal noun in -у («тексеру» → «тексер», «жасау» → «жаса»), or undefined where it cannot be
 * told: a root in ы or і drops it before -у («оқу» is «оқы» + у), and a negative («бермеу») has no passive.
 */
export function verbalNounRoot(noun: string): string | undefined {
  if (!noun.endsWith('у') || noun.length < 3) return undefined;
  const root = noun.slice(0, -1);
  if (/[мбп][ае]$/u.test(root)) return undefined;
  if (endsInVowel(root) && !'аәе'.includes(lastOf(root))) return undefined;
  // A consonant root of one syllable might be one in ы/і («оқу», «тану»): only known roots are taken.
  const syllables = [...root].filter((letter) => VOWELS.includes(letter)).length;
  if (!endsInVowel(root) && syllables < 2 && !ONE_SYLLABLE_ROOTS.has(root)) return undefined;
  return root;
}

/** One-syllable consonant roots whose verbal noun is root + у (not a root in ы/і: «оқу», «тану»). */
const ONE_SYLLABLE_ROOTS = new Set([
  'бер',
  'бар',
  'сал',
  'ал',
  // «Ашу» is to open (пайдалануға беру → ашу), far oftener than «ашы-» (to turn sour).
  'аш',
  'ет',
  'шеш',
  'айт',
  'жет',
  'тарт',
  'бол',
  'кел',
  'қой',
  'түс',
  // A root in к, қ, п voiced before -у: «егу» (vaccinate) is «ек-» (екті), «табу» «тап-», «жабу» «жап-».
  'ег',
  'таб',
  'жаб',
]);

/**
 * Suggestions built from the verb form an entry's first word is in (`agree: 'first-noun'`), for clichés
 * whose verb is any verb: «тапсырмаған жағдайда» → «тапсырмаса», «жүргізетін болады» → «жүргізеді»,
 * «қаралуға жатады» → «қаралады».
 * - `CONDITIONAL`: a participle in -ған (-маған) in the conditional -са (-маса); `CONDITIONAL_YOU` in its
 *   polite second person -саңыз (-масаңыз). Right after a participle of its own («тапсырмаған{conditional}»)
 *   the marker takes that one, for a phrase whose verb changes («ұсынбаған жағдайда» → «тапсырмаса»). Each is
 *   offered in the person the clause's subject asks for (`subjectOf`);
 * - `PRESENT`: a participle in -атын (-майтын) or a passive verbal noun in the dative (-луға, -нуға) in the
 *   present -ады (-майды).
 */
export const CONDITIONAL = '{conditional}';
/** The conditional in the polite second person (-саңыз), for a clause whose subject is the reader. */
export const CONDITIONAL_YOU = '{conditional-you}';
export const PRESENT = '{present}';

/**
 * «-у мүмкіндігі бар» (has the possibility of doing) and «-у мүмкіндігі жоқ», said from the verbal noun they
 * follow (`abilityFromVerbalNoun`).
 */
export const ABLE = '{able}';
export const UNABLE = '{unable}';
/** A stem in the passive -ыл/-л/-ын/-н (also intransitive «жоғал-»), negative or not: «ұсынылма», «жасал». */
const PASSIVE_OR_REFLEXIVE = /(?:.{2,}[ыі]л|.{2,}[аәе]л|.{2,}[ыі]н|.{3,}[аәе]н)(?:[мбп][ае])?$/u;
/**
 * Roots that end like a passive but whose subject is a person, the reader too: «жүгінбесеңіз» (if you do not
 * apply), «үйренсеңіз», «ұмтылсаңыз».
 */
/**
 * Roots of a thing's change of state, whose subject is the thing: «табысы өзгерсе», never «өзгерсеңіз» (if you
 * change).
 */
const CHANGE_OF_STATE = /^(?:өзгер|азай|көбей|ұлғай|кемі|қысқар|төменде|жоғарыла)(?:[мбп][ае])?$/u;
const PERSONAL_IN_PASSIVE_FORM = /^(?:жүгін|үйрен|ұмтыл|сүйен|қуан|тырыс|ойлан)(?:[мбп][ае])?$/u;

/**
 * Who the clause before a conditional names as its subject, the nearest first: the reader («сіз»), the writers
 * («біз»), someone else («ол», «өтініш беруші», «азаматтар»), or no one (undefined). A bare noun right before
 * an intransitive verb is its subject too («Қоңырау түскен жағдайда»).
 */
export type ClauseSubject = 'you' | 'we' | 'other' | undefined;

/** Nouns of people and bodies that stand as a clause's subject in government texts, bare or plural. */
const THIRD_PERSON_SUBJECT = new RegExp(
  '^(?:ол|олар|(?:азамат|тұлға|адам|бала|маман|қызметкер|жұмыскер|кәсіпкер|зейнеткер|дәрігер|тұрғын|студент|' +
    'өкіл|ұйым|мекеме|әкімдік|банк|компания|кәсіпорын|серіктестік|комиссия|сот|министрлік|ата-ана)' +
    '(?:лар|лер|дар|дер|тар|тер)?|.{2,}[^н](?:шы|ші)(?:лар|лер)?)$',
  'u',
);

/** Intransitive roots whose bare noun before is their subject («қоңырау түссе»), never the reader's object. */
const INTRANSITIVE_ROOTS = new Set([
  'түс',
  'кел',
  'кет',
  'бол',
  'өт',
  'шық',
  'кір',
  'қал',
  'біт',
  'туында',
  'жет',
  'төн',
]);

/** The case endings: a word with one is not the subject before a verb. */
export const CASE_ENDING =
  '(?:ны|ні|ды|ді|ты|ті|н|ға|ге|қа|ке|на|не|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен|ның|нің|дың|дің|тың|тің)';
const WITH_CASE = new RegExp(`${CASE_ENDING}$`, 'u');

/**
 * A noun with the third-person possessive and no case ending («табысы», «мерзімі», «баласы»): right before a
 * verb it is the verb's subject, never the reader's object, which would take the accusative («табысын») — nor
 * the reader's own, which would say «табысыңыз». Left out are the endings it shares with other words: the
 * accusative -ды, -ты, -ны, the adjectives in -лы, -ғы, -кі, and «жақсы», «әрі», «тағы», «осы».
 */
const POSSESSED_NOMINATIVE =
  /^(?!(?:жақсы|әрі|ары|бері|тағы|осы|сосы)$).{2,}(?:с[ыі]|[^аәеиоөұүыідтнлғгқк][ыі])$/u;

/** The subject of a clause before a verb with stem `stem`, from its words (`AgreePhrase.clauseBefore`). */
export function subjectOf(clause: readonly string[], stem: string): ClauseSubject {
  if (POSSESSED_NOMINATIVE.test(clause.at(-1) ?? '')) return 'other';
  for (let i = clause.length - 1; i >= 0; i--) {
    const word = clause[i] ?? '';
    if (word === 'сіз' || word === 'сіздер') return 'you';
    if (word === 'біз' || word === 'біздер') return 'we';
    if (THIRD_PERSON_SUBJECT.test(word)) return 'other';
  }
  const before = clause.at(-1);
  const root = stem.replace(/[мбп][ае]$/u, '');
  if (before && before.length >= 3 && INTRANSITIVE_ROOTS.has(root) && !WITH_CASE.test(before)) return 'other';
  return undefined;
}

/** A participle in -ған (-маған): its stem, or undefined. */
const participleStem = (word: string) => /^(.{2,})(?:ған|ген|қан|кен)$/u.exec(word)?.[1];

/** The auxiliaries of the progressive after a converb in -ып («жасалып жатқан», «оқып жүрген»). */
const PROGRESSIVE_AUXILIARY = /^(?:жат|тұр|отыр|жүр)$/u;
/** A converb in -ып/-іп/-п: its stem («жасалып» → «жасал», «жасап» → «жаса»). */
const converbStem = (word: string) => /^(.{2,}?)(?:ып|іп|п)$/u.exec(word)?.[1];

/**
 * The suggestion with its marker replaced by the form of `word` it names (or of the participle written right
 * before the marker), in the person of `subject`: the reader's -саңыз only where the clause names no other
 * subject, the third person's -са not after «сіз», and the first plural's -сақ after «біз»; '' where `word`
 * is not in a form the marker reads or the person rules the form out (nothing to paste), and `suggestion` as
 * it is when it has no marker.
 */
export function finiteFromForm(suggestion: string, word: string, clause: readonly string[] = []): string {
  for (const marker of [CONDITIONAL, CONDITIONAL_YOU]) {
    const at = suggestion.indexOf(marker);
    if (at < 0) continue;
    const given = /[^\s]*$/u.exec(suggestion.slice(0, at))?.[0] ?? '';
    const stem = participleStem(given || word);
    if (!stem) return '';
    const start = at - given.length;
    // In the progressive the converb before the auxiliary is the verb whose voice and subject count: «қылмыс
    // жасалып жатса», never «жасалып жатсаңыз».
    const converb = PROGRESSIVE_AUXILIARY.test(stem) ? converbStem(clause.at(-1) ?? '') : undefined;
    const verb = converb ?? stem;
    const verbClause = converb ? clause.slice(0, -1) : clause;
    // A passive or reflexive stem has no reader for its subject: «ұсынылмаса», never «ұсынылмасаңыз».
    const passive =
      (PASSIVE_OR_REFLEXIVE.test(verb) && !PERSONAL_IN_PASSIVE_FORM.test(verb)) || CHANGE_OF_STATE.test(verb);
    const subject = passive ? 'other' : subjectOf(verbClause, verb);
    const back = isBack(stem);
    const conditional = `${stem}${back ? 'са' : 'се'}`;
    const form =
      marker === CONDITIONAL_YOU
        ? subject === undefined || subject === 'you'
          ? conditional + (back ? 'ңыз' : 'ңіз')
          : ''
        : subject === 'you'
          ? ''
          : subject === 'we'
            ? conditional + (back ? 'қ' : 'к')
            : conditional;
    return form && suggestion.slice(0, start) + form + suggestion.slice(at + marker.length);
  }
  if (suggestion.includes(PRESENT)) {
    const participle = /^(.{2,})(?:атын|етін|йтын|йтін)$/u.exec(word);
    if (participle?.[1]) {
      const stem = participle[1];
      const ending = word.endsWith('йтын')
        ? 'йды'
        : word.endsWith('йтін')
          ? 'йді'
          : isBack(stem)
            ? 'ады'
            : 'еді';
      return suggestion.replace(PRESENT, stem + ending);
    }
    // A passive verbal noun: the passive -л/-н after a root of two letters or more («қарал», «тіркел»,
    // «бөлін»): «салуға» is the active of «сал».
    const passive = /^(.{2,}[аәеиыіоөұү]л|.{2,}н)(?:уға|уге)$/u.exec(word)?.[1];
    return passive ? suggestion.replace(PRESENT, passive + (isBack(passive) ? 'ады' : 'еді')) : '';
  }
  return suggestion;
}

/** The converb in -а/-е/-й's place among a stem's forms (`formsBuilt`): «тексере», «жасай». */
const CONVERB_A = 19;

/**
 * Markers for forms built from the verbal noun in -у the phrase opens with (`agree: 'first-noun'`), for modal
 * clichés said with the verb itself:
 * - `MUST_YOU`, `MUST_WE`, `MUST_ITS`: a verbal noun in the dative («баруға тиіссіз») with the polite second
 *   person's, the first plural's or the third person's possessive, -уыңыз/-уіңіз, -уымыз/-уіміз, -уы/-уі
 *   («баруыңыз керек», «келуіміз керек», «беруі керек»);
 * - `CONVERB_FROM_NOUN`: the converb of a verbal noun in the dative («беруге құқылысыз» → «бере аласыз»);
 * - `IMPERATIVE_YOU`: the polite imperative of a verbal noun with the polite possessive, bare or in the
 *   accusative («ұсынуыңыз сұралады», «ұсынуыңызды сұраймыз» → «ұсыныңыз», «хабарлауыңыз» → «хабарлаңыз»).
 * Where the word is not in that form, or its root cannot be told («оқуға»: «оқы-» or «оқ-»?), nothing is
 * offered.
 */
export const MUST_YOU = '{must-you}';
export const MUST_WE = '{must-we}';
export const MUST_ITS = '{must-its}';
export const CONVERB_FROM_NOUN = '{converb}';
export const IMPERATIVE_YOU = '{imperative-you}';

/** A verbal noun in -у (-ю) in the dative or with the polite possessive: the noun and whether its endings are back. */
function readVerbalNoun(
  word: string,
  endings: 'dative' | 'yours',
): { noun: string; back: boolean } | undefined {
  // «ю» is the -у of a root in -й («қою», «жою»).
  const found = (endings === 'dative' ? /^(.{2,}[ую])(ға|ге)$/u : /^(.{2,}[ую])(ыңыз|іңіз)(?:ды|ді)?$/u).exec(
    word,
  );
  if (!found?.[1] || !found[2]) return undefined;
  return { noun: found[1], back: /[аы]/u.test(found[2]) };
}

/** The suggestion with its verbal-noun marker filled from `word`; '' where it cannot be; as it is without one. */
export function formFromVerbalNoun(suggestion: string, word: string): string {
  const fill = (marker: string, form: string | undefined) => (form ? suggestion.replace(marker, form) : '');
  const must = [MUST_YOU, MUST_WE, MUST_ITS].find((marker) => suggestion.includes(marker));
  if (must) {
    const read = readVerbalNoun(word, 'dative');
    if (!read) return '';
    const possessive = {
      [MUST_YOU]: read.back ? 'ыңыз' : 'іңіз',
      [MUST_WE]: read.back ? 'ымыз' : 'іміз',
      [MUST_ITS]: read.back ? 'ы' : 'і',
    }[must];
    return fill(must, read.noun + possessive);
  }
  if (suggestion.includes(CONVERB_FROM_NOUN)) {
    const root = verbalNounRoot(readVerbalNoun(word, 'dative')?.noun ?? '');
    return fill(CONVERB_FROM_NOUN, root && kazakhVerbForms(root)[CONVERB_A]);
  }
  if (suggestion.includes(IMPERATIVE_YOU)) {
    const read = readVerbalNoun(word, 'yours');
    const root = verbalNounRoot(read?.noun ?? '');
    if (!read || !root) return '';
    const ending = endsInVowel(root) ? (read.back ? 'ңыз' : 'ңіз') : read.back ? 'ыңыз' : 'іңіз';
    return fill(IMPERATIVE_YOU, root + ending);
  }
  return suggestion;
}

/**
 * «Алу мүмкіндігі бар» with the verbal noun `noun`, by who the clause before names: a subject («Азаматтар …»)
 * can do it, so the converb and «алады» say it («ала алады»; «ала алмайды» for `able` false), where «мүмкін»
 * would leave that subject with no verb. With no word that may be a subject — each has a case ending, but
 * for the verbal noun's own object right before it («құжатты онлайн алу») — the deed alone is possible («алу
 * мүмкін», «алу мүмкін емес»). Else '' (nothing to paste): the reader or the writers, and a bare word farther
 * back that may be the subject.
 */
export function abilityFromVerbalNoun(able: boolean, noun: string, clause: readonly string[]): string {
  const root = verbalNounRoot(noun);
  const subject = subjectOf(clause, root ?? '');
  if (subject === 'other') {
    const converb = root && kazakhVerbForms(root)[CONVERB_A];
    return converb ? `${converb} ${able ? 'алады' : 'алмайды'}` : '';
  }
  if (subject !== undefined || clause.slice(0, -1).some((word) => !WITH_CASE.test(word))) return '';
  return `${noun} ${able ? 'мүмкін' : 'мүмкін емес'}`;
}
