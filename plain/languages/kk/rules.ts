import type { PhraseEntry, Rule } from '../../internal/rules/types.ts';
import {
  DASH_AFTER,
  FILE_TYPES_AND_SIZES,
  LATIN_ABBREVIATIONS_KNOWN_IN_KAZAKHSTAN,
} from '../abbreviations.ts';
import { DOUBLED_NUMBER_MESSAGES } from '../doubled-number-messages.ts';
import { listWords, nothingToPasteWhere } from '../pack.ts';
import { KAZAKH_CYRILLIC_LETTERS } from './detection.ts';
import { FAMILIAR_WORDS } from './familiar-words.ts';
import {
  DATIVE_AS_NOMINATIVE,
  DATIVE_AS_OBJECT,
  GENITIVE_AS_DATIVE,
  GENITIVE_ENDING,
  GOVERNING_NOUN,
  inflectNoun,
  MATCHED_WORD,
} from './noun-forms.ts';
import { NUMBER_UNITS, NUMBER_WORDS } from './number-words.ts';
import { isBack, voicedBeforeVowel } from './sounds.ts';
import {
  ABLE,
  CASE_ENDING,
  CONDITIONAL,
  CONDITIONAL_YOU,
  CONVERB_FROM_NOUN,
  IMPERATIVE_YOU,
  KAZAKH_VERB_SLOTS,
  kazakhVerbForms,
  MUST_ITS,
  MUST_WE,
  MUST_YOU,
  PRESENT,
  UNABLE,
  verbalNounRoot,
} from './verb-forms.ts';

/**
 * Kazakh rule pack: кеңсе тілі (bureaucratic Kazakh, much of it calqued from Russian канцелярит), jargon,
 * passive voice, double negatives, long sentences, paragraphs and words, and the built-in checks.
 * Kazakh is agglutinative, so patterns match stems: «жүзеге асыр*» covers «жүзеге асырылады», «жүзеге асыру»,
 * «жүзеге асырған». Patterns match lower-cased words (see `WordPattern`).
 */

const CHANCELLERY = 'https://ru.wikipedia.org/wiki/Канцелярит';
const JARGON_LINK = 'https://ru.wikipedia.org/wiki/Жаргон';
const PASSIVE_LINK = 'https://ru.wikipedia.org/wiki/Страдательный_залог';
const DOUBLE_NEGATIVE_LINK = 'https://ru.wikipedia.org/wiki/Двойное_отрицание';
const READABILITY = 'https://ru.wikipedia.org/wiki/Удобочитаемость';
const ABBREVIATIONS_LINK = 'https://ru.wikipedia.org/wiki/Аббревиатура';

const e = (match: string, ...replace: string[]): PhraseEntry => ({ match, replace });
/** Punctuation or the end right after a phrase: it ends its clause. */
const CLAUSE_END_AFTER = '^\\s*(?:[.,;:!?)»”"–—]|$)';
/** A word in the genitive («дамудың», «әрекеттерінің»). */
const GENITIVE_WORD = `.{2}${GENITIVE_ENDING}$`;
/** A word ending in the genitive, a noun's or a pronoun's («оның», «біздің»). */
const IN_GENITIVE = `${GENITIVE_ENDING}$`;
const except = (entry: PhraseEntry, ...forms: string[]): PhraseEntry => ({ ...entry, except: forms });
/**
 * A possessor in the genitive whose replacements are «сіздің»/«біздің» (each carrying the possessed noun into
 * its person, `carryKazakh`) or, last, a noun in the genitive that leaves it as it is («мекеменің»).
 */
const possessor = (match: string, pronoun: string, ...nouns: string[]): PhraseEntry => ({
  match,
  replace: [pronoun, ...nouns],
  carries: { from: 'genitive', to: ['genitive', ...nouns.map(() => null)] },
});
/**
 * «-ған жағдайда» (в случае если) said with the conditional of `participle` (-са), and of the reader (-саңыз),
 * each where the clause's subject allows it (`finiteFromForm`): «ұсынбаған жағдайда» → «тапсырмаса»,
 * «тапсырмасаңыз»; after «Өтініш беруші» only «тапсырмаса».
 */
const conditional = (match: string, participle: string): PhraseEntry => ({
  ...e(match, participle + CONDITIONAL, participle + CONDITIONAL_YOU),
  agree: 'first-noun',
});
/**
 * The main clause after it in the polite second person: «Сіз» or a predicate in -сыз/-ңыз that ends the
 * sentence («шағым жасауға құқылысыз», «хабарласыңыз»), not a privative adjective inside it («ақысыз»).
 */
const READER_PREDICATE_AFTER =
  '(?:^|[\\s,])(?:Сіз|сіз|СІЗ)(?=[\\s,])|(?:сыз|сіз|ңыз|ңіз)(?:ба|бе)?\\s*[.!?]?\\s*$';
/** The polite «Сіз» in any case («Сізге хабарлаймыз», «Сіздің өтінішіңіз»). */
const READER_PRONOUN = '(?<!\\p{L})(?:Сіз|сіз)(?:ге|ді|дің|ден|бен|де)?(?!\\p{L})';
/**
 * A word in the polite second person's -ңыз/-ңіз, bare or in a case: a verb («хабарласыңыз», «келдіңіз») or a
 * possessed noun («өтінішіңіз», «өтінішіңізге»). Not the nouns whose own stem ends so («маңызды», «теңізде»).
 */
const READER_POSSESSIVE_OR_VERB =
  '(?<!\\p{L})(?!(?:[Мм]аңыз|[Тт]еңіз|[Дд]оңыз|[Ққ]оңыз)\\p{L}*)' +
  '\\p{L}{2,}(?:ңыз|ңіз)(?:ға|ге|ды|ді|дың|дің|дан|ден|да|де)?(?!\\p{L})';
/**
 * A predicate in the polite second person's -сыз/-сіз that ends its sentence: the present and future
 * («тапсырасыз», «төлейсіз»), the past in -ған («тіркелгенсіз»), a modal («құқылысыз», «тиіссіз»). A privative
 * adjective in -сыз (without) seldom closes a sentence, and its stem mostly ends in a consonant («ақысыз»,
 * «кезексіз», «үзіліссіз»); the nouns in -а/-е that take it oftenest are named here («сапасыз», «баласыз»).
 */
const READER_VERB_ENDING =
  '(?<!\\p{L})(?!(?:ата-)?(?:[Сс]апа|[Аа]қша|[Бб]ала|[Аа]на|[Бб]аспана|[Жж]аза|[Пп]айда|[Мм]ағына|[Шш]ама|[Әә]ке)' +
  '(?:сыз|сіз))(?:\\p{L}{2,}(?:[ае]|й|ған|ген|қан|кен)|тиіс|тиісті|құқылы|міндетті)(?:сыз|сіз)' +
  '(?=(?:\\s+(?:ба|бе))?\\s*(?:[.!?]|\\n|$))';
/**
 * A text that speaks to its reader: with «Сіз», or only through the polite second person's endings («Өтінішті
 * тапсырасыз», «Құжаттарды әкеліңіз»). A condition with no subject named is the reader's there too
 * («Мерзімінде жүгінбеген жағдайда, құжаттар мұрағатқа тапсырылады» → «жүгінбесеңіз»), and an applicant in a
 * case may be the reader («өтініш берушіге» → «Сізге»).
 */
const READER_ADDRESSED = `${READER_PRONOUN}|${READER_POSSESSIVE_OR_VERB}|${READER_VERB_ENDING}`;
/**
 * A person named in the nominative later in the sentence, the main clause's third-person subject: a doer in
 * -ушы/-уші, after a consonant or a vowel stem («тұтынушы», «өтініш беруші», «салық төлеуші») or a person's noun («ата-ана», «азамат», «түлек», «мал иесі»), bare or
 * with the possessive, not in another case («тұтынушыға»).
 */
const PERSON_SUBJECT_LATER =
  '[^.!?;]*?(?<![\\p{L}-])(?:\\p{L}*[^иоұүуыі\\s]уш[ыі](?:лар|лер)?|ата-ана(?:сы|лары)?|' +
  '(?:азамат|адам|тұлға|кәсіпкер|қызметкер|жұмыскер|бала|студент|оқушы|түлек|талапкер|үміткер|тұрғын|зейнеткер|' +
  'сайлаушы|пациент|клиент|ие)(?:тар|дар|лар|лер)?(?:ы|сы|і|сі)?)' +
  '(?![\\p{L}-])';
/**
 * A conditional entry (`conditional`) whose main clause speaks to the reader: there the form in -саңыз comes
 * first («келіспеген жағдайда, Сіз … құқылысыз» → «келіспесеңіз»). In a text that speaks to the reader
 * elsewhere, a main clause with a person of its own as the subject («келіспеген жағдайда тұтынушы … құқылы»)
 * keeps the third person alone: «алмасаңыз салық төлеуші … құқылы» would change person within the sentence.
 * A «сіз» before it in the clause still makes the condition the reader's (`finiteFromForm`).
 */
const readerFirst = (entry: PhraseEntry): PhraseEntry[] => [
  { ...entry, replace: [...entry.replace].reverse(), followedBy: READER_PREDICATE_AFTER },
  {
    ...entry,
    replace: [...entry.replace].reverse(),
    inText: READER_ADDRESSED,
    followedBy: `^(?!${PERSON_SUBJECT_LATER})`,
  },
  {
    ...entry,
    replace: entry.replace.filter((replacement) => !replacement.includes(CONDITIONAL_YOU)),
    followedBy: `^${PERSON_SUBJECT_LATER}`,
    notInClause: '^(?:сіз|сіздер)$',
  },
  entry,
];
/**
 * Entries with nothing to paste where a participle and «немесе», «не», «және», «мен» or a comma stand earlier in
 * the clause (coordinated verbs: «жоғалған немесе бүлінген жағдайда», «қауіп төнген, қылмыс жасалып жатқан
 * жағдайларда»): the conditional of the last alone leaves the others hanging. Coordinated subjects share the
 * verb and keep the paste («отбасы құрамы немесе табысы өзгерген жағдайда» → «өзгерсе»), and so does a
 * converb before a comma, a deed done first («толтырып, тапсырған жағдайда» → «тапсырса»).
 */
const withheldAfterCoordination = (entries: PhraseEntry[]): PhraseEntry[] =>
  nothingToPasteWhere(
    {
      precededBy:
        '(?:(?:ған|ген|қан|кен|атын|етін|йтын|йтін|ып|іп|п),?\\s+(?:немесе|не|және)|(?:ған|ген|қан|кен),|' +
        '(?:ған|ген|қан|кен)\\s+(?:мен|бен|пен|я|яки))' +
        '\\s+[^.,;:!?]*$',
    },
    entries,
  );
/** A noun phrase whose replacements take its last word's number, possessive and case (`agreeKazakh`). */
const noun = (entry: PhraseEntry): PhraseEntry => ({ ...entry, agree: true });

/**
 * An adjective and a conjunction right before a phrase of adjective and noun share its noun («лауазымды және
 * жауапты тұлғалар»): a plain noun for the phrase alone would leave the first adjective without one.
 */
const SHARED_NOUN_ADJECTIVE_BEFORE =
  '(?:^|[^\\p{L}])(?:жеке|заңды|лауазымды|жауапты|мүдделі|шетелдік|отандық|үшінші)\\s+(?:және|не|немесе|яки)\\s+$';
/**
 * A compound of two nouns (izafet) replaced by one noun: its head's possessive belongs to the compound, so the
 * replacement takes it only after a genitive («жол картасы әзірленді» → «жоспар әзірленді», not «жоспары»).
 * `singular`: the compound names an action («жөндеу жұмыстарының» → «жөндеудің», not «жөндеулердің»).
 */
const compound = (entry: PhraseEntry, singular = false): PhraseEntry => ({
  ...entry,
  agree: 'noun',
  ...(singular ? { singular } : {}),
});

/** A noun with the 3rd-person possessive, bare or in a case («ұйымдары», «мекемелерінің»): the head of an izafet. */
const POSSESSED_NOUN = '(?:[ыі]|сы|сі)(?:ның|нің|на|не|н|нда|нде|нан|нен|мен)?$';
/** A document, its part or the budget, in any case: «Заңда», «Қағидалардың 5-тармағында», «бюджетте». */
const DOCUMENT_WORD =
  '^(?:\\d+-)?(?:заң|қағида|шарт|бюджет|бағдарлама|бап|баб|ереже|кодекс|конституция|жарғы|тармақ|бұйрық|қаулы|шешім|келісім|регламент|стандарт|нұсқаулық|жоспар|жоба|құжат|актіл|акті)';
/**
 * Two nouns with the third person's possessive ending joined by a comma, a conjunction or a bracket, right
 * after a genitive owner: «шешіміне, әрекетіне (әрекетсіздігіне)», «шешімі және әрекеті».
 */
const POSSESSED_WORD = '\\p{L}+(?:[ыі]|сы|сі)(?:ның|нің|на|не|н|нда|нде|нан|нен|мен)?';
const COORDINATED_POSSESSED = `^\\s+${POSSESSED_WORD}(?:\\s*,\\s*|\\s*\\(\\s*|\\s+(?:және|мен|немесе|не)\\s+)${POSSESSED_WORD}(?!\\p{L})`;

/**
 * «X-ті Y-пен қамтамасыз ету» (provide X with Y) is «X-ке Y беру»: the plain verb gives the recipient another
 * case, so «Y беру» is offered only where no accusative stands in the clause before the phrase («сумен
 * қамтамасыз ету процесі» → «су беру процесі»); after one, right before or with Y's adjectives between
 * («тұрғындарды сумен қамтамасыз етеміз», «ауылдарды таза ауыз сумен»), the phrase is flagged with nothing to
 * paste.
 */
const providing = (instrumental: string, noun: string): PhraseEntry[] => [
  { match: `${instrumental} қамтамасыз ет*`, replace: [`${noun} беру`], notInClause: ACCUSATIVE },
  { match: `${instrumental} қамтамасыз ет*`, replace: [''] },
];

/**
 * A noun that is definite in the nominative: plural («құжаттар») or with the third-person possessive («сомасы»,
 * «шешімі»), not the adjectives in -ғы/-гі and the adverbs that end alike («жылғы», «соңғы», «2025 жылы»).
 */
const DEFINITE_NOMINATIVE =
  '^(?!(?:жылы|тағы|әлі|жалпы|жеке|бірі|бәрі|барлығы|көбі|кейбірі)$).{2,}(?:лар|лер|дар|дер|тар|тер|сы|сі|[^аәеиоөұүуыіғгқк][ыі])$';

/**
 * A word of a clause that may be a noun in the nominative: no oblique case ending (a dative in -а/-е cannot be
 * told from a noun in а or е, «кеме»), nor a number or an adverb and postposition in the nominative's shape.
 */
const MAY_BE_NOMINATIVE =
  '^(?!.*(?:ға|ге|қа|ке|на|не|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен|ның|нің|дың|дің|тың|тің|ды|ді|' +
  'ты|ті|ны|ні|ын|ін)$)(?!(?:жылы|тағы|әлі|жалпы|міндетті|тез|дереу|бірден|кейін|дейін|шейін|бері|бойы|сайын|' +
  'үшін|сәйкес|қарай|бойынша|туралы|арқылы|бұрын|соң)$)[а-яәіңғүұқөһ-]{2,}$';

/** A word that cannot be a noun in the nominative (`MAY_BE_NOMINATIVE` fails): an oblique case, a number, a postposition. */
const NOT_NOMINATIVE = `^(?!${MAY_BE_NOMINATIVE.slice(1, -1)}$).+$`;

/**
 * A passive obligation («төленуі тиіс», «тіркелуге жатады») said with «керек». The active verbal noun
 * («төлеу керек») takes a noun without the accusative only as its object right before it («Салық төлеу
 * керек»): a definite noun there («Салық сомасы төлеу керек») or a noun farther back («Кеме флотқа 2014 жылы
 * беру керек», «Салық уақытында төлеу керек») would want the accusative, so there the passive is kept first.
 * A clause after another in its sentence shares that one's subject, the thing done to («Құжат … сақталады, одан
 * кейін жойылуға жатады»): the active («жою керек») would leave it with no verb, so the passive is first there too.
 */
const mustBeDone = (match: string, active: string, passive: string): PhraseEntry[] => [
  { ...e(match, `${passive} керек`, `${active} керек`), after: DEFINITE_NOMINATIVE },
  {
    ...e(match, `${active} керек`, `${passive} керек`),
    precededBy: '^[^,;:–—]*$',
    notInClause: MAY_BE_NOMINATIVE,
    // The word right before the phrase, the active's own object, does not count, nor a noun a postposition
    // makes an adverbial («жыл сайын», «заң бойынша»).
    notInClauseUnlessBefore:
      '^(?:[а-яәіңғүұқөһ]+(?:уы|уі|уға|уге|юға|юге)|жатады|сайын|бойы|бойынша|туралы|үшін|арқылы|сияқты|секілді)$',
  },
  e(match, `${passive} керек`, `${active} керек`),
];

/** The end of a predicate: punctuation or the line's end, after a question particle or not. */
const PREDICATE_END = '^(?:\\s+(?:ба|бе|ма|ме|па|пе))?\\s*(?:[.!?;:,)]|\\n|$)';
/**
 * A verbal noun in the dative and a comma or a conjunction, then a few words with no other stop: the phrase
 * after is the last of the coordinated datives its modal governs («ұстауға және құжатты көрсетуге міндетті»).
 */
const COORDINATED_DATIVE_BEFORE =
  '(?:^|[^\\p{L}])\\p{L}{2,}[ую](?:ға|ге)(?:\\s*,\\s*|\\s+(?:және|немесе|не|әрі)\\s+)(?:[^\\s.;:!?]+[\\s,]+){0,8}$';
/** Not before a question particle, which takes the sound of the word before it («тиіссіз бе», «керек пе»). */
const NOT_BEFORE_PARTICLE = '^(?!\\s+(?:ба|бе|ма|ме|па|пе)(?!\\p{L}))';
/**
 * The phrases of `modal` (alternatives split by `|`) after a verbal noun in -у, in the dative («баруға
 * тиіссіз») or with the polite possessive («келуіңіз сұралады»): the noun, the phrase's first word, is what a
 * suggestion's marker is built from (`formFromVerbalNoun`, with `agree: 'first-noun'`).
 */
const afterVerbalNoun = (modal: string, endings: 'dative' | 'yours' = 'dative'): string =>
  // A root in -й writes its -у as «ю» («қой» → «қою», «жой» → «жою»): «қоюға міндетті».
  (endings === 'dative' ? ['*уға', '*уге', '*юға', '*юге'] : ['*уыңыз', '*уіңіз', '*юыңыз', '*юіңіз'])
    .flatMap((noun) => modal.split('|').map((word) => `${noun} ${word}`))
    .join('|');

/**
 * A quality, a state or a right in the accusative, which one ensures and cannot give: abstract nouns in -лық
 * («ашықтықты», «қолжетімділігін»), «сапа», «құқық», «тәртіп», «теңдік» («сапаны», «құқықтарын»). Not
 * «мүмкіндік», which is given («мүмкіндік беру»).
 */
/** An ordinal or a number before an agenda item («бірінші», «3-», «екінші»). */
const AGENDA_ORDINAL = '^(?:.*(?:ншы|нші)|\\d.*)$';

/** What runs in pipes and cables before «коммуникациялары»: underground, engineering, water, heat, gas, power. */
const UTILITY_NETWORK =
  'жерасты|асты|инженерлік|су|жылу|газ|электр|кәріз|сумен жабдықтау|қалалық|магистральдық';

/**
 * A thing an agency provides, right before «қамтамасыз ету» or after its participle («қызметті», «ақпаратпен»,
 * «қамтамасыз етілген қаражат»): only it is given («береді»). Any other object is ensured, which «беру» does not
 * say («мыналарды», «сақталуын», «қауіпсіздікті»).
 */
const PROVIDED_THING =
  '(?:қызмет|ақпарат|құжат|жабдық|жабдығ|орын|орн|мүмкіндік|мүмкіндіг|көмек|көмег|қаражат|ақша|тамақ|тамағ|' +
  'дәрі-дәрмек|дәрі|көлік|көліг|құрал|материал|бланк|байланыс|интернет|жылу|су|электр|газ|учаске|баспана|үй|' +
  'оқулық|оқулығ|жәрдемақы|төлем|кеңес|ұрық|жем|отын|киім)(?:лар|лер|дар|дер|тар|тер)?' +
  '(?:ы|і|сы|сі|ыңыз|іңіз|ңыз|ңіз|ымыз|іміз|мыз|міз)?';
const PROVIDED_THING_BEFORE = `^${PROVIDED_THING}(?:ны|ні|ды|ді|ты|ті|н)?$`;

const ENSURED_QUALITY =
  '^(?!мүмкінді)(?:.*(?:лық|лік|дық|дік|тық|тік)(?:ты|ті)|.*(?:лығ|ліг|дығ|діг|тығ|тіг)[ыі]н|(?:сапа|құқ|тәртіп|тәртіб|теңдіг|теңдік)[а-яәіңғүұқөһ]*(?:ны|ні|ды|ді|ты|ті|[ыі]н|сын|сін))$';

/** A site, a page or a paper in the locative, where one publishes: «сайтта», «порталында», «желілерде». */
const ON_A_SITE =
  '^(?:сайт|портал|интернет-ресурс|ресурс|парақша|бет|желі|газет|басылым|ақпарат құрал)[а-яәіңғүұқөһ-]*(?:да|де|та|те)$';

/** A word that names where or by whom a thing was set: a locative, an instrumental, «тарапынан». */
const SETTER_BEFORE = '^(?:тарапынан|.{2,}(?:да|де|та|те|мен|бен|пен))$';

/**
 * The owner of a possessed noun before it: a word in the genitive («тұрғындардың»), or a bare plural, as
 * headlines write it («Салық төлеушілер назарына!»).
 */
const POSSESSOR_WORD = [
  '*ның',
  '*нің',
  '*дың',
  '*дің',
  '*тың',
  '*тің',
  '*лар',
  '*лер',
  '*дар',
  '*дер',
  '*тар',
  '*тер',
];

/** A word in the accusative: -ны/-ды/-ты, or -н after the third-person possessive («өкілін»). */
const ACCUSATIVE = '^(?!(?:үшін|кейін|сайын|бойын)$).{2,}(?:ны|ні|ды|ді|ты|ті|[ыі]н|сын|сін)$';

/**
 * An adjective of «тіркеу» (registration): in -лық, -ғы («мемлекеттік», «бастапқы») or «міндетті», «ерікті».
 * Not a body in -лік, the subject before it («Серіктестік тіркеуден өтті»).
 */
/** The endings of an abstract noun of an act or a state («зорлық-зомбылық», «жемқорлық», «қатыгездік»). */
const ABSTRACT_NOUN_ENDS = ['лық', 'лік', 'дық', 'дік', 'тық', 'тік'];

/** A determiner that announces a list after it: «мынадай», «келесі», «төмендегідей» (such as follow). */
const LIST_AHEAD = '^(?:мынадай|мынандай|келесі|төмендегі|төмендегідей)$';

/** «Есепке қою», «тіркеуге қою» (to enter on a register) in every form of «қой-» («қояды», «қойылды»). */
const ENTERED_ON_REGISTER = kazakhVerbForms('қой').flatMap((form) => [`есепке ${form}`, `тіркеуге ${form}`]);

const ADJECTIVE_OF_REGISTRATION =
  '^(?!(?:әкімдік|министрлік|агенттік|серіктестік|бірлестік|қауымдастық)$)' +
  '(?:.{2,}(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі)|міндетті|ерікті)$';

/**
 * The dative, bare or after a possessive («сапасына», «жағдайына», «мектептерге»); «мына», «бірге», «жеке»,
 * «жаңа», «ғана» end alike.
 */
const DATIVE =
  '(?!(?:мына|бірге|жеке|жаңа|ғана|қана|орта|жылына|айына|аптасына|күніне|тәулігіне|тоқсанына|сағатына)$)' +
  '.*(?:ға|ге|қа|ке|[ыі]на|[ыі]не)';

/**
 * Words after a dative that take it as their own, so it is no action's target: postpositions («Заңға сәйкес»,
 * «2025 жылға дейін», «талапқа сай», «оған қоса») and verbs in a participle or converb («қолға ұстайтын
 * детекторлар», «мектепке барып»).
 */
const DATIVE_POSTPOSITION =
  '^(?:дейін|шейін|дейінгі|шейінгі|қарай|сәйкес|сай|байланысты|қатысты|қарамастан|қарағанда|орай|қарсы|жуық|' +
  'таман|бола|қоса|тән|тиесілі|.{2,}(?:атын|етін|йтын|йтін|ған|ген|қан|кен|[аәеиоөұүуыі]п|[ыі]п))$';

/** Nouns that end in -у as verbal nouns do («жылу» heat, «ауру» illness, «су» water, «сайлау» an election). */
const NOUNS_IN_U = '(?:су|ту|жылу|ауру|тау|дау|жау|бау|жауын|сайлау|қару)';

/** A dative in the clause before a phrase that no postposition or verb after it takes (`DATIVE_POSTPOSITION`). */
const DATIVE_IN_CLAUSE = { notInClause: `^${DATIVE}$`, notInClauseUnlessBefore: DATIVE_POSTPOSITION };

/**
 * A phrase that takes what it acts on in the dative («бойкотқа басшылық етті», «саясатқа өзгеріс енгізді»,
 * «екеніне баса назар аударды») replaced by a plain verb that takes the accusative («басқарды», «өзгертті»,
 * «атап айтты»), or the ablative («министрлікке сұрау салды» → «министрліктен сұрады»): after a dative in its
 * clause the plain verb would leave that noun in the wrong case («бойкотына басқарды»), so there the phrase is
 * flagged with nothing to paste.
 */
const targetInDative = (entry: PhraseEntry): PhraseEntry[] => [
  { ...entry, ...DATIVE_IN_CLAUSE },
  { ...entry, replace: [] },
];

/** The dative's endings, as the last letters of a word in a phrase's match. */
const DATIVE_WORD = ['*ға', '*ге', '*қа', '*ке', '*на', '*не'];

/** A date in the ablative: a month, bare or with its possessive («1 қазаннан», «15 наурызынан»), a period's end, a month's day. */
const DATES_FROM = [
  ...'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'
    .split(' ')
    .flatMap((month) => [
      inflectNoun(month, { plural: false, possessive: undefined, case: 'from' }),
      inflectNoun(month, { plural: false, possessive: 'its', case: 'from' }),
    ]),
  'соңынан',
  // A month's day («15-күнінен», «келесі айдың 25-күнінен»).
  '*-күнінен',
];

/** A clause made a noun, in the dative: «екеніне», «болғанына», «келетініне» (what one stresses, says). */
const CONTENT_CLAUSE_DATIVE = [
  'екеніне',
  '*ғанына',
  '*геніне',
  '*қанына',
  '*кеніне',
  '*атынына',
  '*етініне',
  '*йтынына',
  '*йтініне',
];

/**
 * A phrase that takes what it acts on in the dative, with that noun right before it, replaced by a plain verb
 * that takes the accusative, the noun carried into it («саясатқа өзгеріс енгізді» → «саясатты өзгертті»,
 * «екеніне баса назар аударды» → «екенін атап айтты»). Active forms only: in the passive the noun would be
 * the subject («Заңға өзгеріс енгізілді» → «Заң өзгертілді»), which `withVerbForms` leaves to the phrase alone.
 * Another dative farther back in the clause may be the target: then the entries after it apply.
 */
const dativeAsObject = (entry: PhraseEntry, datives: readonly string[] = DATIVE_WORD): PhraseEntry => ({
  ...entry,
  match: entry.match
    .split('|')
    .flatMap((phrase) => datives.map((dative) => `${dative} ${phrase.trim()}`))
    .join('|'),
  replace: entry.replace.map((suggestion) => `${DATIVE_AS_OBJECT} ${suggestion}`),
  agree: 'first-noun',
  ...DATIVE_IN_CLAUSE,
});

/** `targetInDative` for a plain verb that takes the accusative: the noun right before is carried into it. */
const targetInDativeAsObject = (entry: PhraseEntry): PhraseEntry[] => [
  dativeAsObject(entry),
  ...targetInDative(entry),
];

/**
 * A phrase that takes its object in the accusative («Заңды басшылыққа алу», «Конституцияны негізге ала
 * отырып») replaced by a plain verb that takes the dative («заңға сүйену»): after an accusative in its clause,
 * nothing to paste.
 */
const objectInAccusative = (entry: PhraseEntry): PhraseEntry[] => [
  { ...entry, notInClause: ACCUSATIVE },
  { ...entry, replace: [] },
];

/** «шешім қабылдау» after a noun in -у that is no verbal noun, or after «шешуге», as a phrase to match. */
const NOUN_IN_U_DATIVE_PHRASES = [...NOUNS_IN_U.slice(3, -1).split('|'), 'шешу']
  .flatMap((noun) => [`${noun}ға шешім қабылда*`, `${noun}ге шешім қабылда*`])
  .join('|');

/** A verbal noun in the dative («кешігуге», «кіруге»), not a noun that ends in -у as they do (`NOUNS_IN_U`). */
const VERBAL_NOUN_DATIVE = `^(?!${NOUNS_IN_U}(?:ға|ге)$).{2,}у(?:ға|ге)$`;

/**
 * Goals, posts and places one reaches, in the dative: «мақсатқа», «келісімге», «билікке», «қалаларына» (`қол
 * жеткізу`).
 */
const GOAL_IN_DATIVE =
  '^(?:мақсат|нәтиже|табыс|жеңіс|келісім|мәміле|жетістік|деңгей|ымыра|бейбітшілік|көрсеткіш|меже|жоспар|' +
  'лауазым|билік|рекорд|финал|шың|қала|ауыл|аудан|аймақ|аймағ|өңір)' +
  '[а-яәіңғүұқөһ]*(?:ға|ге|қа|ке|на|не|а|е)$';

/**
 * Offices and services one applies to, in the dative: «сотқа», «әкімдікке», «ХҚКО-ға», «органдарға» (`жүгіну`).
 * Most are contacted, by phone, online or in person alike; `OFFICE_ONE_GOES_TO` names the ones that are a place.
 */
const OFFICE_IN_DATIVE =
  '^(?:сот|полиция|әкімдік|әкімдіг|хқко|цон|орталық|орталығ|мекеме|орган|бөлім|басқарма|прокуратура|' +
  'министрлік|министрліг|банк|филиал|бөлімше|нотариус|дәрігер|емхана|аурухана|комиссия|департамент|кеңсе|ведомство|инспекция)' +
  '[а-яәіңғүұқөһ-]*(?:ға|ге|қа|ке|на|не|а|е)$';
/** Papers one brings along, in the instrumental: «жеке куәлікпен», «құжаттарымен», «паспортпен». */
const PAPERS_BROUGHT =
  '^(?:куәлі|паспорт|төлқұжат|құжат|анықтама|түбіртек|сертификат|дипломм?|шарт|келісімшарт)[а-яәіңғүұқөһ]*(?:мен|пен|бен)$';

/**
 * Offices that are a place one goes to, in the dative: a front office («ХҚКО-ға», «орталығына»), a branch, a
 * clinic, a notary, a court («сотқа бару» is to go to law). The others («полицияға», «әкімдікке») are as often
 * written to or called.
 */
const OFFICE_ONE_GOES_TO =
  '^(?:сот|хқко|цон|орталық|орталығ|филиал|бөлімше|нотариус|дәрігер|емхана|аурухана|кеңсе)' +
  '[а-яәіңғүұқөһ-]*(?:ға|ге|қа|ке|на|не|а|е)$';
/**
 * A word of the clause that puts the office at a place one goes to: an address, a street, a building, where it
 * stands («тұратын жеріңіздегі»), or «жеке өзі» (in person).
 */
const GOING_THERE = '^(?:мекенжай|көше|ғимарат|орналасқан$|өзі$|\\p{L}+(?:дағы|дегі|тағы|тегі)$)';

/** A place in the locative («Қазақстанда», «өңірлерде»), not a time («кезінде», «уақытта», «барысында»). */
const PLACE_IN_LOCATIVE =
  '^(?!(?:.*кезінде|кезде|уақытта|сәтте|.*барысында|.*ішінде|арада|жылдарда|айларда|күндерде|жағдай.*)$).{2,}(?:да|де|та|те)$';

/** A law or a document, bare or plural («заң», «ережелер»): as the subject, «әрекет ету» is to be in force. */
const LAW =
  '(?:заң|кодекс|ереже|қағида|келісім|шарт|қаулы|бұйрық|лицензия|рұқсат|виза|куәлік|тариф|мораторий)' +
  '(?:дар|дер|тар|тер|лар|лер)?';

/**
 * «X-ке жол берілмейді» (X is not tolerated, not allowed) said with the modal «болмайды», which takes a verbal
 * noun in the dative («Кешігуге жол берілмейді» → «Кешігуге болмайды») or a pronoun's («Бұған болмайды»),
 * never another noun («Мұндай әрекеттерге болмайды», «айырмашылықтарға болмайтыны» say nothing): right after a
 * verbal noun in the dative, or with one in its clause and no other dative («Қайта тапсыруға 7 күннен кейін жол
 * беріледі»), it is offered. A verbal noun in the nominative («қызметпен айналысу … рұқсат етіледі») would
 * make the modal say "happens", and one a participle takes («Лицензиялауға жататын») is not the one allowed:
 * nothing to paste there.
 */
const modalOfPermission = (match: string, plain: string): PhraseEntry[] => [
  { ...e(match, plain), after: VERBAL_NOUN_DATIVE },
  {
    ...e(match, plain),
    ...DATIVE_IN_CLAUSE,
    notInClause: `^(?!${VERBAL_NOUN_DATIVE.slice(1)})${DATIVE}$`,
    inClause: `(?:${VERBAL_NOUN_DATIVE})|^(?:бұған|оған|осыған|соған|мұған)$`,
    inClauseUnlessBefore: DATIVE_POSTPOSITION,
  },
  e(match),
];

/** Pronouns of the person informed, in the accusative and the dative («сізді» → «сізге»). */
const INFORMED = [
  ['сізді', 'сізге'],
  ['сіздерді', 'сіздерге'],
  ['оларды', 'оларға'],
  ['бізді', 'бізге'],
] as const;

/** Nouns of rules and documents that stand before «сәйкес» (according to): «Заңға сәйкес», «қағидаларға сәйкес». */
const RULE_NOUNS =
  'заңнама*|заң*|кодекс*|бұйрық*|бұйрығ*|қаулы*|ереже*|қағида*|тармақ*|тармағ*|бап*|баб*|шарт*|талап*|тәртіп*|тәртіб*|жоспар*|кесте*|стандарт*|шешім*|хаттама*|нұсқаулық*|нұсқаулығ*|регламент*|келісім*';

/** A number with the percent sign right before («12% », «0,5 %»). */
const PERCENT_BEFORE = '\\d\\s?%\\s*$';

/** Parts of a law or a paper that a number with a hyphen stands before: «406-бабы», «12-тармағы», «2-қосымша». */
const NUMBERED_PARTS = ['бап', 'тармақ', 'тармақша', 'бөлім', 'тарау', 'қосымша', 'параграф'];
/**
 * Their datives after a number, singular and plural, bare and with the possessive, as word patterns
 * («*-бабына», «*-қосымшаға»): the number before the hyphen keeps a stem pattern from matching.
 */
const NUMBERED_PARTS_IN_DATIVE = NUMBERED_PARTS.flatMap((part) =>
  [false, true].flatMap((plural) =>
    [undefined, 'its' as const].map(
      (possessive) => `*-${inflectNoun(part, { plural, possessive, case: 'to' })}`,
    ),
  ),
);

/**
 * A noun and a conjunction right before «… жұмыстарын»: the works are shared by both («жөндеу және құрылыс
 * жұмыстарын жүргізу»), so the action alone for the second would strand the first («жөндеу және салу»).
 */
const SHARED_WORKS_BEFORE = '(?:^|[^\\p{L}])\\p{L}{3,}\\s+(?:және|мен|пен|бен|немесе|не)\\s+$';
/**
 * A noun of time or of work, bare or possessed, right after «… жұмыстары» as the subject: with the verbal noun
 * alone it would read as one compound («жөндеу жұмыстары жұмыс күндері» → «жөндеу жұмыс күндері», repair
 * working days). Case-marked time («сәуірде», «күндіз») stays.
 */
const TIME_NOUN_AFTER =
  '^\\s+(?:жұмыс|уақыт|күн|түн|апта|ай|жыл|кезең|мерзім|сағат|маусым|мезгіл)(?:тар|тер|дар|дер|лар|лер)?(?:ы|і|сы|сі)?(?:нда|нде)?(?!\\p{L})';
/** Verbal nouns that officialese calls «…жұмыстары» (works): «тексеру жұмыстары», «жөндеу жұмыстары». */
const ACTIONS_CALLED_WORK = [
  'түсіндіру',
  'жөндеу',
  'тексеру',
  'бақылау',
  'талдау',
  'зерттеу',
  'түгендеу',
  'тіркеу',
  'іріктеу',
  'дайындау',
  'тазалау',
  'абаттандыру',
  'көгалдандыру',
  'ұйымдастыру',
  'ауыстыру',
  'орнату',
  'тергеу',
  'жасақтау',
  // Vaccination («Егу жұмыстары … жүргізіледі» → «Егіледі»), or sowing: the verb «ек-» (егеді, екті, егілді).
  'егу',
];

/**
 * One entry per finite and participle form of a bookish verb (`kazakhVerbForms`), each offering the plain
 * verbs in that form: for a verb whose root as a stem would catch other words («жолда-»: «жолдас», a friend).
 * The verbal noun is left out: it is often a noun of its own («Президенттің Жолдауы», the Address).
 */
/**
 * «Хабарласуды сұраймыз», «хабарлауыңызды сұраймыз» (we ask you to contact us, to report) said as the polite
 * imperative («хабарласыңыз», «хабарлаңыз»), for the verbs notices ask of their readers. An addressee in the
 * ablative («Сізден … сұраймыз», «тұрғындардан») or a possessor («Сіздің хабарлауыңызды») in the clause
 * before would be left with no word to go with; there the request names whom it asks, plain first-person
 * Kazakh already: no finding.
 */
function pleaseDo(root: string): PhraseEntry[] {
  const forms = kazakhVerbForms(root);
  const noun = forms[4] ?? '';
  const back = isBack(root);
  const match = `${noun}${back ? 'ды' : 'ді'} сұраймыз|${noun}${back ? 'ыңызды' : 'іңізді'} сұраймыз`;
  return [
    {
      ...e(match, forms[POLITE_IMPERATIVE] ?? ''),
      notInClause: '^(?:.{2,}(?:дан|ден|тан|тен|нан|нен)|сіздің|сіздердің)$',
    },
  ];
}
/** How many of `kazakhVerbForms`'s slots are the active voice's (the passive's follow). */
const ACTIVE_VERB_SLOTS = KAZAKH_VERB_SLOTS / 2;
/** The slot of `kazakhVerbForms` for the polite imperative («хабарласыңыз»). */
const POLITE_IMPERATIVE = 14;
const ASKED_OF_READERS = [
  'хабарлас',
  'хабарла',
  'жүгін',
  'кел',
  'тапсыр',
  'толтыр',
  'төле',
  'тексер',
  'сақта',
  'үнемде',
  'жібер',
  'қайнат',
  'қатыс',
  'жаңарт',
  'көрсет',
  'таныстыр',
];

function eachForm(root: string, ...plainRoots: string[]): PhraseEntry[] {
  const plainForms = plainRoots.map(kazakhVerbForms);
  return kazakhVerbForms(root).flatMap((match, slot) =>
    VERBAL_NOUN_FORM.test(match) ? [] : [{ match, replace: plainForms.map((forms) => forms[slot] ?? '') }],
  );
}
const VERBAL_NOUN_FORM = /у(?:[ыі](?:н|на|не|ның|нің)?|ға|ге|ды|ді|да|де|дан|ден|дың|дің|мен)?$/u;

/**
 * Participles that name the cases a rule provides for, not a condition: «заңда көзделген жағдайларда», «осы
 * Қағидаларда белгіленген жағдайда», «қалыптасқан жағдайда» (in the situation that has arisen).
 */
const CASES_NAMED = [
  'көзделген',
  'белгіленген',
  'қарастырылған',
  'көрсетілген',
  'аталған',
  'айтылған',
  'келтірілген',
  'сипатталған',
  'жазылған',
  'қалыптасқан',
  'туған',
  // Quantifiers and adjectives in -ған/-ген: «көптеген жағдайларда» (in many cases), «жекелеген жағдайларда»,
  // «қалған жағдайларда» (in the other cases), «жалған».
  'көптеген',
  'жекелеген',
  'қалған',
  'жалған',
];
// «…-ған жағдайда болу/қалу» is to be in a state («қоршалған жағдайда болдым»: I was surrounded), no condition.
// Only the verbs: nouns that begin alike («тұрғындар», the residents; «қала», a city; «тұрақты», «болашақта»)
// start the main clause, and the condition stays one.
const STATE_VERB_AFTER =
  '^(?:бол|қал|жүр|отыр|тұр)(?!ғын|ақ|ашақ|ек|а(?:$|да|ға|ны|ның|дан|лық|сы|сын|сының|сында|лар|дағы|ма))';

/** Adjectives that stand before «мәселе» (issue) without a possessive link: «жеке мәселелері», «түрлі мәселелер». */
const ADJECTIVES_BEFORE_ISSUE =
  'жеке|түрлі|әртүрлі|әр түрлі|басқа|негізгі|маңызды|өзекті|барлық|көптеген|кейбір|бірқатар|бірнеше|ортақ|жалпы|осындай|мұндай|сондай|ондай|қандай|күрделі|шешілмеген|ұқсас';

/**
 * A verbal noun in the clause before a light verb, bare or in the accusative («қабылдау», «қарауды»,
 * «тағайындауын»), but not before a noun with the possessive that it names the kind of («жөндеу жобасы»,
 * «тексеру жұмыстары»).
 */
const ACTION_BEFORE_UNLESS_KIND = {
  notInClause: `^(?!${NOUNS_IN_U}(?:ды|ын)?$).{2,}[ую](?:ды|ді|ын|ін)?$`,
  // The possessive, not an adjective in -лы, -ды, -ты («жергілікті бюджет»).
  notInClauseUnlessBefore: '^.{2,}(?:сы|сі|[^аәеиоөұүуыілдт][ыі]|лары|лері|дары|дері|тары|тері)$',
};

/** An official's title («вице-министр», «әкімнің орынбасары», «басшы»), in any form. */
const OFFICIAL_TITLE = '(?:вице-|министр|орынбасар|әкім|басшы|төраға|директор|хатшы|бастық)';

/**
 * A verbal noun in -у/-ю in the nominative anywhere earlier in the sentence («кезегіне қою», «Қабылдау»), or
 * with its possessive («судың тасымалдануы», «құжаттарды қабылдауы»), not one naming the kind of the possessed
 * noun after it («жөндеу жобасы»): the subject of a passive after it.
 */
const VERBAL_NOUN_SUBJECT_BEFORE =
  `(?:^|[\\s«(])(?!${NOUNS_IN_U}[ыі]?\\s)[а-яәіңғүұқөһ]{2,}[ую](?:[ыі]\\s|\\s+` +
  // A long noun with the accusative -ны/-ні after its vowel («Нөмір беру объектіні тексеру нәтижелері бойынша
  // …») is the object of what follows, so the verbal noun ended its phrase; the possessive of a stem in н
  // («беру күні», «мекені») is short, or listed.
  `(?:(?=[а-яәіңғүұқөһ-]{4,}[аәеиоөұүуыі]н[ыі](?<!тоқсаны|қорғаны)[\\s,.;])|` +
  // An ordinal or an attribute in -ғы/-гі after it («төлеу екінші деңгейдегі банктер арқылы») is no possessed noun.
  '(?![а-яәіңғүұқөһ-]*(?:сы|сі|[^аәеиоөұүуыілдт][ыі]|лары|лері|дары|дері|тары|тері)(?:ның|нің|на|не|н|нда|нде|нан|нен|мен)?(?<!нш[ыі]|[дт][ае][ғг][ыі])[\\s,.;])))';

/**
 * A verbal noun in the accusative anywhere earlier in the sentence («медициналық көмек көрсетуді … жүзеге
 * асырады»): the action carried out, whose own verb is the plain wording.
 */
const ACTION_OBJECT_BEFORE = `(?:^|[\\s«(])(?!${NOUNS_IN_U}д[ыі]\\s)[а-яәіңғүұқөһ]{2,}[ую](?:д[ыі]|[ыі]н)[\\s,)]`;

/**
 * Things drawn up first and carried out after, anywhere in the clause before: «жоспарын», «бағдарламаны 2025
 * жылы», «арманын», or the subject of the passive («Жоба жүзеге асырылды»). Carried out they are fulfilled
 * («орындау»); «жасау» would have them drawn up or made.
 */
const PLANNED_BEFORE =
  '^(?!мақсатында$|мақсатымен$)(?:арман|мақсат|ниет|тілег|жоспар|бағдарлама|жоба|шешім|тапсырма|стратегия|тұжырымдама|бастама|идея|уәде)';

/** Papers one shows, not hands in: an identity document, a passport, an ID card, a certificate of one's own. */
const IDENTITY_DOCUMENT = '^(?:куәландыратын|куәлі[гк]|паспорт|төлқұжат)';
/** Forms of «ұсыну» said to the reader, whose clause is active with its doer named (see the «құжат ұсыну» entries). */
const SUBMITTED_BY_THE_READER = ['ұсыныңыз', 'ұсынасыз', 'ұсынбаңыз', 'ұсынсаңыз', 'ұсынбасаңыз'].concat(
  ['', 'ды', 'ға', 'дың', 'да', 'дан', 'бен'].map((ending) => `ұсынуыңыз${ending}`),
);

/**
 * A body, or the people and services that do the work («компанияның мамандарымен», «аулау қызметімен»), in
 * the instrumental: before a passive, its doer as Russian puts it (kk/instrumental-agent).
 */
const AGENT_IN_INSTRUMENTAL =
  '(?:орталығы|орталық|комиссия|комиссиясы|консилиум|консилиумы|органы|орган|әкімдігі|әкімдік|министрлігі|министрлік|басқармасы|басқарма|' +
  'департаменті|комитеті|мекемесі|корпорациясы|инспекциясы|кеңесі|ұйымы|сот|соты|органдары|мекемелері|ұйымдары|' +
  'маманы|мамандары|қызметкері|қызметкерлері|қызметі|компаниясы|кәсіпорны|бөлімі|филиалы|агенттігі)(?:мен|пен|бен)';

/** Initiatives and ideas, which are launched or realised rather than carried out (`PLANNED_BEFORE`). */
const LAUNCHED_BEFORE = '^(?:бастама|идея)';

/** What one says, asks or tells, in any form, and verbs of saying: what «туралы» goes with. */
const SAID_THINGS =
  'сұрақ|сұраг|ақпарат|мәлімет|түсініктеме|түсінік|пікір|мәлімдеме|хабар|дерек|кеңес|сауал|шағым|өтініш|' +
  'баяндама|айт|мәлімде|түсіндір|сөйле|жаз';

/**
 * Papers and decisions drawn up about something, and talks held about it: with `SAID_THINGS`, what «жөнінде»
 * may be «туралы» before («заң жобасы туралы», «шешім туралы»).
 */
const PAPERS_AND_TALKS =
  'заң|шешім|шеш|келісім|ұсыныс|ескерт|нұсқау|нұсқама|баянда|ереже|бұйрық|қаулы|келіссөз|сөз|әңгіме|талқыла|' +
  'дәйектеме|мақала';

/** A paper that reports on something, right after the phrase: «анықтама», «есеп», «хаттама», «ақпарат». */
const REPORT_PAPER_AFTER = '^\\s+(?:анықтама|есеп|хаттама|ақпарат|мәлімет|баяндама|шолу)';

/** What «туралы» in place of «мәселесі бойынша» must go with: what is said or decided, right after it… */
const TOPIC_OF_SAYING_AFTER = {
  followedBy: '^\\s+\\p{L}',
  notBefore: `^(?!(?:${SAID_THINGS}|${PAPERS_AND_TALKS}|сұра))`,
};
/** …or information, advice or an answer earlier in its clause («Ақпаратты … мәселелері бойынша алуға болады»). */
const TOPIC_OF_SAYING_BEFORE = { inClause: '^(?:ақпарат|мәлімет|түсінік|кеңес|жауап|анықтама)' };

/** A phone line or a contact centre one calls: «байланыс орталығына», «телефонына», «нөміріне», «1414». */
const CONTACT_LINE = '^(?:байланыс|телефон\\S*|нөмір\\S*|call-\\S*|колл-\\S*|\\d{3,})$';

/**
 * A building, a road, a plant or a network as a subject or an object (bare or possessed, singular or plural,
 * no other case): what is «put into service» by opening it («Жаңа мектеп ғимараты пайдалануға берілді»,
 * «көпірді пайдалануға берді»).
 */
const FACILITY_SUBJECT =
  '^(?:нысан|ғимарат|мектеп|аурухана|емхана|балабақша|көпір|зауыт|фабрика|цех|стадион|бассейн|станция|' +
  'кешен|объект|қазандық|вокзал|әуежай|терминал|саябақ|кітапхана|мұражай|театр|құбыр|желі|трасса|' +
  'магистраль|учаске|үй|үй-жай|пәтер|жол|мектеб|саябағ|қазандығ)' +
  '(?:[ыі]|с[ыі]|[лдт][ае]р|[лдт][ае]р[ыі])?(?:н|ны|ні|ды|ді|ты|ті)?$';

/**
 * The text after a phrase: punctuation, or a verb in a tense, a participle, a converb, a verbal noun in a case
 * or the polite imperative («жолданады», «берілген», «жіберіп», «ұсынуға», «жіберіңіз»), not a noun.
 */
const VERB_OR_CLAUSE_END_AFTER =
  '^(?:\\s*(?:[.,;:!?)»]|$)|\\s+[а-яәіңғүұқөһ-]{2,}(?:ады|еді|йды|йді|ды|ді|ты|ті|ған|ген|қан|кен|атын|етін|' +
  'йтын|йтін|[ыі]п|уға|уге|уы|уі|уын|уін|ңыз|ңіз|мыз|міз|мын|мін|са|се|сын|сін|мақ|мек)(?![а-яәіңғүұқөһ]))';

/**
 * An event as the subject opening its sentence, after up to three words («Қоғамдық тыңдау», «Жоба бойынша
 * тыңдау»), bare or possessed, singular or plural: what «takes place» («Тыңдау … өтеді»). «Кеңес беру» is
 * consulting, an act someone does.
 */
const EVENT =
  '(?:тыңдау|кеңес|жиналыс|жиын|іс-шара|семинар|конференция|кездесу|форум|концерт|байқау|тренинг|вебинар|' +
  'фестиваль|жәрмеңке|көрме)(?:[ыі]|с[ыі]|[лдт][ае]р|[лдт][ае]р[ыі])?';
const EVENT_SUBJECT_OPENING = `^\\s*(?:[^\\s.,;:!?]+\\s+){0,3}${EVENT}\\s+(?!беру)`;
/** An event right before its verb («тыңдау өткізілетін күнге дейін»). */
const EVENT_WORD = `^${EVENT}$`;

/** A number in figures or words, the count of days before «күннен», «жұмыс күнінен». */
const NUMBER_WORD =
  '^(?:\\d+|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу|алпыс|жетпіс|сексен|тоқсан|жүз)$';

/** Food in the accusative, eaten («азық-түлікті», «өнімдерді», «етті»). */
const FOOD_OBJECT =
  '^(?:азық-түлік|тамақ|өнім|ет|жеміс|көкөніс|нан|балық|саңырауқұлақ|консерві)[а-яәіңғүұқөһ]*(?:ны|ні|ды|ді|ты|ті|н)$';
/** Water or a drink in the accusative, drunk («суды», «сусындарды»). */
const DRINK_OBJECT = '^(?:су|сусын|сүт|шырын)[а-яәіңғүұқөһ]*(?:ны|ні|ды|ді|ты|ті|н)$';

/** A verb of going or applying to an office («жүгіну», «бару», «келу», «хабарласу»). */
const GOING_VERB =
  '(?:жүгін|бар(?:у|ып|ыңыз|ады|са|ған|мақ|амын|амыз)|кел(?:у|іп|іңіз|еді|се|ген|мек)|хабарлас)';
/** A passive verb later in the phrase's clause («… қайтарылуға жатады», «… жіберіледі»). */
const PASSIVE_LATER_IN_CLAUSE =
  '^[^.,;:!?]*?\\p{L}(?:ыл|іл)(?:у|а|е|ды|ді|ған|ген|ып|іп|са|се|мақ|мек)|^[^.,;:!?]*?\\p{L}{3}(?:ын|ін)(?:ады|еді|ды|ді|ған|ген)(?![\\p{L}])' +
  // -н after a vowel of a stem with л («төленуге тиіс», «белгіленеді»): a passive infinitive is one too.
  '|^[^.,;:!?]*?\\p{L}*л\\p{L}*[аеыі]н(?:у|ады|еді|ды|ді|ған|ген)';
/** A verb or verbal noun of the formal «Сіз» later in the clause («қайтаруыңызды», «төлеңіз»). */
const SECOND_PERSON_LATER_IN_CLAUSE =
  '^[^.,;:!?]*?\\p{L}(?:ңыз|ңіз)(?:ды|ді|ға|ге|дан|ден|да|де|дың|дің)?(?![\\p{L}])';
/** A plural noun right after the phrase or one word later («бірқатар проблемалық мәселелер»). */
const PLURAL_WITHIN_TWO_WORDS =
  '^\\s+(?:[\\p{L}-]+\\s+)?[\\p{L}-]{2,}(?:лар|лер|дар|дер|тар|тер)\\p{L}*(?![\\p{L}-])';

/** Words of a security paid in money later in the sentence: a deposit, a guarantee, its sum, paid in. */
const SECURITY_DEPOSIT_AFTER = '[^.!?]*(?:кепілдік|жарна|сомас|енгізіл)';
/** The entries, with no finding where a security paid in money is named after them (`SECURITY_DEPOSIT_AFTER`). */
const notSecurityDeposit = (entries: PhraseEntry[]): PhraseEntry[] =>
  entries.map((entry) => ({
    ...entry,
    followedBy: `^(?!${SECURITY_DEPOSIT_AFTER})${entry.followedBy?.replace(/^\^/, '') ?? ''}`,
  }));

/** Costs in the accusative, what one bears or pays: «шығындарын», «шығыстарды». */
const COSTS_IN_ACCUSATIVE = [
  'шығындарын',
  'шығындарды',
  'шығынын',
  'шығынды',
  'шығыстарын',
  'шығыстарды',
  'шығысын',
  'шығысты',
];
/** The forms of «көтеру» (to bear costs) a text says, with «төлеу» in the same form. */
const BORNE_COSTS: readonly (readonly [string, string])[] = [
  ['көтереді', 'төлейді'],
  ['көтерді', 'төледі'],
  ['көтермейді', 'төлемейді'],
  ['көтеруге', 'төлеуге'],
  ['көтеруі', 'төлеуі'],
];

/** Debts a pledge secures: a loan, a credit, a bond, an obligation. */
const SECURED_DEBT = '(?:облигация|несие|кредит|қарыз|заем|займ|міндеттеме)';

// Кеңсе тілі with plain replacements. Verbs, postpositional clichés («мақсатында», «шеңберінде»), noun-heavy
// constructions (a verbal noun + «жүргізу», «жасау», «ету») and calques of Russian канцелярит
// («в целях» → «мақсатында», «в рамках» → «шеңберінде», «принять участие» → «қатысуды қабылдау»).
const OFFICIALESE: PhraseEntry[] = [
  // «Осуществлять», «реализовать», «обеспечивать».
  // A plan, a programme, a project or a dream in the clause is fulfilled: «жоспарды жасау»,
  // «бағдарламаны жасау», «арманын жасау» would say it is drawn up or made, not carried out.
  // A verbal noun in the accusative right before it is the action itself («деректерді жинауды жүзеге асырады»):
  // the plain wording is that verb («жинайды»), which the phrase cannot give; «жинауды орындайды» keeps the
  // calque. Nothing to paste, whatever the clause plans.
  { ...e('жүзеге асыр*'), after: `^(?!${NOUNS_IN_U}д[ыі]$).{2,}[ую]д[ыі]$` },
  // So it is farther back, past a parenthesis or an adverbial («көмек көрсетуді … (МӘМС) жүйесінде жүзеге
  // асырады»): «көрсетуді жасайды» is no Kazakh either.
  { ...e('жүзеге асыр*'), precededBy: ACTION_OBJECT_BEFORE },
  // An activity carried on («қызметті жүзеге асыру», «Қызмет … жүзеге асырылады»): «қызмет жасау» is to serve
  // someone, and the plain «жұмыс істеу» drops the object the phrase leaves standing. Nothing to paste.
  { ...e('жүзеге асыр*'), inClause: '^қызмет(?!кер)' },
  // Trade carried on is «сауда жасау»: trade is not held («өткізу») like an event nor fulfilled («орындау») like
  // a plan. Not trade naming the kind of a possessed noun after it («сауда орнын жалдау … жүзеге асырылады»:
  // the renting is carried on).
  {
    ...e('жүзеге асыр*', 'жасау'),
    inClause: '^сауда(?!гер)',
    inClauseUnlessBefore: '^.{2,}(?:сы|сі|[^аәеиоөұүуыілдт][ыі]|лары|лері|дары|дері|тары|тері)н?$',
  },
  // An initiative or an idea is launched or realised, not executed: «бастаманы орындау» is no
  // collocation, and «жүзеге асыру» is the same officialese. Nothing to paste.
  { ...e('жүзеге асыр*'), inClause: LAUNCHED_BEFORE },
  { ...e('жүзеге асыр*', 'орындау'), inClause: PLANNED_BEFORE },
  // A verbal noun before it in the clause is the action carried out («Шағымды қарауды облыстық сот жүзеге
  // асырады», «Бірінші сыныпқа қабылдау … жүзеге асырылады»): the plain verb is that noun's own, words away,
  // and «жасайды» would have an action «made» («қарауды жасайды»): nothing to paste. A verbal noun naming the
  // kind of the noun after it («жөндеу жобасы жүзеге асырылады») is no action of the clause.
  // The passive's subject may stand farther back than a clause's eight words («тұрғын үй кезегіне қою
  // өтініш берушінің … табысы ескеріле отырып жүзеге асырылады»): «қою жасалады» is a calque, nothing to paste.
  { ...e('жүзеге асырыл*'), precededBy: VERBAL_NOUN_SUBJECT_BEFORE },
  // Its doer in the instrumental right before («мамандарымен жүзеге асырылады»): the plain passive would keep
  // the calque («мамандарымен жасалады»), which wants the doer as the subject. Nothing to paste.
  { ...e('жүзеге асырыл*|іске асырыл*'), precededBy: `(?:^|\\s)${AGENT_IN_INSTRUMENTAL}\\s+$` },
  // An activity or a status named by a noun in -лық/-лік, the passive's subject or the object in the clause
  // («Донорлық … жүзеге асырылады», «кәсіпкерлікті жүзеге асырады»): it is practised, not «made» («донорлық
  // жасалады»), and no one plain verb fits all of them. Nothing to paste. The doer of the active may be a body
  // in -лік («Әкімдік … жүзеге асырды»), which is no such noun.
  { ...e('жүзеге асырыл*'), inClause: '^[а-яәіңғүұқөһ]{3,}(?:лық|лік|дық|дік|тық|тік)$' },
  { ...e('жүзеге асыр*'), inClause: '^[а-яәіңғүұқөһ]{3,}(?:лықты|лікті|дықты|дікті|тықты|тікті)$' },
  { ...e('жүзеге асыр*', 'жасау', 'өткізу', 'орындау'), ...ACTION_BEFORE_UNLESS_KIND },
  e('жүзеге асыр*'),
  // Intransitive «жүзеге асу» (to come true), in the form of the verb it replaces («жүзеге асты» → «орындалды»);
  // the entries of «асыр-» stand first and take its forms.
  e('жүзеге ас*', 'орындалу', 'болу'),
  { ...e('іске асыр*'), inClause: LAUNCHED_BEFORE },
  { ...e('іске асыр*', 'орындау'), inClause: PLANNED_BEFORE },
  { ...e('іске асыр*', 'орындау', 'жасау'), ...ACTION_BEFORE_UNLESS_KIND },
  e('іске асыр*'),
  e('іске ас*', 'орындалу', 'болу'),
  // «X-тың келуін қамтамасыз ету» (ensure that X comes) is no giving or making, and «X-ті Y-пен қамтамасыз
  // ету» is «X-ке Y беру» (`providing`): after a verbal noun or an instrumental, nothing to paste («келуін
  // беріңіз», «Мектепті компьютерлермен береміз» were offered).
  // After a quality or a right in the accusative it is to ensure, not to give («сапаны қамтамасыз ету»:
  // «сапаны беру» says another thing; «ашықтықты», «құқықтарын»): nothing to paste either. A thing given
  // («қызметті», «мүмкіндікті») is given.
  // So too right after a bare verbal noun («медициналық көмек көрсету қамтамасыз етіледі»: «көрсету беріледі»).
  // A security paid in money («өтінімді қамтамасыз ету», bid security: «Қамтамасыз ету … жарна нысанында
  // енгізіледі», «… қамтамасыз етудің сомасы») is a noun of the law of tenders, no officialese: no finding
  // (`notSecurityDeposit`).
  ...notSecurityDeposit([
    {
      ...e('қамтамасыз ет*'),
      after: `(?:уын|уін|уды|уді|уларын|улерін|мен|бен|пен)$|^(?!${NOUNS_IN_U}$).{2,}у$`,
    },
    { ...e('қамтамасыз ет*'), after: ENSURED_QUALITY },
    // A loan or a bond is «secured» («қамтамасыз етілмеген облигациялар»: unsecured bonds; «несиені кепілмен
    // қамтамасыз ету»): «берілмеген облигациялар» would be bonds not issued.
    { ...e('қамтамасыз ет*'), after: `^${SECURED_DEBT}` },
    { ...e('қамтамасыз ет*'), followedBy: `^\\s+${SECURED_DEBT}` },
    // The verbal noun with no object in its clause before it («Қамтамасыз ету … енгізіледі») is no giving:
    // «Беру енгізіледі» has nothing given. Nothing to paste.
    { ...e('қамтамасыз ету*'), notInClause: ACCUSATIVE },
    { ...e('қамтамасыз ет*', 'беру', 'жасау'), after: PROVIDED_THING_BEFORE },
    // A participle before the thing («қамтамасыз етілген қаражат»); a verbal noun before a noun names a kind
    // («қамтамасыз ету қызметі»), no giving.
    {
      ...e('қамтамасыз ет*', 'беру', 'жасау'),
      followedBy: `^\\s+${PROVIDED_THING}(?![\\p{L}-])`,
      except: ['ету', 'етуі', 'етудің', 'етуге', 'етуді', 'етуде', 'етуден', 'етумен', 'етуін', 'етуіне'],
    },
    e('қамтамасыз ет*'),
    e('орындалуын қамтамасыз ет*', 'орындау'),
    // «қауіпсіздікті қамтамасыз ету» is to keep safe; «X-мен қамтамасыз ету» is to provide with X (`providing`).
    e('қауіпсіздікті қамтамасыз ет*', 'қауіпсіздікті сақтау'),
    e('қауіпсіздігін қамтамасыз ет*', 'қауіпсіздігін сақтау'),
    ...providing('жұмыспен', 'жұмыс'),
    ...providing('баспанамен', 'баспана'),
    ...providing('тұрғын үймен', 'тұрғын үй'),
    ...providing('сумен', 'су'),
    ...providing('жылумен', 'жылу'),
    ...providing('энергиямен', 'энергия'),
    ...providing('дәрі-дәрмекпен', 'дәрі-дәрмек'),
  ]),
  // A verbal noun + «жүргізу» («проводить проверку»): say the verb.
  e('тексеру* жүргіз*|тексеріс* жүргіз*', 'тексеру'),
  e('тексеру* жүзеге асыр*', 'тексеру'),
  e('бақылау* жүргіз*', 'бақылау'),
  e('бақылау* жүзеге асыр*', 'бақылау'),
  // State oversight («мемлекеттік қадағалау жүргізеді»): the verb is «қадағалау», not «бақылау».
  e('қадағалау* жүргіз*', 'қадағалау'),
  e('қадағалау* жүзеге асыр*', 'қадағалау'),
  e('талдау* жүргіз*', 'талдау'),
  e('талдау* жаса*', 'талдау'),
  e('зерттеу* жүргіз*', 'зерттеу'),
  // An expert review («сараптама»), the design's or the statutory one, is no check nor assessment: no plain
  // verb keeps it. Named as an action, its light verb goes («сараптама жүргізу талап етілмейді» → «сараптама
  // талап етілмейді»).
  noun(e('сараптама жүргізу*', 'сараптама')),
  e('сараптама* жүргіз*'),
  e('түгендеу* жүргіз*', 'түгендеу'),
  e('тіркеу* жүргіз*', 'тіркеу'),
  e('тіркеу* жүзеге асыр*', 'тіркеу'),
  e('қабылдау* жүргіз*', 'қабылдау'),
  e('қабылдау* жүзеге асыр*', 'қабылдау'),
  // Giving carried out («қарыздар беруді жүзеге асырады») is giving: «қарыздар береді».
  e('беру* жүзеге асыр*', 'беру'),
  // So is sending, updating, examining or paying carried out («хабарламаны жіберуді жүзеге асырады» → «жібереді»).
  e('жіберу* жүзеге асыр*', 'жіберу'),
  e('жаңарту* жүзеге асыр*', 'жаңарту'),
  e('қарау* жүзеге асыр*', 'қарау'),
  e('төлеу* жүзеге асыр*', 'төлеу'),
  e('оқыту* жүргіз*', 'оқыту'),
  e('іріктеу* жүргіз*', 'іріктеу'),
  e('қарау* жүргіз*', 'қарау'),
  e('жөндеу* жүргіз*', 'жөндеу'),
  e('бірдейлендіру* жүргіз*', 'бірдейлендіру'),
  // «Процедура распознавания проводится»: the procedure says nothing the verb does not; which verb depends on
  // the action named before it («тану рәсімі жүргізіледі» → «танылады»), so nothing to paste.
  e('рәсімі жүргізіл*'),
  // After another verbal noun it is that one's work («құбырларды ауыстыру жұмыстары»): «ауыстыру жұмыс
  // істелуде» is not Kazakh, and the listed actions have their own entries.
  { ...e('жұмыс* жүргіз*'), after: 'у$', notBefore: '^болады$' },
  // With the possessive «жұмыс» is the head of a compound or an owner's («дайындық жұмыстарын», «өз жұмысын»):
  // «қысқа дайындық жұмыс істеп жатыр» is not Kazakh, and no one verb says every such work.
  // Its participle before «болады» is the future the entry of «-атын болады» says in the present
  // («жұмыстары жүргізілетін болады» → «жүргізіледі»).
  {
    ...e('жұмысын жүргіз*|жұмыстарын жүргіз*|жұмыстары жүргіз*|жұмысы жүргіз*'),
    notBefore: '^болады$',
  },
  // Plural works as an object are particular works (roadworks, repairs), which «жұмыс істеу» (to work) is not:
  // «Бұл жұмыстарды жүргізуге» → «Бұл жұмыс істеуге» was offered. Nothing to paste.
  e('жұмыстарды жүргіз*'),
  { ...e('жұмыс* жүргіз*', 'жұмыс істеу'), notBefore: '^болады$' },
  e('төле* жүргіз*', 'төлеу'),
  e('ақы төле* жүргіз*', 'төлеу'),
  e('төле* жүзеге асыр*', 'төлеу'),
  e('ақы төле* жүзеге асыр*', 'төлеу'),
  // «Работы»: the noun «жұмыс» adds nothing to the action («тексеру жұмыстары жүргізілуде» → «тексерілуде»).
  ...ACTIONS_CALLED_WORK.flatMap((action) =>
    nothingToPasteWhere({ precededBy: SHARED_WORKS_BEFORE }, [
      e(`${action} жұмыс* жүргіз*`, action),
      e(`${action} жұмыс* жүзеге асыр*`, action),
      { ...e(`${action} жұмысы|${action} жұмыстары`), followedBy: TIME_NOUN_AFTER },
      compound(e(`${action} жұмыс*`, action), true),
    ]),
  ),
  // «Тіркеуден өту» (to go through registration) is «тіркелу», form for form: «Порталда тіркеуден өтіп» →
  // «Порталда тіркеліп». Only «өт-»'s own forms: the causative «тіркеуден өткізу» (to register a thing) is another.
  // After an object in the accusative «тіркеу» is a verbal noun with its own object («актілерді тіркеуден өтеді»:
  // passes the acts' registry): «актілерді тіркеледі» is no Kazakh. No finding there. After an adjective of
  // «тіркеу» («мемлекеттік тіркеуден өтпеген мәміле») the verb would be left with it («мемлекеттік тіркелмеген»
  // reads "a state, unregistered deal"): nothing to paste there.
  ...kazakhVerbForms('өт')
    .slice(0, ACTIVE_VERB_SLOTS)
    .flatMap((form, slot) => [
      { ...e(`тіркеуден ${form}`), after: ADJECTIVE_OF_REGISTRATION },
      { ...e(`тіркеуден ${form}`, kazakhVerbForms('тіркел')[slot] ?? ''), notAfter: ACCUSATIVE },
    ]),
  // «Жолдамалар беру жұмыстарын жүзеге асырады» → «жолдамалар береді»: the works and their light verb are the
  // giving. «Беру жұмыстары» alone stays: «беру» is in many names («білім беру», «су беру»).
  e('беру жұмыс* жүргіз*|беру жұмыс* жүзеге асыр*', 'беру'),
  e('ақпараттық-түсіндіру жұмыс* жүргіз*', 'түсіндіру'),
  // «Түсіндірме жұмыстары» (the commoner spelling of the calque) too.
  e('ақпараттық-түсіндірме жұмыс* жүргіз*|түсіндірме жұмыс* жүргіз*', 'түсіндіру'),
  compound(e('ақпараттық-түсіндірме жұмыс*|түсіндірме жұмыс*', 'түсіндіру'), true),
  ...nothingToPasteWhere({ precededBy: SHARED_WORKS_BEFORE }, [e('құрылыс жұмыс* жүргіз*', 'салу')]),
  compound(e('ақпараттық-түсіндіру жұмыс*', 'түсіндіру'), true),
  ...nothingToPasteWhere({ precededBy: SHARED_WORKS_BEFORE }, [
    { ...e('құрылыс жұмысы|құрылыс жұмыстары'), followedBy: TIME_NOUN_AFTER },
    compound(e('құрылыс жұмыс*', 'құрылыс'), true),
  ]),
  e('профилактикалық жұмыс*', 'алдын алу'),
  noun(e('жүйелі жұмыс*', 'жұмыс')),
  // After another verbal noun, as with «жүргізу»: «жарықтандыру жұмыстарын атқаруда» is no «жарықтандыру жұмыс
  // істеуде».
  { ...e('жұмыс* атқар*'), after: 'у$' },
  e('жұмыс* атқар*', 'жұмыс істеу'),
  e('атқарылған жұмыс*', 'істелген жұмыс'),
  except(e('қызмет* атқар*', 'жұмыс істеу'), 'атқарушы', 'атқарушысы', 'атқарушының', 'атқарушыға'),
  // «Жұмыс жасау» is a calque of «работать»: Kazakh says «жұмыс істеу».
  e('жұмыс жаса*', 'жұмыс істеу'),
  // A noun + «енгізу», «жасау», «беру», «ету» («внести изменения», «оказать помощь»).
  // «Заңға өзгерістер енгізу» is «заңды өзгерту»: the plain verb takes the accusative (`targetInDative`).
  ...targetInDativeAsObject(e('өзгеріс* енгіз*', 'өзгерту')),
  ...targetInDativeAsObject(e('толықтыру* енгіз*', 'толықтыру')),
  ...targetInDativeAsObject(e('түзету* енгіз*', 'түзету')),
  e('ұсыныс* енгіз*', 'ұсыну'),
  e('ұсыныс* жаса*', 'ұсыну'),
  e('ескерту* жаса*', 'ескерту'),
  e('өтініш жаса*', 'өтіну'),
  e('түсінік бер*|түсініктеме* бер*|түсіндірме бер*', 'түсіндіру'),
  e('жауап қайтар*', 'жауап беру'),
  ...targetInDative(e('сұрау сал*', 'сұрау')),
  // A question put («сауал жүргізеді») is asking: «сұрайды». Not «сауалнама» (a survey), an instrument of its own.
  ...targetInDative(e('сауал жүргіз*', 'сұрау')),
  // «X-ті хабардар ету» is «X-ке хабарлау»: the person informed changes case. Listed pronouns go along
  // («Сізді хабардар етеміз» → «Сізге хабарлаймыз»); after another accusative anywhere in the clause
  // («Қызметкерді босату туралы хабардар ету») nothing to paste; nor in the passive, whose subject is the
  // person («Өтініш беруші хабардар етіледі» is «Өтініш берушіге хабарланады»).
  ...INFORMED.map(([accusative, dative]) => e(`${accusative} хабардар ет*`, `${dative} хабарлау`)),
  e('хабардар етіл*'),
  { ...e('хабардар ет*', 'хабарлау'), notInClause: ACCUSATIVE },
  e('хабардар ет*'),
  // «X-тың назарына жеткізу» is «X-ке хабарлау»: the owner of «назар» is the one told, in the dative
  // («тұрғындардың назарына жеткіземіз» → «тұрғындарға хабарлаймыз», «Салық төлеушілер назарына» →
  // «төлеушілерге»; «тұрғындардың хабарлаймыз» was offered). Opening its clause or after the thing told, the
  // verb alone; after any other word, which may be the owner too, nothing to paste.
  ...['жеткіз*', 'ұсын*'].flatMap((verb) => {
    const plain = verb === 'жеткіз*' ? 'хабарлау' : 'ұсыну';
    return [
      e(`сіздің назарыңызға ${verb}`, `сізге ${plain}`),
      e(`сіздердің назарларыңызға ${verb}|сіздердің назарыңызға ${verb}`, `сіздерге ${plain}`),
      // What is told an announcement or information («хабарландыруды … назарына жеткізу»), «хабарлау» would
      // say it twice («хабарландыруды тұрғындарға хабарлауды»): nothing to paste.
      {
        match: POSSESSOR_WORD.map((owner) => `${owner} назарына ${verb}`).join('|'),
        replace: [],
        inClause: '^(?:хабарландыру|ақпарат)(?:лар|тар)?(?:ды|ты)$',
      },
      {
        match: POSSESSOR_WORD.map((owner) => `${owner} назарына ${verb}`).join('|'),
        replace: [`${GENITIVE_AS_DATIVE} ${plain}`],
        agree: 'first-noun' as const,
      },
      ...['назарыңызға', 'назарларыңызға', 'назарына'].flatMap((attention) => [
        { ...e(`${attention} ${verb}`, plain), notAfter: '.' },
        { ...e(`${attention} ${verb}`, plain), after: ACCUSATIVE },
        e(`${attention} ${verb}`),
      ]),
    ];
  }),
  e('назарға ал*', 'ескеру'),
  e('назарға ала отырып', 'ескеріп'),
  e('назарда ұста*', 'ескеру'),
  e('ескере отырып', 'ескеріп'),
  e('қоса бере отырып', 'қоса беріп'),
  // «Вы можете обратиться»: a verbal noun of the reader with «болады» is «-а аласыз».
  e('хабарласуыңызға болады', 'хабарласа аласыз'),
  e('жүгінуіңізге болады', 'жүгіне аласыз'),
  e('тапсыруыңызға болады', 'тапсыра аласыз'),
  // «Используя»: the converb in -а with «отырып» is the plain converb in -ып.
  e('пайдалана отырып', 'пайдаланып'),
  e('қолдана отырып', 'қолданып'),
  e('сүйене отырып', 'сүйеніп'),
  e('сақтай отырып', 'сақтап'),
  // The passive converb with «отырып» («бас тарту себебі көрсетіле отырып»: with the reason stated) is «X-ті
  // көрсетіп» in the active, which changes the noun's case: flagged, nothing to paste. Crying («жыла») is no
  // passive.
  { ...e('*ыла отырып|*іле отырып|*іне отырып|*ына отырып'), except: ['жыла'] },
  e('біріктіре отырып', 'біріктіріп'),
  e('жұмылдыра отырып', 'жұмылдырып'),
  e('тарта отырып', 'тартып'),
  // The active converb takes its object in the accusative: after «табысы» (the passive's subject) «табысы
  // ескеріп» is no Kazakh, so «ескеріп» only after an accusative or where the phrase opens its clause.
  { ...e('ескеріле отырып', 'ескеріп'), after: ACCUSATIVE },
  { ...e('ескеріле отырып', 'ескеріп'), notInClause: '.' },
  e('ескеріле отырып'),
  // «Заңды басшылыққа алу» is «заңға сүйену»: the thing followed goes from the accusative to the dative.
  ...objectInAccusative(e('басшылыққа ал*', 'сүйену')),
  ...objectInAccusative(e('басшылыққа ала отырып', 'сүйеніп')),
  ...objectInAccusative(e('негізге ал*', 'сүйену')),
  ...objectInAccusative(e('негізге ала отырып', 'сүйеніп')),
  // «Министрлікке басшылық ету» is «министрлікті басқару».
  // «Жетекшілік ететін вице-министр» (the supervising vice-minister) is the fixed name of an official's
  // portfolio: «басқаратын вице-министр» would have the vice-minister run what comes before.
  { ...e('жетекшілік ет*'), followedBy: `^\\s+${OFFICIAL_TITLE}` },
  ...targetInDativeAsObject(e('жетекшілік ет*', 'басқару')),
  ...targetInDativeAsObject(e('басшылық ет*', 'басқару')),
  // Before a possessed noun it names a kind of work, not an act: «көмек көрсету ұйымдары» are aid agencies.
  // After an adjective of «көмек» («материалдық көмек көрсетеміз») the noun stays: «көмек беру» («материалдық
  // көмектесеміз» was offered). Help announced as a list («мынадай көмек көрсетіледі:») is ordinary Kazakh whose
  // object is the kinds listed, which «көмектесу» cannot take: no finding.
  {
    match: 'көмек көрсет*',
    replace: ['көмек беру'],
    notBefore: POSSESSED_NOUN,
    notAfter: LIST_AHEAD,
    after: '(?:лық|лік|дық|дік|тық|тік|лы|лі|ды|ді|ты|ті|ғы|гі|қы|кі|тегін|шұғыл|жедел|ақысыз|ақылы)$',
  },
  { match: 'көмек көрсет*', replace: ['көмектесу'], notBefore: POSSESSED_NOUN, notAfter: LIST_AHEAD },
  e('жәрдем көрсет*', 'көмектесу'),
  // «Вручить»: «сыйлықтар табыс етілді» → «берілді».
  e('табыс ет*', 'беру', 'тапсыру'),
  e('қолдау көрсет*', 'қолдау'),
  // «Дамуға ықпал ету» (contribute to developing) is «көмектесу»; before a noun («шешімге ықпал етті») it is
  // «influence», which «көмектесу» would turn into "help".
  {
    ...e('ықпал ет*', 'көмектесу', 'әсер ету'),
    after: `^(?!${NOUNS_IN_U}(?:ға|ге|ына|іне)$)(?:.*(?:уға|уге|уына|уіне))$`,
  },
  e('ықпал ет*', 'әсер ету'),
  // «Әрекет ету» is to try after a verbal noun («шешуге әрекет етті» → «шешуге тырысты»), to be in force with a
  // law as its subject («Заң 2020 жылдан бері әрекет етеді» → «күшінде болады»), to operate in a place, and to
  // act elsewhere («үзіліс кезінде әрекет етіп»), where no one verb says it: nothing to paste there.
  { ...e('әрекет ет*', 'тырысу'), after: VERBAL_NOUN_DATIVE },
  { ...e('әрекет ет*', 'күшінде болу'), inClause: `^${LAW}(?:ы|і|сы|сі)?$` },
  // In a clause made a noun the subject is in the genitive: «Заңның әрекет еткеніне бір жыл болды».
  { ...e('әрекет ет*', 'күшінде болу'), after: `^${LAW}(?:ның|нің|ының|інің|сының|сінің)$` },
  // In a place it is to operate: «Қазақстанда әрекет ететін компаниялар» → «жұмыс істейтін».
  { ...e('әрекет ет*', 'жұмыс істеу'), after: PLACE_IN_LOCATIVE },
  // After a word of manner it is how people act, ordinary Kazakh («Алаяқтар қалай әрекет етеді», «бірлесіп
  // әрекет етеміз»): no finding.
  {
    ...e('әрекет ет*'),
    notAfter: '^(?:қалай|осылай|солай|былай|бірлесіп|бірге|дұрыс|дереу|жедел|тез|сақ|абай|сабырлы|батыл)$',
  },
  // «Бірінші орын алды», «өзіне орын алды» is to take a place or a seat, no event happening: left alone. So is
  // a place in a queue («бірінші кезекте орын алу») and the right to one («орын алу құқығы», a kindergarten's).
  {
    ...e('орын ал*', 'болу'),
    notAfter:
      '^(?:.*(?:нші|ншы)|\\d.*|алғашқы|соңғы|жүлделі|үздік|бос|лайықты|құрметті|кезекте|кезексіз|' +
      'оған|маған|саған|.{2,}(?:ға|ге|қа|ке|[ыі]на|[ыі]не|дан|ден|тан|тен|нан|нен))$',
    notBefore: '^құқ(?:ы|ығ|ық)',
  },
  // «Мақсатқа қол жеткізу» is «мақсатқа жету» (reach); with a thing one gets («билетке», «тұрғын үйге», «өз
  // лауазымына») it is to obtain, which «жету» does not say: nothing to paste there.
  { ...e('қол жеткіз*', 'жету'), after: GOAL_IN_DATIVE },
  // Its verbal noun is the term for access («деректерге қол жеткізу», «заңсыз қол жеткізуден қорғау»), the only
  // word for it: no finding.
  except(
    e('қол жеткіз*'),
    ...['', 'і', 'ін', 'іне', 'інің', 'ге', 'ден', 'ді', 'дің', 'де', 'мен'].map((end) => `жеткізу${end}`),
  ),
  e('қатысу қабылда*|қатысуды қабылда*', 'қатысу'),
  // «X туралы шешім қабылдау» is «X-ті шешу»: after «туралы» the plain verb would need its object in another
  // case, so nothing to paste there.
  // After a dative («курсты енгізуге шешім қабылдады») the plain verb wants the accusative («енгізуді шешті»); not
  // after a noun that only ends as a verbal noun does («сайлауға», an election), nor after «шешуге» («шешуді шешті»).
  { ...e(NOUN_IN_U_DATIVE_PHRASES, ''), replace: [] },
  {
    ...dativeAsObject(e('шешім қабылда*', 'шешу')),
    match: '*уға шешім қабылда*|*уге шешім қабылда*',
  },
  // «Шешім қабылдау процесі» is decision-making, which «шешу процесі» (solving) is not.
  { ...e('шешім қабылдау'), followedBy: '^\\s+(?:процес|кезең|тәртіб|рәсім)' },
  // A participle before a noun («шешім қабылданған күннен»: the day the decision was taken): «шешілген күннен»
  // says the day something was solved. Nothing to paste.
  {
    ...e('шешім қабылданған|шешім қабылдаған|шешім қабылданатын|шешім қабылдайтын'),
    followedBy: '^\\s+\\p{L}',
  },
  { ...e('шешім қабылда*', 'шешу'), notAfter: '^туралы$', ...DATIVE_IN_CLAUSE },
  e('шешім қабылда*'),
  e('мәлім ет*', 'айту', 'хабарлау'),
  // After a festive day it is to celebrate («мерейтойын атап өтті»), not to mention.
  { ...e('атап өт*', 'айту'), notAfter: '^(?:мерейтой|той|мереке|мейрам|жылдығ|күн)' },
  // «Маңызды екеніне баса назар аударды» is «маңызды екенін атап айтты»: a clause made a noun is stressed, said.
  // A thing or a matter one pays attention to («қауіпсіздігіне баса назар аудару») is no «атап айту» (mention):
  // nothing to paste after any other dative.
  dativeAsObject(e('баса назар аудар*', 'атап айту'), CONTENT_CLAUSE_DATIVE),
  ...targetInDative(e('баса назар аудар*', 'атап айту')),
  e('айта кету* керек|айта кету* қажет', ''),
  e('атап өту* керек|атап өту* қажет', ''),
  // «Жолдау» (to send, officially) in each form; not a stem, which would catch «жолдас» (a friend).
  ...eachForm('жолда', 'жібер'),
  // «Увеличиваться»: a price or a sum «ұлғаяды» in the bookish word; it «артады» or «өседі».
  ...eachForm('ұлғай', 'арт', 'өс'),
  // «А именно» before a list: «яғни» would close a list given as examples, «мысалы» open one given in full.
  // Nothing to paste.
  e('атап айтқанда'),
  // «Дәйексіздік» (unreliability) of documents or data is that they are not right: «құжаттардың дәйексіздігі
  // анықталған кезде» → «дұрыс еместігі».
  ...[
    ['дәйексіздігі', 'дұрыс еместігі'],
    ['дәйексіздігін', 'дұрыс еместігін'],
    ['дәйексіздігіне', 'дұрыс еместігіне'],
    ['дәйексіздігінің', 'дұрыс еместігінің'],
    ['дәйексіздігінде', 'дұрыс еместігінде'],
    ['дәйексіз', 'дұрыс емес'],
  ].map(([bookish = '', plain = '']) => e(bookish, plain)),
  e('дәйексіз*'),
  e('өтінішпен жүгін*', 'өтініш беру'),
  // «Арызбен», «шағыммен жүгіну» (to apply with a statement, a complaint) is to make it: «полицияға арызбен
  // жүгінеді» → «арыз береді».
  e('арызбен жүгін*', 'арыз беру'),
  e('шағыммен жүгін*', 'шағым беру'),
  // «Сотқа, әкімдікке жүгіну» is to go to them; «куәгерлерге», «флоттың көмегіне жүгіну» is to appeal to,
  // resort to, which «бару» does not say. Elsewhere «жүгіну» is the ordinary verb for applying to someone
  // («өкілдігіне жүгінуі қажет», «құжатпен жүгіну арқылы»): no finding.
  // A phone line or a contact centre in the clause («1414 байланыс орталығына», «сенім телефонына») is called,
  // not gone to: «хабарласу» first.
  // The verbal noun naming a procedure, a right or a term («органға жүгіну тәртібі», «сотқа жүгіну құқығы») is
  // applying, in writing or online: «бару тәртібі» would be how to get there. Flagged, nothing to paste.
  {
    ...e('жүгіну'),
    after: OFFICE_IN_DATIVE,
    followedBy: '^\\s+(?:тәртіб|тәртіп|рәсім|құқ|мерзім|нысан|үлгі|ереже|қағида)',
  },
  { ...e('жүгін*', 'хабарласу', 'бару'), after: OFFICE_IN_DATIVE, inClause: CONTACT_LINE },
  { ...e('жүгін*', 'хабарласу'), after: '^(?:телефон|нөмір)[а-яәіңғүұқөһ]*(?:ға|ге|на|не|а|е)$' },
  // An office that is a place, or one the clause places at an address, is gone to; any other is contacted
  // («полицияға жүгінудің ыңғайлы тәсілі» is reporting online: «барудың» would say the opposite).
  { ...e('жүгін*', 'бару', 'хабарласу'), after: OFFICE_ONE_GOES_TO },
  { ...e('жүгін*', 'бару', 'хабарласу'), after: OFFICE_IN_DATIVE, inClause: GOING_THERE },
  // With the papers one brings right before the verb, an office that is a place is gone to even with words
  // between («кеңсесіне жеке куәлікпен … жүгіну қажет» → «бару қажет»).
  { ...e('жүгін*', 'бару', 'хабарласу'), after: PAPERS_BROUGHT, inClause: OFFICE_ONE_GOES_TO },
  { ...e('жүгін*', 'хабарласу', 'бару'), after: OFFICE_IN_DATIVE },
  // To a site («enbek.gov.kz сайтына жүгініңіз») one neither goes nor calls: one visits it or writes through it,
  // which the sentence must say. Flagged, nothing to paste.
  {
    ...e('жүгін*'),
    after: '^(?:сайт|портал|веб-портал|интернет-ресурс|ресурс)[а-яәіңғүұқөһ]*(?:ға|ге|на|не|а|е)$',
  },
  // Through a portal or a site («веб-порталы арқылы жүгінеді») one applies: nobody goes anywhere.
  {
    ...e('жүгін*', 'өтініш беру'),
    after: '^арқылы$',
    precededBy: '(?:портал|сайт|egov|кабинет|қосымша)[а-яәіңғүұқөһ]*[\\s»"]+арқылы\\s+$',
  },
  e('өтініш* қанағаттандыр*', 'өтінішті орындау'),
  e('қанағаттандырусыз қалдыр*', 'бас тарту'),
  // «Оставить без рассмотрения»: a paper left unexamined. A child, an animal or a thing «қараусыз қалдырылған» is
  // left unattended, plain Kazakh, and «қарамау» (not to look after) is another sense: no finding there.
  {
    ...e('қараусыз қалдыр*', 'қарамау'),
    inClause: '^(?:өтініш|шағым|арыз|хат|сұрау|сұрат|талап|ұсыныс|өтінім|іс|істі|құжат|мәселе)',
  },
  e('жауапсыз қалдыр*', 'жауап бермеу'),
  e('назарсыз қалдыр*', 'елемеу'),
  e('мәселе* қарастыр*', 'талқылау'),
  e('қайта қарастыр*', 'қайта қарау'),
  // «Пысықтау» is to work out, finalise («пысықталған заң жобасы»): «нақтылау» keeps that, «талқылау» (discuss)
  // does not.
  e('пысықта*', 'нақтылау', 'талқылау'),
  e('жандандыр*', 'күшейту'),
  e('жетілдір*', 'жақсарту'),
  // «Зерделеу» (to study closely) is the bookish word for «зерттеу», «қарау»; «зерделі» (clever) is another word.
  e('зерделе*', 'зерттеу', 'қарау'),
  // «Өту жүргізіледі»: a light verb on «өту» (to undergo), which says it alone («куәландырудан өтеді»).
  e('өту жүргіз*', 'өту'),
  e('оңтайландыр*', 'жеңілдету', 'қысқарту'),
  // «Ұлғайту» is the ordinary verb for increasing a size, an amount, a fine: no officialese.
  // «X тиімділігін арттыру» is «X-ті тиімдірек ету»: the noun before would need the accusative, so nothing
  // to paste. «Сапасын арттыру» is the ordinary collocation, no officialese.
  e('тиімділігін арттыр*'),
  e('халықты ақпараттандыр*|тұрғындарды ақпараттандыр*|азаматтарды ақпараттандыр*', 'хабарлау'),
  e('жағдай жаса*|жағдайлар жаса*', 'мүмкіндік беру'),
  // «Получить возможность»: «алу мүмкіндігіне ие болды» is «ала алатын болды»; its subject and tense vary, and
  // no form built from the verbal noun fits them all. Flagged, nothing to paste.
  // A bare «мүмкіндікке ие болу» (to have the chance) has no action named: plain enough.
  e('мүмкіндігіне ие бол*'),
  // «Имеет право»: «қолдану құқығына ие болады» is «қолдана алады» or «…-ның құқығы бар», each changing the verb
  // or the subject's case: flagged, nothing to paste. The past («құқығына ие болды») is a right won, an event.
  e('құқығына ие болады|құқықтарына ие болады'),
  // «Проблемные вопросы»: a problem is an issue already.
  noun(e('проблемалық мәселе*', 'мәселе')),
  // Bare «енгізу» loses "into service" («фрегаты қолданысқа енгізілген» is no «фрегаты енгізілген»); «қолдана
  // бастау» has no passive on its auxiliary, so the passive forms get nothing to paste.
  e('қолданысқа енгіз*', 'қолдана бастау'),
  // «Пайдалануға беру» is to open a building, a road or a plant («Мектеп пайдалануға берілді» → «ашылды»), and
  // to lend things for use («басылымдар оқу залында пайдалануға беріледі»), which do not «open»: «ашу» only with
  // such a place as the subject in its clause, otherwise nothing to paste.
  { ...e('пайдалануға бер*', 'ашу'), inClause: FACILITY_SUBJECT },
  e('пайдалануға бер*'),
  // «Продолжение найдёт»: «жалғасын табады» is «жалғасады» (the forms by hand: «тап-» voices its п, «табады»).
  e('жалғасын табатын болады', 'жалғасады'),
  // «Начинается с»: «бастап басталады» says the start twice; the ablative alone says from when.
  e('бастап басталады', 'басталады'),
  e('бастап басталды', 'басталды'),
  e('бастап басталған', 'басталған'),
  e('бастап басталатын', 'басталатын'),
  // «Иным образом»: «басқаша».
  e('өзгеше түрде', 'басқаша'),
  e('жалғасын табады', 'жалғасады'),
  e('жалғасын тапты', 'жалғасты'),
  e('жалғасын табатын', 'жалғасатын'),
  e('жалғасын тапқан', 'жалғасқан'),
  e('жалғасын табуы', 'жалғасуы'),
  e('жалғасын тап*|жалғасын таб*', 'жалғасу'),
  // «Төлем жасау» (make a payment) is «төлеу» (pay).
  e('төлем жасалған жағдайда', 'төленсе'),
  e('төлем жасалмаған жағдайда', 'төленбесе'),
  conditional('төлем жасаған жағдайда', 'төлеген'),
  conditional('төлем жасамаған жағдайда', 'төлемеген'),
  e('төлем жаса*', 'төлеу'),
  // «При организации»: «әкімдіктің ұйымдастыруымен … өтті» is «әкімдік … өткізді»; no one word says it.
  e('ұйымдастыруымен'),
  // «құрайды» takes the accusative («бес жұмыс күнін құрайды»), «болады» the nominative: after an accusative,
  // nothing to paste («күнін болады» was offered).
  { ...e('құрайды', 'болады'), notAfter: ACCUSATIVE },
  e('құрайды'),
  e('құрап отыр', 'болды'),
  // «Представляется» in a letter: the paper sent herewith is sent, with no aspect of going on.
  e('ұсынылып отыр', 'ұсынылады'),
  e('ұсынып отырмыз', 'ұсынамыз'),
  e('шара қабылда*|шаралар қабылда*|шараларын қабылда*|шараны қабылда*|шараларды қабылда*', ''),
  ...ASKED_OF_READERS.flatMap(pleaseDo),
  // «Екендігі» is «екені» with «-дық» between, which adds nothing («…қажет екендігін хабарлаймыз»).
  e('екендігі', 'екені'),
  e('екендігін', 'екенін'),
  e('екендігіне', 'екеніне'),
  e('екендігінен', 'екенінен'),
  // «Келесі» (next) before a plural and a list after a colon is «следующие»: «мына» (these). The colon may end
  // the line, where the list begins on the next («…келесі құжаттар ұсынылады:» and «1) өтініш;»): the
  // sentence then ends without a stop, after the words that announce the list. A time («келесі жылдары»,
  // «келесі айларда») is the next one.
  // «Мынадай» (of this kind) before a plural noun that a colon's list follows is «мына» too: «мынадай
  // құжаттар керек:» → «мына құжаттар», a hyphenated one too («мынадай мән-жайлар анықталды:»). Told of a kind («мынадай жағдай болды») it stays.
  {
    ...e('мынадай', 'мына'),
    followedBy: '^\\s+[\\p{L}-]+(?:лар|лер|дар|дер|тар|тер)\\p{L}*(?:[^.!?]*:|\\s+[^.!?:]*\\p{L}$)',
  },
  {
    ...e('келесі', 'мына'),
    followedBy:
      '^\\s+(?!(?:жыл|ай|апта|күн|кезең|сағат|ғасыр|буын|маусым)[а-яәіңғүұқөһ]*\\s)\\p{L}+(?:лар|лер|дар|дер|тар|тер)\\p{L}*' +
      '(?:[^.!?]*:|\\s+[^.!?:]*\\p{L}$)',
  },
  // «В режиме реального времени»: «нақты уақытта» (in real time) says it without the «режим».
  e('нақты уақыт режимінде', 'нақты уақытта'),
  // «Является», «подлежит», «не допускается».
  // «Является»: in the present, a dash or nothing; its other forms say it with «бол-» or «екен».
  // A participle «табылатын» with a possessive is a clause («…екенін»: that it is); «табылған» is «болған» in
  // any form.
  // (The first of two entries that match as far wins: the narrower come first.)
  // «Табылатын» says what one is now («компаниялардың бірі болып табылатын Face++»); «болатын» before a noun, or
  // as one («болатындар»), says what one will be or becomes («мүше болатын адам»: who will be a member), and
  // before a comma it reads as a finite past («жұлдыздардың бірі болатын,»: she was one of the stars). No one
  // word of «бол-» says "which is": nothing to paste.
  e('болып табылатын'),
  e('болып табылатындығын|болып табылатындығы', 'екенін'),
  e('болып табылатындықтан', 'болғандықтан'),
  noun(e('болып табылатындар*')),
  noun(e('болып табылатын*', 'екен')),
  noun(e('болып табылған*', 'болған')),
  e('болып табылды', 'болды'),
  e('болып табылса', 'болса'),
  e('болып табылмайды', 'емес'),
  e('болып табылмайтын', 'болмайтын'),
  // «X Y болып табылады» is «X — Y»: the dash goes between subject and predicate, but pasted in the phrase's place
  // it ends the sentence («Жексенбі демалыс күні —.»). Nothing to paste: the advice is to leave it out
  // («Жексенбі демалыс күні.»).
  e('болып табылады|болып табылады деп'),
  // «табыламын» (I am), «табылар»…: no dash fits every person and mood.
  e('болып табыл*', ''),
  // Split by the subject («Қатысушылар болып … азаматтары табылады», «Participants are citizens»): the same
  // copula, with the subject inside it; only rewording says it, nothing to paste. The words between are nouns
  // and attributes, no verb form, nor a place where one is found («… жерден табылады»;
  // «Қазақстан» is a name, no ablative).
  ...['*', '* *', '* * *'].map((gap) => ({
    ...e(`болып ${gap} табылады|болып ${gap} табылады деп`),
    between:
      '^(?![\\p{L}-]*(?:ып|іп|са|се|ған|ген|қан|кен|ды|ді|ты|ті|ады|еді|йды|йді|тын|тін|дан|ден|(?<!с)тан|тен|нан|нен)$)[\\p{L}-]{2,}$',
  })),
  e('міндетті болып табылады', 'міндетті'),
  // After an adjective the copula goes, with no dash («тексеру заңсыз болып табылады» → «тексеру заңсыз»); a
  // noun before it would need one (kept above with nothing to paste).
  e(
    [
      '*сыз',
      '*сіз',
      'маңызды',
      'тиімді',
      'қажетті',
      'пайдалы',
      'қауіпті',
      'заңды',
      'жарамды',
      'тиісті',
      'дұрыс',
      'мүмкін',
      // «X-ке байланысты болып табылады» (depends on X): «X-ке байланысты».
      'байланысты',
      'тәуелді',
    ]
      .map((adjective) => `${adjective} болып табылады`)
      .join('|'),
    '{1}',
  ),
  ...modalOfPermission('жол берілмейді', 'болмайды'),
  ...modalOfPermission('жол беріледі', 'болады'),
  ...modalOfPermission('тыйым салынады', 'болмайды'),
  // Before its noun the participle names what is not allowed there: «кешігуге жол берілмейтін жұмыс» is
  // «кешігуге болмайтын жұмыс», but with no verbal noun «болмайтын» says "which will not be", not "not allowed".
  { ...e('жол берілмейтін', 'болмайтын'), after: VERBAL_NOUN_DATIVE },
  e('жол берілмейтін'),
  ...modalOfPermission('жол берілмейтіні|жол берілмейтіндігі', 'болмайтыны'),
  ...modalOfPermission('жол берілмейтінін|жол берілмейтіндігін', 'болмайтынын'),
  e('жол берілмей*', ''),
  e('жол беруге болмайды', 'болмайды'),
  // «Рұқсат етілмейді» (is not allowed) is «болмайды»; its participles name one who is not allowed («кіруге
  // рұқсат етілмейтін қайыршы», «рұқсат етілген жылдамдық»), which «болмайтын», «болған» do not say, and
  // «болды» would change the past «рұқсат етілді» (was allowed) into "was possible": nothing to paste.
  ...modalOfPermission('рұқсат етілмейді', 'болмайды'),
  ...modalOfPermission('рұқсат етіледі', 'болады'),
  e('рұқсат етілмей*|рұқсат етілген|рұқсат етілді'),
  // «керек» says the present only: the negative is «керек емес» (not «керек», which says the opposite), the past
  // «керек болды»; other forms («талап етілуі мүмкін», «талап етілмеген») get nothing to paste.
  e('талап етілмейді', 'керек емес', 'қажет емес'),
  e('талап етілді', 'керек болды', 'қажет болды'),
  e('талап етіледі|талап етілген|талап етілетін', 'керек', 'қажет'),
  e('талап етіл*'),
  // «керек» is a predicate: only the finite present says it («қажет етеді» → «керек»); «қажет еткендер» (those
  // who need) and other forms get nothing to paste. «X Y-ті қажет етеді» (X needs Y) is «X-ке Y керек»: the
  // one who needs goes into the dative and the thing needed out of the accusative, so «керек» is offered only
  // with the thing needed alone before it («Көмек қажет етеді» → «Көмек керек»), not after an accusative
  // («жерлерді керек емес») or a subject («Бұл жұмыс уақыт керек»).
  ...['етеді', 'етпейді'].flatMap((form) => [
    {
      ...e(`қажет ${form}`, form === 'етеді' ? 'керек' : 'керек емес'),
      notAfter: ACCUSATIVE,
      notInClause: '.',
      notInClauseUnlessBefore: '^қажет$',
    },
    e(`қажет ${form}`),
  ]),
  e('қажет ет*', ''),
  e('міндеттеледі|міндеттелген|міндеттелді', 'тиіс'),
  // «Қаралуы тиіс» is «қаралуы керек»: after a verbal noun with its possessive the modal alone changes. After a
  // dative («қарауға тиіс») «керек» alone would not fit; the verbal noun changes too (below).
  { ...e('тиіс', 'керек'), after: '^.{2,}(?:у[ыі]|у[ыі]м|у[ыі]ң|у[ыі]ңыз|у[ыі]ңіз|у[ыі]мыз|у[ыі]міз)$' },
  // «Баруға тиіссіз» (you are bound to go) is «баруыңыз керек»: the verbal noun takes the reader's possessive,
  // and after «тиіспіз» the writers' («баруымыз керек»); «міндеттісіз», «міндеттіміз» (you, we are obliged) as
  // «тиіссіз», «тиіспіз». Before a question particle («тиіссіз бе») «керек» would want «пе»: nothing to paste.
  {
    ...e(afterVerbalNoun('тиіссіз|тиістісіз|міндеттісіз'), `${MUST_YOU} керек`),
    agree: 'first-noun',
    followedBy: NOT_BEFORE_PARTICLE,
  },
  {
    ...e(afterVerbalNoun('тиіспіз|тиістіміз|міндеттіміз'), `${MUST_WE} керек`),
    agree: 'first-noun',
    followedBy: NOT_BEFORE_PARTICLE,
  },
  e(afterVerbalNoun('тиіссіз|тиістісіз|тиіспіз|тиістіміз')),
  // «Беруге міндетті» (is obliged to give) and «көрсетілуге тиіс» (must be stated) as the predicate are «беруі
  // керек», «көрсетілуі керек»: the verbal noun takes the third person's possessive, as «баруға тиіссіз» takes
  // the reader's.
  // The last of coordinated datives («таза ұстауға, … қоюға және … көрсетуге міндетті»): «көрсетуі керек» alone
  // would leave the others with no head, so nothing to paste.
  {
    ...e(afterVerbalNoun('міндетті|тиіс|тиісті')),
    precededBy: COORDINATED_DATIVE_BEFORE,
    followedBy: '^\\s*(?:[.!?;:,)]|\\n|$)',
  },
  {
    ...e(afterVerbalNoun('міндетті|тиіс|тиісті'), `${MUST_ITS} керек`),
    agree: 'first-noun',
    // The reader or the writers as the subject of a bare «міндетті» («Сіз … беруге міндетті») want their own
    // possessive, which the subject alone tells: nothing to paste.
    notInClause: '^(?:сіз|біз|мен|сен|сіздер|біздер)$',
    // Only as the predicate: «беруге міндетті адамдар» (those obliged) is no finding, and before a question
    // particle «керек» would want «пе».
    followedBy: '^\\s*(?:[.!?;:,)]|\\n|$)',
  },
  { ...e(afterVerbalNoun('міндетті|тиіс|тиісті')), followedBy: '^\\s*(?:[.!?;:,)]|\\n|$)' },
  // «Шағым беруге құқылысыз» (you are entitled to appeal) is «шағым бере аласыз», in the person of «құқылы».
  // «Құқылы емес» (has no right) is no «бере алмайды» (cannot): nothing to paste. Only as the predicate: «беруге
  // құқылы адамдар» (those entitled) is no finding.
  // «Тоқтата тұруға құқылы» (may suspend) keeps its term whole: the converb «тұра» of «тұру» (тұр- or тұры-?)
  // is not read from the noun, so it is said here, and the finding does not cut «тоқтата» off.
  e('тоқтата тұруға құқылы емес|тоқтата тұруға құқылы емессіз|тоқтата тұруға құқылы емеспіз'),
  e('тоқтата тұруға құқылысыз', 'тоқтата тұра аласыз'),
  e('тоқтата тұруға құқылымыз', 'тоқтата тұра аламыз'),
  { ...e('тоқтата тұруға құқылы', 'тоқтата тұра алады'), followedBy: PREDICATE_END },
  e(afterVerbalNoun('құқылы емес|құқылы емессіз|құқылы емеспіз')),
  { ...e(afterVerbalNoun('құқылысыз'), `${CONVERB_FROM_NOUN} аласыз`), agree: 'first-noun' },
  { ...e(afterVerbalNoun('құқылымыз'), `${CONVERB_FROM_NOUN} аламыз`), agree: 'first-noun' },
  {
    ...e(afterVerbalNoun('құқылы'), `${CONVERB_FROM_NOUN} алады`),
    agree: 'first-noun',
    followedBy: PREDICATE_END,
  },
  // «Ала келуіңіз сұралады» (you are asked to bring) is a request in the passive: «ала келіңіз». A possessor or a
  // source in the clause («Сіздің», «Сізден») would be left without the verbal noun: nothing to paste.
  {
    ...e(afterVerbalNoun('сұралады', 'yours'), IMPERATIVE_YOU),
    agree: 'first-noun',
    notInClause: '^(?:сізден|сіздің|сіздерден|сіздердің)$',
  },
  e(afterVerbalNoun('сұралады', 'yours')),
  // «Ұсынуыңызды сұраймыз» (we ask you to submit) is the same request, said by the writers: «ұсыныңыз».
  {
    ...e('*уыңызды сұраймыз|*уіңізді сұраймыз|*уыңызды сұраймын|*уіңізді сұраймын', IMPERATIVE_YOU),
    agree: 'first-noun',
    notInClause: '^(?:сізден|сіздің|сіздерден|сіздердің)$',
  },
  e('*уыңызды сұраймыз|*уіңізді сұраймыз|*уыңызды сұраймын|*уіңізді сұраймын'),
  ...mustBeDone('орындалуы тиіс', 'орындау', 'орындалуы'),
  ...mustBeDone('сақталуы тиіс', 'сақтау', 'сақталуы'),
  ...mustBeDone('ұсынылуы тиіс', 'тапсыру', 'тапсырылуы'),
  ...mustBeDone('төленуі тиіс', 'төлеу', 'төленуі'),
  ...mustBeDone('берілуі тиіс', 'беру', 'берілуі'),
  e('қайтарылуға жатады|қайтаруға жатады', 'қайтарылады'),
  // «Употреблять в пищу»: food is eaten, water drunk («Су басқан азық-түлікті тұтынуға болмайды» → «жеуге»).
  // Power or gas is consumed: no finding.
  { ...e('тұтынуға болмайды', 'жеуге болмайды'), after: FOOD_OBJECT },
  { ...e('тұтынуға болмайды', 'ішуге болмайды'), after: DRINK_OBJECT },
  // «Изъявившие желание»: those who wish. Its verb takes the dative before it («қатысуға ниет білдірген»), which
  // «қалайтын» does not («қатысуды қалайтын»): flagged before a person, nothing to paste.
  {
    ...e('ниет білдірген'),
    followedBy: '^\\s+(?:азамат|адам|тұлға|тұрғын|кәсіпкер|кәсіпорын|ұйым|қатысушы)',
  },
  // After the verbal noun it governs the participle names those who wish, whoever they are («қатысуға ниет
  // білдірген кәсіпорындар», «ниет білдіргендер»): «қатысқысы келетін», a form the verbal noun alone does not
  // tell (оқу is оқы-, жүру жүр-). The finite «ниет білдірді» reports an intention, as news does: no finding.
  // Its possessive forms report the intention as a fact («дауыс беруге ниет білдіргені туралы»): no finding.
  { ...e('ниет білдірген|ниет білдіргендер*'), after: VERBAL_NOUN_DATIVE },
  // «Изъявившие желание» as a noun («неке қиюға тілек білдірушілердің қалауы бойынша»): the plain wording names
  // who they are (those marrying, taking part), which the phrase does not say. Nothing to paste.
  e('тілек білдіруші*|ниет білдіруші*'),
  // «Не подлежит рассмотрению»: «қаралмайды».
  e('қарауға жатпайды|қаралуға жатпайды', 'қаралмайды'),
  // «Не подлежит разглашению»: «жария етілуге жатпайды» is «жарияланбайды».
  e('жария етілуге жатпайды', 'жарияланбайды'),
  e('қарауға жатпайтын|қаралуға жатпайтын', 'қаралмайтын'),
  e('қарауға жатады', 'қаралады'),
  // An event is held: «Тыңдау 15 наурызда өткізіледі» → «өтеді», as it is said of a hearing, a meeting, a
  // seminar. Of a check, a repair or a payment («Тексеру өткізіледі») someone does it: the passive stays.
  ...[
    ['өткізіледі', 'өтеді'],
    ['өткізілді', 'өтті'],
    ['өткізілетін', 'өтетін'],
    ['өткізілген', 'өткен'],
    ['өткізілмейді', 'өтпейді'],
    ['өткізілмеді', 'өтпеді'],
    ['өткізілуде', 'өтуде'],
  ].flatMap(([held = '', plain = '']) => [
    { ...e(held, plain), after: EVENT_WORD },
    { ...e(held, plain), precededBy: EVENT_SUBJECT_OPENING },
  ]),
  ...mustBeDone('төленуге жатады|төлеуге жатады', 'төлеу', 'төленуі'),
  ...mustBeDone('тіркелуге жатады|тіркеуге жатады', 'тіркеу', 'тіркелуі'),
  ...mustBeDone('жойылуға жатады|жоюға жатады', 'жою', 'жойылуы'),
  // «Үш жылдан кем емес» is «кемінде үш жыл»: «кемінде» goes before the amount, which leaves the ablative, so
  // in the phrase's place («үш жылдан кемінде») it is not Kazakh. Nothing to paste.
  e('кем емес'),
  e('кем болмауы тиіс|кем болмауға тиіс'),
  // «Тексеру мүмкіндігі жоқ» → «тексеру мүмкін емес»: the verbal noun before it stays as it is («болмайды»
  // would want it in the dative and says "is not allowed"). Only where it ends its clause: before a noun it
  // describes it («теңізге шығу мүмкіндігі жоқ Боливия», a landlocked Bolivia): nothing to paste there.
  // A possessor in the genitive («Штаттардың … іске асыру мүмкіндігі бар»: the States can do it) owns the
  // «мүмкіндік»: «мүмкін» would leave it with no noun and say "it may be" for "it can": nothing to paste.
  // A subject in the nominative («Азаматтар құжатты алу мүмкіндігі бар») can do it: «ала алады», built from
  // the verbal noun (`abilityFromVerbalNoun`); «мүмкін» only where no word before may be the subject.
  ...(
    [
      ['бар', ABLE, 'мүмкін'],
      ['жоқ', UNABLE, 'мүмкін емес'],
      // «Мүмкіндігі болмай отыр» (is not possible at the moment) says «жоқ» in more words.
      ['болмай отыр', UNABLE, 'мүмкін емес'],
    ] as const
  ).flatMap(([verb, ability, possible]) => [
    {
      ...e(`*у мүмкіндігі ${verb}`, ability),
      agree: 'first-noun' as const,
      followedBy: CLAUSE_END_AFTER,
      notInClause: IN_GENITIVE,
    },
    // The verbal noun read by another entry («іске асыру»): the subject is not told, so only with no bare
    // word before but verbal nouns.
    {
      ...e(`мүмкіндігі ${verb}`, possible),
      followedBy: CLAUSE_END_AFTER,
      notInClause: `${IN_GENITIVE}|^(?!.*(?:${CASE_ENDING}|у)$)`,
    },
    e(`*у мүмкіндігі ${verb}`),
    e(`мүмкіндігі ${verb}`),
  ]),
  // «Данный», «указанный», «вышеуказанный», «надлежащий».
  // Before a body or a person it is "relevant, competent" («тиісті органдар», «тиісті бөлім басшылары»): the one
  // responsible, not the one needed.
  // After a dative it is "due to" or the modal "ought" («оған тиісті үлес», «болмасқа тиісті»), and before a
  // punishment or a reward "deserved" («тиісті жазасы»): «керекті» (needed) says neither. Nothing to paste.
  { match: 'тиісті', replace: [], after: `^(?:${DATIVE}|оған|маған|саған|бұған|соған|мұған|сізге|бізге)$` },
  { match: 'тиісті', replace: [], followedBy: '^\\s+(?:жаза|сый|үлес|баға|құрмет|орн)' },
  // Before the papers one must bring it is "required": «керекті құжаттар». Before a body it is «жауапты»;
  // elsewhere («тиісті журналда тіркеледі»: the log kept for it) neither word fits, so nothing to paste.
  {
    ...e('тиісті', 'керекті', 'қажетті'),
    followedBy: '^\\s+(?:құжат|анықтама|мәлімет|ақпарат|қағаз|материал|дерект|куәлік|растама)',
  },
  {
    ...e('тиісті', 'жауапты'),
    followedBy:
      '^\\s+(?:орган|мекеме|бөлім|басқарма|басшы|маман|қызметкер|министрлі|әкімді|ведомство|департамент|комитет|ұйым|инстанция|лауазымды)',
  },
  e('тиісті'),
  e('тиісті түрде', 'дұрыс'),
  // «Тиісінше» is «respectively» as often as «properly»: no one word fits both.
  e('тиісінше', ''),
  // «Деп аталған» is «called», not «the said».
  // «Аты аталған» (named), «сол аталған» (that so-called): not «the said».
  // After a place or a source it is a participle of its own («Баяндамада аталған шаралар», «Бұл жерде
  // аталған алпыс адам»: named in it): «бұл» would drop that word's link. After a title one is named to it
  // may be «named» too («рухани басшысы аталған жандар»: people called spiritual leaders), as well as «the
  // said» («Ұйым басшысы аталған құжатқа қол қойды»): nothing to paste.
  // Ending its clause it is the predicate «is named» («Көше Абайдың атымен аталған.»), no pointer to a noun
  // after it, and is left alone; so after a name it is named by («атымен», «есімімен аталған мектеп»).
  {
    match: 'аталған',
    replace: ['бұл', 'осы'],
    followedBy: '^\\s+\\p{L}',
    notAfter:
      '^(?:деп|аты|есімі|атымен|есімімен|атауымен|сол|осы|бұл|жоғарыда|төменде|' +
      '.{2,}(?:да|де|та|те|дан|ден|тан|тен|нан|нен)|' +
      '(?:басшы|жетекші|көсем|ұстаз|батыр|ақын|үзді|жеңімпаз|чемпион|лауреат|қаһарман)[а-яәіңғүұқөһ]*)$',
  },
  e('аталмыш', 'бұл'),
  e('жоғарыда аталған', 'бұл'),
  e('жоғарыда көрсетілген', 'бұл'),
  e('жоғарыда айтылған', 'бұл'),
  e('жоғарыда баяндалған', 'бұл'),
  e('жоғарыда келтірілген', 'бұл'),
  e('жоғарыда атап өтілгендей|жоғарыда айтылғандай', 'айтқанымыздай'),
  e('төменде көрсетілген|төменде аталған|төменде келтірілген', 'мына'),
  e('төмендегідей', 'мынадай'),
  // «Жекелеген аудандар» (certain districts) is «кейбір аудандар»; before a singular noun it is often
  // "individual, single" («жекелеген ойын», a singles match): nothing to paste there.
  {
    ...e('жекелеген', 'кейбір'),
    followedBy: '^\\s+[а-яәіңғүұқөһ-]*(?:лар|лер|дар|дер|тар|тер)[а-яәіңғүұқөһ]*(?:[\\s.,;:!?)»”"]|$)',
  },
  e('жекелеген'),
  // «Бірнеше» takes a singular noun («бірнеше іс-шараны»): before a plural within two words only «кейбір» fits.
  { ...e('бірқатар', 'кейбір'), followedBy: PLURAL_WITHIN_TWO_WORDS },
  e('бірқатар', 'бірнеше', 'кейбір'),
  // «…деп қарастырылған» (regarded as) is no provision: «деп бар» is not Kazakh.
  // Only a document named before it in its clause is where it is written («Заңда қарастырылған»), as for
  // «көзделген»: «Еріктілерге мыналар жазылған» would say the list was written to them.
  { ...e('қарастырылған', 'бар', 'жазылған'), notAfter: '^деп$', inClause: DOCUMENT_WORD },
  { ...e('қарастырылған', 'бар'), notAfter: '^деп$' },
  e('қарастырылған'),
  e('қарастырылмаған', 'жоқ', 'жазылмаған'),
  // A negative form is offered a negative («көзделмеген» → «жазылмаған», not «жазылған»); forms no plain
  // participle stands for («көзделгендей», «көзделіп отыр») get nothing to paste.
  // Only a document named before it in its clause («Заңда көзделген», «шартта көзделген») is where it is
  // written: «Бұл ақы көзделген мөлшерде» names none, and «жазылған мөлшерде» would leave the reader asking where.
  // A liability, a penalty or a right the law provides for is not written but «бар» («заңға сәйкес
  // жауапкершілік көзделген» → «жауапкершілік бар»; «жауапкершілік жазылған» is no Kazakh), as the predicate.
  {
    ...e('көзделген|көзделеді', 'бар'),
    after: '^(?:жауапкершілі|жаза|айыппұл|санкция|құқығ|құқық|кепілдік|жеңілдік|өтемақы)',
    followedBy: '^\\s*(?:[.!?;]|$)',
  },
  { ...e('көзделген|көзделеді|көзделді', 'жазылған', 'бар'), inClause: DOCUMENT_WORD },
  e('көзделген|көзделеді|көзделді'),
  e('көзделмеген|көзделмейді|көзделмеді', 'жазылмаған', 'жоқ'),
  e('көздел*'),
  // «…қолдауға бағытталған шаралар»: «үшін» would need the word before out of the dative, which a
  // suggestion for this word alone cannot give («қолдауға үшін»); flagged, with nothing to paste.
  e('бағытталған'),
  // Postpositional clichés: «в целях», «в рамках», «на основании», «в соответствии с», «в связи с».
  // An owner before it («өз мақсатында», «оның мақсатында»: for its own ends) would need «өзі үшін», «ол
  // үшін»: «өз үшін» is not Kazakh, so nothing to paste there.
  { ...e('мақсатында|мақсатымен|мақсаттарында', 'үшін'), notAfter: `^(?:өз|.*${IN_GENITIVE})` },
  e('мақсатында|мақсатымен|мақсаттарында'),
  e('осы мақсатта', 'сол үшін'),
  // «Бойынша» (by) fits before the verb or its object («шеңберінде бағдарламаны іске асырады»); before a noun
  // phrase, the subject of what follows («шеңберінде қалалық орталығы … жүргізеді»), «аясында» (within) keeps the
  // sense.
  {
    ...e('шеңберінде', 'бойынша', 'кезінде', 'аясында'),
    followedBy: '^\\s+\\p{L}+(?:ды|ді|ты|ті|ны|ні|ған|ген|қан|кен)(?!\\p{L})',
  },
  e('шеңберінде', 'аясында', 'бойынша', 'кезінде'),
  // «Уақтылы» (timely) is an everyday word: only «уақтылы түрде» is padded.
  // After a genitive («дамудың негізінде») the noun's possessive is needed: «бойынша» takes none.
  { ...e('негізінде', 'бойынша'), notAfter: GENITIVE_WORD },
  // «Заңға сәйкес» → «заң бойынша»: the rule's noun leaves the dative for «бойынша», which takes none. Not
  // «…сәйкес келмейді» (does not comply with).
  {
    // A method («әдістемесіне сәйкес») is a rule too.
    match: [...RULE_NOUNS.split('|'), 'әдістеме*'].map((noun) => `${noun} сәйкес`).join('|'),
    replace: [`${GOVERNING_NOUN} бойынша`],
    agree: 'first-noun',
    notBefore: '^кел',
  },
  // A numbered one («Кодекстің 406-бабына сәйкес» → «406-бабы бойынша», «2-қосымшаға сәйкес» → «2-қосымша
  // бойынша») leaves the dative the same way, its number kept.
  {
    match: NUMBERED_PARTS_IN_DATIVE.map((noun) => `${noun} сәйкес`).join('|'),
    replace: [`${DATIVE_AS_NOMINATIVE} бойынша`],
    agree: 'first-noun',
    notBefore: '^кел',
  },
  e('қазақстан республикасының заңнамасына сәйкес', 'заң бойынша'),
  e('қазақстан республикасының заңнамасында белгіленген тәртіппен', 'заң бойынша'),
  // «Заң бойынша» loses the procedure and narrows legislation to one law: nothing to paste.
  e('заңнамада белгіленген тәртіппен|заңнамасында белгіленген тәртіппен'),
  // After the place or the body that set it («заңда», «Қағидаларда», «комиссиямен», «әкімдік тарапынан»), the
  // word belongs to «белгіленген»: «заңда мерзімінде» says nothing. Nothing to paste there.
  ...nothingToPasteWhere({ after: SETTER_BEFORE }, [
    e('белгіленген тәртіппен|белгіленген тәртіпте', 'заң бойынша', 'ереже бойынша'),
    // «Установленного образца»: the form is one the rules set, which a plain word would not name; flagged,
    // nothing to paste (the editor may name the form or drop the words).
    e('белгіленген үлгідегі|белгіленген үлгіде|белгіленген үлгі бойынша'),
  ]),
  // A deadline set in a named paper («шартта», «хабарламада», «бұйрықта», «заңда белгіленген мерзімде») is real
  // information an editor keeps: no finding. «Заңнамада» (legislation, somewhere) says nothing, nor does the bare
  // phrase: flagged.
  {
    ...e('белгіленген мерзімде|белгіленген мерзімдерде'),
    after: '^(?:тарапынан|заңнама.*|.{2,}(?:мен|бен|пен))$',
  },
  {
    ...e('белгіленген мерзімде|белгіленген мерзімдерде', 'мерзімінде', 'уақытында'),
    notAfter: '^.{2,}(?:да|де|та|те)$',
  },
  e('осыған байланысты|соған байланысты|осымен байланысты', 'сондықтан'),
  e('осыған орай', 'сондықтан'),
  // «На основании вышеизложенного»: the reason is what was just said.
  e(
    'жоғарыда баяндалғанның негізінде|жоғарыда айтылғанның негізінде|жоғарыда көрсетілгеннің негізінде',
    'сондықтан',
  ),
  // «При этом» says neither "so" nor "but" nor "in this case": which one the sentence means, only its writer
  // knows. Nothing to paste.
  e('бұл ретте|осы ретте'),
  // A subject in the genitive («кейіпкерлердің болуына байланысты») would need the nominative before -ғандықтан.
  { ...e('болуына байланысты', 'болғандықтан'), notAfter: GENITIVE_WORD },
  { ...e('болмауына байланысты', 'болмағандықтан'), notAfter: GENITIVE_WORD },
  // «Оның ішінде» (of whom, including) breaks a total down («300 дәрігер, оның ішінде 186-сы ауылда»; «240
  // жабдық, оның ішінде 3 томограф»): plain Kazakh, and «мысалы» (for example) says another thing. Not listed.
  // «(бұдан әрі – ХҚКО)» names a thing the legal way: on a page for people, name it plainly from the start.
  { match: 'бұдан әрі', replace: [], followedBy: DASH_AFTER },
  e('бұдан әрі', 'енді', 'кейін'),
  e('барысында', 'кезінде'),
  e('тарапынан', ''),
  e('өз тарапынан|өз тарапымыздан', ''),
  // «Ал» would open its clause, which «өз кезегінде» mostly does not («Мәскеу өз кезегінде …»): nothing to paste.
  e('өз кезегінде'),
  // «Келіссөз жолымен» is «арқылы»; after a genitive («ауылдың жолымен») or before a verb of going («тау
  // жолымен жүрді») it is a road: left alone.
  // After an adjective it is a manner («бейбіт жолымен», «дипломатиялық жолымен»), which «арқылы» does not take.
  {
    ...e('жолымен', 'арқылы'),
    notAfter: `^(?:.*${IN_GENITIVE}|.*(?:лық|лік|дық|дік|тық|тік|лы|лі|ды|ді|ты|ті)|бейбіт|ресми|әскери|тура|қысқа)$`,
    notBefore: '^(?:жүр|кет|бар|кел|ағ|сапар|шық)',
  },
  e('тұрғысынан', 'жағынан'),
  // «Жәрдемақыға қатысты сұрақтар» are «жәрдемақы туралы сұрақтар»: the noun before leaves the dative for
  // «туралы». Only before what is said, asked or told: «қатысты» is also "against" («оған қатысты іс
  // қозғалды»: a case against him) and the past of «қатысу» («жарысқа қатысты»: took part), left alone.
  {
    ...e(
      [...DATIVE_WORD, 'оған', 'оларға', 'бұған', 'мұған', 'соған', 'осыған']
        .map((dative) => `${dative} қатысты`)
        .join('|'),
      `${DATIVE_AS_NOMINATIVE} туралы`,
    ),
    agree: 'first-noun',
    // A word right after, read in Cyrillic for a Latin text too, that is said, asked or told.
    followedBy: '^\\s+\\p{L}',
    notBefore: `^(?!(?:${SAID_THINGS}))`,
  },
  // «1 қазаннан кешіктірмей» (no later than a date) takes the day in, «1 қазанға дейін» may not: flagged, with no
  // wording that keeps the deadline (as Russian «не позднее»). Only after a date — a month or a period's end:
  // «жұмыстан кешіктірмей келді» came from work without delay, and alone «кешіктірмей» is plain.
  e(DATES_FROM.flatMap((date) => [`${date} кешіктірмей`, `${date} кешіктірілмей`]).join('|')),
  // A number of days counted from an event («өтініш түскен күннен бастап бес жұмыс күнінен кешіктірмей») is a
  // period: «бес жұмыс күні ішінде». Counted back from a date («тыңдау күніне дейін үш жұмыс күнінен
  // кешіктірілмей») it is no period within: flagged, nothing to paste.
  ...[
    ['жұмыс күнінен кешіктірмей|жұмыс күнінен кешіктірілмей', 'жұмыс күні ішінде'],
    ['күнтізбелік күннен кешіктірмей|күнтізбелік күннен кешіктірілмей', 'күнтізбелік күн ішінде'],
    ['күннен кешіктірмей|күннен кешіктірілмей', 'күн ішінде'],
    ['тәуліктен кешіктірмей|тәуліктен кешіктірілмей', 'тәулік ішінде'],
    ['сағаттан кешіктірмей|сағаттан кешіктірілмей', 'сағат ішінде'],
    ['айдан кешіктірмей|айдан кешіктірілмей', 'ай ішінде'],
  ].flatMap(([late = '', within = '']) => [
    { ...e(late), after: NUMBER_WORD, precededBy: '(?:^|\\s)(?:дейін|шейін|бұрын)\\s' },
    { ...e(late, within), after: NUMBER_WORD },
  ]),
  // «Жөнінде» is «туралы», «жөнінен» «жағынан»: both take the noun before as it is. After a genitive or «өз»
  // («оның жөнінде», «өз жөнінде») «туралы» would need «ол», «өзі»: nothing to paste there. «Жөнінде» is also
  // "for" («кемшіліктерді жою жөнінде шаралар»: measures to remove them, «алдын алу жөнінде комиссия»), where
  // «туралы» would make them measures about it: «туралы» only before what is said, written or decided.
  {
    ...e('жөнінде', 'туралы'),
    notAfter: `^(?:өз|.*${IN_GENITIVE})`,
    followedBy: '^\\s+\\p{L}',
    notBefore: `^(?!(?:${SAID_THINGS}|${PAPERS_AND_TALKS}))`,
  },
  e('жөнінде'),
  // The attribute «жөніндегі» is «туралы» before what is said or written («салық жөніндегі ақпарат» → «салық
  // туралы ақпарат»). Before other nouns it names a field or a remit, often in a title or a body's name
  // («коммуникация жөніндегі маман», «төтенше жағдайлар жөніндегі комитет»), as «кеңес» may be a council: no
  // finding there.
  {
    ...e('жөніндегі', 'туралы'),
    notAfter: `^(?:өз|.*${IN_GENITIVE})`,
    followedBy: '^\\s+\\p{L}',
    notBefore: `^(?!(?:${SAID_THINGS}|${PAPERS_AND_TALKS}))|^кеңес`,
  },
  { ...e('жөнінен', 'жағынан'), notAfter: `^(?:өз|.*${IN_GENITIVE})` },
  e('жөнінен'),
  e('бөлінісінде', 'бойынша'),
  e('қимасында', 'бойынша'),
  // «Зейнетақы мәселесі бойынша» → «зейнетақы туралы», «осы мәселе бойынша» → «осы туралы». «Туралы» is a
  // postposition: it needs the noun it follows, which «мәселесі» has right before it (its possessor) but after an
  // adjective has not («жеке мәселелері бойынша» → «жеке туралы»), nor at the start of its clause («Туралы …»).
  // The bare «мәселе» has no noun of its own before it, only a pointing word: a noun there is the subject
  // («Азаматтар мәселелер бойынша хабарласады» → «Азаматтар туралы»: about the citizens). Nothing to paste else.
  // «Туралы» goes with what is said, asked, decided or told (`TOPIC_OF_SAYING`): a topic that opens the clause
  // («Емханаға бекітілу мәселесі бойынша пациенттер … құқығына ие»: as for attachment) would be «туралы
  // пациенттер», no Kazakh. Nothing to paste there.
  ...[TOPIC_OF_SAYING_AFTER, TOPIC_OF_SAYING_BEFORE].flatMap((topic) => [
    {
      ...e('мәселесі бойынша|мәселелері бойынша', 'туралы'),
      after: '.',
      notAfter: `^(?:${ADJECTIVES_BEFORE_ISSUE}|.*(?:ған|ген|қан|кен|атын|етін|йтын|йтін|${GENITIVE_ENDING}))$|${AGENDA_ORDINAL}`,
      ...topic,
    },
    { ...e('мәселе бойынша|мәселелер бойынша', 'туралы'), after: '^(?:бұл|осы|сол|мына|ол)$', ...topic },
  ]),
  // After an ordinal or a number it is an agenda item («Бірінші мәселе бойынша баяндама жасады»): the words
  // say which item, and minutes are ordered so. No finding.
  { ...e('мәселе* бойынша'), notAfter: AGENDA_ORDINAL },
  // Before a paper that reports them («талқылау қорытындылары бойынша анықтама», a heading) «бойынша» is
  // "on", not "as a result of": «нәтижелері туралы анықтама».
  ...[
    ['қорытындысы бойынша', 'нәтижесі туралы'],
    ['қорытындылары бойынша', 'нәтижелері туралы'],
  ].map(([phrase = '', plain = '']) => ({ ...e(phrase, plain), followedBy: REPORT_PAPER_AFTER })),
  e('қорытындысы бойынша|қорытындылары бойынша', 'нәтижесінде', 'соңында'),
  e('қарау нәтиже* бойынша', 'қарағаннан кейін'),
  e('тексеру нәтиже* бойынша', 'тексергеннен кейін'),
  e('құзырет* шегінде', ''),
  // Legal set phrases with no one plain wording, which a letter should say in its own words («бұл мәселені
  // біз шеше алмаймыз», «өтінішіңізді … жібердік», «түсіндірме тек ақпарат береді»): nothing to paste.
  e('құзыретіне жат*|құзыретімізге жат*|құзыреттеріне жат*'),
  e('тиесілілігі бойынша|тиесілігі бойынша'),
  e('реттеу нысанасына жат*'),
  e('сипатқа ие бол*|сипатқа ие'),
  // «Имеет юридическую силу»: a paper named before it in its clause that «заңды күшке ие» is valid, «жарамды»
  // («…ие болады» → «жарамды болады»). A vote or a motion with no legal force is not «invalid»: nothing to paste.
  {
    ...e('заңды күшке ие', 'жарамды'),
    inClause: `${DOCUMENT_WORD}|^(?:анықтама|куәлі|сертификат|лицензия|қолтаңба)`,
  },
  e('заңды күшке ие'),
  // «Несёт расходы»: costs one «көтереді» (bears) one pays, with the payer between as written
  // («Шығындарын ұйымдастырушы көтереді» → «…ұйымдастырушы төлейді»).
  ...BORNE_COSTS.flatMap(([borne, paid]) => [
    e(COSTS_IN_ACCUSATIVE.map((costs) => `${costs} ${borne}`).join('|'), `{1} ${paid}`),
    e(COSTS_IN_ACCUSATIVE.map((costs) => `${costs} * ${borne}`).join('|'), `{1} {2} ${paid}`),
  ]),
  e('туындаған сұрақтар* бойынша', 'сұрақ болса'),
  noun(e('туындаған сұрақтар*', 'сұрақтар')),
  // An address one sends or brings something to wants the dative («мекенжайына жіберіңіз»): before a verb
  // of sending, nothing to paste. Before a verb of going or applying, within two words, it names the office
  // that serves the address («тіркелген мекенжай бойынша ХҚКО-ға жүгіну»): «мекенжайда» would put the office
  // at the address. Nothing to paste either.
  ...[
    ['мекенжай', 'мекенжайда'],
    ['мекенжайы', 'мекенжайында'],
    ['мекенжайым', 'мекенжайымда'],
    ['мекенжайың', 'мекенжайыңда'],
    ['мекенжайыңыз', 'мекенжайыңызда'],
    ['мекенжайымыз', 'мекенжайымызда'],
    ['мекенжайлар', 'мекенжайларда'],
    ['мекенжайлары', 'мекенжайларында'],
    ['мекенжайларыңыз', 'мекенжайларыңызда'],
    ['мекенжай*', ''],
  ].flatMap(([address, plain]) => [
    { ...e(`${address} бойынша`), followedBy: '^\\s+(?:жібер|жолда|тапсыр|жеткіз|әкел|бағытта)' },
    { ...e(`${address} бойынша`), followedBy: `^\\s+(?:\\S+\\s+){0,2}${GOING_VERB}` },
    // The address keeps its possessive: after a number or a street it is the izafet («Абай көшесі, 27
    // мекенжайы бойынша» → «27 мекенжайында»; «27 мекенжайда» is not Kazakh), after a participle or a person
    // it is whose address («тіркелген мекенжайыңыз бойынша» → «мекенжайыңызда»). The bare noun after a number
    // wants it too.
    ...(address === 'мекенжай' ? [{ ...e('мекенжай бойынша', 'мекенжайында'), after: '^\\d' }] : []),
    plain ? e(`${address} бойынша`, plain) : e(`${address} бойынша`),
  ]),
  // A number before «телефоны» names it (apposition): the possessive stays («55-44-33 телефонымен»).
  e('телефон бойынша', 'телефонмен'),
  e('телефоны бойынша', 'телефоны арқылы', 'телефонымен'),
  e('телефон* бойынша', '{1} арқылы'),
  // «В случае если»: «-ған жағдайда» → «-са/-се». After «немесе» / «не» in the clause the condition has
  // coordinated participles («жоғалған немесе бүлінген жағдайда»): the conditional of the last alone leaves the
  // others hanging, so nothing to paste.
  ...withheldAfterCoordination([
    e('қажеттілігі туындаған жағдайда|қажеттілік туындаған жағдайда', 'қажет болса'),
    e('қажеттілігі туындаса|қажеттілік туындаса', 'қажет болса'),
    e('туындаған жағдайда', 'болса'),
    e('болған жағдайда', 'болса'),
    e('болмаған жағдайда', 'болмаса'),
    ...readerFirst(conditional('келмеген жағдайда', 'келмеген')),
    ...readerFirst(conditional('төлемеген жағдайда', 'төлемеген')),
    ...readerFirst(conditional('ұсынбаған жағдайда', 'тапсырмаған')),
    ...readerFirst(conditional('келіспеген жағдайда', 'келіспеген')),
    ...readerFirst(conditional('бас тартқан жағдайда', 'бас тартқан')),
    e('жоғалған жағдайда', 'жоғалса'),
    // Any other verb: the participle in -ған (-маған) before «жағдайда» is the verb in -са (-маса), or in -саңыз
    // where the reader is its subject («Құжатты жоғалтқан жағдайда, хабарласыңыз» → «жоғалтсаңыз»).
    // «Заңда көзделген жағдайларда» (in the cases the law provides for) names cases, no condition.
    ...readerFirst({
      ...except(
        e('*ған жағдайда|*ген жағдайда|*қан жағдайда|*кен жағдайда', CONDITIONAL, CONDITIONAL_YOU),
        ...CASES_NAMED,
      ),
      agree: 'first-noun',
      notBefore: STATE_VERB_AFTER,
    }),
    ...readerFirst({
      ...except(
        e(
          '*ған жағдайларда|*ген жағдайларда|*қан жағдайларда|*кен жағдайларда',
          CONDITIONAL,
          CONDITIONAL_YOU,
        ),
        ...CASES_NAMED,
      ),
      agree: 'first-noun',
      notBefore: STATE_VERB_AFTER,
    }),
  ]),
  // «Будет проводиться»: «-атын болады» is the present of the verb («жүргізетін болады» → «жүргізеді»).
  {
    ...e('*атын болады|*етін болады|*йтын болады|*йтін болады', PRESENT),
    agree: 'first-noun',
  },
  // «Подлежит рассмотрению»: a passive verbal noun before «жатады» is the passive present («қаралуға
  // жатады» → «қаралады»).
  { ...e('*луға жатады|*луге жатады|*нуға жатады|*нуге жатады', PRESENT), agree: 'first-noun' },
  // «В письменной форме», «в полном объёме», «на постоянной основе»: an adverb says it.
  // Bare «жазбаша», «ауызша» before a noun would modify it («жазбаша түрде тыңдау өткізілетін күнге дейін» →
  // «жазбаша тыңдау»: a written hearing): offered only before a verb or the clause's end.
  { ...e('жазбаша түрде', 'жазбаша'), followedBy: VERB_OR_CLAUSE_END_AFTER },
  e('жазбаша түрде'),
  { ...e('ауызша түрде', 'ауызша'), followedBy: VERB_OR_CLAUSE_END_AFTER },
  e('ауызша түрде'),
  e('электрондық түрде|электронды түрде', 'онлайн', 'электронды'),
  // «В бумажном виде», beside «электрондық түрде»: «қағазбен» (on paper) says it.
  e('қағаз түрінде|қағаз түрде', 'қағазбен'),
  e('электрондық нысанда|электронды нысанда', 'онлайн'),
  noun(e('қағаз жеткізгіш*', 'қағаз')),
  e('жеке тәртіппен', 'жеке'),
  e('мынадай тәртіппен', 'былай'),
  // «Кезекке қою тәртібімен» (by the order of putting on the waiting list) is «кезекпен» too. Before a verb
  // that takes the instrumental as its object («кезек тәртібімен танысыңыз»: read the rules of the queue) the
  // procedure is a noun, what is read or agreed to, and «кезекпен» would say how one reads: no finding.
  {
    ...e('кезектілік тәртібімен|кезек тәртібімен|кезекке қою тәртібімен|кезекке тұру тәртібімен', 'кезекпен'),
    followedBy: '^(?!\\s+(?:таныс|келіс|айналыс|байланыс))',
  },
  // «В судебном порядке» said in Kazakh: a complaint or a debt goes «сот арқылы» (through the court).
  e('сот тәртібімен|сот тәртібінде', 'сот арқылы'),
  // «В подписанном виде»: signed, said with the verb («қол қойып жіберіңіз»), which takes the clause's person and
  // voice: nothing to paste.
  e('қол қойылған түрде'),
  e('толық көлемде', 'толық'),
  e('қысқа мерзімде', 'тез'),
  e('ең қысқа мерзімде', 'тез'),
  e('қысқа мерзім ішінде', 'тез'),
  e('шұғыл түрде', 'тез', 'шұғыл'),
  e('жедел түрде', 'тез'),
  e('уақытша түрде', 'уақытша'),
  e('тұрақты түрде', 'үнемі'),
  e('жүйелі түрде', 'үнемі'),
  e('толық түрде', 'толық'),
  // «Өз еркімен» is a person's own will: before a passive in the clause («сомалар ерікті түрде … қайтарылуға
  // жатады») the subject is a thing, and the sums would return of their own will. Nothing to paste there.
  { ...e('ерікті түрде'), followedBy: PASSIVE_LATER_IN_CLAUSE },
  // The reflexive takes the doer's person: to a reader addressed as «Сіз» («ерікті түрде қайтаруыңызды
  // сұраймыз», «Сіз ерікті түрде …») it is «өз еркіңізбен»; «өз еркімен» would be someone else's will.
  { ...e('ерікті түрде', 'өз еркіңізбен'), followedBy: SECOND_PERSON_LATER_IN_CLAUSE },
  { ...e('ерікті түрде', 'өз еркіңізбен'), precededBy: '(?:^|[^\\p{L}])сіз(?:ге|ден|дің|ді)?(?![\\p{L}])' },
  e('ерікті түрде', 'өз еркімен'),
  e('дербес түрде', 'өзі'),
  e('тікелей түрде', 'тікелей'),
  e('ашық түрде', 'ашық'),
  e('нақты түрде', 'нақты'),
  e('біржолғы түрде', 'бір рет'),
  e('ақшалай түрде', 'ақшамен'),
  e('қатаң түрде', 'қатаң'),
  e('белсенді түрде', 'белсенді'),
  e('арнайы түрде', 'арнайы'),
  e('мақсатты түрде', 'арнайы'),
  e('түбегейлі түрде', 'түбегейлі'),
  e('тиімді түрде', 'тиімді'),
  e('уақтылы түрде', 'уақтылы'),
  // «Міндетті» is an adjective (obligatory) that does not stand for the adverb («белсенді әрі міндетті
  // жалғасуы», «Ол міндетті келеді» are not Kazakh): nothing to paste. Before insuring it names compulsory
  // insurance, a legal regime of its own («міндетті түрде сақтандырылады»): left out, the duty goes; no finding.
  { ...e('міндетті түрде'), notBefore: '^сақтандыр' },
  e('тұрақты негізде', 'үнемі'),
  e('күнделікті негізде', 'күн сайын'),
  e('апта сайынғы негізде', 'апта сайын'),
  e('ай сайынғы негізде', 'ай сайын'),
  e('тоқсан сайынғы негізде', 'тоқсан сайын'),
  e('жыл сайынғы негізде', 'жыл сайын'),
  e('ақылы негізде', 'ақылы'),
  e('тегін негізде|ақысыз негізде', 'тегін'),
  e('өтеусіз негізде', 'тегін'),
  e('өтеулі негізде', 'ақылы'),
  e('шарттық негізде', 'шарт бойынша'),
  { ...e('ерікті негізде', 'өз еркіңізбен'), followedBy: SECOND_PERSON_LATER_IN_CLAUSE },
  { ...e('ерікті негізде'), followedBy: PASSIVE_LATER_IN_CLAUSE },
  e('ерікті негізде', 'өз еркімен'),
  e('конкурстық негізде', 'конкурспен'),
  e('өтеусіз', 'тегін'),
  e('өтеулі', 'ақылы'),
  e('сипаттағы|сипатындағы', ''),
  // «5 миллион теңге көлемінде» says the amount: «5 миллион теңге». After a unit of money or a share the word
  // adds nothing and goes, the unit staying.
  ...['теңге', 'доллар', 'евро', 'рубль', 'сом', 'аек'].map((unit) =>
    e(`${unit} көлемінде|${unit} мөлшерінде`, '{1}'),
  ),
  // The monthly calculation index written out («0,3 айлық есептік көрсеткіш мөлшерінде») is the same unit as «АЕК».
  e('есептік көрсеткіш* мөлшерінде|есептік көрсеткіш* көлемінде', '{1} {2}'),
  // A share of something, with its possessive («сомасының 1 пайызы мөлшерінде»), is an amount, not a rate: «1
  // пайызы алынады» says it.
  e('пайызы мөлшерінде|пайызы көлемінде|проценті мөлшерінде|проценті көлемінде', '{1}'),
  // A share may be a rate: «Несие 12 пайыз мөлшерінде беріледі» is lent at 12 %, which «12 пайыз беріледі»
  // would make 12 % of it given («пайызбен» would be needed). Only before a verb of growth or fall is it the
  // amount of change («8 пайыз мөлшерінде өсті» → «8 пайыз өсті»); elsewhere nothing to paste.
  ...['пайыз', 'процент'].flatMap((unit) => [
    {
      ...e(`${unit} көлемінде|${unit} мөлшерінде`, '{1}'),
      followedBy: '^\\s+\\p{L}',
      notBefore: '^(?!(?:өс|көтер|арт|төменде|азай|қысқар|кеми|ұлғай))',
    },
    e(`${unit} көлемінде|${unit} мөлшерінде`),
  ]),
  // A share written with «%» («12% мөлшерінде»), whose sign is no word, is the same padding as «12 пайыз
  // мөлшерінде»; with no unit word to keep, the word alone is flagged, to be cut.
  { ...e('көлемінде|мөлшерінде'), precededBy: PERCENT_BEFORE },
  e('кезек күттірмейтін', 'шұғыл'),
  // Time: «в настоящее время», «на сегодняшний день», «в текущем году».
  e('қазіргі уақытта', 'қазір'),
  e('қазіргі таңда', 'қазір'),
  // «Бүгінгі таңда» means "nowadays", of a state of things («Бүгінгі таңда жастар саны …»): «қазір» says it,
  // «бүгін» is the one day.
  e('бүгінгі таңда|бүгінгі күні', 'қазір', 'бүгін'),
  // "Going forward", not "later": «болашақта» first.
  e('алдағы уақытта', 'болашақта', 'кейін'),
  // «биыл» is an adverb: it stands for «ағымдағы жылы», and «биылғы» for the attribute; a genitive keeps its
  // case in «осы жылдың» and loses it before a date («ағымдағы жылдың 15 наурызында» → «биылғы 15 наурызда»).
  e('ағымдағы жылы|ағымдағы жылда', 'биыл', 'осы жылы'),
  e('ағымдағы жылғы', 'биылғы', 'осы жылғы'),
  // «Биылғы жылы» says the year twice: «биыл» is "this year".
  e('биылғы жылы|биылғы жылда', 'биыл'),
  {
    match: 'ағымдағы жылдың',
    replace: ['биылғы', 'осы жылдың'],
    carries: { from: 'genitive', to: ['nominative', null] },
  },
  noun(e('ағымдағы жыл*', 'осы жыл')),
  noun(e('есепті кезең*', 'осы кезең')),
  // «Қысқы кезеңде» (in the winter period) is «қыста», and so for each season.
  e('қысқы кезеңде|қысқы кезеңінде|қысқы уақытта', 'қыста'),
  e('жазғы кезеңде|жазғы кезеңінде|жазғы уақытта', 'жазда'),
  e('көктемгі кезеңде|көктемгі кезеңінде', 'көктемде'),
  e('күзгі кезеңде|күзгі кезеңінде', 'күзде'),
  // «Демалыс кезеңінде» (during the holiday period) is «демалыста». After a possessor in the genitive
  // («қызметкердің демалыс кезеңінде») the holiday takes its possessive («демалысында»): nothing to paste.
  ...['демалыс', 'каникул'].flatMap((noun) => [
    {
      ...e(`${noun} кезеңінде`, `${noun}${noun === 'демалыс' ? 'та' : 'да'}`),
      precededBy: '^(?![\\s\\S]*(?:ның|нің|дың|дің|тың|тің)\\s+(?:[\\p{L}-]+\\s+)?$)',
    },
    e(`${noun} кезеңінде`),
  ]),
  // «Онлайн режимде» (in online mode) says «онлайн» twice.
  e('онлайн режимде|онлайн режимінде|онлайн-режимде|онлайн-режимінде', 'онлайн'),
  // «Міндетін өзіне алады» (takes upon itself the duty to): no one plain verb for every subject and object.
  e('міндетін өзіне ал*|міндеттерін өзіне ал*'),
  // «Жеделдетілген тәртіпте» (in an expedited procedure) is «жедел» (promptly) or «тез».
  e('жеделдетілген тәртіпте|жеделдетілген тәртіппен', 'жедел', 'тез'),
  // Nouns of the office for people and things: say who and what.
  // «Жеке тұлға» (an individual, a foreigner too), «заңды», «лауазымды тұлға» are legal statuses, terms
  // (terms.ts), as Russian «физическое/юридическое/должностное лицо». Another adjective before a conjunction
  // shares the noun: nothing to paste, a plain noun would leave it without one.
  {
    ...e('заңды тұлға*|лауазымды тұлға*|жауапты тұлға*|мүдделі тұлға*|үшінші тұлға*'),
    precededBy: SHARED_NOUN_ADJECTIVE_BEFORE,
  },
  // «Тұлға» alone is also a figure («беделді тұлғалар», «тарихи тұлға») and, with «ресми», an official: only
  // after a word that makes it the law's person — guilty, applying, authorised, other, or a participle that
  // says what the person did («құқық бұзған тұлғалар») — is it «адам». The terms («жеке», «заңды»,
  // «лауазымды тұлға») and «мүдделі тұлға» have entries of their own, longer, which win.
  {
    ...noun(e('тұлға*', 'адам')),
    after:
      '^(?:кінәлі|үміткер|уәкілетті|өзге|басқа|аталған|көрсетілген|[а-яәіңғүұқөһ]{2,}(?:ған|ген|қан|кен|атын|етін|йтын|йтін))$',
  },
  noun(e('жауапты тұлға*', 'жауапты қызметкер')),
  // «Үшінші тұлғалар» (third parties) are everyone else: «басқа адамдар», in the head's case.
  noun(e('үшінші тұлға*', 'басқа адам')),
  // Carries the head's number and case: «мүдделі тұлғалардың өтініші» → «қатысы бар адамдардың».
  noun(e('мүдделі тұлға*|мүдделі тарап*', 'қатысы бар адам')),
  // Before its noun («кәмелетке толмаған балалар») it is an attribute: «бала балалар» would repeat the noun, which
  // says it alone. Flagged with nothing to paste.
  { match: 'кәмелетке толмаған', replace: [], followedBy: '^\\s+[а-яәіңғүұқөһ]' },
  noun(e('кәмелетке толмаған*', 'бала')),
  // As the subject («Өтініш беруші құжаттарды ұсынады») «сіз» or «біз» would leave the verb in the third
  // person: the bare and plural forms get nothing to paste (or the noun that fits). «Өтініш беруші» (applicant)
  // itself is the neutral word for one who applies, with no plainer one: as the subject, no finding; in another
  // case it is offered the reader («Өтініш берушіге» → «Сізге»).
  e('көрсетілетін қызметті алушы|көрсетілетін қызметті алушылар'),
  e('қызмет алушы|қызметті алушы|қызмет алушылар|қызметті алушылар'),
  e('көрсетілетін қызметті беруші|көрсетілетін қызметті берушілер', 'мекеме'),
  // In the genitive «сіздің», «біздің» change the person of the noun after them too: «өтініш берушінің
  // өтініші» → «сіздің өтінішіңіз»; where that noun cannot be read, «сіздің» alone would not fit.
  // Only a text that speaks to its reader («Сізге») has a reader to offer: in a news story or a rule about
  // applicants «өтініш берушінің» is the plain word, no finding.
  // Before possessed nouns in a list («тегі, аты, әкесінің аты») the owner is shared: «сіздің тегіңіз, аты»
  // would change the first alone. Nothing to paste.
  {
    match: 'өтініш берушінің|өтініш берушілердің|өтінім берушінің|өтінім берушілердің',
    replace: [],
    followedBy: COORDINATED_POSSESSED,
    inText: READER_ADDRESSED,
  },
  {
    ...possessor('өтініш берушінің|өтініш берушілердің|өтінім берушінің|өтінім берушілердің', 'сіздің'),
    inText: READER_ADDRESSED,
  },
  possessor('көрсетілетін қызметті алушының|көрсетілетін қызметті алушылардың', 'сіздің'),
  // A service's recipient, named short, is often not the reader: home care is asked for by a neighbour or a
  // relative («Қызмет алушының жағдайы өзгерген кезде» is the old person's). Nothing to paste.
  e('қызмет алушы*|қызметті алушы*'),
  // Before possessed nouns in a list («шешіміне, әрекетіне (әрекетсіздігіне)») «біздің» would change the first
  // alone («Біздің шешімімізге, әрекетіне»): «мекеменің» leaves every one as written.
  {
    match: 'көрсетілетін қызметті берушінің|көрсетілетін қызметті берушілердің',
    replace: ['мекеменің'],
    followedBy: COORDINATED_POSSESSED,
  },
  possessor('көрсетілетін қызметті берушінің|көрсетілетін қызметті берушілердің', 'біздің', 'мекеменің'),
  {
    ...except(noun(e('өтініш беруші*|өтінім беруші*', 'сіз')), 'беруші', 'берушілер'),
    inText: READER_ADDRESSED,
  },
  noun(e('көрсетілетін қызметті алушы*', 'сіз')),
  noun(e('көрсетілетін қызметті беруші*', 'біз', 'мекеме')),
  noun(e('көрсетілетін қызмет*', 'қызмет')),
  // «Мемлекеттік қызмет» names the service (and the civil service), not its provision: it stands for «мемлекеттік
  // қызмет көрсету» only as what the clause is about («… көрсету тегін»). Elsewhere («… көрсету мерзімі»,
  // «… кезінде», «көрсетуге дайын») «мемлекеттік қызмет көрсету» is the plain name of the provision, the one
  // the law and the pastes for «мемлекеттік көрсетілетін қызмет» use: no finding.
  ...[
    ['мемлекеттік қызмет көрсету', 'мемлекеттік қызмет'],
    ['мемлекеттік қызметтер көрсету', 'мемлекеттік қызметтер'],
  ].map(([match = '', plain = '']) => ({
    ...e(match, plain),
    notBefore: `^(?!(?:тегін|ақылы)$)(?:.*${POSSESSED_NOUN}|(?:үшін|туралы|бойынша|арқылы|сайын)$)`,
  })),
  // «Представить документы»: the noun stays as written, the verb is «тапсыру» in its form; an identity document
  // is shown («көрсетпесе»), and a sentence that names one among others gets nothing to paste (as below).
  ...[
    ['ұсынылмаған', 'тапсырылмаған', 'көрсетілмеген'],
    ['ұсынбаған', 'тапсырмаған', 'көрсетпеген'],
    ['ұсынылған', 'тапсырылған', 'көрсетілген'],
    ['ұсынған', 'тапсырған', 'көрсеткен'],
  ].flatMap(([participle, plain, shown]) => {
    const match = `құжат* ${participle} жағдайда|құжат* ${participle} жағдайларда`;
    return [
      { ...conditional(match, `${MATCHED_WORD} ${shown}`), after: '^куәландыратын$' },
      { ...e(match), inSentence: IDENTITY_DOCUMENT },
      conditional(match, `${MATCHED_WORD} ${plain}`),
    ];
  }),
  // An identity document («жеке басын куәландыратын құжат») is shown, not handed in: «көрсету». A list of
  // papers that names one («… ұсынылуы тиіс: жеке басын куәландыратын құжат, …») or follows the colon, unseen,
  // mixes papers handed in with originals shown: nothing to paste.
  // Said to the reader («құжаттарды ұсынуыңыз қажет», «ұсыныңыз») the clause is active and names its doer,
  // and «ұсыну» is the neutral verb for handing papers in: no finding.
  ...[
    {
      ...e('құжат* ұсын*', `${MATCHED_WORD} көрсету`),
      agree: 'first-noun' as const,
      after: '^куәландыратын$',
    },
    { ...e('құжат* ұсын*'), inSentence: IDENTITY_DOCUMENT },
    { ...e('құжат* ұсын*'), followedBy: '^(?:[ \\t]+(?:тиіс|керек|қажет))?[ \\t]*(?::|$)' },
    { ...e('құжат* ұсын*', `${MATCHED_WORD} тапсыру`), agree: 'first-noun' as const },
  ].map((entry) => ({ ...entry, except: SUBMITTED_BY_THE_READER })),
  compound(e('құжат* топтама*|құжат* пакет*', 'құжаттар')),
  noun(e('тізбе|тізбесі|тізбесін|тізбесіне|тізбеде|тізбесінде|тізбеге', 'тізім')),
  // «Тұратын жері» first: «мекенжайы бойынша» would be officialese again, and an address is not where one lives.
  // What is sent goes to an address («Хатты тұрғылықты жеріне жібереміз» → «мекенжайына»).
  { ...noun(e('тұрғылықты жер*', 'мекенжай', 'тұратын жер')), followedBy: '^\\s+(?:жібер|жолда|жеткіз)' },
  noun(e('тұрғылықты жер*', 'тұратын жер', 'мекенжай')),
  e('келіп түс*', 'келу', 'түсу'),
  e('тіркеу есебіне қой*|тіркеу есебіне ал*', 'тіркеу'),
  e('тіркеу есебінен шығар*', 'тіркеуден шығару'),
  // Where the text is about the military register («әскери есепке қою»), being entered on it is a procedure of
  // its own, apart from a first registration («тіркелу») at the call-up office: nothing to paste.
  // An entry with nothing to paste gets no forms built (`withVerbForms`), and «қой*» misses «қояды»: every form
  // is listed.
  {
    ...e(ENTERED_ON_REGISTER.filter((phrase) => phrase.startsWith('есепке')).join('|')),
    inText: '(?<!\\p{L})(?:әскери|әскерге|Әскери|Әскерге)(?!\\p{L})',
  },
  // After an adjective of the register («профилактикалық есепке қояды») the verb would be left with it.
  { ...e(ENTERED_ON_REGISTER.join('|')), after: ADJECTIVE_OF_REGISTRATION },
  e('тіркеуге қой*|есепке қой*', 'тіркеу'),
  noun(e('ақшалай қаражат*', 'ақша')),
  e('бюджет қаражаты есебінен', 'бюджеттен'),
  // Paid «бюджет есебінен», «жарна есебінен» (at the expense of) is paid from it: the source in the ablative.
  e('бюджет есебінен', 'бюджеттен'),
  e('жарна есебінен', 'жарнадан'),
  e('жарнасы есебінен', 'жарнасынан'),
  e('жарналар есебінен', 'жарналардан'),
  e('жарналары есебінен', 'жарналарынан'),
  // «За счёт средств фонда»: paid from the funds («қорының қаражатынан»).
  e('қаражаты есебінен', 'қаражатынан'),
  e('қаражаттары есебінен', 'қаражаттарынан'),
  // Bought «қарыз есебінен» (at the expense of a loan) is bought with it: «ипотекалық қарызбен».
  e('қарыз есебінен', 'қарызбен'),
  e('несие есебінен', 'несиемен'),
  e('кредит есебінен', 'кредитпен'),
  e('қарызы есебінен', 'қарызымен'),
  e('несиесі есебінен', 'несиесімен'),
  e('кредиті есебінен', 'кредитімен'),
  // «Жай-күйі» (state, condition) is the law's pair word for «жағдайы», «күйі»: «экономиканың жағдайы».
  noun(e('жай-күй*', 'жағдай', 'күй')),
  // Force majeure, as contracts write it: the reader needs examples («су тасқыны, өрт»). «Төтенше жағдай» is a
  // legal regime of its own (state of emergency): nothing to paste.
  e('еңсерілмейтін күш мән-жай*|еңсерілмейтін күш жағдай*'),
  // «Мерзімділігі» (periodicity): how often, which the sentence says in its own words («екі жылда бір рет»).
  e('мерзімділі*'),
  noun(e('жергілікті атқарушы орган*', 'әкімдік')),
  // The representative twin of the executive body: the local assembly, «мәслихат».
  noun(e('жергілікті өкілді орган*', 'мәслихат')),
  noun(e('орталық атқарушы орган*', 'министрлік')),
  noun(e('атқарушы орган*', 'әкімдік', 'министрлік')),
  // As Russian «уполномоченный орган» → «ведомство»: better still, name the body.
  noun(e('уәкілетті орган*', 'мекеме')),
  // A court or an office above another («жоғары тұрған сотқа») is a higher one: «тұрған» adds nothing («жоғары
  // тұрған орган» is the law's term, `terms.ts`). Elsewhere
  // the words stand literally («жоғары тұрған сөре»). Before a person it is their superior, while «жоғары
  // лауазымды адам», «жоғары басшы» is a high-ranking one: no finding there.
  { ...e('жоғары тұрған', 'жоғары'), followedBy: '^\\s+(?:мекеме|сот|ұйым)' },
  // «Көлік құралы» (a means of transport) is a vehicle: «көлік».
  // An izafet compound: its «-ы» is no owner's («көлік құралын» → «көлікті», not «көлігін»).
  noun(e('көлік құралдарының қозғалыс*', 'көлік қозғалыс')),
  // The tax on them is «көлік салығы» in plain words, not «көліктер салығы».
  noun(e('көлік құралдары салығ*|көлік құралдарының салығ*|көлік құралы салығ*', 'көлік салығ')),
  compound(e('көлік құрал*', 'көлік')),
  noun(e('интернет-ресурс*', 'сайт')),
  // «Екінші деңгейдегі банктер» (second-tier banks) are the banks a reader knows: every bank one pays in.
  // «Банк» takes front endings after a back vowel («банктер», «банкке»), which the pack's agreement would not
  // give: each form is listed.
  ...[
    'банк',
    'банкке',
    'банкте',
    'банктен',
    'банкті',
    'банктің',
    'банктер',
    'банктерге',
    'банктерде',
    'банктерден',
  ]
    .concat(['банктерді', 'банктердің', 'банктермен', 'банкпен', 'банктері', 'банктерінде', 'банктеріне'])
    .map((form) => e(`екінші деңгейдегі ${form}`, form)),
  // Legal words with no one plain verb for every context: to alienate property (sell, give, exchange), a deed
  // of title, a narrow specialist, to draw up a registration. Nothing to paste.
  e('иеліктен айыр*|иеліктен шығар*'),
  // To suspend («тоқтата тұру», «тоқтатыла тұрады») is no officialese: the law's only word for it, a term
  // (terms.ts) whatever is suspended, where «тоқтайды» would make it a stop.
  e('тіркеуді рәсімде*'),
  // So it does after an abstract noun of an act in -лық («зорлық-зомбылық фактісі анықталса» → «зорлық-зомбылық
  // анықталса»): in the nominative the noun takes its place as it stands; in another case it would need that
  // case, which the pack cannot give: nothing to paste.
  e(ABSTRACT_NOUN_ENDS.map((end) => `*${end} фактісі|*${end} фактілері`).join('|'), '{1}'),
  e(
    ABSTRACT_NOUN_ENDS.map((end) =>
      [
        'фактісін',
        'фактілерін',
        'фактісіне',
        'фактілеріне',
        'фактісінің',
        'фактісі бойынша',
        'фактілері бойынша',
      ]
        .map((fact) => `*${end} ${fact}`)
        .join('|'),
    ).join('|'),
  ),
  // «Фактісі» after a verbal noun («жылдамдықты асыру фактісі тіркелді») adds nothing: the act is the fact.
  // Cut, the verbal noun takes the case «фактісі» had, which the pack cannot give: nothing to paste.
  {
    ...e(
      'фактісі|фактілері|фактісін|фактілерін|фактісіне|фактілеріне|фактісінің|фактілерінің|фактісі бойынша|фактілері бойынша',
    ),
    after: '^.{2,}[ую]$',
  },
  // A fine or an arrest is a sanction the text should name: no one plain verb says it, nothing to paste.
  e(
    ['жауаптылыққа', 'жауапкершілікке']
      .flatMap((sanction) =>
        ['әкеп', 'әкеліп'].flatMap((bring) => [`${sanction} ${bring} соғ*`, `${sanction} ${bring} соқ*`]),
      )
      .join('|'),
  ),
  // «Әкеп соғу» (влечь за собой) is «әкелу»: the dative before it stays («есептелуіне әкеледі»). The forms of
  // «соқ-» are written with ғ before a vowel («соғады», «соғуы») and қ before a consonant («соқты», «соққан»);
  // a rarer form is flagged with nothing to paste.
  e('әкеп соғ*|әкеліп соғ*', 'әкелу'),
  e('әкеп соқ*|әкеліп соқ*'),
  // «Қайта жаңарту» says "renew again": the prefix repeats the verb.
  e('қайта жаңарт*', '{2}'),
  // A maslikhat's or a ministry's act is no law («НҚА-ны мемлекеттік тіркеу» registers them all): «құқықтық құжат».
  // As what a paper is or is not («акт болып табылмайды», not binding law) it is a legal category, which «құқықтық
  // құжат» widens: nothing to paste. «Ашық нормативтік құқықтық актілер» is the portal's name: no finding.
  {
    ...noun(e('нормативтік құқықтық акт*', 'құқықтық құжат')),
    notAfter: '^ашық$',
    notBefore: '^(?:болып|бола|болмай\\S*|болса|емес)$',
  },
  { ...e('нормативтік құқықтық акт*'), notAfter: '^ашық$' },
  noun(e('заңнамалық акт*', 'заң')),
  noun(e('қолданыстағы заңнама*', 'заң')),
  e('жергілікті жерлерде', 'өңірлерде'),
  e('жергілікті жерде', 'сол жерде'),
  // Abstract nouns of plans and strategies.
  // A lever one presses or pulls («тежегіш тетігін басты») is a thing, not a means: left alone.
  { ...noun(e('тетік*|тетіг*', 'тәсіл', 'жол')), notBefore: '^(?:бас|тарт|бұра|бұр|жылжыт|көтер)' },
  e('өзектілі*', 'маңызы'),
  noun(e('өзекті мәселе*', 'маңызды мәселе')),
  noun(e('басым бағыт*', 'басты бағыт')),
  // A road map one opens or looks at («жол картасын ашып қарады») is a map: left alone.
  { ...compound(e('жол карта*', 'жоспар')), notBefore: '^(?:аш|қара|оқы|сатып|бүкте|жай)' },
  compound(e('іс-қимыл жоспар*', 'жоспар')),
  // The verb in the light verb's form («өзара іс-қимыл жасайды» → «бірлесіп жұмыс істейді»), the noun in the
  // noun's («өзара іс-қимылы» → «ынтымақтастығы»): the bare verbal noun pasted in either place is not Kazakh
  // («әкімдіктермен бірлесіп жұмыс істеу жасайды», «Мекемелердің бірлесіп жұмыс істеу жақсарды»).
  e('өзара іс-қимыл жаса*', 'бірлесіп жұмыс істеу'),
  noun(e('өзара іс-қимыл*', 'ынтымақтастық')),
  e('өзара әрекеттес*', 'бірлесіп жұмыс істеу'),
  noun(e('кешенді шаралар*|кешенді іс-шаралар*', 'шаралар')),
  // «Субъекты предпринимательства»: say who they are.
  compound(e('кәсіпкерлік субъект*', 'кәсіпкер')),
  // «Разместить на сайте»: on a site or a page one publishes («сайтта орналастырылады» → «жарияланады»).
  // Not beside the act's official publication («ресми жарияланғаннан кейін … интернет-ресурсында
  // орналастыруды»): posting it on the site is another step, and «жариялауды» would publish it twice.
  { ...e('орналастыр*', 'жариялау'), after: ON_A_SITE, precededBy: '^(?![\\s\\S]*жарияла)' },
  { ...e('орналастыр*'), after: ON_A_SITE },
];

/** The endings of «волонтерлік» after its «-лі»: bare, in a case, with the possessive. */
const VOLUNTEERING_ENDINGS = [
  'к',
  'кке',
  'кті',
  'ктің',
  'кпен',
  'кте',
  'ктен',
  'гі',
  'гін',
  'гіне',
  'гінде',
  'гінен',
  'гімен',
  'гінің',
];

// Untranslated Russian and English office words, with the Kazakh word readers know.
// Jargon nouns take the replaced word's number, possessive and case (`noun()`); adjectives and entries that
// also match verbs keep their words.
const JARGON: PhraseEntry[] = [
  noun(e('контрагент*', 'серіктес', 'келісім тарабы')),
  noun(e('бенефициар*', 'нақты иесі', 'пайда алушы')),
  noun(e('дедлайн*', 'мерзім', 'соңғы мерзім')),
  noun(e('фидбэк*|фидбек*', 'пікір', 'жауап')),
  noun(e('верифика*', 'тексеру')),
  noun(e('валидаци*', 'тексеру')),
  e('мониторинг* жүргіз*', 'бақылау'),
  e('мониторингтен өткіз*', 'бақылау'),
  e('мониторинг жаса*', 'бақылау'),
  noun(e('мониторинг*', 'бақылау')),
  noun(e('имплементациялау*', 'енгізу', 'орындау')),
  noun(e('имплементаци*', 'енгізу', 'орындау')),
  e('имплементте*', 'енгізу', 'орындау'),
  noun(e('актуализаци*', 'жаңарту')),
  noun(e('идентификаци*', 'сәйкестендіру', 'тұлғаны растау')),
  noun(e('аутентификаци*', 'кіру', 'растау')),
  noun(e('авторизаци*', 'кіру')),
  e('проактивті түрде', 'өтінішсіз'),
  e('проактивті', 'өтінішсіз'),
  noun(e('стейкхолдер*', 'қатысы бар адамдар')),
  // Pipes and cables under a street («жерасты коммуникациялары», «жылу коммуникациялары») are networks
  // («желілер»), not links: «байланыс» would make them telecoms.
  { ...noun(e('коммуникаци*', 'желі')), after: `^(?:${UTILITY_NETWORK})$` },
  noun(e('коммуникаци*', 'байланыс')),
  noun(e('инженерлік коммуникаци*', 'инженерлік желілер')),
  noun(e('коллаборац*', 'бірлескен жұмыс', 'ынтымақтастық')),
  noun(e('интеграци*', 'біріктіру')),
  noun(e('оптимизаци*', 'оңайлату', 'қысқарту')),
  noun(e('реализаци*', 'орындау', 'сату')),
  noun(e('модернизаци*', 'жаңғырту')),
  noun(e('цифровизаци*', 'цифрландыру')),
  e('диджитал*', 'цифрлық'),
  noun(e('компетенци*', 'құзырет')),
  noun(e('приоритет*', 'басымдық')),
  noun(e('инициатив*', 'бастама')),
  noun(e('перспектив*', 'болашақ')),
  noun(e('концепци*', 'тұжырымдама')),
  noun(e('механизм*', 'тәсіл', 'жол')),
  noun(e('инструмент*', 'құрал')),
  noun(e('транспарент*', 'ашықтық')),
  e('легитим*', 'заңды'),
  e('эффективт*', 'тиімді'),
  noun(e('форс-мажор*', 'төтенше жағдай')),
  noun(e('пролонгаци*', 'ұзарту')),
  e('аннулирле*|аннулда*', 'күшін жою'),
  noun(e('транш*', 'бөлік')),
  noun(e('реквизит*', 'деректемелер', 'төлем деректері')),
  // «Кейси» is a name (Casey), not a form of «кейс».
  except(
    noun(e('кейс*', 'мысал', 'жағдай')),
    'кейси',
    'кейсиге',
    'кейсиді',
    'кейсидің',
    'кейсимен',
    'кейсиден',
    'кейсиде',
  ),
  noun(e('тренд*', 'үрдіс')),
  noun(e('таргет*', 'мақсат')),
  noun(e('kpi', 'негізгі көрсеткіштер')),
  noun(e('драфт*', 'жоба', 'нобай')),
  noun(e('чек-лист*|чеклист*', 'тексеру тізімі')),
  noun(e('тайминг*', 'уақыт кестесі')),
  noun(e('апрув*|аппрув*', 'келісу', 'бекіту')),
  noun(e('онбординг*', 'бейімдеу')),
  noun(e('аутсорсинг*', 'сырттан тарту')),
  noun(e('воркшоп*', 'семинар')),
  noun(e('ивент*', 'іс-шара')),
  noun(e('апдейт*', 'жаңарту')),
  noun(e('дашборд*', 'көрсеткіштер тақтасы')),
  noun(e('контент*', 'мазмұн')),
  noun(e('фейк*', 'жалған ақпарат')),
  noun(e('хайп*', 'даңғаза')),
  noun(e('юзер*', 'пайдаланушы')),
  noun(e('пресс-релиз*', 'баспасөз хабарламасы')),
  noun(e('колл-центр*|кол-центр*|call-орталық*|call-орталығ*|call-центр*', 'байланыс орталығы')),
  // «Ерікті» is also the adjective "voluntary": «волонтерлік қызмет» (volunteering) would become «ерікті қызмет»
  // (voluntary service), so the noun of the deed, «еріктілік», stands for «волонтерлік». Both stems are front
  // and end alike, so each form keeps its ending («волонтерлігіне» → «еріктілігіне»).
  ...VOLUNTEERING_ENDINGS.map((ending) => e(`волонтерлі${ending}`, `еріктілі${ending}`)),
  e('волонтерлі*'),
  // The bare singular before another word would be read as that adjective too («Ерікті сақтандыру шарты…»: a
  // voluntary insurance contract, and the subject gone): pasted only where nothing follows it in its clause.
  { ...noun(e('волонтер', 'ерікті')), followedBy: '^\\s*(?:[.!?;:,)»”]|\\n|$)' },
  e('волонтер'),
  noun(e('волонтер*', 'ерікті')),
];

/**
 * The light verbs that officialese phrases end in («жүзеге асыр-», «тексеру жүргіз-», «қамтамасыз ет-»), and
 * the bookish verbs listed alone («жетілдір-», «жандандыр-»): a phrase ending in one of them gets an entry per
 * form of `kazakhVerbForms`, whose suggestion is the plain verb in that form («тексеру жүргізілді» →
 * «тексерілді», «жүзеге асырылады» → «жасалады», «жетілдірді» → «жақсартты»); other forms keep the phrase's own
 * entry and its verbal nouns.
 */
const VERBS_WITH_FORMS = new Set(
  (
    'асыр ас ет жүргіз атқар жаса енгіз бер қайтар сал жеткіз ұсын ал ұста көрсет өт аудар жүгін ' +
    'қанағаттандыр қалдыр қарастыр пысықта қабылда арттыр жандандыр жетілдір оңтайландыр түс өткіз қой ' +
    'орналастыр әрекеттес соғ зерделе'
  ).split(' '),
);

/** The words of a phrase before its last, and the root of its last word if its forms are built («ет*»). */
function splitFormedVerb(phrase: string): { head: string; root: string } | undefined {
  const words = phrase.trim().split(/\s+/u);
  const root = /^([а-яәіңғүұқөһ]+)\*$/u.exec(words.pop() ?? '')?.[1];
  return root && VERBS_WITH_FORMS.has(root) ? { head: words.join(' '), root } : undefined;
}

/** Verbs that follow a converb as auxiliaries: «қолдана бастау» (start using), «жаза беру», «оқып шығу». */
const AUXILIARY_ROOTS = new Set([
  'баста',
  'ал',
  'бер',
  'қой',
  'шық',
  'кет',
  'кел',
  'жүр',
  'отыр',
  'тұр',
  'жібер',
]);

/**
 * Plain verbs with no passive: intransitive ones («жету», reached; «жетіл-» is another verb, to mature) and
 * those that take a dative, not an object («көмектесу», «қатысу»).
 */
const NO_PASSIVE_ROOTS = new Set(['бол', 'жет', 'кел', 'бар', 'қатыс', 'көмектес']);

/**
 * A suggestion's last word inflected: its verbal noun («тексеру») in the given form, or undefined. A verb of
 * `NO_PASSIVE_ROOTS` has no passive forms, nor has an auxiliary after a converb («қолдана бастау»: the passive
 * goes on «қолданыла»): there the suggestion is dropped ('') rather than offered in the wrong form.
 */
function inflectSuggestion(suggestion: string): ((slot: number) => string | undefined) | undefined {
  const words = suggestion.split(' ');
  const root = verbalNounRoot(words.pop() ?? '');
  if (!root) return undefined;
  const forms = kazakhVerbForms(root);
  const auxiliary = AUXILIARY_ROOTS.has(root) && /[аей]$/u.test(words.at(-1) ?? '');
  const noPassive = NO_PASSIVE_ROOTS.has(root) || auxiliary;
  return (slot) => {
    if (slot === PROGRESSIVE) return [...words, forms[CONVERB] ?? '', 'жатыр'].join(' ');
    return noPassive && slot >= KAZAKH_VERB_SLOTS / 2 ? '' : [...words, forms[slot] ?? ''].join(' ');
  };
}

/**
 * The slot of the verbal noun's locative («жасауда»), which with no object after the subject reads first as
 * "under": «Әкімдік бақылауда» (the akimat is under control), «Комиссия тексеруде» (under inspection).
 */
const VERBAL_NOUN_LOCATIVE = 7;

/** The slot of the bare verbal noun («жасау»). */
const VERBAL_NOUN = 4;

/** The slot of the converb in -ып («жасап»), and of the negative converb in -май («жасамай»). */
const CONVERB = 10;
const NEGATIVE_CONVERB = 25;

/**
 * Not a slot of `kazakhVerbForms` but a reading of one: the verbal noun's locative ending its clause
 * («Әкімдік тексеру жүргізуде.») is the present continuous, said plainly with the converb and «жатыр»
 * («Әкімдік тексеріп жатыр»). The plain verb's own «тексеруде» would read as "under inspection", «бақылауда»
 * as "under control", «жөндеуде» as "under repair". Elsewhere it is an adverbial («Жобаны жүзеге асыруда
 * әкімдік көмектесті»: in carrying it out) and keeps the locative.
 */
const PROGRESSIVE = KAZAKH_VERB_SLOTS;
/** The text after a clause's predicate: its end or a line's (a headline), a comma, a closing quote or bracket. */
const CLAUSE_END = '^(?:\\s*[.!?;,:…)»"]|[ \\t]*(?:\\n|$))';

/** A phrase's noun that names works or changes made, the light verb's passive subject (`withVerbForms`). */
const MADE_THING_HEAD = /(?:^|\s)(жұмыс|өзгеріс|толықтыру|түзету)\S*$/u;

/** The slot each generated entry stands for (`withVerbForms`), for callers that treat some slots apart. */
const SLOT_OF = new WeakMap<PhraseEntry, number>();

/** An officialese entry that ends in one of `VERBS_WITH_FORMS`, preceded by one entry per form of it. */
function withVerbForms(entry: PhraseEntry): PhraseEntry[] {
  const match = entry.match.trim();
  const phrases = (match.includes(' ') ? match.split('|') : [match]).map(splitFormedVerb);
  const inflected = entry.replace.map(inflectSuggestion);
  if (phrases.some((p) => !p)) return [entry];
  const forms = phrases.map((p) => ({ head: p?.head ?? '', forms: kazakhVerbForms(p?.root ?? '') }));
  // A suggestion no form can be built of (a negative verbal noun: «қарамау», «жауап бермеу») is the phrase's
  // bare verbal noun only: pasted for «қараусыз қалдырды» or «қалдырмау» it would leave no verb, or reverse
  // the sense. Any other form is flagged with nothing to paste.
  if (!inflected.some(Boolean)) {
    const verbalNoun = forms.map((p) => [p.head, p.forms[VERBAL_NOUN]].filter(Boolean).join(' ')).join('|');
    return [
      { ...entry, match: verbalNoun },
      { ...entry, replace: [] },
    ];
  }
  // «X-ті Y-пен қамтамасыз ету» is «X-ке Y беру»: in the passive the subject would need another case
  // («Олар жұмыспен қамтамасыз етілді» is «Оларға жұмыс берілді»), so passive forms get nothing to paste.
  const withInstrumental = phrases.some((p) => /(?:мен|бен|пен)(?:\s|$)/u.test(p?.head ?? ''));
  const slotEntry = (slot: number, formSlot = slot): PhraseEntry => {
    const form: PhraseEntry = {
      ...entry,
      match: forms.map((p) => [p.head, p.forms[formSlot]].filter(Boolean).join(' ')).join('|'),
      replace: entry.replace.map((suggestion, i) =>
        withInstrumental && slot >= KAZAKH_VERB_SLOTS / 2 ? '' : (inflected[i]?.(slot) ?? suggestion),
      ),
    };
    SLOT_OF.set(form, slot);
    return form;
  };
  const slots = Array.from({ length: KAZAKH_VERB_SLOTS }, (_, slot) => slotEntry(slot));
  // The locative as a predicate comes first: it is the narrower reading of the same words.
  const progressive = { ...slotEntry(PROGRESSIVE, VERBAL_NOUN_LOCATIVE), followedBy: CLAUSE_END };
  SLOT_OF.set(progressive, PROGRESSIVE);
  // The negative converb with the particle «-ақ» (without even: «ХҚКО-ға жүгінбей-ақ») keeps the particle.
  const negative = slotEntry(NEGATIVE_CONVERB);
  const withoutEven = {
    ...negative,
    match: negative.match.replace(/(\S)(?=\||$)/gu, '$1-ақ'),
    replace: negative.replace.map((suggestion) => (suggestion ? `${suggestion}-ақ` : '')),
  };
  SLOT_OF.set(withoutEven, NEGATIVE_CONVERB);
  // A verbal noun's own object before it («құжаттарды тексеру жүргізілді») is an accusative the plain verb's
  // passive cannot take («құжаттарды тексерілді» is not Kazakh: «құжаттар тексерілді»): after one, the passive
  // forms get nothing to paste.
  const ownObject = !entry.notAfter && phrases.some((p) => /^[^\s]+у\*?(?:\s|$)/u.test(p?.head ?? ''));
  // Works and changes made («жөндеу жұмыстары жүргізілді», «өзгерістер енгізілді») are the passive's subject,
  // which the plain verb drops: it needs the thing repaired or changed as its own subject right before
  // («Жол жөндеу жұмыстары жүргізілді» → «Жол жөнделді»). After a place, a postposition or another oblique
  // word («учаскесінде жөнделді», «режимі бойынша өзгертілді») the passive has none: nothing to paste.
  // A plain wording that keeps the noun («жұмыс істелуде») keeps the subject too.
  const madeThing =
    !entry.notAfter &&
    phrases.some((p) => {
      const made = MADE_THING_HEAD.exec(p?.head ?? '')?.[1];
      return made !== undefined && !entry.replace.some((suggestion) => suggestion.includes(made));
    });
  // Another form of the light verb («жүзеге асырылыпты», «жүргізудеміз») has no plain form built: the verbal
  // noun would not fit the sentence («Жоба жасау»), so it is flagged with nothing to paste.
  const anyForm = { ...entry, replace: [] };
  // A noun carried from the dative into the object has no passive to go with (`dativeAsObject`).
  if (entry.replace.some((suggestion) => suggestion.includes(DATIVE_AS_OBJECT)))
    return [progressive, ...slots.slice(0, KAZAKH_VERB_SLOTS / 2), withoutEven];
  if (!ownObject && !madeThing) return [progressive, ...slots, withoutEven, anyForm];
  const active = slots.slice(0, KAZAKH_VERB_SLOTS / 2);
  const passive = slots.slice(KAZAKH_VERB_SLOTS / 2);
  return [
    progressive,
    ...active,
    withoutEven,
    ...passive.map((slot) => ({ ...slot, notAfter: madeThing ? NOT_NOMINATIVE : ACCUSATIVE })),
    ...passive.map((slot) => ({ ...slot, replace: [] })),
    anyForm,
  ];
}

/**
 * Words that go with the noun before them, not with the verb after («тексеруді де», «тексеруді және
 * бақылауды»): no subject or adverb to keep before the plain verb.
 */
const NOT_BETWEEN = [
  'де',
  'да',
  'та',
  'те',
  'ғана',
  'және',
  'мен',
  'бен',
  'пен',
  'не',
  'немесе',
  'әрі',
  'я',
  'ма',
  'ме',
];

/**
 * A light verb's action noun in the accusative, fronted, with its subject or an adverb of one or two words
 * between them and the verb («Тексеруді комиссия жүргізеді», «Төлемді ата-ана жасайды»): the words between
 * stay, and the plain verb takes the light verb's form after them («Комиссия тексереді», «Ата-ана төлейді»).
 * `plain` are verbal nouns. A form of the light verb with no plain form of its own gets nothing to paste, nor
 * does a passive (its subject is the noun, which an accusative is not) or the locative in -уда, which reads as
 * "under" («Әкімдік бақылауда»: under control) — save where it ends its clause, the present continuous said
 * with «жатыр» («Тексеруді комиссия жүргізуде.» → «Комиссия тексеріп жатыр»). The second of two objects
 * («тексеру мен бақылауды») and a noun after its adjective are left alone.
 */
/**
 * The forms a fronted action noun with three words between it and the light verb is offered in, a subject
 * of three words («Декларацияны тексеруді мемлекеттік кірістер органы жүргізеді»): the present, the past, the
 * participles in -ған and -атын, the verbal noun bare, dative and accusative, «-мыз» and the past «-дық». Its
 * other forms, and the words after an adjective or a particle, are left alone as before: three words more
 * seldom make one subject, and every form would cost the pack's load some 4,000 entries.
 */
const FINITE_SLOTS = new Set([0, 1, 2, 3, 4, 5, 6, 13, 29]);

function objectFirst(noun: string, light: string, ...plain: string[]): PhraseEntry[] {
  // The words kept are the phrase's words after the noun's («тексеру жұмыстарын комиссия …»: the third).
  const nounWords = noun.split('|')[0]?.split(' ').length ?? 1;
  return [1, 2, 3].flatMap((count) => {
    const between = Array.from({ length: count }, () => '*').join(' ');
    const kept = Array.from({ length: count }, (_, n) => `{${nounWords + n + 1}}`).join(' ');
    const match = noun
      .split('|')
      .map((form) => `${form} ${between} ${light}`)
      .join('|');
    const entry = { match, replace: plain.map((verb) => `${kept} ${verb}`), except: NOT_BETWEEN };
    // Opening its clause, or after the noun's own object or an adverbial of place or source; not after a word
    // that may be its adjective («Жоспарлы тексеруді инспекторлар жүргізеді» is no «Жоспарлы инспекторлар»).
    // The second of two objects listed with a comma («Тексеруді, бақылауды комиссия жүргізеді») shares the
    // verb with the first, which «комиссия бақылайды» would leave without one: flagged with nothing to paste.
    return [
      { ...entry, notAfter: '.', notListedAfter: ACCUSATIVE_ENDING },
      {
        ...entry,
        after: plain.some((verb) => TARGET_IN_DATIVE.has(verb))
          ? WORD_BEFORE_FRONTED_TARGET
          : WORD_BEFORE_FRONTED_OBJECT,
      },
    ]
      .flatMap((variant) =>
        withVerbForms(variant).map((form) => {
          // The last, the light verb in any form, is the finding with nothing to paste, listed or not.
          if (count === 3)
            return form.match !== match && FINITE_SLOTS.has(SLOT_OF.get(form) ?? -1) ? form : undefined;
          if (form.match === match) {
            const { notListedAfter: _listed, ...anyForm } = form;
            return { ...anyForm, replace: [] };
          }
          const slot = SLOT_OF.get(form) ?? 0;
          return slot === PROGRESSIVE || (slot < KAZAKH_VERB_SLOTS / 2 && slot !== VERBAL_NOUN_LOCATIVE)
            ? form
            : { ...form, replace: [] };
        }),
      )
      .filter((form): form is PhraseEntry => form !== undefined)
      .concat(count === 3 ? [] : [anywhere({ match, replace: [], except: NOT_BETWEEN })]);
  });
}

/**
 * The entries `objectFirst` adds for a fronted noun after any other word («Мүлікті», «Кешенді» may be an object
 * or an adjective; «және», a dative): officialese still, flagged with nothing to paste. A jargon noun leaves
 * them out: it has a word of its own to paste there («мониторингті» → «бақылауды»).
 */
const FLAGGED_ANYWHERE = new WeakSet<PhraseEntry>();
function anywhere(entry: PhraseEntry): PhraseEntry {
  FLAGGED_ANYWHERE.add(entry);
  return entry;
}
const jargonObjectFirst = (noun: string, light: string, ...plain: string[]) =>
  objectFirst(noun, light, ...plain).filter((entry) => !FLAGGED_ANYWHERE.has(entry));

/** The accusative's endings, of a word that may be an object listed before another. */
const ACCUSATIVE_ENDING = '(?:ды|ді|ты|ті|ны|ні|ын|ін)$';

/**
 * Singular nouns whose accusative in -ты/-ті or -ды/-ді is hardly ever the adjective of the same letters
 * («Құжатты тексеруді»: the document, not "documented"), unlike «кешенді», «мерзімді», «есепті», «мүлікті».
 */
const ACCUSATIVE_NOT_ADJECTIVE = [
  'құжатты',
  'өтінішті',
  'ақпаратты',
  'ғимаратты',
  'кәсіпорынды',
  'мектепті',
  'бюджетті',
  'келісімшартты',
  'тапсырысты',
  'шотты',
];

/**
 * A word before a fronted action noun that is not its adjective: the noun's own object in the accusative
 * («Құжаттарды тексеруді»), a locative, a dative or an ablative. Singular -ды/-ді is also the ending of an
 * adjective in -лы after л, м, н, ң, з, ж («кешенді», «мерзімді»), and -ты/-ті after a voiceless consonant
 * («есепті»): read as the accusative only after р, й, у, where the adjective says -лы («жоспарлы»: «Тауарды
 * тексеруді», «Жағдайды талдауды»), and for the listed nouns. The possessive's accusative after a vowel, the
 * head of a longer object («Құжаттардың толық топтамасын тексеруді»), is no adjective's ending either. «Жеке»,
 * «бірнеше» end as a dative does. «Үшін» closes an adverbial of purpose, or the noun's «for»: either stays with
 * the plain verb («Тұрақ үшін төлемді … жүргізуге» → «Тұрақ үшін … төлеуге»).
 */
const WORD_BEFORE_FRONTED_OBJECT = `^(?:үшін|${ACCUSATIVE_NOT_ADJECTIVE.join('|')}|(?!(?:жеке|бірнеше|орта)$).*(?:(?:лар|лер|дар|дер|тар|тер)(?:ды|ді|ын|ін)|[аәеиоөұүуыі](?:сын|сін)|[рйу](?:ды|ді)|ны|ні|да|де|та|те|ға|ге|қа|ке|[ыі]на|[ыі]не|дан|ден|тан|тен|нан|нен))$`;

/** A conjunction right before an action noun, which is then the second of two nouns sharing the light verb. */
const COORDINATING_BEFORE = '(?:және|мен|бен|пен|немесе|әрі)';

/**
 * The endings of a word that stands before a noun as its attribute and cannot stand before a verb: adjectives
 * in -лық, in -ғы after a consonant (-лығы, -легі after a vowel are possessives: «әкімдігі», «көмегі»), in -сыз
 * and in -лы after a vowel, р, й or у (where the accusative would be -ны or -ды), and the participles
 * («рейдтік тексеру», «соңғы тексеру», «жоспарлы тексеру», «жоспарланған тексеру»). -ды, -ты after another
 * consonant («кешенді», «құжатты») may be an adjective or an accusative, and is left alone; so are the nouns
 * in -лық that name a body, the subject before an action noun («Министрлік тексеру жүргізді»).
 */
const ATTRIBUTE =
  '(?!(?:әкімдік|министрлік|агенттік|серіктестік|басшылық|әкімшілік|қауымдастық|бірлестік)$)' +
  '.*(?:лық|лік|дық|дік|тық|тік|[^аәеиоөұүуыі](?:ғы|гі|қы|кі)|[аәеоөұүрйу](?:лы|лі)|.{2}(?:сыз|сіз)|ған|ген|қан|кен|атын|етін|йтын|йтін)';

/**
 * Action nouns whose plain verb takes its object in the accusative, while the noun names it in the dative:
 * «сапасына бақылау жүргізеді» is «сапасын бақылайды», so «сапасына бақылайды» is not Kazakh. («Түсіндіру»,
 * «төлеу», «оқыту», «іріктеу» take a dative of their own: «тұрғындарға түсіндірді».)
 */
const TARGET_IN_DATIVE = new Set([
  'тексеру',
  'тексеріс',
  'бақылау',
  'талдау',
  'зерттеу',
  'сараптама',
  'түгендеу',
  'жөндеу',
  'тазалау',
  'абаттандыру',
  'көгалдандыру',
  'тергеу',
  'қадағалау',
  'мониторинг',
  // «Кәсіпкерлерге қолдау көрсету» is «кәсіпкерлерді қолдау».
  'қолдау',
]);

/**
 * The same without the dative, before an action noun whose plain verb wants what the dative names in the
 * accusative (`TARGET_IN_DATIVE`): «Мектепке тексеруді комиссия жүргізеді» is no «Мектепке комиссия тексереді».
 */
const WORD_BEFORE_FRONTED_TARGET = `^(?!${DATIVE}$)${WORD_BEFORE_FRONTED_OBJECT.slice(1)}`;

/**
 * An action noun and its light verb («тексеру жүргізеді») made one plain verb, where the word before reads the
 * action noun as a noun: after a conjunction it shares the verb with the noun before it («тексеру және талдау
 * жүргізеді»: «тексеру және талдайды» would leave the first without one); after an attribute it is that word's
 * noun («рейдтік тексеру жүргізді»: no «рейдтік тексерді»), which only a verbal noun keeps («рейдтік тексеру»);
 * after a dative that names what is checked («сапасына бақылау жүргізеді») the plain verb would want the
 * accusative. An entry with nothing to paste stands first for those words.
 */
function withNounReading(): (entry: PhraseEntry) => PhraseEntry[] {
  const added = new Set<string>();
  return (entry) => {
    const first = entry.match.split(/\s+/u)[0] ?? '';
    const suggestion = entry.replace.find(Boolean);
    if (!suggestion || !/(?:у|инг|сараптама)\*?$/u.test(first) || !entry.match.includes(' ')) return [entry];
    const key = [entry.match, entry.notAfter, entry.notInClause, entry.notBefore, entry.followedBy].join(
      '\u0001',
    );
    const verbalNoun = VERBAL_NOUN_FORM.test(suggestion);
    const targetInDative = TARGET_IN_DATIVE.has(first.replace(/\*$/u, ''));
    // A dative further back in the clause may name what is checked too, with the action noun's adjective or
    // an adverb between («мектептерге тұрақты бақылау жүргізеді», «кәсіпорындарға жоспардан тыс тексеру»):
    // the plain verb would want it in the accusative, so nothing to paste. A verbal noun stays a noun, which
    // keeps the dative («мектептерге тұрақты бақылау»).
    const inForm =
      targetInDative && !verbalNoun && !entry.notInClause
        ? [
            { ...entry, notInClause: `^${DATIVE}$`, notInClauseUnlessBefore: DATIVE_POSTPOSITION },
            { ...entry, replace: [] },
          ]
        : [entry];
    if (added.has(key)) return inForm;
    added.add(key);
    const { notAfter: _notAfter, ...rest } = entry;
    // «Жоспарлы жөндеу жұмыстары жүргізіледі»: the action stays a noun, but «жұмыс» still adds nothing, so it
    // is cut and the light verb kept in its form («жоспарлы жөндеу жүргізіледі»).
    const work = /^(\S+) жұмыс\* ([^*|\s]+)$/u.exec(entry.match);
    const kept = work ? [`${work[1]} ${work[2]}`] : [];
    return [
      { ...rest, replace: kept, after: wordBeforeNoun(verbalNoun, targetInDative) },
      ...possessedAction(entry),
      ...inForm,
    ];
  };
}

/**
 * The words that make an action noun a noun (`after`): a conjunction, an attribute unless the suggestion is a
 * verbal noun itself, a dative where the plain verb would want the accusative. Built once for each of the
 * four cases: thousands of entries share them.
 */
function wordBeforeNoun(verbalNoun: boolean, targetInDative: boolean): string {
  const key = Number(verbalNoun) * 2 + Number(targetInDative);
  let pattern = WORD_BEFORE_NOUN[key];
  if (pattern === undefined) {
    const before = [COORDINATING_BEFORE];
    if (!verbalNoun) before.push(ATTRIBUTE);
    if (targetInDative) before.push(DATIVE);
    pattern = `^(?:${before.join('|')})$`;
    WORD_BEFORE_NOUN[key] = pattern;
  }
  return pattern;
}
const WORD_BEFORE_NOUN: (string | undefined)[] = [];

/**
 * The action noun in its possessive after a genitive in the clause names whose action it is («құжаттардың
 * тексеруін жүргізеді», «оның тексеруін», «ғимараттың жөндеу жұмыстарын»): the plain verb has no noun to hang
 * the genitive on («құжаттардың тексереді» is not Kazakh), so those words are flagged with nothing to paste.
 * Without a genitive the possessive is the object's own («Комиссия тексеруін жүргізді» → «Комиссия тексерді»).
 * The possessive is on «жұмыс» where the action is called works, else on the action noun.
 */
function possessedAction(entry: PhraseEntry): PhraseEntry[] {
  const possessed = entry.match.split('|').flatMap((phrase) => {
    const words = phrase.trim().split(/\s+/u);
    const work = words.indexOf('жұмыс*');
    // «Works» with no light verb after carry the possessive into the action («Мектептің жөндеуі»).
    if (work === words.length - 1) return [];
    if (work >= 0) return ['жұмысы*', 'жұмыстары*'].map((form) => words.with(work, form).join(' '));
    const noun = (words[0] ?? '').replace(/\*$/u, '');
    const linking = /[аәеоөұүыі]$/u.test(noun) ? 'с' : '';
    return [words.with(0, `${noun}${linking}${isBack(noun) ? 'ы' : 'і'}*`).join(' ')];
  });
  return possessed.length === 0
    ? []
    : [{ ...entry, match: possessed.join('|'), replace: [], inClause: IN_GENITIVE }];
}

/**
 * The forms two coordinated actions are offered in (`coordinatedActions`), active and passive: present, past,
 * the participles in -ған and -атын, the verbal noun bare, dative and accusative, the converb in -ып, the
 * conditional, «-мыз», «-ғаннан» and the past «-дық». The rarer forms keep the second noun's entry, which flags
 * the light verb with nothing to paste: a pair listed in every form would cost the pack's load a tenth more.
 */
const COORDINATED_SLOTS = [0, 1, 2, 3, 4, 5, 6, 10, 11, 13, 18, 29].flatMap((slot) => [
  slot,
  slot + KAZAKH_VERB_SLOTS / 2,
]);

/**
 * Two action nouns sharing one light verb («тексеруді және талдауды жүргізеді», «тексеру мен талдау
 * жүргізді») are two plain verbs in its form joined by «және» («тексереді және талдайды»; going on, «тексеріп,
 * талдап жатыр»): each pair of `actions` (verbal nouns) in either order, bare or in the accusative («мен» puts
 * the case on the last noun only). Where the words before read the pair as nouns (after an attribute, a
 * dative, another conjunction), a dative in the clause names what is checked (`TARGET_IN_DATIVE`), or a
 * passive follows the nouns' own object, the second noun's entry flags the light verb with nothing to paste.
 */
function coordinatedActions(actions: readonly string[], light: string): PhraseEntry[] {
  const { head: lightHead, root: lightRoot } = splitFormedVerb(light) ?? { head: '', root: '' };
  const lightForms = kazakhVerbForms(lightRoot);
  const nounsBefore = `^(?:${COORDINATING_BEFORE}|${ATTRIBUTE}|${DATIVE})$`;
  const objectOrNounsBefore = `${ACCUSATIVE}|${nounsBefore}`;
  const formsOf = (noun: string) => kazakhVerbForms(verbalNounRoot(noun) ?? '');
  return actions.flatMap((first) =>
    actions
      .filter((second) => second !== first)
      .flatMap((second) => {
        const accusative = (noun: string) => noun + (isBack(noun) ? 'ды' : 'ді');
        const nouns = [
          `${first} және ${second}`,
          `${accusative(first)} және ${accusative(second)}`,
          `${first} мен ${second}`,
          `${first} мен ${accusative(second)}`,
        ];
        const match = (slot: number) =>
          nouns.map((pair) => [pair, lightHead, lightForms[slot]].filter(Boolean).join(' ')).join('|');
        const [one, two] = [formsOf(first), formsOf(second)];
        const clause =
          TARGET_IN_DATIVE.has(first) || TARGET_IN_DATIVE.has(second)
            ? { notInClause: `^${DATIVE}$`, notInClauseUnlessBefore: DATIVE_POSTPOSITION }
            : {};
        const going: PhraseEntry = {
          match: match(VERBAL_NOUN_LOCATIVE),
          replace: [`${one[CONVERB]}, ${two[CONVERB]} жатыр`],
          followedBy: CLAUSE_END,
          notAfter: nounsBefore,
          ...clause,
        };
        return [
          going,
          ...COORDINATED_SLOTS.map((slot) => ({
            match: match(slot),
            replace: [`${one[slot]} және ${two[slot]}`],
            // «Құжаттарды тексерілді» is not Kazakh: after the nouns' own object the passive is left alone.
            notAfter: slot >= KAZAKH_VERB_SLOTS / 2 ? objectOrNounsBefore : nounsBefore,
            ...clause,
          })),
        ];
      }),
  );
}

/** Action nouns «жүргізу» conducts («тексеру жүргізу»), and those «жүзеге асыру» carries out. */
const CONDUCTED_ACTIONS = [
  'тексеру',
  'бақылау',
  'қадағалау',
  'талдау',
  'зерттеу',
  'түгендеу',
  'тіркеу',
  'қабылдау',
  'оқыту',
  'іріктеу',
  'жөндеу',
];
const CARRIED_OUT_ACTIONS = ['тексеру', 'бақылау', 'қадағалау', 'тіркеу', 'қабылдау'];

/** Pairs of action nouns before «жүргізу» and «жүзеге асыру» (`coordinatedActions`). */
const COORDINATED_ACTIONS: PhraseEntry[] = [
  ...coordinatedActions(CONDUCTED_ACTIONS, 'жүргіз*'),
  ...coordinatedActions(CARRIED_OUT_ACTIONS, 'жүзеге асыр*'),
];

/**
 * The passive forms an action noun's light verb takes with an adverbial between them (`adverbialBetween`): the
 * present and past, the participles in -ған and -атын, «-луі» (тиіс, керек), the converb in -ып, the
 * conditional, the negative present and «-мақ».
 */
const PASSIVE_WITH_ADVERBIAL = [0, 1, 2, 3, 8, 10, 11, 12, 23].map((slot) => slot + KAZAKH_VERB_SLOTS / 2);

/**
 * A one-word adverbial between an action noun and its passive light verb: a locative (not the possessive's
 * «-нда», which belongs to the noun before it: «тексеру барысында»), an ablative, a number, or an adverb of
 * manner or time.
 */
const ADVERBIAL_WORD =
  '^(?:\\d+|онлайн|тегін|ақысыз|үнемі|жедел|қашықтан|мезгілімен|уақтылы|дереу|биыл|қазір|әрдайым|' +
  '.{2,}[^н](?:да|де|та|те)|.{2,}(?:дан|ден|тан|тен|нан|нен))$';

/** Postpositions and nouns of manner that end a two-word adverbial («портал арқылы», «жыл сайын»). */
const ADVERBIAL_ENDS = [
  'арқылы',
  'бойынша',
  'бойы',
  'сайын',
  'тарапынан',
  'ішінде',
  'дейін',
  'бастап',
  'кейін',
  'тыс',
  'түрде',
];

/** A word before an adverbial's postposition: not a genitive, which would make the noun before it its head. */
const WORD_OF_ADVERBIAL = `^(?!.*${IN_GENITIVE}).+$`;

/**
 * An action noun as the subject of its passive light verb, with an adverbial of one or two words between
 * («Тіркеу порталда жүргізіледі», «Тексеру жыл сайын жүргізіледі», «Қабылдау кесте бойынша жүзеге
 * асырылады»): the adverbial keeps its place, before the plain verb's passive in the light verb's form
 * («Порталда тіркеледі», «Жыл сайын тексеріледі», «Кесте бойынша қабылданады»). After the noun's own object,
 * an attribute, a conjunction or a dative (see `coordinatedActions`) nothing matches: the passive rule still
 * flags the verb.
 */
function adverbialBetween(actions: readonly string[], light: string): PhraseEntry[] {
  const { head: lightHead, root: lightRoot } = splitFormedVerb(light) ?? { head: '', root: '' };
  const lightForms = kazakhVerbForms(lightRoot);
  const notAfter = `${ACCUSATIVE}|^(?:${COORDINATING_BEFORE}|${ATTRIBUTE}|${DATIVE})$`;
  return actions.flatMap((noun) => {
    const plain = kazakhVerbForms(verbalNounRoot(noun) ?? '');
    const entry = (between: string[], kept: string, guard: string, slot: number): PhraseEntry => ({
      match: [noun, ...between, lightHead, lightForms[slot]].filter(Boolean).join(' '),
      replace: [`${kept} ${plain[slot]}`],
      between: guard,
      except: NOT_BETWEEN,
      notAfter,
    });
    return PASSIVE_WITH_ADVERBIAL.flatMap((slot) => [
      entry(['*'], '{2}', ADVERBIAL_WORD, slot),
      ...ADVERBIAL_ENDS.map((end) => entry(['*', end], `{2} ${end}`, WORD_OF_ADVERBIAL, slot)),
    ]);
  });
}

/**
 * Common adjectives no ending shows («жаңа шешім», «кешенді тексеру»). Adjectives of manner that are adverbs
 * too («батыл», «тез», «дұрыс», «мұқият») are not listed: «Әкім батыл шешті» keeps their sense.
 */
const COMMON_ADJECTIVES =
  'жаңа|үлкен|толық|жалпы|бірыңғай|мобильді|кешенді|жедел|түпкілікті|қосымша|маңызды|нақты|қатаң|ресми|саяси|тұрақты';

/**
 * Determiners and numerals: they stand before any noun («барлық жағдай», «бірнеше тексеру», «екі шешім»), so
 * one is no adjective stranded by a replacement with a noun of its own («барлық мүмкіндік берді»), but it is
 * by a bare verb («бірнеше тексерді»).
 */
const DETERMINERS =
  'барлық|бүкіл|әр|әрбір|кейбір|бірнеше|бірқатар|біраз|көптеген|осы|сол|бұл|мына|осындай|сондай|мұндай|ондай|' +
  'мынадай|өзге|кей|талай|көп|аз|әлдеқандай|' +
  'басқа|қандай|ешқандай|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|жүз|мың|\\d+';

/**
 * A word before a noun that describes it: an `ATTRIBUTE` («соңғы», «рейдтік»), a negative participle in -мас
 * («бұлжымас»), or a common adjective; not a postposition ending alike («туралы», «арналған»), nor a
 * determiner (`DETERMINERS`).
 */
const ADJECTIVE_BEFORE = `^(?!(?:туралы|жайлы|байланысты|қатысты|арналған|бойынша|${DETERMINERS})$)(?:${ATTRIBUTE}|.{2,}(?:мас|мес|бас|бес|пас|пес)|${COMMON_ADJECTIVES})$`;
/**
 * Before a noun that is no verbal noun («шешім», «жағдай», «өзгеріс»), a word in -лы, -ды, -ты is its
 * adjective («бірауызды шешім», «тиімді шешім»): unlike «тексеру» («құжатты тексеру»), such a noun takes no
 * object in the accusative.
 */
const HAVING_ADJECTIVE = '^.{2,}(?:лы|лі|ды|ді|ты|ті)$';
const NOUN_NOT_VERBAL = /^(?:шешім|жағдай|өзгеріс|ұсыныс|төлем|жәрдем|сараптама|тексеріс|түсінік|өтініш)/u;
/**
 * A degree word in the clause before a noun that is no verbal noun («ең дұрыс шешім қабылдады»): it makes the
 * word after it an adjective of the noun («ең дұрыс шешті» says another thing), save in set phrases of order
 * («ең алдымен», «ең соңында»).
 */
const DEGREE_IN_CLAUSE = {
  notInClause: '^(?:ең|барынша|мейлінше)$',
  notInClauseUnlessBefore: '^(?:алдымен|әуелі|бастысы|басында|соңында|соңы|кемі|болмаса|бірінші)$',
};
/** A light verb that folds the noun before it into the plain verb («шешім қабылдау» → «шешу»). */
const FOLDING_LIGHT_VERB = /\s(?:жүргіз|қабылда|жаса|ет|асыр|көрсет|өткіз|атқар|енгіз)\S*$/u;
/**
 * Folded nouns replaced by a noun of their own and a verb («жағдай жасау» → «мүмкіндік беру»): a determiner
 * before them stays with the new noun.
 */
const FOLDED_INTO_NOUN = /^жағдай/u;

/**
 * An entry that folds its noun into a plain verb takes no adjective before that noun: «бұлжымас шешім
 * қабылдады» → «бұлжымас шешті» would leave the adjective on the verb. Such a phrase gets no suggestion there.
 */
function withoutStrandedAdjective(entry: PhraseEntry): PhraseEntry {
  if (!FOLDING_LIGHT_VERB.test(entry.match) || entry.replace.every((word) => !word)) return entry;
  // A replacement that keeps the noun («көмек көрсету» → «көмек беру») leaves its adjective with it, as one
  // that carries the noun before it into the object does («жаңа саясатқа өзгеріс енгізді» → «жаңа саясатты
  // өзгертті»).
  const noun = (entry.match.split(/[\s|]/u)[0] ?? '').replace(/\*$/u, '');
  if (entry.replace.some((word) => word.startsWith(noun) || word.includes(DATIVE_AS_OBJECT))) return entry;
  const folded = FOLDED_INTO_NOUN.test(noun);
  const notVerbal = NOUN_NOT_VERBAL.test(noun);
  const notAfter = sharedGuard(`${Number(folded)}${Number(notVerbal)}`, entry.notAfter, () => {
    const before = [ADJECTIVE_BEFORE];
    if (!folded) before.push(`^(?:${DETERMINERS})$`);
    if (notVerbal) before.push(HAVING_ADJECTIVE);
    if (entry.notAfter) before.push(entry.notAfter);
    return before.map((pattern) => `(?:${pattern})`).join('|');
  });
  if (!notVerbal) return { ...entry, notAfter };
  const either = (own: string | undefined, degree: string) =>
    own ? sharedGuard(degree, own, () => `(?:${own})|(?:${degree})`) : degree;
  return {
    ...entry,
    notAfter,
    notInClause: either(entry.notInClause, DEGREE_IN_CLAUSE.notInClause),
    notInClauseUnlessBefore: either(entry.notInClauseUnlessBefore, DEGREE_IN_CLAUSE.notInClauseUnlessBefore),
  };
}

/**
 * One string per guard built from an entry's own: tens of thousands of generated entries share a few dozen
 * guards, and a string built for each would keep tens of megabytes of copies alive.
 */
function sharedGuard(kind: string, own: string | undefined, build: () => string): string {
  let byOwn = SHARED_GUARDS.get(kind);
  if (!byOwn) {
    byOwn = new Map();
    SHARED_GUARDS.set(kind, byOwn);
  }
  let guard = byOwn.get(own);
  if (guard === undefined) {
    guard = build();
    byOwn.set(own, guard);
  }
  return guard;
}
const SHARED_GUARDS = new Map<string, Map<string | undefined, string>>();

/** Action nouns and an adverbial before their passive light verb (`adverbialBetween`). */
const ADVERBIAL_BETWEEN: PhraseEntry[] = [
  ...adverbialBetween(CONDUCTED_ACTIONS, 'жүргіз*'),
  ...adverbialBetween(CARRIED_OUT_ACTIONS, 'жүзеге асыр*'),
];

/** Action nouns fronted before their light verb (`objectFirst`). */
const OBJECT_FIRST: PhraseEntry[] = [
  ...objectFirst('тексеруді|тексерісті', 'жүргіз*', 'тексеру'),
  ...objectFirst('тексеруді|тексерісті', 'жүзеге асыр*', 'тексеру'),
  ...objectFirst('тексеруді|тексерісті', 'өткіз*', 'тексеру'),
  ...objectFirst('бақылауды', 'жүргіз*', 'бақылау'),
  ...objectFirst('бақылауды', 'жүзеге асыр*', 'бақылау'),
  ...objectFirst('талдауды', 'жүргіз*', 'талдау'),
  ...objectFirst('талдауды', 'жаса*', 'талдау'),
  ...objectFirst('зерттеуді', 'жүргіз*', 'зерттеу'),
  ...objectFirst('сараптаманы', 'жүргіз*'),
  ...objectFirst('түгендеуді', 'жүргіз*', 'түгендеу'),
  ...objectFirst('тіркеуді', 'жүргіз*', 'тіркеу'),
  ...objectFirst('тіркеуді', 'жүзеге асыр*', 'тіркеу'),
  ...objectFirst('қабылдауды', 'жүргіз*', 'қабылдау'),
  ...objectFirst('қабылдауды', 'жүзеге асыр*', 'қабылдау'),
  ...objectFirst('оқытуды', 'жүргіз*', 'оқыту'),
  ...objectFirst('іріктеуді', 'жүргіз*', 'іріктеу'),
  ...objectFirst('қарауды', 'жүргіз*', 'қарау'),
  ...objectFirst('іріктеуді', 'өткіз*', 'іріктеу'),
  ...objectFirst('жөндеуді', 'жүргіз*', 'жөндеу'),
  ...objectFirst('төлемді|төлеуді', 'жүргіз*', 'төлеу'),
  ...objectFirst('төлемді|төлеуді', 'жүзеге асыр*', 'төлеу'),
  ...objectFirst('төлемді', 'жаса*', 'төлеу'),
  // «Іске асыру» is «жүзеге асыру» in other words.
  ...objectFirst('тексеруді|тексерісті', 'іске асыр*', 'тексеру'),
  ...objectFirst('бақылауды', 'іске асыр*', 'бақылау'),
  ...objectFirst('тіркеуді', 'іске асыр*', 'тіркеу'),
  ...objectFirst('қабылдауды', 'іске асыр*', 'қабылдау'),
  ...objectFirst('төлемді|төлеуді', 'іске асыр*', 'төлеу'),
  // «Тексеру жұмыстарын комиссия жүргізеді» → «Комиссия тексереді»: «жұмыс» adds nothing to the action. Bare
  // «Жұмысты комиссия жүргізеді» is the work itself («Комиссия жұмыс істейді» would say another thing).
  ...ACTIONS_CALLED_WORK.flatMap((action) => [
    ...objectFirst(`${action} жұмыстарын|${action} жұмысын`, 'жүргіз*', action),
    ...objectFirst(`${action} жұмыстарын|${action} жұмысын`, 'жүзеге асыр*', action),
  ]),
];

// Kazakh passive voice (ырықсыз етіс): a verb stem, the passive marker and a tense, participle or verbal-noun
// ending. The marker is -ыл-/-іл- after a consonant («беріл-», «көрсетіл-»), -л- after a vowel («жасал-»,
// «тіркел-»), -ын-/-ін- after л («алын-», «бөлін-») and -н- after a vowel when the stem has л («қабылдан-»,
// «белгілен-», «төлен-»). Short stems are left out on purpose: «болады», «келеді», «алады», «біледі», «жылды»
// end alike but are not passive. Reflexive -н- without л («түсінеді», «көрінеді», «үйренеді») is not matched.
const L = '[а-яәіңғүұқөһ]';
// The vowel a verb stem ends in before the bare -л-: о, ө, ұ, ү stand in a native word's first syllable, and у
// takes -ыл- («жуыл-»), so «өсімпұлды», «Ерболды», «Ақжолды» (a noun, names, with the accusative) are no
// passive past.
const STEM_FINAL_VOWEL = '[аәеиыі]';
const PASSIVE_STEM = `(?:${L}{2,}${STEM_FINAL_VOWEL}л|${L}*л[ыі]н|${L}*лд?[аеә]н)`;
const PASSIVE_ENDING = [
  'ады',
  'еді',
  'атын',
  'етін',
  // The -атын participle with the possessive or a case is a clause («…ажыратылатынын хабарлаймыз»: that they
  // will be cut off).
  '(?:атын|етін)(?:ы|і|ын|ін|ына|іне|ында|інде|ынан|інен|ының|інің|дығы|дігі|дығын|дігін|дықтан|діктен)',
  'ды',
  'ді',
  `(?:ған|ген)${L}{0,8}`,
  'у(?:ы|і|да|де|ға|ге|ын|ін|ына|іне|ында|інде|ының|інің|ымен|імен|ды|ді|дың|дің|мен)?',
  'са',
  'се',
  'сын',
  'сін',
  'ып',
  'іп',
  // The converb in -а/-е, which only an auxiliary after it makes a verb form (`BEGUN`).
  'а',
  'е',
  // The future of intention: «кеңейтілмек» (is to be widened), «жасалмақшы».
  '(?:мақ|мек|бақ|бек)(?:шы|ші)?',
  `(?:ма|ме|ба|бе)(?:йды|йді|ды|ді|(?:ған|ген)${L}{0,8}|йтын|йтін|са|се|сын|сін|у|уы|уі)`,
].join('|');
// Verbs whose л or н belongs to the root, or whose passive form means «return», «rest»: «оралды»,
// «демалады», «қолданады» (uses), «пайдаланады» (uses), «арналған» (for), «аталған» (the said; «деп аталады», is
// called: no one who names). «Begin» and «end» are `INTRANSITIVE_UNLESS_DONE`.
const NOT_PASSIVE_ROOTS = [
  'айнал',
  'арнал',
  'атал',
  'ұмтыл',
  'шомыл',
  'тоқтал',
  'табыл',
  'туыл',
  'жетіл(?!дір)',
  'жылын',
  'жалын',
  'қолдан(?!ыл)',
  'пайдалан(?!ыл)',
  'ойлан',
  'ашулан',
  'әсерлен',
  'жігерлен',
  'үйлен',
  'шұғылдан',
  'жеңілден',
  'әкел(?!ін)',
  'жеңіл(?!дет)',
  'орал',
  'жоғал(?!т)',
  'иелен',
  'тірел',
  'созыл',
  'ерекшелен',
  'қынжыл',
  'түңіл',
  'теңсел',
  'демал',
  'құтыл',
  'ұтыл',
  'айрыл',
  'айырыл',
  'жығыл',
  'таусыл',
  'бұрыл',
  'қозғал',
  // «Жөнелу» (to set off, «қаша жөнелді»: ran off) is a root verb, its л no passive; «жөнелтілді» (was
  // dispatched) is the passive of its causative.
  'жөнел(?!т)',
  // Intransitive verbs of motion and change whose -л-/-ыл- is no passive any more: news «spreads»
  // («таралды»), prices «rise» («көтерілді»), a line «breaks» («байланыс үзілді»), a thing «consists» of parts
  // («құралған»), people are «shaken» or «depressed» («шайқалды», «күйзелді»), supplies «run dry» («сарқылды»).
  'тарал',
  'үзіл',
  'құрал',
  'шайқал',
  'күйзел',
  'сарқыл',
  'жаңыл',
  'қадал',
  // Things «become equal» or «level» («күн мен түн теңеледі»: the equinox), nobody equates them.
  'теңел',
  // «Сотталу» (to be convicted) has the court as its actor by definition; «сотталмағандығы туралы анықтама»
  // (a certificate of no criminal record) is the document's name.
  'соттал',
  // Verbs made from nouns with -лан/-лен, not passives of -ла verbs: «шоғырланған» (concentrated), «қаруланған»
  // (armed), «ынталанған» (motivated), «дағдыланған» (used to), «ызаланды» (got angry).
  'шоғырлан',
  'қарулан',
  'ынталан',
  'дағдылан',
  // From adjectives: «қоюланды» (thickened), «сұйылды» is another verb.
  'қоюлан',
  // Water «becomes muddy» («судың лайлануы мүмкін»): made from «лай» (mud), no one muddies it.
  'лайлан',
  'ызалан',
  'сабырлан',
  'дәмелен',
  'қорлан',
  'шерлен',
  'көгілдірлен',
  'гүлден',
  'тыныштал',
  // «Үрейлену» (to take fright), «еркелену» (to play the pet): made from a noun, with no «үрейле-» to be done.
  'үрейлен',
  'еркелен',
  // Verbs with no transitive verb under them in use: a mirage «shimmers» («сағым құбылады»), one «flinches»
  // («майданнан тайсалды»), a caravan «trails» («көш шұбатылып келеді»), one is «overwhelmed» with joy
  // («қуанышқа бөленді»; «бөлін-» is another verb).
  'құбыл',
  'тайсал',
  'шұбатыл',
  'бөлен',
];

/**
 * The middle voice: one gets ready («спортшылар жарысқа дайындалуда»), joins («ұйымға қосылды»), hides,
 * suffers, is embarrassed; water spills, a shell bursts, a tree sways, a horse grazes, one covers oneself,
 * stares, slips out, sets out to do («өлтіруге оқталған»); one starts, hesitates, writhes, gets ready
 * («кетуге ыңғайланды»), keeps apart («өзгеден оқшауланып»); dust swirls; a case recurs («мұндай жағдай
 * қайталанбауы керек»); people evacuate («эвакуацияланудың мүмкіндігі болмаса»: the reader leaves). Each far
 * commoner so than as a passive, except after «тарапынан», which names a doer («Тамақ аспазшы тарапынан
 * дайындалды»).
 */
const MIDDLE_VOICE =
  '^(?:қосыл|тығыл|төгіл|жарыл|қысыл|ырғал|қинал|оқтал|жайыл|тесіл|сытыл|жамыл|серпіл|іркіл|бұрал|' +
  'үйіріл|ыңғайлан|оқшаулан|қайталан|эвакуациялан)';
/**
 * Intransitive verbs that are the passive of a transitive one only with a doer named: an event «begins» and
 * «ends» («Қабылдау 1 маусымда басталады»), an office or a school «opens» and «closes» («Орталық сағат 9-да
 * ашылады»: Kazakh has no other intransitive verb for it, as Russian «открывается» is no passive either),
 * people «gather» («Тұрғындар алаңға жиналды»), prices «rise» («Бағалар көтерілді»). After «тарапынан» someone
 * does it: «Мектеп облыс әкімі тарапынан ашылды» (the governor opened the school), «Мәселе депутаттар тарапынан
 * көтерілді» (the deputies raised the issue).
 */
const INTRANSITIVE_UNLESS_DONE = '^(?:бастал|аяқтал|ашыл|жабыл|жинал|көтеріл)';
/**
 * One «gets ready» (the middle voice) unless the subject is a paper or a plan, which somebody prepares: «Анықтама
 * үш жұмыс күні ішінде дайындалады» (the certificate is prepared), «Жоба дайындалды». The subject opens the
 * clause, with one word before it at most, and no comma or other clause comes between it and the verb; nor a
 * dative, which is what one gets ready for («Жоба командасы байқауға дайындалды», «Хат жазуға дайындалды»).
 */
const PREPARED_PAPER =
  '(?:^|[,;:—–]\\s*)(?:[а-яәіңғүұқөһ-]+\\s+)?(?:анықтама|құжат|жауап|есеп|жоба|хаттама|шарт|тізім|тізбе|бағдарлама|' +
  'жоспар|ереже|нұсқаулық|қорытынды|шешім|хат|хабарлама|декларация|келісімшарт|баяндама|сұрақ)' +
  '(?:тар|тер|лар|лер|дар|дер)?(?:ы|і|сы|сі)?\\s+(?:[^\\s,.;:!?—–]+(?<!ға|ге|қа|ке|на|не)\\s+){0,6}$';
const GETS_READY = '^дайындал';
// Adjectives in -алды/-иалды borrowed from Russian (-альный): «федералды», «потенциалды», «эмоционалды».
const NOT_PASSIVE_ADJECTIVES = '(?!.*(?:иалды|уалды|уелді|оналды|ералды|икалды)$)';
const PASSIVE_VERB = `^(?!(?:${NOT_PASSIVE_ROOTS.join('|')}))${NOT_PASSIVE_ADJECTIVES}${PASSIVE_STEM}(?:${PASSIVE_ENDING})$`;
/**
 * Listed words that look like a passive past but are not. Nouns in л with the accusative or "having" ending
 * -ды/-ді («дәлелді», «өкілді», «тәсілді») look like a past in -л-ды: a listed word in л of four letters or more
 * is such a noun unless it is itself a verb with a passive л, a listed root before -л (жаса → жасал) or before
 * -ыл/-іл (ой → ойыл). And a listed word of four letters or more before «алды» (before) is a compound of time
 * or place, «маусымалды» (pre-season), «маңдайалды»: the passive -л never comes as «-ал-».
 */
const LOOK_LIKE_PASSIVES = (() => {
  const lemmas = new Set(listWords(FAMILIAR_WORDS));
  const passiveOfListedRoot = (word: string) =>
    lemmas.has(word.slice(0, -1)) || (/[ыі]л$/u.test(word) && lemmas.has(word.slice(0, -2)));
  const long = [...lemmas].filter((word) => word.length >= 4);
  // The past of a verb in -ла/-ле («талқылады», «аралады», «жоғарылады», «тазалады») reads like the present
  // passive of a root in a vowel («жасалады», «қаралады»). Where the root before -ла is no listed verb (no
  // «талқыу», «жоғару»: a noun or an adjective, or a listed -лау verb's stem), it is the past. The list also
  // holds bare verb stems made with -ла, -да, -та («сипатта»: «сипатталады» is its passive).
  const isVerb = (root: string) =>
    lemmas.has(`${root}у`) ||
    (/[ыі]$/u.test(root) && lemmas.has(`${root.slice(0, -1)}у`)) ||
    /[^аәеиоөұүуыі][лдт][ае]$/u.test(root);
  const laRoots = new Set([
    ...[...lemmas].filter((word) => /[аәеиыі]$/u.test(word) && word.length >= 3),
    ...[...lemmas].filter((word) => /(?:лау|леу)$/u.test(word)).map((verb) => verb.slice(0, -3)),
  ]);
  return [
    ...long
      .filter((word) => word.endsWith('л') && !passiveOfListedRoot(word))
      .flatMap((noun) => [`${noun}ды`, `${noun}ді`]),
    ...long.map((word) => `${word}алды`),
    ...[...laRoots]
      .filter((root) => root.length >= 2 && !isVerb(root))
      .flatMap((root) => [`${root}лады`, `${root}леді`]),
  ];
})();

/**
 * A verbal noun in -у in its cases and with «your» (-ыңыз, -іңіз): «жазылуды», «тіркелуіңізді». Not the
 * locative -уда, which is also the present continuous («тіркелуде»: is being registered).
 */
function verbalNounCases(noun: string): string[] {
  const back = !/[әеіөүі]/u.test(noun);
  const endings = back
    ? [
        '',
        'ға',
        'ды',
        'дың',
        'дан',
        'мен',
        'ы',
        'ын',
        'ына',
        'ының',
        'ында',
        'ынан',
        'ыңыз',
        'ыңызды',
        'ыңызға',
      ]
    : [
        '',
        'ге',
        'ді',
        'дің',
        'ден',
        'мен',
        'і',
        'ін',
        'іне',
        'інің',
        'інде',
        'інен',
        'іңіз',
        'іңізді',
        'іңізге',
      ];
  return endings.map((ending) => noun + ending);
}

const NOT_PASSIVE = [
  // Short roots in л: excluded by the pattern already, listed so that a change to it cannot let them in.
  'болады',
  'болды',
  'болған',
  'келеді',
  'келді',
  'келген',
  'алады',
  'алды',
  'алған',
  'қалады',
  'қалды',
  'салады',
  'біледі',
  'бөледі',
  'тұрады',
  'бастады',
  'жылды',
  'ілді',
  // Nouns and adjectives ending in л, with the accusative or «having» suffix -ды/-ді.
  'тәуелді',
  'беделді',
  'ықпалды',
  'ылғалды',
  'залалды',
  'жанжалды',
  'байсалды',
  'нәсілді',
  'секілді',
  'көңілді',
  'ақылды',
  'мезгілді',
  'әйелді',
  'ауылды',
  'мысалды',
  'амалды',
  'аралды',
  'қызылды',
  'жасылды',
  'құралды',
  'тосқауылды',
  'порталды',
  'сигналды',
  'капиталды',
  'каналды',
  'журналды',
  'финалды',
  'персоналды',
  'протоколды',
  'футболды',
  'металды',
  // Past tense of -ла/-ле verbs: «жариялады» (announced), «бағалады» (valued).
  'жариялады',
  'бағалады',
  'тазалады',
  'белгіледі',
  'қайталады',
  'тамашалады',
  'тәрбиеледі',
  'ілгеріледі',
  'саралады',
  'қорытындылады',
  'мазалады',
  'бейнеледі',
  'әңгімеледі',
  'шамалады',
  'жебеледі',
  // «Көрсетілетін қызмет» is the legal term for a service: kk/officialese already offers «қызмет».
  'көрсетілетін',
  // Reflexive «sign up», «register», «connect» as nouns in any case («Жазылуды растаңыз»: confirm the booking),
  // the everyday words of e-government services.
  ...['жазылу', 'тіркелу', 'қосылу'].flatMap(verbalNounCases),
];

// A passive participle right before a word it can modify is attributive, «берілген анықтама» (the certificate
// issued), as Russian full participles («выданная справка») and English ones ("the form issued") are: no clause
// hides its actor. It stays a passive clause before an auxiliary or a particle («берілген еді», «берілген жоқ»,
// «берілген болса»), a conjunction, quotative «деп», or a word that makes it a clause of time or condition
// («қабылданған соң», «қабылданған жағдайда»); and before a comma or the sentence's end («Құжат берілген.»).
// A bare verbal noun before a noun is a compound noun the same way: «ашылу салтанаты» (the opening ceremony);
// before «керек», «тиіс», «қажет» it is a clause («тексерілу керек»: must be checked).
const PARTICIPLE = '(?:ған|ген|атын|етін|йтын|йтін|у)$';
const CLAUSE_AFTER_PARTICIPLE = [
  'е(?:ді|кен|мес)[а-яәіңғүұқөһ]*',
  'жоқ',
  'бол[а-яәіңғүұқөһ]*',
  'де(?:п|ген|йді)',
  'соң',
  'соң[ғы][а-яәіңғүұқөһ]*',
  'кейін',
  'сайын',
  'дейін',
  'шейін',
  'бері',
  'үшін',
  'сияқты',
  'секілді',
  'тәрізді',
  'бойы',
  'кез(?:де|інде|ден)',
  'уақытта',
  'сәтте',
  'шақта',
  'жағдайда',
  'жағдайларда',
  'керек',
  'тиіс',
  'қажет',
  'мүмкін',
  'және',
  'мен',
  'әрі',
  'ал',
  'бірақ',
  'алайда',
  'немесе',
  'не',
  'яғни',
  'себебі',
  'өйткені',
  'сондықтан',
  'ғой',
  'ғана',
  'да',
  'де',
  'та',
  'те',
  '[мбп][ае]',
  'ше',
  'шығар',
];
const ATTRIBUTIVE_PARTICIPLE = { form: PARTICIPLE, next: `^(?!(?:${CLAUSE_AFTER_PARTICIPLE.join('|')})$)` };
// Participles joined by «немесе», «және» or a comma before one noun («кесілетін немесе қайта отырғызылатын
// ағаштар»: trees to be felled or replanted) are all attributes of it, as the last one is; the second may
// have objects and adverbs of its own («шегерілетін және салықтың сомасын азайтуға мүмкіндік беретін сома»).
const COORDINATED_ATTRIBUTIVE_PARTICIPLE = {
  form: '(?:ған|ген|атын|етін|йтын|йтін)$',
  followedBy:
    '^(?:\\s*,)?\\s+(?:немесе|не|және|әрі)\\s+(?:[а-яәіңғүұқөһ]+\\s+){0,9}?[а-яәіңғүұқөһ]+(?:ған|ген|атын|етін|йтын|йтін)' +
    `\\s+(?!(?:${CLAUSE_AFTER_PARTICIPLE.join('|')})(?![а-яәіңғүұқөһ]))[а-яәіңғүұқөһ]`,
};

/** Verbs whose passive participle press releases put after a doer with «тарапынан» (`DOER_BEFORE_PARTICIPLE`). */
const DONE_BY_A_BODY =
  'жүргіз жаса бер қабылда ұйымдастыр анықта көрсет енгіз әзірле жібер өткіз ұсын бекіт тағайында шығар қара тексер жарияла бөл сал'.split(
    ' ',
  );

/**
 * «X тарапынан жүргізілген тексеру» (the check carried out by X) is «X жүргізген тексеру»: before the noun it
 * describes, the passive participle with its doer named is the active participle, the doer its subject. The
 * participle's forms in -ған, -атын and their negatives; before a comma, a stop or a word that makes it a
 * clause («жүргізілген кезде», «берілген жоқ») the sentence would need another subject: the entry of
 * «тарапынан» alone flags it there.
 */
const DOER_BEFORE_PARTICIPLE: PhraseEntry[] = DONE_BY_A_BODY.flatMap((root) => {
  const forms = kazakhVerbForms(root);
  return [2, 3, 22, 26].map((slot) => ({
    match: `тарапынан ${forms[slot + KAZAKH_VERB_SLOTS / 2]}`,
    replace: [forms[slot] ?? ''],
    followedBy: '^[ \\t]+[а-яәіңғүұқөһ]',
    notBefore: `^(?:${CLAUSE_AFTER_PARTICIPLE.join('|')})$`,
  }));
});
// A passive converb before a passive auxiliary is one compound verb with it («жүктеліп алынады», is
// downloaded; «жазылып беріледі»; «алынып тасталады», is lifted): the auxiliary's own finding covers the pair,
// not a second one. «Таста-» ends in a vowel, so its passive is «тастал-».
const PASSIVE_BEFORE_AUXILIARY = {
  form: '[лн][ыі]п$',
  next: '^(?:алын|беріл|қойыл|шығарыл|жіберіл|салын|тастал)',
};
// The past in -ды/-ді is a finite predicate: it ends its clause, before punctuation, a conjunction or a particle
// (every one of KTB's 100 passive pasts does). Before any other word, a form in л or н with -ды/-ді is a noun
// with the accusative or the «having» suffix: «Жыланды өлтірді» (killed the snake), «көгалды жайылымдар»
// (grassy pastures), as the lists cannot say for every noun in л or н.
const NOUN_BEFORE_ITS_WORD = { form: '[лн](?:ды|ді)$', next: ATTRIBUTIVE_PARTICIPLE.next };
// A participle of registration or record after the place where it stands («Қазақстан Республикасында тіркелген
// және … ұйымдар», «заңда белгіленген немесе …») names a status: before «және», «немесе» it goes on to the next
// attribute of the same noun, as `ATTRIBUTIVE_PARTICIPLE` before the noun. A month or a time («маусымда
// тіркелген») dates an act, which stays a passive.
const STATUS_IN_PLACE = {
  form: '^(?:тіркел|бекітіл|көрсетіл|белгілен|жазыл)(?:ген|ған)$',
  previous:
    '^(?!(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|уақыт|кез|сәт|күн|жыл|ай)' +
    '[а-яәіңғүұқөһ]*$).{2,}(?:да|де|та|те)$',
  next: '^(?:және|әрі|немесе)$',
};
// The same participle of registration after a place, before the persons it describes with at most other
// participles of theirs between («Алматы қаласында тіркелген, 18 жасқа толған азаматтар»), is their residence
// status: no one's act. A document registered in a place («қаласында тіркелген шарт») stays a passive.
const REGISTERED_PERSONS = {
  form: '^тіркел(?:ген|ған)$',
  previous: STATUS_IN_PLACE.previous,
  followedBy:
    '^(?:\\s*,(?:\\s+[\\p{L}\\d–-]+){0,3}?\\s+\\p{L}+(?:ған|ген|қан|кен))?\\s+(?:азамат|тұрғын|адам|сайлаушы|шетелдік|кәсіпкер|зейнеткер|студент|оқушы|бала|отбасы|қандас|жұмыссыз|мүгедек)',
};
// Equipped with something («заманауи жабдықпен жарақталған»): the participle says what a place has, a state, as
// `STANDING`; the past («жабдықпен жарақталды») tells that someone equipped it, and stays a passive.
const EQUIPPED = { form: '^жарақтал(?:ған|ген)', previous: '.{2,}(?:мен|бен|пен)$' };
// «Бағыттал-» after a dative is "aimed at" («мақсатты топтарға бағытталуы», «қолдауға бағытталған»), as
// Russian «направлена на»: what a project is for, with no one hidden behind it. To an office, an address or a
// person («Хат министрлікке бағытталды») someone sent it: that stays a passive.
const AIMED_AT = {
  form: '^бағыттал',
  previous: `^(?!${OFFICE_IN_DATIVE.slice(1)}|(?:мекенжай|сіз|біз|оған|оларға|маған|саған|адрес)).{2,}(?:ға|ге|қа|ке|на|не)$`,
};
// «Қабылдауға жазылу» (to sign up for an appointment): жазыл- after the dative of an appointment, a queue or a
// course is «sign up», not the passive of жаз- (write); «тақтаға жазылды» (written on the board) still is.
const SIGN_UP = {
  form: '^жазыл',
  previous:
    '^(?:қабылдау|кезек|дәрігер|курс|сабақ|үйірме|оқу|емтихан|тест|байқау|конкурс|семинар|тренинг|вебинар|жазылым)[а-яәіңғүұқөһ]*(?:ға|ге|қа|ке|а|е)$',
};

// «Тіркелу» is to register oneself, the citizen's act on every e-government page («порталда тіркелу»), as well as
// to be registered, recorded («өтініш тіркелді», «183 атқылау тіркелді»): it is no passive where a person is its
// subject — in its own ending («тіркелдіңіз», «тіркелеміз», «тіркеліңіз»), before it («Сіз тіркелгеннен кейін»,
// «пайдаланушы тіркелді»), or unsaid, in instructions where nothing stands before it («Тіркелгеннен кейін
// кабинетке кіріңіз») — or where the word before is what one signs up for («порталға», «кезекке»). In a place
// («порталда») documents are registered too («Құжаттар порталда тіркеледі»): that stays a passive.
const REGISTER = '^тіркел';
/** People who register themselves, in the nominative: a pronoun, a citizen, a graduate, an agent in -шы/-ші. */
const REGISTRANT =
  '(?:сіз|сіздер|мен|біз|біздер|сен|ол|олар|(?:азамат|пайдаланушы|адам|студент|сайлаушы|тұрғын|кәсіпкер|' +
  'зейнеткер|талапкер|түлек|үміткер|оқушы|ата-ана)(?:лар|лер|дар|дер|тар|тер)?|[а-яәіңғүұқөһ]{2,}[а-мо-яәіғүұқөһ](?:шы|ші))';
/** A paper that is registered (with the possessive: «талапкер құжаттары»), which no one does to oneself. */
const REGISTERED_PAPER =
  '(?:өтініш|өтінім|құжат|мәлімет|дерек|ақпарат|анықтама|шарт|келісімшарт|хат|сұрау|декларация|есеп)';
const REGISTER_ONESELF = [
  { form: REGISTER, opening: true },
  { form: `${REGISTER}[а-яәіңғүұқөһ]*(?:ңыз|ңіз|мын|мін|мыз|міз|дым|дім|дық|дік|сам|сем|сақ|сек)$` },
  {
    form: REGISTER,
    previous: `^(?:${REGISTRANT}|(?:портал|жүйе|сайт|egov|кабинет|кезек|қабылдау|емхана|курс|байқау|конкурс|тест)[а-яәіңғүұқөһ]*(?:ға|ге|қа|ке|на|не))$`,
  },
  // The person opening the clause, the dates and the place of signing up between («Түлектер ҰБТ-ға 20 наурыздан
  // 20 сәуірге дейін тіркеледі»), unless a paper of theirs is what is registered.
  {
    form: REGISTER,
    precededBy: `(?:^|[,;:—–]\\s*)${REGISTRANT}\\s+(?:(?!${REGISTERED_PAPER})[^\\s,.;:!?—–]+\\s+){0,8}$`,
  },
];

// Participles that name a person's or a thing's standing, not an act done to it, as English "insured",
// "limited", "employed" and Russian «обязан» do: «Азамат сақтандырылған болуы керек» (must be insured, has
// insurance), «Сіз сақтандырылғансыз», «Орын саны шектелген», «ұсынуға міндеттелген» (obliged), «жұмыспен
// қамтылған» (employed). The -ған participle, bare, with a person ending or before «болу», is such a state
// unless its actor stands right before («жұмыс беруші тарапынан сақтандырылған»); the past and the present
// stay passives («Қызметкерлер сақтандырылады»: someone insures them).
const STANDING = '^(?:сақтандырыл|міндеттел|шектел)(?:ма|ме)?(?:ған|ген)';
const STATES_OF_STANDING = [
  { form: STANDING, opening: true },
  { form: STANDING, previous: '^(?!тарапынан$)' },
  { form: '^қамтыл(?:ған|ген)', previous: '^жұмыспен$' },
  // Property «кепілге қойылған» is mortgaged, a legal state; «кепілге қойылды» stays the act.
  { form: '^қойыл(?:ма|ме)?(?:ған|ген)$', previous: '^кепілге$' },
];

// A participle that closes a bracketed aside describes the noun before it («куәлігі (ЖСН көрсетілген)»: with
// the IIN on it): an attribute with no act to give a doer. A bracket that holds a clause of its own («(өтініш
// 5 күнде қаралады)») ends in a finite verb and stays.
const ASIDE_PARTICIPLE = {
  form: '(?:ған|ген|қан|кен)$',
  precededBy: '\\([^()]*$',
  followedBy: '^\\s*\\)',
};

// A case «pending» before a court or a body in the locative («сотта қаралып жатқан дауларға»): the participle
// describes the case and names who examines it. «Іс сотта қаралып жатыр» ends its clause and stays.
const PENDING_BEFORE_BODY = {
  form: '(?:ып|іп)$',
  previous:
    '^(?:сот|комиссия|әкімдік|орган|кеңес|прокуратура|полиция|министрлік|департамент|басқарма|инспекция)' +
    '[а-яәіңғүұқөһ]*(?:да|де|та|те)$',
  next: '^жатқан$',
};

// The converb in -а/-е is a passive only before «бастау» (began to be built: «салына бастады», «құрыла
// бастады»); elsewhere a word so ending is a noun's dative or possessive («жылына», «қолына», «алдына»).
const CONVERB_A = `^${PASSIVE_STEM}[ае]$`;
const BEGUN = [
  { form: CONVERB_A, next: '^(?!баста)' },
  { form: CONVERB_A, closing: true },
];

// A passive past ends its clause: before «мен», «пен», «бен» (and, with), which join nouns only, a word in
// -ды/-ді is a noun or a name («Қобыланды мен Ақжол», at a sentence's start where no capital tells).
const NOUN_BEFORE_AND = { form: '(?:ды|ді)$', next: '^(?:мен|пен|бен)$' };

/**
 * A state as the subject before the verb, with only «әлі (де)», «тағы» or an «until» phrase («екінші таймға
 * дейін») between: a state subsides or persists of itself, no one acts on it.
 */
const stateBefore = (states: readonly string[]) =>
  `(?:^|[^а-яәіңғүұқөһ])(?:${states.join('|')})(?:ы|і|сы|сі)?\\s+` +
  '(?:(?:әлі|де|да|тағы|(?:[а-яәіңғүұқөһ]+\\s+)?[а-яәіңғүұқөһ]+(?:ға|ге|қа|ке|на|не|а|е)\\s+(?:дейін|шейін))\\s+)*$';
// Tension, interest, anger, wind, frost or pain «subsides» («шиеленіс басылмаған»); a book is «printed» and a
// revolt «put down» («көтеріліс басылды»): those stay passives.
const SUBSIDES = {
  form: '^басыл',
  precededBy: stateBefore([
    'шиеленіс',
    'қызығушылық',
    'дау',
    'жанжал',
    'ашу',
    'ыза',
    'үрей',
    'қорқыныш',
    'ауырсыну',
    'жел',
    'боран',
    'дауыл',
    'аптап',
    'ыстық',
    'аяз',
    'суық',
    'қызыл',
    // A flood or an epidemic «subsides» («Су тасқыны басылды»).
    'тасқын',
    'індет',
  ]),
};
// A state, a trend, a risk or the weather «persists» («қызығушылық сақталды», «аптап ыстық сақталады»); data
// and documents are «kept» («деректер бес жыл сақталады»): that stays a passive.
const PERSISTS = {
  form: '^сақтал',
  precededBy: stateBefore([
    'жағдай',
    'ахуал',
    'үрдіс',
    'тенденция',
    'қызығушылық',
    'шиеленіс',
    'қауіп',
    'сұраныс',
    'ыстық',
    'аяз',
    'суық',
    'ауа\\s+райы',
  ]),
};
// People or a country «split» («екіге бөлінді», «бөлініп кетпеуі») and the split between two is a noun
// («елдер арасындағы бөліну»); funds are «allocated» («қаржы бөлінді»): that stays a passive.
const SPLITS = [
  { form: '^бөлін', previous: '^(?:арасындағы|екіге|үшке|төртке)$' },
  { form: '^бөлініп$', next: '^кет' },
];
// One «is seen» or «examined» by a doctor, goes to a clinic: the patient's act, to see a doctor («Ол дәрігерге
// қаралды», «Жыл сайын дәрігерге тексеріліңіз»), not the passive of «қарау» (a paper is looked into: «Өтініш
// қаралды»). In a place («Қан емханада тексеріледі»: the blood is tested there) it stays a passive.
// Done «automatically» («хабарлама автоматты түрде жіберілді»): the doer is a system, which names no one. Done
// automatically through a device it names («камералар арқылы автоматты түрде тіркеледі»), the device is the doer
// («Камералар … тіркейді»): a passive.
const DONE_AUTOMATICALLY = {
  precededBy: '(?:^|(?<!(?:^|\\s)арқылы)\\s)автоматты(?:\\s+түрде)?\\s+(?:\\S+\\s+){0,2}$',
};
const SEEN_BY_A_DOCTOR = {
  form: '^(?:қарал|тексеріл)',
  previous:
    '^(?:дәрігер|маман|емхана|аурухана|стоматолог|терапевт|педиатр|кардиолог|невропатолог|гинеколог|офтальмолог|' +
    'хирург|фельдшер|медпункт)[а-яәіңғүұқөһ]*(?:ға|ге|қа|ке|на|не)$',
};
// Water and a lake «dry up», a face «shrinks» («тартылып қалған қарасу»): no passive.
const DRIES_UP = { form: '^тартылып$', next: '^қал' };

// The 3rd-person jussive of a passive («жеке меншікке берілсін», «бақылау … жүктелсін», «қағидалар бекітілсін»)
// is the enacting formula of an akimat's or a maslikhat's decision, the form its operative part must take: no
// editor rewrites it, and the doer is the body that signs.
const ENACTING_JUSSIVE = { form: '(?:л|н)(?:сын|сін)$' };

// A short line that ends with its passive is natural where the doer is the system or a document: a status
// message of a system's act that failed or succeeded («Енгізілген деректер сақталмады.», «Өтініш сәтті
// жіберілді!»), not one that only reports it («Құжаттар министрлікке жіберілді.»);
// where a thing is written or marked («ЖСН жеке куәлікте көрсетілген.», «Міндетті жолдар жұлдызшамен (*)
// белгіленген.»); a question heading («Деректер қалай қорғалады?»). A short news line («Заңның мәтіні
// баспасөзде жарияланады.») hides its doer, and stays a passive; «тарапынан» names one, said in the active.
const FEW_WORDS_BEFORE = "^[^\\p{L}]*(?:(?!тарапынан)\\p{L}+(?:[-’'ʼ]\\p{L}+)*[^\\p{L}]+){0,3}$";
const ENDS_LINE = '^[\\s.!?…]*$';
const SHORT_LINES = [
  {
    form: '^(?:сақтал|жіберіл|жүктел|жойыл|өңдел|тіркел|жаңартыл|өзгертіл)(?:ма|ме|ба|бе)',
    precededBy: FEW_WORDS_BEFORE,
    followedBy: ENDS_LINE,
  },
  { precededBy: '(?:^|\\s)сәтті\\s+$', followedBy: ENDS_LINE },
  {
    form: '^(?:көрсетіл|белгілен|жазыл)(?:ген|ған)$',
    precededBy: '^[^\\p{L}]*(?:\\p{L}+[^\\p{L}]+){0,3}?\\p{L}+(?:да|де|та|те|нда|нде|мен|бен|пен)[^\\p{L}]+$',
    followedBy: ENDS_LINE,
  },
  {
    precededBy: `${FEW_WORDS_BEFORE.slice(0, -1)}(?<=(?:^|[^\\p{L}])(?:қалай|қанша|қашан|қайда|неге|не үшін|кімге|қандай)(?:\\s+уақыт)?\\s+)$`,
    followedBy: ENDS_LINE,
  },
];

// A passive's verbal noun with its possessive or a case is a noun («орындалуына мониторинг», «жұмыспен
// қамтылуын қамтамасыз ету»: the implementation, employment), no clause whose doer is hidden; before «тиіс»,
// «керек», «қажет» it is the predicate («құжаттар ұсынылуы тиіс»: must be submitted), and stays a passive.
const VERBAL_NOUN_IN_CASE = {
  form: 'у(?:ы|і|да|де|ға|ге|ын|ін|ына|іне|ында|інде|ының|інің|ымен|імен|ды|ді|дың|дің|мен)$',
  next: '^(?!тиіс|керек|қажет|мүмкін|шарт|міндетті)',
};
// «Сақталу» after a genitive is compliance, an item of what is checked («температуралық режимінің сақталуы»:
// that the regime is kept), no clause whose doer is hidden; before «тиіс», «керек» it is the predicate, and stays.
const COMPLIANCE = {
  form: '^сақталу',
  previous: IN_GENITIVE,
  followedBy: '^(?!\\s+(?:тиіс|керек|қажет|мүмкін|шарт|міндетті)(?![а-яәіңғүұқөһ]))',
};
// Terms whose passive is their name: «жұмыспен қамтылу» (employment), being held liable, and water, power or heat «берілу» (the
// supply comes on: «су қайта берілгеннен кейін», «Су берілмейді»), which no one is hidden behind.
const FIXED_TERMS = [
  { form: '^қамтыл', previous: '^жұмыспен$' },
  // To be held liable («жауаптылыққа тартылу», «жауапкершілікке тартылады») is the law's fixed phrase: the state
  // holds one liable, and the active would add no one. Wires «тартылды» to a house stay a passive.
  { form: '^тартыл', previous: '^(?:жауаптылыққа|жауапкершілікке)$' },
  { form: '^беріл', precededBy: '(?:^|[^\\p{L}])(?:су|суы|ыстық\\s+су|электр|газ|жылу)(?:\\s+қайта)?\\s+$' },
  // «Белгіленген уақытта» (at the set time), «белгіленген күні»: a schedule, an attribute of the time, not the
  // clause «when it was set» that `CLAUSE_AFTER_PARTICIPLE` reads a participle before «уақытта» as.
  { form: '^белгіленген$', next: '^(?:уақыт|күн|сағат|мерзім|кезең)[а-яәіңғүұқөһ]*$' },
];

// «Жоғарыда көрсетілген(дер)», «төменде келтірілген» (the above, the below) point within the text: no one's
// act is hidden.
const REFERRED_ABOVE = {
  form: '^(?:көрсетіл|келтіріл|баяндал|сипаттал|аталын)(?:ған|ген)',
  previous: '^(?:жоғарыда|төменде)$',
};
// A term or a period «counted from» a date («мерзімі … күннен бастап есептеледі») says when it starts; priority
// in a queue «is kept» (stands) by its date («кезектілік … сақталады»): no one's act is hidden. A sum counted
// from a date («Өсімпұл 1 қаңтардан бастап есептеледі») is someone's act: that stays a passive.
const COUNTED_FROM = {
  form: '^есептел',
  previous: '^бастап$',
  precededBy: '(?:^|[^\\p{L}])(?:мерзім|кезең|өтіл|стаж)',
};
const PRIORITY_KEPT = { form: '^сақтал', precededBy: '(?:^|[^\\p{L}])кезектілі(?:к|гі)\\s' };
/**
 * A noun in the nominative, bare, plural or possessed, from its stems (`тәртіп|тәртіб`), then up to three words
 * before the verb, none a postposition that would make the noun its object («талаптар бойынша деректер»).
 */
const subjectBefore = (stems: string) =>
  `(?:^|[^\\p{L}])(?:${stems})(?:тар|тер|дар|дер|лар|лер)?(?:ы|і|сы|сі|ыңыз|іңіз)?\\s+` +
  '(?:(?!(?:бойынша|сәйкес|туралы|үшін|арқылы)\\s)[а-яәіңғүұқөһ]+\\s+){0,3}$';
// Rights, benefits, an order or a place in a queue «stay in force» («жеңілдіктер бұрынғы тәртіппен сақталады»,
// «құқығы сақталады»): a state, as «кезектілік сақталады», no one's act. Data and documents are «kept»
// («деректер сақталады»), and an order or a rule «not kept» or that «must be kept» («тәртіп сақталмаған»,
// «сақталуы тиіс») is someone's failure or duty, as requirements «kept» («талаптар сақталды») are someone's
// compliance: those stay passives.
const RIGHTS_KEPT = {
  form: '^сақтал(?!м)',
  followedBy: '^(?!\\s+(?:тиіс|тиісті|керек|қажет|міндетті)(?!\\p{L}))',
  precededBy: subjectBefore('жеңілдік|жеңілдіг|құқық|құқығ|тәртіп|тәртіб|кезек|кезег'),
};
// A crime or an offence «being committed» («қылмыс дәл қазір жасалып жатқан жағдайларда») has a doer no one
// knows yet: the passive is the natural wording. A paper «made» («хаттама жасалды») stays a passive.
const CRIME_COMMITTED = {
  form: '^жасал',
  precededBy: subjectBefore('қылмыс|бұзушылық|бұзушылығ'),
};

// What befalls a thing — stolen, damaged, destroyed — in a clause of time or condition, alone or in a list
// («куәлік жоғалған, ұрланған немесе бүлінген кезде», «құжат зақымдалған жағдайда»), is the case a rule provides
// for, as «жоғалған» is: who did it is unknown and beside the point. Told as an event («Көлік ұрланды»,
// «ұрланған көлік табылды») someone's act is hidden: that stays a passive.
const MISHAP_IN_CONDITION = {
  form: '^(?:ұрлан|бүлін|тонал|зақымдал|жойыл)(?:ған|ген)$',
  followedBy:
    '^(?:\\s*(?:,|немесе|не|және|я)\\s*[а-яәіңғүұқөһ]+(?:ған|ген))*\\s+(?:кезде|кезінде|жағдайда|жағдайларда)(?![а-яәіңғүұқөһ])',
};

// A passive in a clause of time («өтініш тіркелгеннен кейін», «шағым қаралғанға дейін», «қаралғанша») or of
// condition («кемшілік анықталса») sets the scene for the main clause, whose doer is the one that matters: an
// editor leaves it. The main clause's own passive stays a finding, and so does one whose doer «тарапынан» names
// («комиссия тарапынан қаралғаннан кейін»), which the active says better.
const SCENE_SETTING_PASSIVES = [
  {
    form: '(?:ған|ген|қан|кен)(?:нан|нен|ға|ге)$',
    next: '^(?:кейін|соң|дейін|шейін|бері)$',
    previous: '^(?!тарапынан$)',
  },
  { form: '(?:ғанша|генше|қанша|кенше)$', previous: '^(?!тарапынан$)' },
  { form: '[лн](?:ба|бе|па|пе|ма|ме)?(?:са|се)$', previous: '^(?!тарапынан$)' },
  // The same condition or time said with a participle and «жағдайда», «кезде» («зиян келтірілген жағдайда»,
  // «құрылыс жүргізілетін жағдайда»): the case the rule provides for, whose doer is unknown or anyone.
  {
    form: '(?:ған|ген|қан|кен|атын|етін|йтын|йтін)$',
    next: '^(?:жағдайда|жағдайларда|кезде|кезінде)$',
    previous: '^(?!тарапынан$)',
  },
];

// «Болып саналу» (to count as, to be regarded as) is a copula, as «болып табылу» is: «Бұл мәселе маңызды
// болып саналады» says what the issue is, and no one who counts it is hidden.
const COUNTS_AS = { form: '^санал', previous: '^болып$' };

// A passive participle made a noun of fact by -дық before «туралы» names a document's subject, not a clause:
// «құжаттың қабылданғандығы туралы қолхат» (a receipt for the document), «сотталмағандығы туралы анықтама».
const FACT_NAMED = {
  form: '(?:ған|ген|қан|кен)(?:дық|дік|тық|тік)[а-яәіңғүұқөһ]*$',
  next: '^туралы$',
};
// With the possessive alone it may be a clause too («кедергі жасалғаны туралы шағымданды»: complained that
// they were obstructed): a document's subject only before the document's noun.
// So is the paper that confirms it («баж төленгенін растайтын құжат»: the receipt for the fee): a checklist's
// item naming a document, whose doer is the reader.
const FACT_OF_DOCUMENT = {
  form: '(?:ған|ген|қан|кен)[ыі]н?$',
  followedBy:
    '^\\s+(?:туралы|растайтын)\\s+(?:түбіртек|анықтама|куәлік|қолхат|хабарлама|хабарлам|акт|хаттама|мәлімет|құжат|растама|үзінді)',
};
// A person vaccinated («Бала екі рет егілген»): «егілу» is how one says a child had a jab, with no doer to name.
// A person in the nominative before it, not a thing sown or a vaccine given («вакцина егілді»).
const VACCINATED = {
  form: '^егіл',
  precededBy:
    '(?<![\\p{L}])(?:бала|балалар|балаңыз|балаларыңыз|нәресте|нәрестелер|сәби|адам|адамдар|азамат|азаматтар|' +
    'оқушы|оқушылар|ересек|ересектер|қызметкер|қызметкерлер|сіз|ол|олар)\\s',
};

// A negative verb form: -ма/-ме after vowels and л, р, й, у; -ба/-бе after м, н, ң, з, ж; -па/-пе after
// voiceless consonants; then the verbal noun (-у), gerund (-й), present (-йды) or participle (-ған).
const NEGATIVE_VERB =
  '^(?:жоқ|емес|[а-яәіңғүұқөһ]*(?:[аәеиоөұүуыіялрй]м[ае]|[мнңзж]б[ае]|[бвгдкқпстфхцчшщ]п[ае])(?:у|уы|уі|уға|уге|й|йды|йді|ған|ген))$';

/**
 * The plain nouns the jargon rule offers that are long in their stem («деректемелер» for «реквизиттер»,
 * «сәйкестендіру»): a reader who pastes one must not be told that its own forms are long words
 * («деректемелеріңізді»), so the long-word rule leaves their forms alone (a final к, қ, п also voiced).
 */
const SUGGESTED_LONG_NOUNS = JARGON.flatMap(({ agree, replace: [plain = ''] }) =>
  agree && /^[\p{L}-]{10,}$/u.test(plain)
    ? [...new Set([plain, voicedBeforeVowel(plain)])].map((stem) => `${stem}*`)
    : [],
);

/** Abbreviations every Kazakh reader knows; the rest must be spelled out at their first use. */
const KNOWN_ABBREVIATIONS = [
  ...FILE_TYPES_AND_SIZES,
  'БҰҰ',
  'ПИН',
  'ТМД',
  'АҚШ',
  'РФ',
  'ҚХР',
  'ЕО',
  'ЕАЭО',
  'КСРО',
  'НАТО',
  'ЮНЕСКО',
  'ЮНИСЕФ',
  'ДДСҰ',
  'ҰҚК',
  'АЕК',
  'ЖОО',
  'ЖСН',
  'БСН',
  'ИИН',
  'БИН',
  'ҰБТ',
  // Legal forms, written after a company's or a body's name and never spelled out («…» КЕАҚ, «…» ММ).
  'ЖШС',
  'АҚ',
  'ЖК',
  'КЕАҚ',
  'ЖАҚ',
  'ААҚ',
  'РМК',
  'РМҚК',
  'МКК',
  'МКҚК',
  'КМК',
  'ШЖҚ',
  'ММ',
  'ҚБ',
  'ШҚ',
  'ҚҚС',
  'ЭЦП',
  'ТВ',
  'URL',
  // Read untranslated in Kazakh news, and known to every reader.
  'ФБР',
  'ЦРУ',
  'УЕФА',
  'ФИФА',
  'COVID',
  'KZT',
  'USD',
  'EUR',
  // Read untranslated in Kazakh news and known to every reader, as in the Russian list.
  'БАҚ',
  'ЖІӨ',
  'ЖТП',
  'ДНҚ',
  'АИТВ',
  'ЖИТС',
  'ЛГБТ',
  'ФТБ',
  'ИГИЛ',
  'ДАИШ',
  'ШЫҰ',
  'ҰҚШҰ',
  'ЕҚЫҰ',
  'ХВҚ',
  'ДСҰ',
  'БАӘ',
  'ШҚО',
  'БҚО',
  'СҚО',
  ...LATIN_ABBREVIATIONS_KNOWN_IN_KAZAKHSTAN,
];

/** Abbreviations of the office that must be spelled out, but are not shouting when written in capitals. */
/**
 * The enacting words of orders and decisions, and their titles, which the rules of legal drafting write in
 * capitals («…сәйкес БҰЙЫРАМЫН:», «әкімдігі ҚАУЛЫ ЕТЕДІ:»): no shouting where the act's form sets them.
 */
const ENACTING_FORMULAS = [
  'БҰЙЫРАМЫН',
  'ҚАУЛЫ ЕТЕДІ',
  'ҚАУЛЫ ЕТЕМІН',
  'ШЕШІМ ҚАБЫЛДАДЫ',
  'ШЕШТІ',
  'БҰЙРЫҚ',
  'ҚАУЛЫ',
  'ШЕШІМ',
  'ӨКІМ',
  'ҚАУЛЫСЫ',
  'ШЕШІМІ',
];

const OFFICE_ABBREVIATIONS = ['ҚР', 'ХҚКО', 'ХҚО', 'ЖАО', 'НҚА', 'АХАЖ', 'МӘМС', 'ЕХӘҚМ'];
/** Official names that their owners write in capitals («ҚАЗТЕСТ», the state test of Kazakh): no shouting. */
const NAMES_IN_CAPITALS = ['ҚАЗТЕСТ'];

/**
 * Words a quoted title stands before: a law, a code, a decree, a decision or the body that adopts it, a
 * programme, a project, a company («"Мемлекеттік көрсетілетін қызметтер туралы" Заңы», «"…өзгерістер енгізу
 * туралы" Астана қаласы мәслихаты шешімінің жобасы», «"Бастау Бизнес" жобасы», «"Жылу желісі" ЖШС»), a contest or
 * an award («"Үздік волонтер" республикалық байқауы», «"Үздік волонтер" атағы»), a word cited as a word («"волонтер"
 * сөзі»). Officialese inside the
 * title is the title's: the editor cannot reword it.
 */
const QUOTED_NAME_BEFORE =
  '^(?:сөз|белгі|жазу|термин|атағ|атақ|байқау|конкурс|фестивал|форум|олимпиада|марафон|сыйлығ|сыйлық|номинация|заң|кодекс|қаулы|бұйрығ|бұйрық|жарлығ|жарлық|шешім|өкім|мәслихат|әкімді|үкімет|министрлі|бағдарлама|жоба|тұжырымдама|стратегия|ереже|қағида|стандарт|регламент|жолдау|жшс|ақ|мкм|мкқк|ркм|рмк|шжқ|ұйым|қоғам|қор|мекеме|корпорация|компания|акция|бастама|порта|интернет-порта|сайт|жүйе|кітап|мақала)';

/**
 * A word inside a quoted name that closes before the word it names («"Шомылуға тыйым салынған" белгісі»): the
 * sign's or the title's own words, which the reader must recognise as written. Not a passive to reword.
 */
const IN_QUOTED_NAME = { followedBy: `^[^«»"“”]*[»"”]\\s*${QUOTED_NAME_BEFORE.slice(1)}` };

/** The Kazakh rule pack. */
export const rules: Rule[] = [
  {
    id: 'kk/officialese',
    // A jargon phrase whose plain wording covers a light verb too («Мониторингті министрлік жүзеге асырады» →
    // «Министрлік бақылайды») settles the light verb inside it: one finding, not two.
    deferTo: ['kk/jargon'],
    kind: 'phrase',
    severity: 'warning',
    link: CHANCELLERY,
    message: {
      kk: '«{text}» — кеңсе тілі: күнделікті сөзбен айтыңыз немесе алып тастаңыз.',
      ru: '«{text}» — канцелярит: скажите проще или уберите.',
      en: '“{text}” is officialese: say it in everyday words or leave it out.',
    },
    messageWithSuggestion: {
      kk: '«{text}» — кеңсе тілі: «{suggestion}» деп жазып көріңіз.',
      ru: '«{text}» — канцелярит: попробуйте «{suggestion}».',
      en: '“{text}” is officialese: try “{suggestion}”.',
    },
    entries: [
      ...OFFICIALESE.flatMap(withVerbForms).flatMap(withNounReading()),
      ...OBJECT_FIRST,
      ...DOER_BEFORE_PARTICIPLE,
      ...COORDINATED_ACTIONS,
      ...ADVERBIAL_BETWEEN,
    ].map((entry) => ({
      ...withoutStrandedAdjective(entry),
      replace: entry.replace.filter(Boolean),
    })),
    quotedNameBefore: QUOTED_NAME_BEFORE,
  },
  {
    id: 'kk/jargon',
    kind: 'phrase',
    severity: 'suggestion',
    link: JARGON_LINK,
    message: {
      kk: '«{text}» — көп оқырман түсінбейтін жаргон: қазақша қарапайым сөзбен айтыңыз.',
      ru: '«{text}» — жаргон, который многие не поймут: скажите по-казахски простым словом.',
      en: '“{text}” is jargon many readers will not understand: use a plain Kazakh word.',
    },
    messageWithSuggestion: {
      kk: '«{text}» — жаргон: «{suggestion}» деп жазып көріңіз.',
      ru: '«{text}» — жаргон: попробуйте «{suggestion}».',
      en: '“{text}” is jargon: try “{suggestion}”.',
    },
    entries: [
      ...JARGON.flatMap(withVerbForms).flatMap(withNounReading()),
      // «Мониторингті әкімдік жүргізеді» → «Әкімдік бақылайды», not only «Мониторингті» → «Бақылауды».
      ...jargonObjectFirst('мониторингті', 'жүргіз*', 'бақылау'),
      ...jargonObjectFirst('мониторингті', 'жүзеге асыр*', 'бақылау'),
      ...jargonObjectFirst('мониторингті', 'іске асыр*', 'бақылау'),
    ],
    quotedNameBefore: QUOTED_NAME_BEFORE,
  },
  {
    id: 'kk/passive',
    // An officialese or jargon phrase with a plain replacement covers it: one finding, not two
    // («мониторингтен өткізіледі» → «бақыланады»).
    // The agent in the instrumental names the doer («орталығымен қабылданады»): that finding says more.
    deferTo: ['kk/officialese', 'kk/jargon', 'kk/instrumental-agent'],
    // Officialese inside an active wording is one finding with it; «тарапынан» (cut it) is settled by it.
    joins: ['kk/officialese'],
    kind: 'sequence',
    severity: 'suggestion',
    link: PASSIVE_LINK,
    // With its doer named with «тарапынан», offered in the active: «Өтініш комиссия тарапынан қаралады» →
    // «Комиссия өтінішті қарайды».
    active: true,
    messageWithSuggestion: {
      kk: '«{text}» — ырықсыз етіс: істейтіннен бастаңыз («{suggestion}»).',
      ru: '«{text}» — страдательный залог: начните с того, кто действует («{suggestion}»).',
      en: '“{text}” is passive: put the doer first (“{suggestion}”).',
    },
    message: {
      kk: '«{text}» — ырықсыз етіс: кім істейтінін жазыңыз («өтінішті қабылдаймыз», «қабылданады» емес).',
      ru: '«{text}» — страдательный залог: напишите, кто действует («мы примем заявление»).',
      en: '“{text}” is passive: say who does it (“we will accept your application”).',
    },
    tokens: [
      {
        regex: PASSIVE_VERB,
        except: [...NOT_PASSIVE, ...LOOK_LIKE_PASSIVES],
        unless: [
          // A capital inside the sentence is a name's: «Есенгелді», «Қобыланды».
          { name: true },
          IN_QUOTED_NAME,
          { form: MIDDLE_VOICE, previous: '^(?!тарапынан$)' },
          { form: MIDDLE_VOICE, opening: true },
          { form: INTRANSITIVE_UNLESS_DONE, previous: '^(?!тарапынан$)' },
          { form: INTRANSITIVE_UNLESS_DONE, opening: true },
          { form: GETS_READY, previous: '^(?!тарапынан$)', precededBy: `^(?!${PREPARED_PAPER})` },
          { form: GETS_READY, opening: true },
          SEEN_BY_A_DOCTOR,
          DONE_AUTOMATICALLY,
          ATTRIBUTIVE_PARTICIPLE,
          COORDINATED_ATTRIBUTIVE_PARTICIPLE,
          PASSIVE_BEFORE_AUXILIARY,
          NOUN_BEFORE_ITS_WORD,
          STATUS_IN_PLACE,
          REGISTERED_PERSONS,
          EQUIPPED,
          AIMED_AT,
          NOUN_BEFORE_AND,
          SUBSIDES,
          PERSISTS,
          ...SPLITS,
          DRIES_UP,
          ENACTING_JUSSIVE,
          SIGN_UP,
          FACT_NAMED,
          FACT_OF_DOCUMENT,
          VACCINATED,
          ...REGISTER_ONESELF,
          ...STATES_OF_STANDING,
          ASIDE_PARTICIPLE,
          PENDING_BEFORE_BODY,
          COUNTS_AS,
          MISHAP_IN_CONDITION,
          ...SCENE_SETTING_PASSIVES,
          REFERRED_ABOVE,
          COUNTED_FROM,
          PRIORITY_KEPT,
          RIGHTS_KEPT,
          CRIME_COMMITTED,
          ...BEGUN,
          ...SHORT_LINES,
          VERBAL_NOUN_IN_CASE,
          COMPLIANCE,
          ...FIXED_TERMS,
        ],
      },
    ],
  },
  {
    // «Решение принимается центром» said in Kazakh: «шешім орталығымен қабылданады». Kazakh names the doer as the
    // subject («орталық шешім қабылдайды»); the instrumental is "with", and the sentence reads as a calque.
    // The active needs the verb in the body's person and the object in the accusative: nothing to paste.
    // Bodies one agrees or works with («министрлікпен келісілді», «әкімдікпен бірлесіп») are partners, not doers.
    id: 'kk/instrumental-agent',
    kind: 'sequence',
    severity: 'suggestion',
    link: PASSIVE_LINK,
    message: {
      kk: '«{text}» — орыс тілінен калька: ырықсыз етістің иесі көмектес септікте. Иесін бастауыш етіңіз («орталық шешім қабылдайды»).',
      ru: '«{text}» — калька с русского: деятель при страдательном глаголе в творительном падеже. Сделайте его подлежащим («орталық шешім қабылдайды»).',
      en: '“{text}” is a calque of Russian: the doer of a passive in the instrumental. Make the doer the subject (“орталық шешім қабылдайды”).',
    },
    tokens: [
      {
        regex: `^${AGENT_IN_INSTRUMENTAL}$`,
        // Before a dative it goes with the noun there («комитетімен текетіреске келмеу»: a clash with it).
        unless: [
          { next: '^(?:бірге|бірлесіп|бірлесе|келісіп|келісім|келісу|қатар|арадағы|байланыс|ынтымақтас)' },
          // «Жүзеге», «іске» (асырылады) are the compound verb's, no noun the instrumental goes with.
          { next: '^(?!(?:жүзеге|іске)$).{2,}(?:ға|ге|қа|ке|на|не)$' },
        ],
      },
      {
        regex: PASSIVE_VERB,
        gap: 12,
        except: [...NOT_PASSIVE, ...LOOK_LIKE_PASSIVES],
        // Provided or staffed with something («мамандарымен қамтамасыз етілді», «қызметімен жабдықталған»):
        // the instrumental is what is given, no doer.
        // Things done together («министрлікпен талқыланды», «кеңесілді», «алмасылады»: discussed, consulted,
        // exchanged with) and a contract or an agreement made («Шарт орталықпен жасалады»: concluded with the
        // centre) have the body as the other party, not the doer.
        unless: [
          {
            form: '^(?:келісіл|үйлестіріл|байланыс|бекітіл|етіл|жабдықтал|жасақтал|толықтырыл|талқылан|кеңесіл|алмасыл)',
          },
          { form: '^жасал', precededBy: '(?:^|[\\s«(])(?:шарт|келісім|меморандум)' },
          ATTRIBUTIVE_PARTICIPLE,
        ],
      },
    ],
  },
  {
    id: 'kk/double-negative',
    kind: 'sequence',
    severity: 'suggestion',
    link: DOUBLE_NEGATIVE_LINK,
    message: {
      kk: '«{text}» — қос болымсыздық: ойыңызды болымды сөйлеммен тура айтыңыз.',
      ru: '«{text}» — двойное отрицание: скажите прямо, без «не».',
      en: '“{text}” is a double negative: say it positively.',
    },
    tokens: [
      { regex: NEGATIVE_VERB, except: ['қамау', 'қамауға', 'қамауы', 'жамау', 'семей'] },
      { words: ['мүмкін'], optional: true },
      {
        words: [
          'емес',
          'емеспін',
          'емессіз',
          'емеспіз',
          'болмайды',
          'болмас',
          'болмайтын',
          'қоймайды',
          'қоймас',
          'қоймады',
          'қалмайды',
          'қалмас',
        ],
      },
    ],
  },
  {
    id: 'kk/long-sentence',
    kind: 'metric',
    measure: 'sentence-words',
    // English's 25 and 35 words at Kazakh's length of sentence (LANGUAGE_SCALE, 0.78 of English's words for
    // the same text): the same passage gets the same advice in each language.
    min: 20,
    below: 28,
    severity: 'warning',
    link: READABILITY,
    message: {
      kk: 'Бұл сөйлемде {value} сөз: {limit} сөзден аз болғаны жөн. Екіге бөліңіз немесе қысқартыңыз.',
      ru: 'Слов в предложении: {value}. В казахском лучше меньше {limit}: разделите его или сократите.',
      en: 'This sentence has {value} words: in Kazakh aim for fewer than {limit}. Split it or cut words.',
    },
  },
  {
    id: 'kk/very-long-sentence',
    kind: 'metric',
    measure: 'sentence-words',
    min: 28,
    severity: 'error',
    link: READABILITY,
    message: {
      kk: 'Бұл сөйлемде {value} сөз: мұндай ұзын сөйлемде оқырман ойды жоғалтады. Бірнеше сөйлемге бөліңіз.',
      ru: 'Слов в предложении: {value}. В таком длинном предложении читатель теряет нить: разделите его.',
      en: 'This sentence has {value} words: readers lose track in a sentence this long. Split it.',
    },
  },
  {
    id: 'kk/long-paragraph',
    kind: 'metric',
    measure: 'paragraph-sentences',
    min: 6,
    severity: 'suggestion',
    link: READABILITY,
    message: {
      kk: 'Бұл абзацта {value} сөйлем: абзацта 5-тен аспағаны жөн, бір абзацқа бір ой.',
      ru: 'Предложений в абзаце: {value}. Лучше не больше 5, одна мысль в абзаце.',
      en: 'This paragraph has {value} sentences: keep paragraphs to 5 or fewer, one idea each.',
    },
  },
  {
    id: 'kk/long-word',
    kind: 'metric',
    // Officialese and jargon findings offer a word to paste instead: the long word's own finding adds nothing.
    deferTo: ['kk/officialese', 'kk/jargon'],
    measure: 'word-letters',
    // A Kazakh word takes its endings in a row: at 16 or 17 letters ordinary inflected words are long
    // («пайдаланушылардың», «мейрамханалардың», «ұйымдастырушылық»; 92 of the 112 findings on NTREX); from 18
    // on the words flagged are stacked nominalisations and coinages («хабарласуларыңызды», «эвакуацияланғандарға»).
    min: 18,
    // A hyphenated compound is ordinary words joined («материалдық-техникалық», «магниттік-резонанстық»).
    eachPart: true,
    // The causal converb (participle + -дықтан: «орындалмағандықтан», «болмағандықтан») is how Kazakh says
    // "because": the word is an ordinary verb form, and its rewording («…орындалмаған соң») is no shorter.
    // It counts as the participle before it.
    // So does the case ending of a plural agent noun («тасымалдаушылардың», «Автоөндірушілердің»): the everyday
    // word for those who do a job, long by its endings alone, with no shorter wording.
    uncountedEnding:
      '(?<=(?:ған|ген|қан|кен))(?:дық|дік|тық|тік)(?:тан|тен)$|' +
      '(?<=.{3,}(?:шы|ші)(?:лар|лер))(?:дың|дің|ға|ге|ды|ді|дан|ден|да|де|мен)$',
    severity: 'suggestion',
    link: READABILITY,
    message: {
      kk: '«{text}» сөзінде {value} әріп: қосымшасы азырақ, қысқа сөзбен айтуға бола ма?',
      ru: 'Букв в слове «{text}»: {value}. Можно сказать короче, с меньшим числом окончаний?',
      en: '“{text}” has {value} letters: can you say it with a shorter word and fewer endings?',
    },
    // Common words of government that grow long with endings: «Республикасындағы», «министрліктерінің».
    except: [
      'қазақстан*',
      'республика*',
      'мемлекет*',
      'министр*',
      'премьер-министр*',
      'әкімдік*',
      // Bodies and their units, named in their forms («аумақтық департаменттерінің», «басқармаларындағы»): a
      // body's name has no shorter word.
      'департамент*',
      'басқарма*',
      'комитет*',
      'агенттік*',
      'агенттіг*',
      'инспекция*',
      'прокуратура*',
      'корпорация*',
      'мәслихат*',
      'азамат*',
      'қызметкер*',
      'кәсіпкер*',
      'кәсіпорын*',
      'университет*',
      'халықаралық*',
      'әлеуметтік*',
      'экономикалық*',
      'электрондық*',
      'денсаулық*',
      'инфрақұрылым*',
      'жәрдемақы*',
      'зейнетақы*',
      'жауапкершілі*',
      'мүмкіндік*',
      'шаруашылы*',
      'ауылшаруашылы*',
      'зорлық-зомбылық*',
      'қарым-қатынас*',
      'оңтүстік-*',
      'солтүстік-*',
      'конференция*',
      // A medical examination named by its Greek compound («электрокардиография», «эзофагогастродуоденоскопия»)
      // is long in its stem, and Kazakh has no shorter word for it (only the abbreviation, ЭКГ).
      ...['графия', 'скопия'].flatMap((term) =>
        ['', 'ны', 'сы', 'сын', 'ға', 'да', 'дан', 'лық'].map((ending) => `*${term}${ending}`),
      ),
      ...SUGGESTED_LONG_NOUNS,
      // Neutering or disinfection, a fixed step of a programme («аулау – зарарсыздандыру – вакцинациялау»):
      // Kazakh has no shorter word.
      'зарарсыздандыр*',
    ],
  },
  {
    id: 'kk/undefined-abbreviation',
    kind: 'builtin',
    check: 'undefined-abbreviation',
    severity: 'warning',
    // «(бұдан әрі – ХҚКО)», «(бұдан әрі мәтінде – ХҚКО)», «(қысқаша – ХҚКО)», «(ХҚКО деп аталады)».
    definitionWords: [
      'бұдан',
      'әрі',
      'мәтінде',
      'мәтін',
      'бойынша',
      'қысқаша',
      'немесе',
      'деп',
      'аталатын',
      'аталады',
      'яғни',
      'дегеніміз',
      'деген',
    ],
    link: ABBREVIATIONS_LINK,
    // The abbreviations of Kazakhstan's public services, in their dictionary form (the message's example; the
    // abbreviation takes the case ending, the full name would take it on its last word, so it is not pasted).
    fullNames: {
      ХҚКО: 'Халыққа қызмет көрсету орталығы',
      ҚР: 'Қазақстан Республикасы',
      НҚА: 'нормативтік құқықтық акт',
      ЖАО: 'жергілікті атқарушы орган',
      ЭЦҚ: 'электрондық цифрлық қолтаңба',
      ЖСН: 'жеке сәйкестендіру нөмірі',
      БСН: 'бизнес-сәйкестендіру нөмірі',
      АЕК: 'айлық есептік көрсеткіш',
      МӘМС: 'міндетті әлеуметтік медициналық сақтандыру',
      БЖЗҚ: 'Бірыңғай жинақтаушы зейнетақы қоры',
      МӘСҚ: 'Мемлекеттік әлеуметтік сақтандыру қоры',
      АӘК: 'атаулы әлеуметтік көмек',
      АХАЖ: 'азаматтық хал актілерін жазу',
      ЖШС: 'жауапкершілігі шектеулі серіктестік',
      КЕАҚ: 'коммерциялық емес акционерлік қоғам',
      ІІМ: 'Ішкі істер министрлігі',
    },
    message: {
      kk: '«{text}» қысқартуын алғаш қолданғанда толық жазыңыз, мысалы: «{example}».',
      ru: 'Расшифруйте «{text}» при первом упоминании, например: «{example}».',
      en: 'Spell out “{text}” the first time you use it, for example “{example}”.',
    },
    unlistedMessage: {
      kk: '«{text}» қысқартуын алғаш қолданғанда толық жазыңыз: алдымен толық атауы, содан кейін «({text})».',
      ru: 'Расшифруйте «{text}» при первом упоминании: сначала полное название, затем «({text})».',
      en: 'Spell out “{text}” the first time you use it: the full name first, then “({text})”.',
    },
    words: KNOWN_ABBREVIATIONS,
  },
  {
    id: 'kk/all-caps',
    kind: 'builtin',
    check: 'all-caps',
    severity: 'suggestion',
    link: 'https://ru.wikipedia.org/wiki/Caps_Lock',
    message: {
      kk: '«{text}» бас әріппен жазылған: мұндай сөзді оқу қиын әрі айқай сияқты. Кіші әріппен жазыңыз.',
      ru: '«{text}» написано заглавными: так труднее читать, и это звучит как крик. Напишите строчными.',
      en: '“{text}” is in capitals: capitals are harder to read and feel like shouting. Use lower case.',
    },
    words: [...KNOWN_ABBREVIATIONS, ...OFFICE_ABBREVIATIONS, ...NAMES_IN_CAPITALS],
    formulas: ENACTING_FORMULAS,
  },
  {
    id: 'kk/mixed-script',
    kind: 'builtin',
    check: 'mixed-script',
    severity: 'error',
    link: 'https://en.wikipedia.org/wiki/IDN_homograph_attack',
    message: {
      kk: '«{text}» сөзінде латын және кирилл әріптері араласқан: іздеу мен экраннан оқу бағдарламалары оны танымайды.',
      ru: 'В «{text}» смешаны латинские и кириллические буквы: поиск и программы экранного доступа его не узнают.',
      en: '“{text}” mixes Latin and Cyrillic letters: search and screen readers will not recognise it.',
    },
    messageWithSuggestion: {
      kk: '«{text}» сөзінде латын және кирилл әріптері араласқан: «{suggestion}» деп қайта теріңіз.',
      ru: 'В «{text}» смешаны латинские и кириллические буквы: наберите заново «{suggestion}».',
      en: '“{text}” mixes Latin and Cyrillic letters: retype it as “{suggestion}”.',
    },
  },
  {
    id: 'kk/lost-letters',
    kind: 'builtin',
    check: 'lost-letters',
    letters: KAZAKH_CYRILLIC_LETTERS,
    severity: 'warning',
    // A replacement offered for the phrase is written with the letters already.
    deferTo: ['kk/officialese', 'kk/jargon'],
    link: 'https://kk.wikipedia.org/wiki/Қазақ_әліпбиі',
    message: {
      kk: '«{text}» қазақ әріптерінсіз терілген: оқырман мен іздеу оны танымауы мүмкін.',
      ru: '«{text}» набрано без казахских букв: читатель и поиск могут его не узнать.',
      en: '“{text}” is typed without Kazakh letters: readers and search may not recognise it.',
    },
    messageWithSuggestion: {
      kk: '«{text}» қазақ әріптерінсіз терілген: «{suggestion}» деп жазыңыз.',
      ru: '«{text}» набрано без казахских букв: напишите «{suggestion}».',
      en: '“{text}” is typed without Kazakh letters: write “{suggestion}”.',
    },
  },
  {
    id: 'kk/repeated-word',
    kind: 'builtin',
    check: 'repeated-word',
    severity: 'warning',
    link: 'https://ru.wikipedia.org/wiki/Опечатка',
    message: {
      kk: '«{text}»: сөз қатарынан екі рет жазылған. Біреуін өшіріңіз немесе сөйлемді басқаша құрыңыз.',
      ru: '«{text}»: слово повторяется. Удалите лишнее или перестройте фразу.',
      en: '“{text}”: the word is repeated. Delete one, or reword the sentence.',
    },
    // The suggestions are the hyphenated reduplication («жай-жай») and the single word, or the single word
    // alone («дейін»): the message fits both.
    messageWithSuggestion: {
      kk: '«{text}»: сөз қатарынан екі рет жазылған. Біреуін өшіріңіз немесе, қос сөз болса, дефиспен жазыңыз. Ұсыныс: «{suggestion}».',
      ru: '«{text}»: слово повторяется. Удалите лишнее или, если это парный повтор, напишите через дефис. Вариант: «{suggestion}».',
      en: '“{text}”: the word is repeated. Delete one, or hyphenate a reduplication. Suggested: “{suggestion}”.',
    },
    // A doubled word may be a reduplication without its hyphen («жай жай», «жиі жиі», «үлкен үлкен»): offered
    // «жай-жай» first. Conjunctions, postpositions, particles and pronouns are never doubled: a typo.
    reduplicationExcept: (
      'және мен бен пен немесе не әрі бірақ ал үшін бойынша туралы арқылы дейін кейін соң бұрын сияқты ' +
      'секілді да де та те ғана қана ма ме ба бе па пе ше шы ғой деп еді екен емес жоқ ол бұл осы сол ' +
      'сен сіз біз олар сендер сіздер біздер мына'
    ).split(' '),
    // Nor is a word with a plural, a possessive «your» or a case ending — not the locative or the accusative
    // in -ды, which «қайта-қайта», «бірте-бірте», «қатты-қатты» end like: «құжаттарды құжаттарды» is a typo.
    reduplicationExceptPattern:
      '.{3,}(?:лар|лер|дар|дер|тар|тер)[а-яәіңғүұқөһ]*$|(?:ыңыз|іңіз|ңыз|ңіз)[а-яәіңғүұқөһ]*$|(?:ның|нің|дың|дің|тың|тің|дан|ден|тан|тен|нан|нен|мен|бен|пен)$|[аәеиоөұүуыі](?:ны|ні)$|[^аәеиоөұүуыіэюя](?:ға|ге|қа|ке)$',
    // Kazakh doubles adjectives and adverbs («үлкен-үлкен», «жиі-жиі», «қатты-қатты», those in -лы, -ды, -сыз,
    // -дай, -ша), numerals («бір-бір», «екі-екі») and a few nouns of groups and times («топ-топ», «қатар-қатар»).
    // Another noun doubled may be the subject and the next clause's first word («Шағым шағым жасалатын әрекет
    // …»): «Шағым-шағым» or one «Шағым» breaks the sentence. Flagged, nothing to paste.
    reduplicates:
      '^(?:жай|жиі|үлкен|кіші|кішкене|кішкентай|қайта|бірте|ақырын|тез|баяу|ұзақ|ұзын|қысқа|жақсы|жаман|' +
      'ақ|қара|қызыл|көк|сары|жасыл|биік|аласа|терең|жеке|әр|түрлі|бөлек|жаңа|ескі|әрең|әзер|кей|талай|жылы|' +
      'суық|ыстық|ауыр|жеңіл|әдемі|көп|аз|ерте|кеш|енді|тура|жоғары|төмен|алыс|жақын|бір|екі|үш|төрт|бес|алты|' +
      'жеті|сегіз|тоғыз|он|жүз|мың|топ|қатар|тау|шоқ|үйір|бума|қабат|бұрыш|жыл|күн|ай)$|' +
      '.{2,}(?:лы|лі|ды|ді|ты|ті|сыз|сіз|дай|дей|тай|тей|ша|ше|шыл|шіл|қы|кі|ғы|гі|тық|тік)$',
    // A bare verbal noun ends one phrase and, said again, names the kind of the possessed noun after it
    // («Неке қиюды мемлекеттік тіркеу тіркеу органдарында»: registration, at the registry offices): both needed.
    attributeBeforeHead: {
      word: `^(?!${NOUNS_IN_U}$)[а-яәіңғүұқөһ]{2,}[ую]$`,
      head: '^[а-яәіңғүұқөһ]{2,}(?:[^аәеиоөұүуыі][ыі]|с[ыі]|[лдт][ае]р[ыі])(?:н|ның|нің|на|не|нда|нде|нан|нен|мен|ндағы|ндегі)?$',
    },
  },
  {
    // «5 (бес) жұмыс күні ішінде»: the digits say it; the words in brackets are a legal habit.
    id: 'kk/doubled-number',
    kind: 'builtin',
    check: 'doubled-number',
    severity: 'suggestion',
    numberWords: NUMBER_WORDS,
    numberUnits: NUMBER_UNITS,
    ...DOUBLED_NUMBER_MESSAGES,
    link: CHANCELLERY,
  },
  {
    id: 'kk/nominal-chain',
    kind: 'builtin',
    check: 'nominal-chain',
    severity: 'warning',
    link: CHANCELLERY,
    message: {
      kk: '«{text}» — зат есімдер тізбегі: кім не істейтінін етістікпен айтыңыз, сөйлемді бөліңіз («қызметті жақсартамыз»).',
      ru: '«{text}» — цепочка существительных: скажите глаголом, кто что делает, и разделите предложение.',
      en: '“{text}” stacks nouns: use a verb to say who does what, and split the sentence.',
    },
  },
];
