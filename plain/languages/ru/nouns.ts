// Russian noun declension for suggestions: which case and number a matched noun is in, and a plain noun in that
// case and number («уполномоченным органом» → «ведомством», «дедлайнов» → «сроков»). Only regular declensions
// are built, and a form that depends on stress or a fleeting vowel («ножом», «проверок») is left unknown, so a
// suggestion is declined only where its form is certain.

/**
 * Case and number, 0–11: nominative, genitive, dative, accusative, instrumental and prepositional of the
 * singular, then the same six of the plural.
 */
export type NounSlot = number;

export type Gender = 'masculine' | 'feminine' | 'neuter';

/** A noun's forms (undefined where not certain), its gender and whether it names a person or animal. */
export interface Noun {
  forms: readonly (string | undefined)[];
  gender: Gender;
  animate: boolean;
}

/** A declension: the nominative singular ending it is told by, and the endings of its twelve slots. */
interface Declension {
  lemma: RegExp;
  gender: Gender;
  /** The ending the stem loses in the nominative singular. */
  cut: number;
  endings: (stem: string, animate: boolean) => readonly Ending[];
}

const VELAR_OR_SIBILANT = /[кгхжшщч]$/u;
const SIBILANT = /[жшщч]$/u;

/** The zero-ending genitive plural of a feminine or neuter stem, unless a fleeting vowel may come in (проверок). */
const zeroGenitive = (stem: string) => (/[бвгджзклмнпрстфхцчшщ]к$/u.test(stem) ? undefined : '');

type Ending = string | undefined;
type FiveCases = readonly [Ending, Ending, Ending, Ending, Ending];

/**
 * The twelve endings from the nominative, genitive, dative, instrumental and prepositional of the singular and
 * the plural. The accusative is the nominative's form for inanimate nouns and the genitive's for animate ones,
 * except where a singular has its own (feminine -у, -ю, -ь; neuter as the nominative).
 */
function endingsOf(
  animate: boolean,
  singular: FiveCases,
  plural: FiveCases,
  accusativeSingular?: string,
): Ending[] {
  const [nominative, genitive, dative, instrumental, prepositional] = singular;
  const [pluralNominative, pluralGenitive, ...pluralRest] = plural;
  const accusative = (nom: Ending, gen: Ending) => (animate ? gen : nom);
  return [
    nominative,
    genitive,
    dative,
    accusativeSingular ?? accusative(nominative, genitive),
    instrumental,
    prepositional,
    pluralNominative,
    pluralGenitive,
    pluralRest[0],
    accusative(pluralNominative, pluralGenitive),
    pluralRest[1],
    pluralRest[2],
  ];
}

const DECLENSIONS: readonly Declension[] = [
  {
    // -ие: заявление, мероприятие (not -цие: «верификацию», «реализацию» are of feminine nouns in -ция)
    lemma: /(?<!ц)ие$/u,
    gender: 'neuter',
    cut: 2,
    endings: (_, animate) =>
      endingsOf(animate, ['ие', 'ия', 'ию', 'ием', 'ии'], ['ия', 'ий', 'иям', 'иями', 'иях'], 'ие'),
  },
  {
    // -ия: организация, функция (not -ения, -ания, -ования, -ивания: «повышения», «оказания» are forms of
    // neuter verbal nouns in -ие, far more common than «компания», which is left unread)
    lemma: /(?<!(?:ен|ан|ован|еван|ыван|иван))ия$/u,
    gender: 'feminine',
    cut: 2,
    endings: (_, animate) =>
      endingsOf(animate, ['ия', 'ии', 'ии', 'ией', 'ии'], ['ии', 'ий', 'иям', 'иями', 'иях'], 'ию'),
  },
  {
    // -ость, -есть: возможность, ответственность, and feminine nouns in -ь that plain wording uses, every noun in
    // -пись among them (запись, перепись, подпись: «при переписе» was offered). A noun in
    // -ь does not say its gender: «автомобиль» is masculine; «видеоконференцсвязь» and «видеосвязь» are «связь»)
    lemma:
      /(?:[ое]сть|^(?:мысль|панель|часть|цель|(?:видео|видеоконференц)?связь|роль|сеть|площадь|дверь|тетрадь|помощь|область|власть|очередь|[а-яё]*пись|модель|жизнь))$/u,
    gender: 'feminine',
    cut: 1,
    endings: (_, animate) =>
      endingsOf(animate, ['ь', 'и', 'и', 'ью', 'и'], ['и', 'ей', 'ям', 'ями', 'ях'], 'ь'),
  },
  {
    // -тель: заявитель, получатель (masculine nouns in -ь)
    lemma: /тель$/u,
    gender: 'masculine',
    cut: 1,
    endings: (_, animate) => endingsOf(animate, ['ь', 'я', 'ю', 'ем', 'е'], ['и', 'ей', 'ям', 'ями', 'ях']),
  },
  {
    // -ий: комментарий, критерий, сценарий (not after н, т, в, л: «приобретений», «развитий», «условий»,
    // «усилий» are genitive plurals of neuter nouns in -ие, which are far more common; nor after ц:
    // «операций», «верификаций» are of feminine nouns in -ция)
    lemma: /(?<!.{2}[нтвлц])ий$/u,
    gender: 'masculine',
    cut: 2,
    endings: (_, animate) =>
      endingsOf(animate, ['ий', 'ия', 'ию', 'ием', 'ии'], ['ии', 'иев', 'иям', 'иями', 'иях']),
  },
  {
    // -й after another vowel: случай
    lemma: /[аеоуэ]й$/u,
    gender: 'masculine',
    cut: 1,
    endings: (_, animate) => endingsOf(animate, ['й', 'я', 'ю', 'ем', 'е'], ['и', 'ев', 'ям', 'ями', 'ях']),
  },
  {
    // -о: ведомство, средство (the zero genitive plural only after -ств, where no vowel comes in)
    lemma: /[бвгдзклмнпрстфх]о$/u,
    gender: 'neuter',
    cut: 1,
    endings: (stem, animate) =>
      endingsOf(
        animate,
        ['о', 'а', 'у', 'ом', 'е'],
        ['а', stem.endsWith('ств') ? '' : undefined, 'ам', 'ами', 'ах'],
        'о',
      ),
  },
  {
    // -а: встреча, услуга, сумма (after ж ш щ ч the instrumental depends on stress: задачей, свечой)
    lemma: /[бвгджзклмнпрстфхчшщ]а$/u,
    gender: 'feminine',
    cut: 1,
    endings: (stem, animate) => {
      const plural = VELAR_OR_SIBILANT.test(stem) ? 'и' : 'ы';
      const instrumental = SIBILANT.test(stem) ? undefined : 'ой';
      return endingsOf(
        animate,
        ['а', plural, 'е', instrumental, 'е'],
        [plural, zeroGenitive(stem), 'ам', 'ами', 'ах'],
        'у',
      );
    },
  },
  {
    // -я after a consonant: неделя, линия is -ия above (the instrumental -ей or -ёй and the genitive plural
    // depend on stress and a fleeting vowel: неделей, землёй; недель, земель). No noun ends in -остя, -естя:
    // «отчетности» is of «отчетность» alone.
    lemma: /(?<![ое]с)[бвгдзклмнпрстфх]я$/u,
    gender: 'feminine',
    cut: 1,
    endings: (_, animate) =>
      endingsOf(animate, ['я', 'и', 'е', undefined, 'е'], ['и', undefined, 'ям', 'ями', 'ях'], 'ю'),
  },
  {
    // -ц without a fleeting vowel: месяц (the instrumental -ем or -ом and the genitive plural -ев or -ов
    // depend on stress)
    lemma: /[^е]ц$/u,
    gender: 'masculine',
    cut: 0,
    endings: (_, animate) =>
      endingsOf(animate, ['', 'а', 'у', undefined, 'е'], ['ы', undefined, 'ам', 'ами', 'ах']),
  },
  {
    // A hard consonant: срок, орган, отзыв (after ж ш щ ч the instrumental depends on stress; ц is left out)
    lemma: /[бвгджзклмнпрстфхчшщ]$/u,
    gender: 'masculine',
    cut: 0,
    endings: (stem, animate) => {
      const plural = VELAR_OR_SIBILANT.test(stem) ? 'и' : 'ы';
      const instrumental = SIBILANT.test(stem) ? undefined : 'ом';
      const genitive = SIBILANT.test(stem) ? 'ей' : 'ов';
      return endingsOf(animate, ['', 'а', 'у', instrumental, 'е'], [plural, genitive, 'ам', 'ами', 'ах']);
    },
  },
];

// A fleeting vowel (рынок → рынка, отец → отца) or an irregular plural (человек → люди, гражданин →
// граждане) would be declined wrongly: such nouns are not declined. A word of one syllable in -ок keeps its
// vowel (срок → срока), as do the listed ones.
const IRREGULAR = /(?:[бвгджзклмнпрстфхцчшщ][оеё]к|ец|ёк|человек|анин|янин|ёнок|онок|мя)$/u;
const STABLE_VOWEL = new Set([
  'урок',
  'поток',
  'восток',
  'порок',
  'знаток',
  'исток',
  'приток',
  'отток',
  'итог',
]);
const isIrregular = (lemma: string) =>
  IRREGULAR.test(lemma) && !STABLE_VOWEL.has(lemma) && (lemma.match(/[аеёиоуыэюя]/gu) ?? []).length > 1;

/** Frequent nouns the tables cannot decline (a fleeting vowel, -мя, -ья), with their forms in slot order. */
const LISTED_NOUNS: Readonly<Record<string, Noun>> = {
  день: {
    forms: 'день дня дню день днём дне дни дней дням дни днями днях'.split(' '),
    gender: 'masculine',
    animate: false,
  },
  время: {
    forms:
      'время времени времени время временем времени времена времён временам времена временами временах'.split(
        ' ',
      ),
    gender: 'neuter',
    animate: false,
  },
  // Nouns of official prose that no table declines: a plural of another stem (человек → люди), a fleeting
  // vowel (ребенок), -мя (имя), -ь with «-ер-» (мать, дочь), a mixed declension (путь), a genitive plural
  // without ending (лиц). Written with «е» for «ё», as agencies write them; a form is read with «ё» folded.
  человек: {
    forms: 'человек человека человеку человека человеком человеке люди людей людям людей людьми людях'.split(
      ' ',
    ),
    gender: 'masculine',
    animate: true,
  },
  гражданин: {
    forms:
      'гражданин гражданина гражданину гражданина гражданином гражданине граждане граждан гражданам граждан гражданами гражданах'.split(
        ' ',
      ),
    gender: 'masculine',
    animate: true,
  },
  лицо: {
    forms: 'лицо лица лицу лицо лицом лице лица лиц лицам лица лицами лицах'.split(' '),
    gender: 'neuter',
    animate: false,
  },
  ребенок: {
    forms: 'ребенок ребенка ребенку ребенка ребенком ребенке дети детей детям детей детьми детях'.split(' '),
    gender: 'masculine',
    animate: true,
  },
  имя: {
    forms: 'имя имени имени имя именем имени имена имен именам имена именами именах'.split(' '),
    gender: 'neuter',
    animate: false,
  },
  мать: {
    forms: 'мать матери матери мать матерью матери матери матерей матерям матерей матерями матерях'.split(
      ' ',
    ),
    gender: 'feminine',
    animate: true,
  },
  дочь: {
    forms: 'дочь дочери дочери дочь дочерью дочери дочери дочерей дочерям дочерей дочерьми дочерях'.split(
      ' ',
    ),
    gender: 'feminine',
    animate: true,
  },
  путь: {
    forms: 'путь пути пути путь путем пути пути путей путям пути путями путях'.split(' '),
    gender: 'masculine',
    animate: false,
  },
  // -ья, whose instrumental the tables do not build («статьей», «со статьей 91» → «по статье 91»).
  статья: {
    forms: 'статья статьи статье статью статьей статье статьи статей статьям статьи статьями статьях'.split(
      ' ',
    ),
    gender: 'feminine',
    animate: false,
  },
};

/**
 * Person nouns (and animals) without a person suffix: among the plain nouns suggestions offer, and the
 * subjects an impersonal puts in the accusative («Поэт был отправлен» → «Поэта отправили»).
 */
const ANIMATE_NOUNS = new Set(
  `партнёр партнер клиент специалист эксперт врач сотрудник поэт человек гражданин отец брат сын муж друг
  гость солдат офицер генерал министр депутат прокурор адвокат инспектор аким мэр губернатор посол царь князь
  король император герой автор актёр актер режиссёр режиссер композитор архитектор инженер механик пилот
  матрос кандидат член пенсионер инвалид ветеран волонтёр волонтер мальчик старик юноша дед внук муж директор
  профессор доктор мастер повар студент пациент президент кот пёс пес волк медведь конь зверь менеджер тренер
  игрок капитан лидер арбитр чемпион премьер сенатор канцлер спикер блогер фермер бизнесмен инвестор донор
  судья коллега мужчина женщина девушка девочка бабушка дедушка мама папа мать дочь сестра жена субъект`
    .trim()
    .split(/\s+/u),
);
const ANIMATE_SUFFIX = /(?:тель|ник|чик|щик|ист|ант|ент)$/u;

/**
 * Things whose nominative ends like a person's suffix (документ like студент, счётчик like заказчик, учебник
 * like работник): their accusative is their nominative («через документы», never «через документов»).
 */
const INANIMATE_NOUNS = new Set(
  `документ момент элемент процент аргумент инструмент компонент сегмент фрагмент эквивалент ингредиент
  коэффициент прецедент инцидент патент абонемент департамент парламент комплимент цемент медикамент
  вариант бриллиант лист счётчик счетчик ящик учебник справочник праздник понедельник вторник памятник
  эксперимент фундамент регламент ассортимент контингент континент талант диамант источник показатель
  двигатель указатель знаменатель числитель выключатель носитель`
    .trim()
    .split(/\s+/u),
);

/** Whether a plain noun names a person (its accusative is its genitive). */
export const isAnimate = (lemma: string) =>
  ANIMATE_NOUNS.has(lemma) || (ANIMATE_SUFFIX.test(lemma) && !INANIMATE_NOUNS.has(lemma));

/** One way to read a noun form: its nominative singular, the slot the form stands in, and the noun. */
export interface NounReading {
  lemma: string;
  slot: NounSlot;
  noun: Noun;
}

/**
 * Every regular noun a form may be of, with the slot it stands in («основанием» → «основание», instrumental
 * singular; «свидетелей» → «свидетель», genitive or accusative plural). Nouns whose declension the tables do
 * not know are not read.
 */
export function nounReadings(word: string): readonly NounReading[] {
  let readings = readingsCache.get(word);
  if (!readings) {
    // A text repeats its nouns, and each reading tries every declension: read each form once.
    if (readingsCache.size >= READINGS_CACHED) readingsCache.clear();
    readings = readingsOf(word);
    readingsCache.set(word, readings);
  }
  return readings;
}

const READINGS_CACHED = 10_000;
const readingsCache = new Map<string, readonly NounReading[]>();

function readingsOf(word: string): NounReading[] {
  const readings: NounReading[] = [];
  const folded = word.replace(/ё/gu, 'е');
  for (const [lemma, noun] of Object.entries(LISTED_NOUNS))
    noun.forms.forEach((form, slot) => {
      if (form?.replace(/ё/gu, 'е') === folded) readings.push({ lemma, slot, noun });
    });
  for (const lemma of exceptionalLemmasOf(word)) {
    const noun = declineNoun(lemma);
    noun?.forms.forEach((form, slot) => {
      // The tables' loop below reads the regular slots; here only those the exception changed.
      if (form === word && !regularForm(lemma, slot, form)) readings.push({ lemma, slot, noun });
    });
  }
  for (let length = 0; length <= 4 && length < word.length; length++) {
    const wordStem = word.slice(0, word.length - length);
    const ending = word.slice(word.length - length);
    for (const declension of DECLENSIONS)
      for (const animate of [false, true]) {
        const endings = declension.endings(wordStem, animate);
        const lemma = wordStem + (endings[0] ?? '');
        if (lemma.length < 3 || !declension.lemma.test(lemma) || isIrregular(lemma)) continue;
        if (isAnimate(lemma) !== animate) continue;
        const noun = declineNoun(lemma);
        if (!noun) continue;
        endings.forEach((candidate, slot) => {
          // A listed plural or genitive (паспорта, справок) stands for the tables' form.
          if (candidate === ending && noun.forms[slot] === word) readings.push({ lemma, slot, noun });
        });
      }
  }
  return readings;
}

/**
 * Masculine nouns whose nominative plural is a stressed -а, -я (паспорт → паспорта, учитель → учителя), which
 * the tables would write -ы, -и («паспорты»): the words of notices. Nouns with both plurals (договоры,
 * договора; годы, года) are not listed: the tables' form stands.
 */
const PLURAL_IN_A = new Set(
  `паспорт адрес город дом номер счет директор учитель доктор профессор округ берег вечер лес поезд цвет
  сорт том мастер отпуск катер кузов ордер голос корпус остров повар хутор край якорь провод рукав
  инспектор фельдшер штемпель тополь колокол купол век глаз луг снег бок`.split(/\s+/u),
);

/**
 * The genitive plural of feminine nouns whose fleeting vowel the tables leave unknown (справка → справок): the
 * words of notices, whose plural objects are carried into suggestions («Выдача справок производится» →
 * «Выдают справки»).
 */
const FLEETING_GENITIVE: Readonly<Record<string, string>> = Object.fromEntries(
  `справка:справок заявка:заявок выписка:выписок проверка:проверок надбавка:надбавок поездка:поездок
  остановка:остановок карточка:карточек посылка:посылок ошибка:ошибок оценка:оценок скидка:скидок
  покупка:покупок доставка:доставок подписка:подписок расписка:расписок перевозка:перевозок
  парковка:парковок прививка:прививок справочка:справочек`
    .trim()
    .split(/\s+/u)
    .map((pair) => pair.split(':') as [string, string]),
);

/** The lemmas of `PLURAL_IN_A` and `FLEETING_GENITIVE` a form may be an exceptional form of. */
function exceptionalLemmasOf(word: string): string[] {
  const lemmas: string[] = [];
  const plural = word.replace(/[ая]$/u, '');
  for (const lemma of [plural, `${plural}ь`, `${plural}й`]) if (PLURAL_IN_A.has(lemma)) lemmas.push(lemma);
  for (const [lemma, genitive] of Object.entries(FLEETING_GENITIVE))
    if (genitive === word) lemmas.push(lemma);
  return lemmas;
}

/** Whether the tables alone give `lemma` the form `form` in `slot`. */
function regularForm(lemma: string, slot: NounSlot, form: string): boolean {
  const declension = DECLENSIONS.find((d) => d.lemma.test(lemma));
  if (!declension) return false;
  const stem = lemma.slice(0, lemma.length - declension.cut);
  const ending = declension.endings(stem, isAnimate(lemma))[slot];
  return ending !== undefined && stem + ending === form;
}

/** Whether a noun's genitive plural without ending is listed (справок), so no misreading of another form. */
export const hasListedGenitivePlural = (lemma: string) => lemma in FLEETING_GENITIVE;

/** A noun's declension from its nominative singular, if it declines regularly. */
export function declineNoun(lemma: string): Noun | undefined {
  const listed = LISTED_NOUNS[lemma.replace(/ё/gu, 'е')];
  if (listed) return listed;
  if (lemma.length < 3 || isIrregular(lemma)) return undefined;
  const declension = DECLENSIONS.find((d) => d.lemma.test(lemma));
  if (!declension) return undefined;
  const stem = lemma.slice(0, lemma.length - declension.cut);
  const animate = isAnimate(lemma);
  const forms = declension
    .endings(stem, animate)
    .map((ending) => (ending === undefined ? undefined : stem + ending));
  if (PLURAL_IN_A.has(lemma)) {
    forms[6] = stem.replace(/ь$/u, '') + (/[ьй]$/u.test(lemma) ? 'я' : 'а');
    forms[9] = animate ? forms[7] : forms[6];
  }
  const genitive = FLEETING_GENITIVE[lemma];
  if (genitive) {
    forms[7] = genitive;
    if (animate) forms[9] = genitive;
  }
  return { forms, gender: declension.gender, animate };
}

/**
 * The slots a matched noun form may stand in, given the stem its pattern names («орган» for «орган*»): every
 * declension whose endings it has after that stem, read with the plain noun's animacy (a replacement means the
 * same thing, so it names a person when the matched word does). An ending begins at or before the stem's end:
 * «органом» is not read as a nominative.
 */
export function nounSlotsOf(word: string, stem: string, animate: boolean): Set<NounSlot> {
  const slots = new Set<NounSlot>();
  if (!word.startsWith(stem)) return slots;
  for (const declension of DECLENSIONS) {
    for (let length = word.length - stem.length; length <= 4 && length < word.length; length++) {
      const wordStem = word.slice(0, word.length - length);
      const ending = word.slice(word.length - length);
      const endings = declension.endings(wordStem, animate);
      const lemma = wordStem + (endings[0] ?? '');
      if (lemma.length < 3 || !declension.lemma.test(lemma) || isIrregular(lemma)) continue;
      endings.forEach((candidate, index) => {
        if (candidate === ending) slots.add(index);
      });
    }
  }
  return slots;
}
