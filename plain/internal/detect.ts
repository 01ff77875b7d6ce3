import { ENGLISH_FUNCTION_WORDS, TURKISH_MARKER_WORDS } from '../languages/en/detection.ts';
import {
  KAZAKH_ENDINGS,
  KAZAKH_FUNCTION_WORDS,
  KAZAKH_LATIN_LETTERS,
  KAZAKH_LETTER,
  KAZAKH_WORDS_WITHOUT_KAZAKH_LETTERS,
} from '../languages/kk/detection.ts';
import {
  RUSSIAN_ENDINGS,
  RUSSIAN_FUNCTION_WORDS,
  RUSSIAN_MARKER_LETTERS,
} from '../languages/ru/detection.ts';
import type { LanguageCode } from './rules/types.ts';
import { isLexical, segment } from './text/segment.ts';

/** The language of a text and how sure the engine is (0–1). */
export interface DetectedLanguage {
  code: LanguageCode;
  confidence: number;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const FRONT_VOWEL = /[еиэюяёәөүі]/u;
const LATIN = /\p{Script=Latin}/u;
// Latin Kazakh writes ы as y between consonants (jyly, bardym); English spelling has th, ee, ough, -tion….
const KAZAKH_LATIN_SYLLABLE = /[bdfgjklmnpqrstzş]y[bdfgjklmnpqrstzş]/u;
/**
 * Kazakh endings in Latin typed without its marks (ñ as n, ğ as g, ı as i), those neither English nor Turkish
 * words have: the genitive («akulanyn», «elderdin»), the attributive locative («audanyndagy»), the locative
 * after a possessive («tyndauynda»), a participle's possessive («bolganyn»), plural datives, the evidential
 * («jibermepti» is Turkish-like; «alypty» is not) and the negative present («bilmeidi»). Not the first and
 * second persons plural (-imiz, -iniz): Turkish has them too.
 */
const UNMARKED_KAZAKH_ENDINGS =
  /(?:[aeiouy]nyn|[dt]yn|[lr][ae]rd[iy]n|[dt][ae]gy|[dt]egi|ynda|ganyn|genin|larga|lerge|ypty|maidy|meidi)$/u;
const ENGLISH_CLUSTERS = /th|wh|ck|ee|oo|ea|ou|ing|tion|ght|ph|w/u;

/**
 * Spellings Turkish has and the 2021 Kazakh alphabet does not, where the two share ı, ğ, ş, ö, ü: ç, which Kazakh
 * writes only in a few Russian loans; ğ beside e, ö, ü, ı (değil, öğrenci), where Kazakh ğ (ғ) stands beside
 * back vowels (and и in Arabic loans: tabiğat); y as a consonant before a vowel (yeni, yapıyor), where Kazakh
 * y is the vowel ы.
 */
const TURKISH_LETTERS = /ç|[eöüı]ğ|ğ[eöüı]|(?:^|[aeıioöuü])y[aeıioöuü]/u;

/**
 * Whether a Latin word is spelled as Turkish, not Kazakh: by `TURKISH_LETTERS`, or by ı among back vowels only
 * (başkanı, yapılacak: Turkish ı is a back vowel, Kazakh ı is the front і, so a native word has it with e, ä,
 * ö, ü — a loan such as kıtap is the exception the other words of a sentence outvote).
 */
function turkishSpelling(word: string): boolean {
  return TURKISH_LETTERS.test(word) || (/ı/u.test(word) && /[aou]/u.test(word) && !/[eäöüi]/u.test(word));
}

function countIn(word: string, letters: string): number {
  let count = 0;
  for (const letter of word) if (letters.includes(letter)) count++;
  return count;
}

/** The first five letters of the long look-alike spellings: most words are ruled out by one lookup. */
const LONG_PLAIN_STARTS = new Set(
  [...KAZAKH_WORDS_WITHOUT_KAZAKH_LETTERS].filter((word) => word.length >= 5).map((word) => word.slice(0, 5)),
);

/** Whether a word is a Kazakh one typed without its Kazakh letters («жок»), or inflects a long one («кужаттарды»). */
function kazakhWithoutItsLetters(word: string): boolean {
  if (KAZAKH_WORDS_WITHOUT_KAZAKH_LETTERS.has(word)) return true;
  if (word.length <= 5 || !LONG_PLAIN_STARTS.has(word.slice(0, 5))) return false;
  for (let length = 5; length < Math.min(word.length, 9); length++)
    if (KAZAKH_WORDS_WITHOUT_KAZAKH_LETTERS.has(word.slice(0, length))) return true;
  return false;
}

/**
 * Kazakh endings as typed without the Kazakh letters that Russian words do not have: the genitive after a
 * possessive and of plurals («елинин», «адамдардын»), the attributive locative («Индонезиядагы»), a
 * participle's possessive («болганын»), -ынша («айтуынша»), the first and polite second persons («биздин
 * елимиз», «тапсырыныз»), plural datives and ablatives («адамдарга», «елдерден») and the passive present
 * («кабылданады» is no ending of them; «жасалады», «берилди» are). Short endings such as -дин, -тин are left
 * out: «один», «Путин».
 */
const KAZAKH_ENDINGS_WITHOUT_KAZAKH_LETTERS =
  /(?:ынын|инин|(?:лар|лер|дар|дер|тар|тер)(?:дын|дин|га|ге|дан|ден)|[дт][ае]гы|[дт]еги|ганын|генин|канын|ынша|инше|ыныз|иниз|ымыз|имиз|ылады|иледи|ылды|илди)$/u;

/** Whether a word without Kazakh letters ends as only Kazakh typed without them does. */
const kazakhEndingWithoutItsLetters = (word: string) =>
  word.length > 5 && KAZAKH_ENDINGS_WITHOUT_KAZAKH_LETTERS.test(word);

/**
 * Whether Cyrillic words are Kazakh typed on a keyboard without its letters: not one word has a Kazakh letter,
 * and a word of `KAZAKH_WORDS_WITHOUT_KAZAKH_LETTERS` is there («Бирак жауап жок»), or a word with an ending
 * only such Kazakh has («Индонезиядагы цунамиден каза тапты»).
 */
function typedWithoutKazakhLetters(words: readonly string[]): boolean {
  let plainKazakh = false;
  for (const word of words) {
    if (KAZAKH_LETTER.test(word)) return false;
    if (!plainKazakh && (kazakhWithoutItsLetters(word) || kazakhEndingWithoutItsLetters(word)))
      plainKazakh = true;
  }
  return plainKazakh;
}

/**
 * Scores kk, ru and en from the words alone (already lower-cased and normalised). Each word votes by
 * evidence that the language's readers would recognise at a glance: letters only that language writes,
 * its commonest words, its inflectional endings. Votes are summed, so one quoted word does not decide.
 */
export function scoreLanguages(words: readonly string[]): Record<LanguageCode, number> {
  const scores: Record<LanguageCode, number> = { kk: 0, ru: 0, en: 0 };
  // Kazakh typed without its letters (see `typedWithoutKazakhLetters`): its қ and ғ are written к and г, so
  // к or г beside back vowels says nothing of Russian there.
  const plainTyped = typedWithoutKazakhLetters(words);
  for (const word of words) {
    const cyrillic = CYRILLIC.test(word);
    if (cyrillic) {
      const kazakhLetters = KAZAKH_LETTER.test(word);
      if (kazakhLetters) scores.kk += 3;
      // Russian spelling never writes ы after ж or ш; Kazakh does (тапшы, жылы, басшы, Шымкент).
      else if (/[жш]ы/u.test(word)) scores.kk += 1.5;
      else scores.ru += 0.25;
      if (KAZAKH_FUNCTION_WORDS.has(word)) scores.kk += 2;
      else if (plainTyped && kazakhWithoutItsLetters(word)) scores.kk += 2;
      else if (plainTyped && kazakhEndingWithoutItsLetters(word)) scores.kk += 1.5;
      if (RUSSIAN_FUNCTION_WORDS.has(word)) scores.ru += 2;
      if (countIn(word, RUSSIAN_MARKER_LETTERS) > 0) scores.ru += 1.5;
      // Kazakh writes к and г only beside front vowels, қ and ғ beside back ones: a word with к or г and only back
      // vowels (окна, открыты, город) is not a native Kazakh word, whatever its ending. Nor does a native word mix back а о ы with front е э (свободен, сейчас), its suffixes following its root.
      const russianShape =
        !kazakhLetters &&
        !plainTyped &&
        ((/[кг]/u.test(word) && !FRONT_VOWEL.test(word)) || (/[аоы]/u.test(word) && /[еэ]/u.test(word)));
      if (russianShape) scores.ru += 0.5;
      else if (word.length > 3 && KAZAKH_ENDINGS.test(word)) scores.kk += 0.75;
      if (word.length > 3 && RUSSIAN_ENDINGS.test(word)) scores.ru += 0.75;
    } else if (LATIN.test(word)) {
      // q is Kazakh unless it comes as English qu (question, require).
      if (countIn(word.replace(/qu/gu, ''), KAZAKH_LATIN_LETTERS) > 0) scores.kk += 3;
      if (countIn(word, 'ışğ') > 0) scores.kk += 0.5;
      if (KAZAKH_FUNCTION_WORDS.has(word)) scores.kk += 2;
      if (word.length > 3 && KAZAKH_ENDINGS.test(word)) scores.kk += 0.5;
      else if (word.length > 4 && UNMARKED_KAZAKH_ENDINGS.test(word)) scores.kk += 0.75;
      if (KAZAKH_LATIN_SYLLABLE.test(word)) scores.kk += 0.75;
      if (ENGLISH_FUNCTION_WORDS.has(word)) scores.en += 2;
      else if (/^[a-z']+$/u.test(word)) scores.en += ENGLISH_CLUSTERS.test(word) ? 0.75 : 0.25;
      // Turkish is not one of ours, but its words must not count as Kazakh.
      if (TURKISH_MARKER_WORDS.has(word) || /[âîû]/u.test(word)) scores.kk -= 2;
      else if (!KAZAKH_FUNCTION_WORDS.has(word) && turkishSpelling(word)) scores.kk -= 1.5;
    }
  }
  return scores;
}

/**
 * Picks the best-scoring language of normalised words (see `segment`); confidence grows with the margin over
 * the runner-up and with evidence.
 */
export function detectLanguageOfWords(
  words: readonly string[],
  fallback: LanguageCode = 'en',
): DetectedLanguage {
  const scores = scoreLanguages(words);
  const ranked = (Object.entries(scores) as [LanguageCode, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || !second || best[1] <= 0) return { code: fallback, confidence: 0 };
  const margin = best[1] - Math.max(0, second[1]);
  const confidence = (margin / best[1]) * (1 - Math.exp(-best[1] / 3));
  return { code: best[0], confidence: Math.round(confidence * 100) / 100 };
}

/**
 * The language of a whole text, as `analyze` detects it before it looks at paragraphs: kk, ru or en, with
 * `confidence` 0 when the text has no words to tell by (then `en`).
 */
export function detectLanguage(text: string): DetectedLanguage {
  return detectLanguageOfWords(
    segment(text)
      .words.filter(isLexical)
      .map((w) => w.norm),
  );
}
