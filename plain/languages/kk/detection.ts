/** Letters that only Kazakh among our languages writes in Cyrillic. */
export const KAZAKH_CYRILLIC_LETTERS = 'әғқңөұүһі';

/** Matches one of `KAZAKH_CYRILLIC_LETTERS`, in either case (not global: `test` keeps no state). */
export const KAZAKH_LETTER = new RegExp(`[${KAZAKH_CYRILLIC_LETTERS}]`, 'iu');

/** Letters of the 2021 Kazakh Latin alphabet that English and Turkish lack (`q` is rare in both). */
export const KAZAKH_LATIN_LETTERS = 'äñūq';

/** Very frequent Kazakh words, Cyrillic and 2021 Latin, that carry no Kazakh-only letter or are short. */
export const KAZAKH_FUNCTION_WORDS = new Set(
  (
    'және мен бен пен бұл осы ол сол бар жоқ емес деп деген бір екі үш үшін бойынша туралы арқылы дейін кейін ' +
    'сияқты бірақ немесе әр барлық керек мүмкін болып болады болды бола келеді жылы жыл мен сен біз сіз олар ' +
    'оның мына кім не неге қалай қашан қайда ма ме ба бе па пе да де та те ғана тек өз өзі тағы әлі енді ' +
    // A citizen's one-word answer: "Рахмет!", "Керемет".
    'рахмет керемет тамаша жарайды rahmet raqmet keremet tamaşa jaraidy ' +
    // Demonstratives and the auxiliaries of the present («Бала ұйықтап жатыр»), often without a Kazakh letter.
    'мынау анау мынаны анаған осында сонда жатыр отыр жүр тұр mynau anau osynda sonda jatyr otyr jür tūr ' +
    'jäne men ben pen bul osy ol sol bar joq emes dep degen bır ekı üşın boiynşa turaly arqyly deiın keiın ' +
    'siaqty bıraq nemese bärı barlyq kerek mümkın bolyp bolady boldy keledı jyly jyl sız bız olar onyñ ' +
    // The same typed in Latin without marks (ä as a, ı as i, ş as s), less those that are English or Turkish
    // words (jane, biz, siz).
    'tamasa jur tur bir eki usin boiynsa deiin keiin biraq bari mumkin keledi onyn'
  ).split(' '),
);

/** Endings of Kazakh word forms (plural, case, possessive, past tense), Cyrillic and Latin. */
export const KAZAKH_ENDINGS =
  /(?:лар|лер|дар|дер|тар|тер|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|нда|нде|дан|ден|тан|тен|нан|нен|ды|ді|ты|ті|ған|ген|қан|кен|ады|еді|йды|йді|мыз|міз|сыз|сіз|lar|ler|dar|der|tar|ter|nyñ|nıñ|dyñ|dıñ|ğa|ge|qa|ke|dan|den|tan|ten|nan|nen|dy|dı|ty|tı|ğan|gen|qan|ken|ady|edı)$/u;

/** The Russian letters people type for Kazakh ones on a keyboard without them (қазақ → казак). */
const LOOK_ALIKES: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

const ANY_KAZAKH_LETTER = new RegExp(`[${KAZAKH_CYRILLIC_LETTERS}]`, 'giu');

/** Kazakh text as typed on a Russian keyboard: each Kazakh letter replaced by its look-alike, case kept. */
export function withoutKazakhLetters(text: string): string {
  return text.replace(ANY_KAZAKH_LETTER, (letter) => {
    const lower = LOOK_ALIKES[letter.toLowerCase()] ?? letter;
    return letter === letter.toLowerCase() ? lower : lower.toUpperCase();
  });
}

/**
 * Everyday Kazakh words as typed without the Kazakh letters («бирак», «кужат», «тусиникти»), as many citizens
 * write on a Russian keyboard: the words of core-words.ts that have a Kazakh letter, spelled with the Russian
 * look-alikes, leaving out spellings under four letters, those in the Russian frequency list
 * (ru/frequent-words.ts) and more that Russian texts in Kazakhstan write: Russian words («тенге», «казак»,
 * «казан», «арка», «балык», «дари»), names («Максат», «Бакыт», «Катар») and the starts of place names («кызыл»
 * in «Кызылорда», «толе» in «Толе би»).
 */
const EVERYDAY_WORDS_PLAIN = `
сиздер барлык букил арбир кейбир биреу ештене ешким ешкашан кайсы кандай канша кашан кайда кайдан калай
неликтен баска бирнеше коптеген бираз менин сенин сиздин онын биздин олардын маган саган сизге оган бизге
оларга сизди бизди ушин аркылы сиякты дейин кейин бурын карай карсы бирге устинде жакын жане бирак сондыктан
себеби ойткени ягни тагы типти арине мумкин кажет салем кешириниз жети сегиз тогыз кырык жетпис токсан биринши
екинши ушинши сонгы бунын мунын буган муган будан мудан бунан мунан бундай бунымен мунымен онын оган сонын
соган осынын осыган мынанын мынаган жогары томен артка онга солга казир енди ертен бугин танертен тунде кундиз
ардайым унеми узак кыска жакында жаксы онай киын женил тегин киси халык айел жигит кемпир улкен апке карындас
синли куйеу келин корши конак есим туган омир мурын саусак журек денсаулык тумау суык даригер дарихана болме
есик кабырга килт жарык устел орындык тосек килем касык шанышкы пышак шайнек ботелке сомке тангы туски кешки
иримшик кымыз жумыртка тауык сабиз куриш татти кампит жемис коконис алмурт жузим карбыз кауын дукен киим
койлек борик етик сагат казакстан саябак копир орталык гимарат муражай китапхана мешит ауежай конакуй кенсе
колик ушак жургизуши уакыт гасыр дуйсенби сейсенби сарсенби бейсенби жума сенби жексенби кантар акпан сауир
шилде кыркуйек караша желтоксан коктем жулдыз булт жанбыр ыстык дуние тениз озен агаш солтустик онтустик шыгыс
мысык жылкы ешки туйе каскыр коян жумыс енбек кызмет жалакы бастык жумысшы мугалим окытушы аскер анши китап
даптер калам окушы билим балабакша сурак сойлем арип ангиме жаналык кужат номир укимет акша толем акпарат
комек маселе согыс бейбитшилик шындык отирик пикир конил минез нарсе болик ойыншык курес сыйлык жана ески
кишкентай узын биик адеми кымбат ашык жабык бакытты сойле тында тусин умыт исте писир жугир уйыкта шакыр жибер
изде жогал токта аякта уйрен уйрет комектес акел кайт
`;

/**
 * Kazakh words as typed without the Kazakh letters: the function words above that have a Kazakh letter
 * («жане», «жок», «ушин») and `EVERYDAY_WORDS_PLAIN`. Only spellings that are no Russian word or name and have
 * three letters or more («ар», «оз», «гана» — the country —, «ким», «тур» are left out).
 */
export const KAZAKH_WORDS_WITHOUT_KAZAKH_LETTERS = new Set([
  ...[...KAZAKH_FUNCTION_WORDS]
    .flatMap((word) => {
      const typed = withoutKazakhLetters(word);
      return typed === word ? [] : [typed];
    })
    .filter(
      (word) => word.length >= 3 && !['гана', 'али', 'ози', 'она', 'мына', 'ким', 'тур'].includes(word),
    ),
  ...EVERYDAY_WORDS_PLAIN.trim().split(/\s+/u),
]);
