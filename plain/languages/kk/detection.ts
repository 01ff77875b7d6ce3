/** Letters that only Kazakh among our languages writes in Cyrillic. */
export const KAZAKH_CYRILLIC_LETTERS = 'әғқңөұүһі';

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
    'siaqty bıraq nemese bärı barlyq kerek mümkın bolyp bolady boldy keledı jyly jyl sız bız olar onyñ'
  ).split(' '),
);

/** Endings of Kazakh word forms (plural, case, possessive, past tense), Cyrillic and Latin. */
export const KAZAKH_ENDINGS =
  /(?:лар|лер|дар|дер|тар|тер|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|нда|нде|дан|ден|тан|тен|нан|нен|ды|ді|ты|ті|ған|ген|қан|кен|ады|еді|йды|йді|мыз|міз|сыз|сіз|lar|ler|dar|der|tar|ter|nyñ|nıñ|dyñ|dıñ|ğa|ge|qa|ke|dan|den|tan|ten|nan|nen|dy|dı|ty|tı|ğan|gen|qan|ken|ady|edı)$/u;
