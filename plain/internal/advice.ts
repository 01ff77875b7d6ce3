import type { LanguageCode } from './rules/types.ts';

type Target = 'grade' | 'sentenceLength' | 'longWordShare' | 'passiveShare' | 'jargonPer100Words';

/** What to change first, per missed target, in each UI language. `{actual}` and `{limit}` are filled in. */
const ADVICE: Record<LanguageCode, Record<Target | 'fits' | 'empty', string>> = {
  en: {
    fits: 'The text fits this audience.',
    empty: 'There is no text to check.',
    grade: 'Start with the hardest sentences: the text reads at grade {actual}; aim for {limit} or lower.',
    sentenceLength: 'Shorten sentences first: they average {actual} words; aim for {limit} or fewer.',
    longWordShare:
      'Use shorter, everyday words first: {actual}% of words are long; aim for {limit}% or fewer.',
    passiveShare: 'Say who does what first: {actual}% of sentences are passive; aim for {limit}% or fewer.',
    jargonPer100Words: 'Replace jargon first: {actual} terms per 100 words; aim for {limit} or fewer.',
  },
  ru: {
    fits: 'Текст подходит этой аудитории.',
    empty: 'Нет текста для проверки.',
    grade: 'Начните с самых сложных предложений: уровень текста — {actual} класс; цель — {limit} или ниже.',
    sentenceLength:
      'Сначала сократите предложения: слов в предложении в среднем — {actual}; цель — не больше {limit}.',
    longWordShare: 'Сначала замените длинные слова простыми: их {actual}%; цель — не больше {limit}%.',
    passiveShare:
      'Сначала напишите, кто что делает: в {actual}% предложений страдательный залог; цель — не больше {limit}%.',
    jargonPer100Words: 'Сначала замените жаргон: терминов на 100 слов — {actual}; цель — не больше {limit}.',
  },
  kk: {
    fits: 'Мәтін осы аудиторияға сай келеді.',
    empty: 'Тексеретін мәтін жоқ.',
    grade: 'Ең күрделі сөйлемдерден бастаңыз: мәтін {actual} сынып деңгейінде; мақсат — {limit:from} аспау.',
    sentenceLength: 'Алдымен сөйлемдерді қысқартыңыз: орташа {actual} сөз; мақсат — {limit} сөзден аспау.',
    longWordShare:
      'Алдымен ұзын сөздерді қарапайым сөздермен ауыстырыңыз: олар {actual}%; мақсат — {limit} пайыздан аспау.',
    passiveShare:
      'Алдымен кім не істейтінін жазыңыз: сөйлемдердің {actual} пайызы ырықсыз етісте; мақсат — {limit} пайыздан аспау.',
    // A suffix after a numeral follows the sound of the spoken number: the words carry it instead.
    jargonPer100Words:
      'Алдымен жаргонды ауыстырыңыз: 100 сөзге {actual} термин; мақсат — 100 сөзге {limit} терминнен аспау.',
  },
};

/** Numbers as each language writes them, to one decimal (19,5 in Kazakh and Russian): a measured grade or
 * share has more digits than anyone needs to act on. */
const NUMBER = {
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 1 }),
  ru: new Intl.NumberFormat('ru', { maximumFractionDigits: 1 }),
  kk: new Intl.NumberFormat('kk', { maximumFractionDigits: 1 }),
} satisfies Record<LanguageCode, Intl.NumberFormat>;

/**
 * The Kazakh ablative ending after a number, which follows the sound of its last spoken word: 3 үш → «3-тен»,
 * 6 алты → «6-дан», 10 он → «10-нан», 40 қырық → «40-тан», 100 жүз → «100-ден», 1000 мың → «1000-нан».
 * Indexed by the digit whose word is said last: units, then tens.
 */
const FROM_UNITS = ['ден', 'ден', 'ден', 'тен', 'тен', 'тен', 'дан', 'ден', 'ден', 'дан'] as const; // нөл, бір … тоғыз
const FROM_TENS = ['', 'нан', 'дан', 'дан', 'тан', 'ден', 'тан', 'тен', 'нен', 'нан'] as const; // он … тоқсан

/** The ending of the last word said for a whole number: its units, else its tens, else жүз, мың, миллион. */
function fromEnding(n: number): string {
  if (n % 10 || n === 0) return FROM_UNITS[n % 10] ?? 'ден';
  if (n % 100) return FROM_TENS[Math.floor(n / 10) % 10] ?? 'ден';
  if (n % 1000) return 'ден';
  return 'нан';
}

/**
 * A number as Kazakh writes it with the ablative («аспау» takes it): «8-ден», «0,3-тен», «9,5-тен». A decimal is
 * said with its fractional part last («тоғыз бүтін оннан бес»), so that part's last word decides.
 */
export function kazakhFrom(written: string): string {
  const [whole = '', fraction] = written.split(',');
  const digits = (fraction ?? whole).replace(/\D/gu, '');
  return `${written}-${fromEnding(Number(digits))}`;
}

/** The advice for the first missed target, or that the text fits. */
export function adviceFor(
  ui: LanguageCode,
  miss: { target: Target; actual: number; limit: number } | undefined,
  empty: boolean,
): string {
  if (empty) return ADVICE[ui].empty;
  if (!miss) return ADVICE[ui].fits;
  const limit = NUMBER[ui].format(miss.limit);
  return ADVICE[ui][miss.target]
    .replace('{actual}', NUMBER[ui].format(miss.actual))
    .replace('{limit:from}', kazakhFrom(limit))
    .replace('{limit}', limit);
}
