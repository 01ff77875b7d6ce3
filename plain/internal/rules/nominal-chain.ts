import type { Document, Sentence } from '../text/document.ts';
import { adjacent } from './context.ts';
import { type CompiledTerms, type SentenceTerms, sentenceTerms } from './terms.ts';
import type { LanguageCode } from './types.ts';

/**
 * Nominal chains: nouns stacked on nouns, the hallmark of bureaucratic prose in all three languages —
 * «в целях обеспечения реализации мер», «қызмет көрсету сапасын арттыру мәселелері», "the improvement of
 * the provision of services". Readers must unpack them into actions; a verb says it directly.
 * Each language's recogniser looks at word endings only, so it needs no dictionary.
 */

// Russian verbal and abstract nouns (-ние, -ция, -ость, -ство, -тие) in any case. «-ние», «-ний» and «-тие»
// come after a vowel («решение», «заявлений», «развитие»): after a consonant they are adjectives
// («последний», «13-летний») or other nouns («партии»).
const RU_NOMINALISATION =
  /(?:[аеёиоуыэюя]ние|ния|нию|нием|нии|[аеёиоуыэюя]ний|ниям|ниями|ниях|ция|ции|цию|цией|ций|ость|ости|остью|остей|ство|ства|ству|ством|стве|ств|[аеиоуыя]т(?:ие|ия|ию|ием|ии|ий))$/u;
// Nouns with a nominalisation's ending that name a thing or a body, not an action or a quality: «средств
// массовой информации», «правительства страны», «здания школы», a document («готового удостоверения»), a price
// or a post («Стоимость резидентного разрешения», «должность инспектора») stack no hidden verbs.
const RU_CONCRETE_NOUN =
  /^(?:государств|обществ|правительств|министерств|хозяйств|средств|имуществ|агентств|ведомств|сообществ|предприяти|учреждени|здани|удостоверени|стоимост|должност|местност)/u;
const isRussianNominalisation = (norm: string) =>
  RU_NOMINALISATION.test(norm) && !RU_CONCRETE_NOUN.test(norm);
// Verbal nouns without a suffix («перенос», «вывоз», «пересмотр»), which head a chain as those in «-ние» do:
// «с переносом выполнения работ». Only as its first word, where a verbal noun takes the chain's genitives.
const RU_BARE_VERBAL_HEAD =
  /^(?:перенос|вывоз|ввоз|пересмотр|возврат|отбор|осмотр|перерасчет|пересчет)(?:|а|у|ом|е|ы|ов|ам|ами|ах)$/u;
// Genitive forms that continue a chain: nouns in -ки/-ов/-ей/-ы/-а… and genitive adjectives before a noun.
const RU_GENITIVE_NOUN = /(?:ния|ний|ции|ций|ости|остей|ства|ств|тия|тий|ки|ок|ов|ев|ей|ы|и|а|я)$/u;
const RU_GENITIVE_ADJECTIVE = /(?:ого|его|ой|ей|ых|их)$/u;
const RU_GENITIVE_ADJECTIVE_PLURAL = /(?:ых|их)$/u;
// Verbs (also reflexive: «подвергся», «снизилась») and adjectives, which end a chain; infinitives in -ти and
// -чь too («до начала осуществления деятельности пройти», «провести», «помочь»), not «части», «власти».
// -ами/-ями is an instrumental plural («местами»): no genitive.
const RU_NOT_NOUN =
  /(?:ть|ться|ся|сь|йти|[вн]ести|[аеоя]зти|чь|ет|ит|ют|ят|ут|ал|ил|ла|ло|ли|ый|ий|ая|ое|ее|ые|ие|но|ко|ро|то|ами|ями)$/u;
// Not a genitive plural without ending: a word in a vowel, and the 1st plural of a verb, which letters
// to citizens put after a chain («По результатам рассмотрения обращения сообщаем», «…безопасности
// рекомендуем», «…уведомления сообщите»). (-ем after a consonant is a noun's: «решения проблем».) Nor a
// dative plural, the person a predicate after the chain addresses («В случае изменения места жительства
// родителям необходимо …»); «программ», «сумм» keep their -мм.
const RU_NOT_BARE_GENITIVE = /(?:[аеёиоуыэюя]|[аеяую]ем|им|[^м]ам|ям)$/u;
// Masculine nouns whose nominative (or accusative) singular ends in -ок/-ек, as feminine genitive plurals do
// («справок», «проверок»): a subject or object of its own, never a genitive that continues a chain («После
// проведения вакцинации | ребенок должен…», «…оформления документов | участок передают»).
const RU_MASCULINE_IN_OK =
  /^(?:реб[её]н|участ|поряд|спис|подар|рын|звон|потол|кус|отрез|промежут|остат|недостат|избыт|убыт|ср|пот|ур)ок$|^(?:ч|в)ек$|^па[её]к$/u;
// A finite verb: present or past, reflexive too («подлежит», «рассматривается», «поступил»).
const RU_FINITE_VERB = /(?:[еиюяу]т|[еи]тся|[юяу]тся|[аеиоуыя]л(?:а|о|и)?(?:с[ья])?)$/u;
// A predicate of duty or right, whose subject a bare noun before it is («…обучения стипендиат обязан»).
const RU_MODAL_PREDICATE = /^(?:обязан|обязана|обязаны|должен|должна|должны|вправе|может|могут)$/u;
// «-ция» is the nominative, never a genitive that continues a chain: «из соображений безопасности полиция…».
const RU_NOMINATIVE = /ция$/u;
// Nouns that with «в» make a preposition: «в течение нескольких часов» is "for a few hours"; so do
// «на основании», «в отношении», «по истечении» (which officialese flags with their plain prepositions).
const RU_PREPOSITION_NOUN = new Map([
  ['течение', 'в'],
  ['продолжение', 'в'],
  ['заключение', 'в'],
  ['отношении', 'в'],
  ['основании', 'на'],
  ['истечении', 'по'],
  // «По завершении», «по окончании» are "after": «По завершении строительства приемка объекта…» is no chain.
  ['завершении', 'по'],
  ['окончании', 'по'],
]);
// Short passive participles end like genitive nouns, feminine and plural ones in -а/-ы, masculine ones like a
// genitive plural without ending: a chain ends before them («…развития здравоохранения проведена работа», «…по
// рассмотрению заявлений создана», «…нарушений организаций определены», «…субъектов предпринимательства
// составлен»). Only stems no genitive noun ends in («страны», «охраны», «замены», «защиты», «ребят», «быт»).
const RU_PARTICIPLE_STEM =
  '(?:[ое]ван|писан|делан|(?:каз|вяз|рез)ан|(?:зд|ыд|од|ед|тд|ад|ид)ан|бран|работан|[вмпбдс]лен|делен|жден|щен|(?:ож|руж|раж|ряж)ен|(?:реш|верш|выш|руш|лиш|глаш)ен|(?:ач|еч|уч|юч|нч|рч)ен|(?:вед|йд|блюд|нес|вез)ен|(?:мотр|провер|измен|отмен|замен|примен|оцен|строен|хран|полн|един)ен|крыт)';
const RU_SHORT_PARTICIPLE = new RegExp(
  `(?:${RU_PARTICIPLE_STEM}(?:[аы])?|(?:[нз]?ят|чат|быт)[аы]|[нз]ят|начат)$`,
  'u',
);
// A chain is made of common Russian words: a name («Калифорнии», «Организации Объединённых Наций»), a Latin
// word or a number inside a sentence ends it.
const RU_COMMON_WORD = /^[а-яё]+(?:-[а-яё]+)*$/u;
// A demonstrative between a chain's nouns («получения настоящего уведомления», «данного требования»): it
// points, like «этого», and does not lengthen the chain.
const RU_DEMONSTRATIVE =
  /^(?:настоящ|данн|указанн|эт)(?:[ое]го|[ое]й|[ыи]х|[ое]му|[ыи]м|[ое]м|ую|юю|ая|яя|ое|ее|[ыи]е|[ыи]й|[ыи]ми)$/u;
// A body's name opening a sentence, whose capital reads as the sentence's: «Управлением социальной защиты
// населения рассмотрено…» names who acts, which no verb can replace.
const RU_BODY = /^(?:управлени|учреждени|отделени|объединени|правлени)[а-яё]*$/u;
// The body an organisation belongs to, after its quoted name or number, is part of its name: «Городская
// поликлиника № 5» управления здравоохранения города Астаны».
const RU_PARENT_BODY = /^(?:управлени|департамент|отдел|комитет|министерств)[а-яё]*$/u;
// A body named by its head and the genitives of its field and parent («управлением образования администрации
// городского округа», «департамента здравоохранения города», «отдел развития растениеводства управления»): a
// name no verb can replace, whatever opens it. «Отдел» in its own forms only: «отдельных», «отделения» are others.
const RU_NAMED_BODY_HEAD =
  /^(?:(?:управлени|департамент|комитет|администраци)[а-яё]*|отдел(?:а|у|ом|е|ы|ов|ам|ами|ах)?)$/u;
const RU_NAME_END_BEFORE = /(?:[»"”]|№\s*\d[\p{L}\d/-]*)\s*$/u;
const RU_FUNCTION = new Set(
  (
    'и в во не на с со по к для из из-за из-под у от о об за а но что как при до без через между под над перед или то же бы ли это этот эта эти его ее их ' +
    // Prepositions and adverbs without an adjective or verb ending, which the slot for a genitive plural
    // without ending («мер», «услуг») would otherwise take: «удостоверения личности взамен утраченного».
    'взамен вместо вследствие ввиду вроде вокруг внутри вне после около среди возле кроме против согласно благодаря вопреки насчет путем ради сквозь вдоль мимо накануне посредством сверх свыше помимо включая спустя также тоже более менее уже еще сейчас сегодня вчера завтра здесь там затем потом всегда ' +
    'так тут сам всем всех ними ним ' +
    // Personal pronouns in the nominative: a new subject, never a genitive («реализации мер мы работаем»).
    'я ты он она оно мы вы они ' +
    // Short adjectives that make the predicate («для подтверждения личности нужен паспорт»): no genitive.
    'нужен нужна нужны должен должна должны обязан обязана обязаны необходим необходима необходимы готов готова готовы'
  ).split(' '),
);

const EN_NOMINALISATION = /^[a-z]{3,}(?:tion|sion|ment|ance|ence|ancy|ency|ity|ness|ure|ing)s?$/u;
const EN_DETERMINER = new Set(
  'the a an this these that those its their our your his her any all each'.split(' '),
);
const EN_FUNCTION = new Set(
  (
    'of to in on for with by at from and or but is are was were be been being not as that which who it ' +
    'will would shall should can could may might must has have had do does did'
  ).split(' '),
);
const EN_ADJECTIVE =
  /^(?:[a-z]{2,}(?:al|ic|ive|ous|ful|less|able|ible|ary|ory|ent|ant)|public|new|local|social|other)$/u;
const EN_PARTICIPLE = /^[a-z]{3,}ed$/u;
// Verbs that take their object and then "of" what it is told or cleared of: "notify the majority of government
// departments of the death". The last "of" is the verb's, and the object alone is no chain.
const EN_VERB_OBJECT_OF =
  /^(?:notif(?:y|ies|ied|ying)|inform(?:s|ed|ing)?|advis(?:e|es|ed|ing)|remind(?:s|ed|ing)?|warn(?:s|ed|ing)?|assur(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|appris(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|depriv(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|rid(?:s|ding)?|clear(?:s|ed|ing)?)$/u;
// A chain is made of common English words: a name inside a sentence ("the Ministry of Labour and Social
// Protection of Population of the Republic") ends it, as it does in Russian and Kazakh.
const EN_COMMON_WORD = /^[a-z]+(?:['’-][a-z]+)*$/u;

// Kazakh verbal nouns (-у, -ту with case and possessive) and abstract nouns (-лық/-лік/-дық/-дік/-тық/-тік).
const KK_NOMINALISATION =
  /(?:у|уы|уі|уын|уін|уды|уді|уға|уге|уда|уде|удың|удің|уына|уіне|уында|уінде|лық|лік|дық|дік|тық|тік|лығы|лігі|дығы|дігі|тығы|тігі|лығын|лігін|дығын|дігін|тығын|тігін)$/u;
// Nouns bound in an izafet chain: genitive, possessive, plural, or a -лық/-тік attribute.
const KK_LINKED =
  /(?:ның|нің|дың|дің|тың|тің|сы|сі|сын|сін|ы|і|ын|ін|лар|лер|дар|дер|тар|тер|ларды|лерді|лары|лері|тік|дік|лік|тық|дық|лық)$/u;
// Function words, pronouns and quantifiers («оның», «барлық»), conjunctions («себебі») and the words of the
// predicate («еді», «мүмкін»): none of them is a noun of a chain, though many end like one.
const KK_FUNCTION = new Set(
  (
    'және мен бен пен немесе бірақ үшін бойынша туралы арқылы дейін кейін сияқты бұл осы ол сол ' +
    'оның олардың менің біздің сіздің сенің соның осының бұның мұның өзінің өздерінің оны оларды ' +
    'барлық бүкіл әр әрбір кейбір көптеген басқа келесі себебі өйткені яғни сондай-ақ ' +
    'қатысты байланысты қарсы жөнінде жайлы еді екен мүмкін керек қажет тиіс шын қиын жақсы ' +
    // Adverbs and question words that end like a possessive («әлі», «тағы», «қайсысы»).
    'әлі тағы енді қазір бүгін ертең кеше әрі қайсы қайсысы қайсысын қандай қалай неге ' +
    // Adverbs of manner and time officialese puts before its verbal nouns («…жұмыстарын уақтылы аяқтауды»).
    'уақтылы уақытында дереу жедел толық толығымен тез биыл ' +
    // Days of the week, which say when, not what («…орталық сенбі күні»).
    'дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі ' +
    // «Алдын алу» (to prevent) is one verb, its object the genitive before it: «жол-көлік оқиғаларының алдын
    // алу» stacks no nouns.
    'алдын'
  ).split(' '),
);
// Participles (-атын/-етін/-йтын/-йтін) and the present tense (-ады/-еді/-йды/-йді) are verbs: «…мүмкіндік
// беретін», «…септігін тигізеді» end a chain, not continue it.
const KK_VERB = /(?:[аеә]тын|[аеә]тін|йтын|йтін|[аеә]ды|[аеә]ді|йды|йді)$/u;
// An accusative noun is the object of a verb: inside a chain only a verbal noun can follow it («полицияны
// қолдау»); another noun after it starts a new phrase («…орталық мексикалықтарды ескертті»).
// (-ды/-ді/-ты/-ті follow a consonant: after a vowel and т or д, «қызметі», «құжаты» are possessives.)
const KK_ACCUSATIVE = /(?:ны|ні|[^аәеиоөұүуыіэюя](?:ды|ді|ты|ті))$/u;
// The accusative after the third-person possessive («салығын», «сапасын») is an object too: a noun after it
// that is no verbal noun starts a new phrase («…мүлік салығын ағымдағы жылдың…»).
// (Not roots that end so: «тұрғын үй», «бұрын», «сайын».)
const KK_POSSESSIVE_ACCUSATIVE =
  /^(?!(?:тұрғын|жиын|ағын|жалын|келін|түйін|ақын|жақын|бұрын|кейін|сайын|мүмкін|бүгін|қиын|ілгерін|қайын|тығын|қорғасын|тегін)$).*[^аәеиоөұүуыіэюя][ыі]н$/u;
// A noun with the third-person possessive and no case after it («әдісі», «нәтижесі») is a phrase's head: an
// accusative after it is the object of a new clause («…үйрету әдісі лейкемияны емдеуге көмектесті»).
const KK_POSSESSIVE_HEAD = /(?:[^нтд]ы|[^нтд]і|сы|сі)$/u;
// «бар», «жоқ» (there is, there is not) after a possessed noun make it a phrase of having.
const KK_HAVING = /^(?:бар|жоқ)$/u;
// A bare plural noun binds to the next noun as its possessor («балалар үйі») or as the object of a verbal noun
// («қызметтер көрсету»); before another word it is a subject or object of its own («Тұрғындар жылу беру
// мәселелері бойынша…»).
const KK_BARE_PLURAL = /(?:лар|лер|дар|дер|тар|тер)$/u;
const KK_POSSESSED = /[ыі](?:н|на|не|нда|нде|нан|нен|ның|нің|мен)?$/u;
// A noun in the dative, locative, ablative or instrumental is governed by a verb or a postposition, never by
// the next noun: it ends a chain («…атаудың өзгеруіне | тобының "ашық" болғанын»). Only case endings after a
// verbal noun, a possessive or a plural are read so: a bare root may end the same way («кесте»), and two
// roots look like a verbal noun's locative («сауда», «кеуде»).
const KK_OBLIQUE =
  /^(?!(?:сауда|кеуде)$).*(?:у|[ыі]|с[ыі]|[лдт][ае]р)(?:ға|ге|на|не|да|де|нда|нде|дан|ден|нан|нен|мен|бен|пен)$/u;
// A verbal noun's accusative is the object of what follows («өтінімдерді қарауды | өңірлік кеңес жүзеге
// асырады»), as a noun's is: only a verbal noun may follow it in a chain («тексеруді ұйымдастыру»).
const KK_VERBAL_NOUN_ACCUSATIVE = /у(?:ды|ді|ын|ін)$/u;
const KK_VERBAL_NOUN_ENDING = /(?:у|уы|уі|уын|уін|уды|уді|уға|уге|уда|уде|удың|удің|уына|уіне|уында|уінде)$/u;
// Nouns that end in -у as verbal nouns do: «су» water, «жылу» heat, «ауру» illness, «ту» a flag, «тау», «қару».
// After an accusative they start a new phrase («Әкімдік тұрғындарды | жылу беру маусымына …»).
const KK_NOUN_IN_U = /^(?:су|ту|жылу|ауру|тау|дау|жау|бау|қару)(?:[ыі]|[ыі]н|[ыі]на|ға|ды|да|дың|дан)?$/u;
const isKazakhVerbalNoun = (norm: string) => KK_VERBAL_NOUN_ENDING.test(norm) && !KK_NOUN_IN_U.test(norm);
// A verbal noun with the third-person possessive before a word of modality is the predicate, a verb's work
// («…ұйымның әкімшілігі | беруі мүмкін», «…өтініш берушінің | ұсынуы керек»): it ends a chain, not continues it.
const KK_POSSESSED_VERBAL_NOUN = /у[ыі]$/u;
const KK_MODAL = /^(?:мүмкін|керек|тиіс|қажет|міндетті)$/u;
// A bare verbal noun («төлеу») binds to a noun after it («төлеу тәртібі»), not to an adjective, which opens the
// next phrase («Субсидия төлеу | бюджеттік бағдарламаның әкімшісі арқылы …»).
const KK_BARE_VERBAL_NOUN = /у$/u;
// A bare -лық/-лік word or a -дағы/-дегі word is an attribute of the next word («экономикалық себептер»,
// «атауын өзгерту жөніндегі референдум»): it does not end a chain.
const KK_LOCATIVE_ATTRIBUTE = /(?:дағы|дегі|тағы|тегі)$/u;
// Attributes of time and place in -ғы/-гі/-қы/-кі are listed: the suffix alone is also a possessive («көмегі»).
const KK_ADJECTIVAL_ATTRIBUTE =
  /(?:лық|лік|дық|дік|тық|тік|(?:^|-)(?:күзгі|қысқы|жазғы|көктемгі|бұрынғы|кейінгі|соңғы|алдыңғы|ішкі|сыртқы|жоғарғы|төменгі|ортаңғы|бүгінгі|ертеңгі|кешегі|қазіргі|түнгі|таңғы|кешкі|күндізгі))$/u;
const isBareAttribute = (norm: string) =>
  KK_LOCATIVE_ATTRIBUTE.test(norm) || KK_ADJECTIVAL_ATTRIBUTE.test(norm);
// A chain that ends in a body with its possessive is the body's name, which Kazakh writes in lower case after
// its first word («Облыстық денсаулық сақтау басқармасы», «Сапаны қамтамасыз ету комитеті»): the editor
// cannot reword it.
const KK_BODY =
  /^(?:(?:министрлі[гк]|басқарма|департамент|комитет|агентті[гк]|инспекция|орталығ|кеңес|палата|бөлім|әкімді[гк])[а-яәіңғүұқөһ]*|қоры(?:ның|на|н|нда|нан)?)$/u;
// A body named by a bare noun («Әкімдік», «Министрлік») before an object in the accusative is the subject of
// its clause, not an attribute of the object: «Әкімдік | азаматтарды қабылдау кестесін бекітті».
const KK_BARE_BODY = /^(?:министрлік|әкімдік|агенттік|басқарма|департамент|комитет|инспекция|палата)$/u;
// A chain is made of common Kazakh words: a name or title in capitals inside a sentence («Денсаулық Сақтау
// Министрі»), a Latin word or a number ends it.
const KK_COMMON_WORD = /^[а-яәіңғүұқөһё]+(?:-[а-яәіңғүұқөһё]+)*$/u;

// A run that names a system or service with no action in it («Электрондық цифрлық құжаттар сервисі», «Электрондық
// үкімет порталы») is the thing's name, which the editor cannot reword.
const KK_SYSTEM = /^(?:сервис|портал|жүйе|бағдарлама|платформа|қосымша)[а-яәіңғүұқөһ]*$/u;

// A genitive stacks one noun on another («тұрғындарының ерекшелігін»).
const KK_GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/u;

type Chain = [first: number, last: number];

/**
 * Whether words `first`..`last` are one verbal noun with its object before it in the accusative and at most its
 * head after it, with no genitive in the object: an ordinary clause («су құбыры желілерін жаңғырту»,
 * «Мемлекеттік қызметтерді алу тәртібі»), not nouns stacked on nouns. A second verbal noun («азаматтарды
 * қабылдау кестесін бекіту»), a longer tail («жылу желілерін жөндеу жұмыстарының сапасын») or a genitive
 * still makes a chain.
 */
function isKazakhClause(words: Document['words'], first: number, last: number): boolean {
  const verbalNouns: number[] = [];
  for (let k = first; k <= last; k++) if (isKazakhVerbalNoun(words[k]?.norm ?? '')) verbalNouns.push(k);
  const [verbalNoun] = verbalNouns;
  if (verbalNouns.length !== 1 || verbalNoun === undefined || verbalNoun === first) return false;
  const object = words[verbalNoun - 1]?.norm ?? '';
  if (!(KK_ACCUSATIVE.test(object) || KK_POSSESSIVE_ACCUSATIVE.test(object)) || last - verbalNoun > 1)
    return false;
  // An object that stacks a genitive on its head («…тұрғындарының ерекшелігін бұзуы») is a chain of its own.
  for (let k = first; k < verbalNoun; k++) if (KK_GENITIVE.test(words[k]?.norm ?? '')) return false;
  return true;
}

/** Whether words `first`..`last` name a system or service and hold no verbal noun (see `KK_SYSTEM`). */
function isKazakhSystemName(words: Document['words'], first: number, last: number): boolean {
  if (!KK_SYSTEM.test(words[last]?.norm ?? '')) return false;
  for (let k = first; k <= last; k++) if (isKazakhVerbalNoun(words[k]?.norm ?? '')) return false;
  return true;
}

/**
 * Whether word `j` is written as a common word of the script `pattern` describes (lower case, no digits):
 * a name, a Latin word or a number ends a chain. The sentence's first word has a capital anyway.
 */
function isCommonWord(pattern: RegExp, words: Document['words'], sentence: Sentence, j: number): boolean {
  const word = words[j];
  return !!word && pattern.test(j === sentence.firstWord ? word.norm : word.text);
}

/**
 * Whether a word stands inside a quoted name, a «…» opened in its sentence by a capital and not yet closed,
 * («Управление природных ресурсов и регулирования природопользования акимата…»): a body's or an act's title,
 * which the writer cannot rebuild. The sentence's quotation marks are found once: the chain rules ask at every
 * word, and most sentences have none.
 */
function quotedNameIn(doc: Document, sentence: Sentence): (word: { start: number }) => boolean {
  const { text } = doc;
  const opens: number[] = [];
  for (let p = sentence.start; p < sentence.end; p++) if (text.charCodeAt(p) === OPENING_QUOTE) opens.push(p);
  if (opens.length === 0) return () => false;
  return (word) => {
    let open = -1;
    for (const p of opens) if (p < word.start) open = p;
    // Opening the sentence, or after a colon or a dash, the quote is someone's words («Он сказал: «Процесс
    // обеспечения…»»), no name.
    if (open < 0) return false;
    const close = text.indexOf('»', open);
    if (close >= 0 && close < word.start) return false;
    // A quote in lower case inside the sentence is words cited as said («под предлогом «проведения
    // следственных мероприятий»»), which the writer keeps verbatim.
    LOWER_QUOTE.lastIndex = open;
    if (LOWER_QUOTE.test(text)) return true;
    UPPER_QUOTE.lastIndex = open;
    return UPPER_QUOTE.test(text) && !opensClause(text, sentence.start, open);
  };
}
const OPENING_QUOTE = '«'.charCodeAt(0);
const LOWER_QUOTE = /«\s*\p{Ll}/uy;
const UPPER_QUOTE = /«\s*\p{Lu}/uy;

/** Whether only spaces stand between `at` and the sentence's start, or a colon or a dash before them. */
function opensClause(text: string, sentenceStart: number, at: number): boolean {
  let p = at - 1;
  while (p >= sentenceStart && /\s/u.test(text[p] ?? '')) p--;
  return p < sentenceStart || ':—–-'.includes(text[p] ?? ':');
}

function russianChains(doc: Document, sentence: Sentence, terms: CompiledTerms): Chain[] {
  const chains: Chain[] = [];
  const words = doc.words;
  const termAt = sentenceTerms(doc, terms, sentence);
  const inQuotedName = quotedNameIn(doc, sentence);
  const common = (j: number) => isCommonWord(RU_COMMON_WORD, words, sentence, j);
  let i = sentence.firstWord;
  while (i < sentence.endWord) {
    const start = words[i];
    if (start && RU_NAMED_BODY_HEAD.test(start.norm) && isRussianGenitiveAfter(doc, sentence, i)) {
      i = bodyNameEnd(doc, sentence, i);
      continue;
    }
    if (
      !start ||
      !(isRussianNominalisation(start.norm) || RU_BARE_VERBAL_HEAD.test(start.norm)) ||
      RU_FUNCTION.has(start.norm) ||
      !common(i) ||
      inQuotedName(start) ||
      (i === sentence.firstWord && RU_BODY.test(start.norm)) ||
      (RU_PARENT_BODY.test(start.norm) &&
        RU_NAME_END_BEFORE.test(doc.text.slice(Math.max(0, start.start - 30), start.start))) ||
      (RU_PREPOSITION_NOUN.has(start.norm) && words[i - 1]?.norm === RU_PREPOSITION_NOUN.get(start.norm))
    ) {
      i++;
      continue;
    }
    let nominalisations = 1;
    let plainNounUsed = false;
    let last = i;
    for (let j = i + 1; j < sentence.endWord; j++) {
      const word = words[j];
      const previous = words[j - 1];
      if (!word || !previous || !adjacent(doc, previous, word) || RU_FUNCTION.has(word.norm)) break;
      // A line break inside a sentence is mostly a wrapped line, as text pasted from a PDF has («…в целях
      // обеспечения⏎реализации мер»), which the segmenter reads on; a next line opened by a capital is a heading's
      // or a new phrase's. (A list item is a sentence of its own, and punctuation is no adjacency.)
      if (/^\p{Lu}/u.test(word.text) && doc.text.slice(previous.end, word.start).includes('\n')) break;
      if (!common(j) || RU_NOMINATIVE.test(word.norm)) break;
      if (RU_SHORT_PARTICIPLE.test(word.norm) || RU_MASCULINE_IN_OK.test(word.norm)) break;
      // A body's name ends the chain before it («…проверки управлением образования администрации»).
      if (RU_NAMED_BODY_HEAD.test(word.norm) && isRussianGenitiveAfter(doc, sentence, j)) break;
      const next = words[j + 1];
      if (isRussianNominalisation(word.norm) && RU_GENITIVE_NOUN.test(word.norm)) {
        nominalisations++;
        last = j;
      } else if (RU_GENITIVE_ADJECTIVE.test(word.norm) && next && !RU_FUNCTION.has(next.norm)) {
      } else if (RU_GENITIVE_NOUN.test(word.norm) && !RU_NOT_NOUN.test(word.norm)) {
        last = j;
      } else if (
        !isRussianNominalisation(previous.norm) &&
        !RU_GENITIVE_ADJECTIVE_PLURAL.test(previous.norm)
      ) {
        // A genitive plural without ending follows a verbal noun or an adjective of its own («реализации мер»,
        // «оказания государственных услуг»); after another noun it starts the next clause («…использования
        // бюджетных средств акимат района осуществляет»).
        break;
      } else if (
        nominalisations >= 2 &&
        !plainNounUsed &&
        word.norm.length >= 3 &&
        !RU_NOT_NOUN.test(word.norm) &&
        !word.norm.endsWith('ь') &&
        !RU_NOT_BARE_GENITIVE.test(word.norm) &&
        !(next && (RU_FINITE_VERB.test(next.norm) || RU_MODAL_PREDICATE.test(next.norm)))
      ) {
        // A genitive plural often has no ending («мер», «услуг»): one such word may continue the chain. A
        // word in -ь is not one («…данного требования услугодатель проверяет»: the next clause's subject), nor
        // one a finite verb follows, whose nominative subject it may be («…со дня вручения постановления
        // штраф подлежит уплате»).
        plainNounUsed = true;
        last = j;
      } else {
        break;
      }
    }
    // A run that begins inside a term («по месту | нахождения медицинской организации») takes the term's
    // first word, so that the term counts as one noun.
    const first = termStartBefore(termAt, sentence, i, last + 1);
    // A term inside counts as one plain noun: its words do not lengthen the chain; nor does a demonstrative.
    let length = last - first + 1;
    for (let k = first + 1; k < last; k++) if (RU_DEMONSTRATIVE.test(words[k]?.norm ?? '')) length--;
    for (let k = first; k <= last; k++) {
      const size = termAt(k, last + 1);
      if (size === 0) continue;
      const inside = words.slice(k, k + size);
      nominalisations -= inside.filter((word) => isRussianNominalisation(word.norm)).length;
      length -= size - 1;
      k += size - 1;
    }
    // The term's words before the run were not counted, though its count took them off.
    for (let k = first; k < i; k++) if (isRussianNominalisation(words[k]?.norm ?? '')) nominalisations++;
    if (length >= 3 && nominalisations >= 2) chains.push([first, last]);
    i = Math.max(i + 1, last + 1);
  }
  return chains;
}

/**
 * An adjective's genitive ending that no instrumental shares: «управлению средой обитания» is the activity, its
 * «средой» no genitive.
 */
const RU_GENITIVE_ADJECTIVE_UNAMBIGUOUS = /(?:ого|его|ых|их)$/u;

/** Whether the word after word `i`, right after it, is a genitive noun or adjective of its sentence. */
function isRussianGenitiveAfter(doc: Document, sentence: Sentence, i: number): boolean {
  const word = doc.words[i];
  const next = doc.words[i + 1];
  return (
    !!word &&
    !!next &&
    i + 1 < sentence.endWord &&
    adjacent(doc, word, next) &&
    !RU_FUNCTION.has(next.norm) &&
    (RU_GENITIVE_NOUN.test(next.norm) || RU_GENITIVE_ADJECTIVE_UNAMBIGUOUS.test(next.norm))
  );
}

/** The word after a body's name that opens at word `i` (`RU_NAMED_BODY_HEAD`): its genitives are its name. */
function bodyNameEnd(doc: Document, sentence: Sentence, i: number): number {
  let j = i;
  while (isRussianGenitiveAfter(doc, sentence, j)) j++;
  return j + 1;
}

/** Whether word `i` opens the object of a verb that takes "of" after it ("notify the majority of …"). */
function afterVerbOfObject(words: Document['words'], sentence: Sentence, i: number): boolean {
  let p = i - 1;
  if (p >= sentence.firstWord && EN_DETERMINER.has(words[p]?.norm ?? '')) p--;
  return p >= sentence.firstWord && EN_VERB_OBJECT_OF.test(words[p]?.norm ?? '');
}

function englishChains(doc: Document, sentence: Sentence): Chain[] {
  const chains: Chain[] = [];
  const words = doc.words;
  const common = (j: number) => isCommonWord(EN_COMMON_WORD, words, sentence, j);
  for (let i = sentence.firstWord; i < sentence.endWord; i++) {
    const norm = words[i]?.norm ?? '';
    // A plain noun after a determiner may head a chain whose two links are both nominalisations: "the date of
    // submission of the application". It is the chain's one plain noun.
    const nominalisation = EN_NOMINALISATION.test(norm);
    const plainHead =
      !nominalisation &&
      words[i + 1]?.norm === 'of' &&
      i > sentence.firstWord &&
      EN_DETERMINER.has(words[i - 1]?.norm ?? '') &&
      !EN_FUNCTION.has(norm) &&
      !EN_DETERMINER.has(norm) &&
      !EN_ADJECTIVE.test(norm);
    if ((!plainHead && !nominalisation) || !common(i)) continue;
    let links = 0;
    let nominalisations = plainHead ? 0 : 1;
    let plainNounUsed = plainHead;
    let last = i;
    // Where each link ends, and whether its noun is a nominalisation: the last link of a verb's object is the
    // verb's own "of", dropped below.
    const linkEnds: { last: number; nominalisation: boolean }[] = [];
    let j = i + 1;
    while (words[j]?.norm === 'of' && j < sentence.endWord) {
      let k = j + 1;
      if (EN_DETERMINER.has(words[k]?.norm ?? '')) k++;
      // One adjective or participle may stand before the noun: "of the public services", "of the submitted
      // documents".
      const noun = words[k];
      if (!noun || k >= sentence.endWord || EN_FUNCTION.has(noun.norm) || !common(k)) break;
      const after = words[k + 1];
      const attribute = EN_ADJECTIVE.test(noun.norm) || EN_PARTICIPLE.test(noun.norm);
      if (after && k + 1 < sentence.endWord && attribute && !EN_FUNCTION.has(after.norm)) k++;
      links++;
      last = k;
      const nominalisation = EN_NOMINALISATION.test(words[k]?.norm ?? '');
      linkEnds.push({ last: k, nominalisation });
      if (!nominalisation) {
        // One plain noun may stand inside a chain that goes on ("the establishment of the fact of
        // incompleteness of …"); at its end it closes the chain.
        if (plainNounUsed || words[k + 1]?.norm !== 'of') break;
        plainNounUsed = true;
      } else nominalisations++;
      j = k + 1;
    }
    const dropped =
      linkEnds.length >= 2 && afterVerbOfObject(words, sentence, i) ? linkEnds.pop() : undefined;
    if (dropped) {
      links--;
      if (dropped.nominalisation) nominalisations--;
      last = linkEnds[linkEnds.length - 1]?.last ?? i;
    }
    if (links >= 2 && nominalisations >= 2) {
      chains.push([i, last]);
      i = last;
    }
  }
  return chains;
}

/**
 * Words a chain does not end in: attributes belong to the noun after the chain, and an accusative (or a past
 * tense in -ды, which looks the same) to the verb after it: «…мүмкіндік берді», «…жолы халықты».
 */
function endsNoChain(norm: string): boolean {
  return isBareAttribute(norm) || (KK_ACCUSATIVE.test(norm) && !isKazakhVerbalNoun(norm));
}

function kazakhChains(doc: Document, sentence: Sentence, termsOfPack: CompiledTerms): Chain[] {
  const chains: Chain[] = [];
  const words = doc.words;
  const termAt = sentenceTerms(doc, termsOfPack, sentence);
  const inQuotedName = quotedNameIn(doc, sentence);
  // Kazakh puts the predicate last, and verbs in -дық/-дік («талқыладық») look like -лық nouns: the last
  // word of a sentence is never part of a chain.
  const end = sentence.endWord - 1;
  let i = sentence.firstWord;
  while (i < end) {
    // A quoted title («Денсаулық сақтау жүйесін дамытудың … мемлекеттік бағдарламасы») is a name: no chain in it.
    const first = words[i];
    if (first && inQuotedName(first)) {
      i++;
      continue;
    }
    let j = i;
    let nominalisations = 0;
    while (j < end) {
      const word = words[j];
      const previous = words[j - 1];
      if (!word || KK_FUNCTION.has(word.norm) || KK_VERB.test(word.norm)) break;
      const next = words[j + 1];
      if (
        KK_POSSESSED_VERBAL_NOUN.test(word.norm) &&
        next &&
        KK_MODAL.test(next.norm) &&
        adjacent(doc, word, next)
      )
        break;
      // Most words end a run here, so the conditions below, which only end it too, are read for few words.
      const nominal = KK_NOMINALISATION.test(word.norm);
      if (!nominal && !KK_LINKED.test(word.norm)) break;
      const object =
        KK_ACCUSATIVE.test(previous?.norm ?? '') ||
        KK_POSSESSIVE_ACCUSATIVE.test(previous?.norm ?? '') ||
        KK_VERBAL_NOUN_ACCUSATIVE.test(previous?.norm ?? '');
      if (j > i && object && !isKazakhVerbalNoun(word.norm)) break;
      // A word said again opens another phrase («…мемлекеттік тіркеу | тіркеу органдарында»): no noun
      // modifies itself.
      if (j > i && previous?.norm === word.norm) break;
      if (j > i && KK_BARE_BODY.test(previous?.norm ?? '') && endsNoChain(word.norm)) break;
      if (j > i && KK_POSSESSIVE_HEAD.test(previous?.norm ?? '') && KK_ACCUSATIVE.test(word.norm)) break;
      if (j > i && KK_OBLIQUE.test(previous?.norm ?? '')) break;
      if (
        j > i &&
        KK_BARE_VERBAL_NOUN.test(previous?.norm ?? '') &&
        isKazakhVerbalNoun(previous?.norm ?? '') &&
        KK_ADJECTIVAL_ATTRIBUTE.test(word.norm)
      )
        break;
      // A head with the third-person possessive and no case ends its phrase but before another possessed noun
      // («жер учаскесі иесінің»): «…министрлігі | тұмауға қарсы».
      // (An attribute in -дағы/-ғы ends alike and binds to the next word: «сайлаудағы республикашылардың».)
      const head = previous?.norm ?? '';
      if (j > i && KK_POSSESSIVE_HEAD.test(head) && !isBareAttribute(head) && !KK_POSSESSED.test(word.norm))
        break;
      // An attribute after such a head opens the next phrase, though it ends like a possessive: «Төтенше
      // жағдайлар министрлігі | көктемгі су тасқыны кезеңінде».
      if (
        j > i &&
        KK_POSSESSIVE_HEAD.test(head) &&
        !isBareAttribute(head) &&
        KK_ADJECTIVAL_ATTRIBUTE.test(word.norm)
      )
        break;
      // A possessed noun before «бар» or «жоқ» is the subject of a phrase of its own, an attribute of what follows
      // («мүгедектігі бар балаларға»): it opens the next phrase, «…орын алу құқығы | мүгедектігі бар».
      if (j > i && KK_POSSESSIVE_HEAD.test(word.norm) && KK_HAVING.test(next?.norm ?? '')) break;
      if (j > i && KK_BARE_PLURAL.test(previous?.norm ?? '') && !KK_POSSESSED.test(word.norm)) {
        // Only a verbal noun takes it as its object («қызметтер көрсету»), and not as a sentence's first word,
        // which is its subject.
        if (j - 1 === sentence.firstWord || !isKazakhVerbalNoun(word.norm)) break;
      }
      if (!isCommonWord(KK_COMMON_WORD, words, sentence, j)) break;
      if (j > i && previous && !adjacent(doc, previous, word)) break;
      if (nominal) nominalisations++;
      j++;
    }
    const runEnd = j;
    while (j - 1 > i && endsNoChain(words[j - 1]?.norm ?? '')) {
      j--;
      if (KK_NOMINALISATION.test(words[j]?.norm ?? '')) nominalisations--;
    }
    // A locative attribute at the start links the chain to the words before it («Ресей мен Қытай арасындағы
    // сауда соғысының басталуы», «…қаласындағы мемлекеттік метеорологиялық қызметі»): it stacks no nouns.
    let start = i;
    while (start < j - 1 && KK_LOCATIVE_ATTRIBUTE.test(words[start]?.norm ?? '')) {
      if (KK_NOMINALISATION.test(words[start]?.norm ?? '')) nominalisations--;
      start++;
    }
    // A term of the pack's (`LanguagePack.terms`: a field's name, «денсаулық сақтау», healthcare; a benefit,
    // «мемлекеттік базалық зейнетақы төлемінің мөлшері») counts as one noun, and as one nominalisation if it
    // holds any. A run that begins inside one («білім | беру сапасын…»: «білім» is no noun of a chain) takes its
    // first word; so does one that begins further inside a longer one, a body's name («жұмыспен қамту және
    // әлеуметтік | бағдарламалар бөлімінің қызметкерлері»).
    start = termStartBefore(termAt, sentence, start, j);
    let terms = 0;
    for (let k = start; k < j; k++) {
      const size = termAt(k, j);
      if (size === 0) continue;
      const inside = words.slice(k, k + size).filter((word) => KK_NOMINALISATION.test(word.norm)).length;
      nominalisations -= Math.max(0, inside - 1);
      terms += size - 1;
      k += size - 1;
    }
    // A body at its end or right after it (in a case, which ends the run) makes the chain an office's name
    // («облысы әкімдігінің тұрғын үй-коммуналдық шаруашылығы басқармасында»), which no editor may reword.
    const named =
      KK_BODY.test(words[j - 1]?.norm ?? '') ||
      KK_BODY.test(words[j]?.norm ?? '') ||
      isKazakhSystemName(words, start, j - 1);
    if (j - start - terms >= 4 && nominalisations >= 2 && !named && !isKazakhClause(words, start, j - 1)) {
      chains.push([start, j - 1]);
      i = j;
    } else {
      // A later start inside the run would stop where this one did, with fewer words and nominalisations:
      // no chain either. Only the word the run stopped at starts afresh (a comma before it ended the run).
      i = Math.max(i + 1, runEnd);
    }
  }
  return chains;
}

/** How many words before a chain's first one a term that holds it may begin. */
const TERM_LOOKBACK = 8;

/**
 * Where a run starting at word `start` begins once a term it starts inside is taken whole: the first word of a
 * term that begins up to `TERM_LOOKBACK` words before it and runs past it, ending before `endWord`; else `start`.
 */
function termStartBefore(termAt: SentenceTerms, sentence: Sentence, start: number, endWord: number): number {
  for (let b = start - 1; b >= Math.max(sentence.firstWord, start - TERM_LOOKBACK); b--)
    if (termAt(b, endWord) > start - b) return b;
  return start;
}

/** No terms of art: a chain counts every word. */
const NO_TERMS: CompiledTerms = new Map();

/**
 * Word index ranges [first, last] of the nominal chains in a sentence; a term of `terms` (the pack's, compiled)
 * counts as one noun.
 */
export function nominalChains(
  doc: Document,
  sentence: Sentence,
  language: LanguageCode,
  terms: CompiledTerms = NO_TERMS,
): Chain[] {
  if (language === 'ru') return russianChains(doc, sentence, terms);
  if (language === 'kk') return kazakhChains(doc, sentence, terms);
  return englishChains(doc, sentence);
}
