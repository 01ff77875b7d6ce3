/**
 * Abbreviations that end in a full stop, by how they behave at a sentence end. Lower case, inner dots kept
 * (`т.е`, `e.g`). Kept together for all three languages: the scripts barely overlap, and a Kazakh page
 * quoting Russian needs both.
 */

/** Written before what they qualify («им. Абая», «ст. 5», "Dr. Smith", "e.g. Astana"): never end a sentence. */
export const PREFIX_ABBREVIATIONS = new Set([
  // Russian
  'им',
  'ул',
  'пр',
  'просп',
  'пер',
  'пл',
  'д',
  'кв',
  'корп',
  'стр',
  'см',
  'ст',
  'п',
  'пп',
  'пт',
  'ч',
  'гл',
  'рис',
  'табл',
  'тел',
  'факс',
  'акад',
  'проф',
  'доц',
  'гр',
  'св',
  'мкр',
  'обл',
  'р',
  'с',
  'т',
  'напр',
  'ср',
  'г',
  'т.е',
  'т.н',
  'т.к',
  'т.ч',
  'в т.ч',
  'и.о',
  'г-н',
  'г-жа',
  'зам',
  'нач',
  'ред',
  'изд',
  'вып',
  'разд',
  // "Дж." is how Russian and Kazakh write the initial J (Дж. Смит): two letters, still an initial.
  'дж',
  // Source languages in etymologies and glosses («от англ. Manager», «лат. Homo»).
  'англ',
  'нем',
  'франц',
  'фр',
  'лат',
  'греч',
  'итал',
  'исп',
  'укр',
  'каз',
  // Kazakh
  'көш',
  'даңғ',
  'ағылш',
  'қ',
  'ауд',
  'мыс',
  'бап',
  'тармақ',
  'тарм',
  'сур',
  'кест',
  'тел',
  'қара',
  'яғни',
  'т.с',
  'а',
  // English
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  // Titles and ranks before a name ("The Rev. David Johnson", "Capt. Larry Giles").
  'rev',
  'fr',
  'hon',
  'pres',
  'capt',
  'col',
  'lt',
  'maj',
  'sgt',
  'cpl',
  'adm',
  'brig',
  'cmdr',
  'supt',
  'insp',
  'st',
  'mt',
  'vs',
  'approx',
  'dept',
  'gen',
  'gov',
  'sen',
  'sens',
  'rep',
  'reps',
  'det',
  'messrs',
  // "Grace v. Sessions"
  'v',
  'fig',
  'e.g',
  'i.e',
  'cf',
  'ca',
  'art',
  'sec',
  'ch',
  'para',
  'vol',
  'vols',
  'figs',
  'pp',
  'tel',
  'ave',
  'rd',
  'blvd',
  'ref',
]);

/**
 * Abbreviations that may end a sentence («и т.д.», "etc.", «2020 г.»): the next word starting with a capital
 * letter means a new sentence; otherwise the sentence goes on.
 */
export const TRAILING_ABBREVIATIONS = new Set([
  // Russian
  'т.д',
  'т.п',
  'др',
  'пр',
  'г',
  'гг',
  'в',
  'вв',
  'руб',
  'коп',
  'долл',
  'тыс',
  'млн',
  'млрд',
  'трлн',
  'кг',
  'км',
  'мин',
  'сек',
  'чел',
  'экз',
  'шт',
  'ед',
  // Kazakh
  'т.б',
  'т.с.с',
  'б.з.д',
  'б.з',
  'ж',
  'жж',
  'тг',
  'мың',
  'ғ',
  'ғғ',
  // English
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
  'a.m',
  'p.m',
  'bc',
  'ad',
  'al',
  'et al',
]);

/**
 * Magnitudes and currencies: after them a word in capitals names the currency or its country («5 млрд. долл.
 * США», «60 млрд. АҚШ долларын», «2 млн. USD»), so the amount goes on instead of a new sentence starting.
 */
export const AMOUNT_ABBREVIATIONS = new Set(['тыс', 'млн', 'млрд', 'трлн', 'долл', 'руб']);

/**
 * Abbreviations that are prefixes only before a number ("No. 5", "Oct. 2, 1968"), and end a sentence (or are
 * ordinary words) otherwise.
 */
export const NUMBER_PREFIX_ABBREVIATIONS = new Set([
  'no',
  'nos',
  'nr',
  // A page reference ("Smith (2001), p. 84"); a one-letter word before a full stop otherwise ends a sentence.
  'p',
  // English months as news style abbreviates them before a day.
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Units, currencies and scales written short after a number («50 км», «5 000 тг», «3 млрд», "5 kg", "$2 bn"):
 * read as the word they stand for, which everyone knows, so they carry no lexical load (segment.ts marks them
 * only right after a number or another unit, «100 кв. м»). Lower case; the Latin ones as news and forms write
 * them.
 */
export const UNIT_ABBREVIATIONS = new Set(
  // Russian and Kazakh: length, area, mass, volume, time, money, scale.
  (
    'мм см дм м км кв куб га кг г т ц мг л мл с сек мин ч час сағ тг тнг тенге руб долл евро шт тыс млн млрд трлн мың ' +
    // English and international symbols.
    'mm cm m km sq ha g kg mg t l ml s sec min mins h hr hrs yr yrs kzt usd eur rub gbp k bn m mn tn'
  ).split(' '),
);

/**
 * Words that open English sentences: after a dotted initialism that may end a sentence ("U.S.", "p.m."), one
 * of these starts a new sentence ("… in the U.S. The talks …"); any other capitalised word is more likely the
 * same sentence going on ("U.S. President Donald Trump", "7 p.m. ET"). Punkt (Kiss & Strunk 2006) learns the
 * same cue from how often a word is capitalised after a sentence end.
 */
export const ENGLISH_SENTENCE_OPENERS = new Set(
  (
    'a an the this that these those there here it its he she they we i you his her their our my your one some ' +
    'many most no not all both each every what who why how where when while if as after before since although ' +
    'though because but and or so yet still then now also however meanwhile in on at for with by from to of ' +
    'during under over despite instead later earlier today yesterday tomorrow asked nobody everyone everybody ' +
    'someone somebody anyone anybody nothing everything something'
  ).split(' '),
);

/**
 * Verbs of an English attribution after a quotation that ends in "?" or "!" ('"Are you ready?" CNN reported.'):
 * the quotation and its attribution are one sentence, though the name after the quote mark is capitalised.
 */
export const ENGLISH_REPORTING_VERBS = new Set(
  (
    'said says added adds asked asks told tells reported reports wrote writes replied replies answered ' +
    'explained explains recalled recalls continued shouted yelled screamed cried exclaimed insisted warned ' +
    'tweeted whispered'
  ).split(' '),
);

/**
 * File types and sizes a form asks for («в формате PDF или JPG», «5 МБ-тан аспауы тиіс»), in Kazakh and Russian
 * pages: read by their letters, never spelled out.
 */
export const FILE_TYPES_AND_SIZES = [
  'JPG',
  'JPEG',
  'PNG',
  'DOC',
  'DOCX',
  'XLS',
  'XLSX',
  'МБ',
  'КБ',
  'ГБ',
  'MB',
  'KB',
  'GB',
];

/**
 * Latin abbreviations that Kazakh and Russian pages use untranslated and every reader in Kazakhstan knows
 * (English has its own, longer list): never reported as undefined or as shouting.
 */
export const LATIN_ABBREVIATIONS_KNOWN_IN_KAZAKHSTAN = [
  'ID',
  'SMS',
  'IT',
  'PDF',
  'QR',
  'PIN',
  'USB',
  'GPS',
  'IBAN',
  'KZ',
  'UK',
  'USA',
  'VIP',
  'BBC',
  'CNN',
  // Broadcasters and names quoted from world news, read by their letters.
  'NBC',
  'CBS',
  'ABC',
  'MSNBC',
  'ITV',
  'PBS',
  'HBO',
  'BMW',
  'IBM',
  'NASA',
  'UEFA',
  'FIFA',
  // Language tests known only by their letters («IELTS бойынша 6,5 балл»): nobody spells them out.
  'IELTS',
  'TOEFL',
];

/**
 * A dash right after a phrase (a phrase entry's `followedBy`): the legal idiom that names a thing for the rest
 * of a text, «(далее – портал)», «(бұдан әрі – портал)».
 */
export const DASH_AFTER = '^\\s*[–—-]\\s';
