import { normalizeWord } from '../../internal/text/normalize.ts';
import { compoundDifficulty } from '../../internal/word-frequency.ts';
import { GRADE_MODELS, KAZAKH_FAMILIAR_WORD_DIFFICULTY } from '../grade-models.ts';
import { familiarity, type LanguagePack, listWords, memo } from '../pack.ts';
import { activeVoiceKazakh } from './active-voice.ts';
import { CORE_WORDS } from './core-words.ts';
import { kazakhDerivedRoots } from './derivation.ts';
import { FAMILIAR_WORDS } from './familiar-words.ts';
import { kazakhFormulas } from './grade.ts';
import { isLatinWord, latinToCyrillic, spellLike } from './latin.ts';
import {
  isKnownReading,
  isTypedWithoutKazakhLetters,
  withKazakhLetters,
  withKazakhLettersFromLatin,
} from './lost-letters.ts';
import { agreeKazakh, carryKazakh } from './noun-forms.ts';
import { rules } from './rules.ts';
import { voicedBeforeVowel } from './sounds.ts';
import { kazakhRootCandidates, kazakhStem } from './stem.ts';
import { kazakhSyllables } from './syllables.ts';
import { KAZAKH_TERMS } from './terms.ts';

/**
 * Every root a word may have: those its inflections leave (stem.ts), and the roots those are derived from.
 * Memoised: the core and the familiar lookups both ask for a word's roots.
 */
const kazakhRoots = memo((word: string): string[] => {
  const inflectional = kazakhRootCandidates(word);
  return [...new Set([...inflectional, ...inflectional.flatMap((root) => kazakhDerivedRoots(root))])];
});

/** A word is familiar when the list has it, its stem, or any root it may be inflected or derived from. */
const isFamiliar = familiarity(() => listWords(FAMILIAR_WORDS), kazakhStem, kazakhRoots);
const isCore = familiarity(() => listWords(CORE_WORDS), kazakhStem, kazakhRoots);

/**
 * The 2021 alphabet writes the Russian letters of loanwords as two (ц ts, я ia, ю iu, щ şş): stantsiia is
 * станция. Native words have the same pairs letter by letter (ketse is кетсе), so a word is read as a loan only
 * when that reading is a listed word and the letter-by-letter one is not.
 */
const LOAN_LETTERS: [RegExp, string][] = [
  [/ts/gu, 'ц'],
  [/ia/gu, 'я'],
  [/iu/gu, 'ю'],
  [/şş/gu, 'щ'],
  // Loans begin with э where Latin has e: ekonomika is экономика (esik stays есік: it is listed as read).
  [/^e/u, 'э'],
];
/**
 * The 2018 Latin alphabet (official 2018–2021, still on many sites) and everyday informal Latin write і as i,
 * ұ as u, ш as sh and ч as ch, where the 2021 alphabet has ı, ū, ş and ç (its i is и, its u is у); 2018's
 * own letters for и and у (í, ý) are read in any case (latin.ts). So bilim is білім there, билим here. An i
 * after a vowel stays the glide й (jasai is жасай: 2018 would write jasaı).
 */
const alphabet2018 = (norm: string) =>
  norm
    .replace(/sh/gu, 'ş')
    .replace(/ch/gu, 'ç')
    .replace(/(?<![aäeıioöuūüy])i/gu, 'ı')
    .replace(/u/gu, 'ū');

/**
 * A Latin word's Cyrillic reading: letter by letter in the 2021 alphabet, unless that is not a listed word and
 * its reading as a loan, or in the 2018 alphabet, is (the alphabets disagree on i and u, so the word decides).
 */
const readLatin = (alphabets: readonly ((norm: string) => string)[]) =>
  memo((norm: string): string => {
    const plain = latinToCyrillic(norm);
    if (isFamiliar(plain)) return plain;
    for (const spell of alphabets) {
      const reading = spell(norm);
      if (reading === norm) continue;
      const cyrillic = latinToCyrillic(reading);
      if (isFamiliar(cyrillic)) return cyrillic;
    }
    return plain;
  });
const asLoan = (norm: string) =>
  LOAN_LETTERS.reduce((word, [pair, letter]) => word.replace(pair, letter), norm);
const latinReading = readLatin([asLoan, alphabet2018]);
const latin2021Reading = readLatin([asLoan]);

// The 2018 alphabet's letters where the 2021 one has another: і i (2021 ı), и and й ı (2021 i), ұ u (2021 ū),
// у ý (2021 u), и í, ш sh, ч ch. An i after a vowel is read as the glide й, as informal Latin writes it.
const FROM_2018: Record<string, string> = { sh: 'ş', ch: 'ç', i: 'ı', ı: 'i', u: 'ū', ý: 'u', í: 'i' };
const from2018 = (norm: string) =>
  norm.replace(/sh|ch|(?<![aäeoöuūüyý])i|[ıuýí]/gu, (letters) => FROM_2018[letters] ?? letters);
/** A word of a paragraph in the 2018 alphabet, read letter by letter in it (its loans as the 2021 ones). */
const latin2018Reading = memo((norm: string) => latin2021Reading(from2018(norm)));

// Letters only one of the two official Latin alphabets has: 2018 marks ә, ғ, ң, ө, ү, у with an acute (á ǵ ń ó
// ú ý), 2021 with other marks (ä ğ ñ ö ü ū ş ç). Both write a dotless ı, for different letters (и/й in 2018,
// і in 2021), so a paragraph's marked letters decide which one its ı is.
const MARKED_2018 = /[áǵńóúý]/gu;
const MARKED_2021 = /[äğñöüūşç]/gu;

/**
 * Which Latin alphabet a paragraph's Latin words are in, from their letters as typed (normalisation writes 2018's
 * á as 2021's ä): 2018 where its marked letters outnumber 2021's; 2021 where it writes ı otherwise; else each
 * word decides. A 2021 paragraph's words are not read as 2018 ones: a name such as Bitti would become бітті.
 */
function latinSpellings(typed: readonly string[]): string {
  const text = typed.join(' ').normalize('NFC').toLowerCase();
  const marked2018 = text.match(MARKED_2018)?.length ?? 0;
  if (marked2018 > (text.match(MARKED_2021)?.length ?? 0)) return '2018';
  return text.includes('ı') ? '2021' : 'any';
}

const READINGS: Record<string, (norm: string) => string> = {
  '2018': latin2018Reading,
  '2021': latin2021Reading,
};

/**
 * Kazakh has no licensable frequency list, so difficulty comes in three steps instead of from rank: a core
 * word costs nothing, the rest of the familiar list `familiar` (between 0 and 1, chosen by the calibration),
 * any other word 1, as in Dale–Chall.
 */
export function kazakhWordDifficulty(familiar: number): (norm: string) => number {
  const listed = (norm: string) => (isCore(norm) ? 0 : isFamiliar(norm) ? familiar : 1);
  return memo((norm) => {
    const difficulty = listed(norm);
    return difficulty > 0 && norm.includes('-') ? Math.min(difficulty, hyphenated(norm, listed)) : difficulty;
  });
}

// Case, possessive and plural endings Kazakh writes after a hyphen on an abbreviation or a foreign word
// (АҚШ-тың, ХҚКО-ға, Facebook-та): suffixes only, none of them a word of its own.
const HYPHENATED_ENDING =
  /^(?:ға|ге|қа|ке|на|не|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|ы|і|сы|сі|ын|ін|нен|мен|бен|пен|дағы|дегі|тағы|тегі|ндағы|ндегі|лар|лер|дар|дер|тар|тер)$/u;

/**
 * A hyphenated form the lists lack: an abbreviation with its ending is as hard as the abbreviation (АҚШ-тың is
 * АҚШ); a compound is as hard as its hardest part (әскери-теңіз, іс-шара), as in English and Russian.
 */
function hyphenated(norm: string, listed: (norm: string) => number): number {
  const parts = norm.split('-');
  if (parts.length === 2 && HYPHENATED_ENDING.test(parts[1] ?? '')) return listed(parts[0] ?? '');
  return compoundDifficulty(norm, listed);
}

/**
 * Forms written out in full by the familiar list (core words included), by the rules' phrases («жүзеге»,
 * which only «жүзеге асыру» uses) or as abbreviations everyone knows (АҚШ, БҰҰ), not reached through a stem
 * or a root.
 */
const listedForms = (() => {
  let forms: Set<string> | undefined;
  return () => (forms ??= new Set([...listWords(FAMILIAR_WORDS), ...ruleWords()]));
})();
const isListedForm = (norm: string) => listedForms().has(norm);

/** The whole words the phrase rules match (not stems: `асыр*`) and the abbreviations known without spelling out. */
function ruleWords(): string[] {
  return rules.flatMap((rule) => {
    if (rule.kind === 'phrase')
      return rule.entries.flatMap((entry) =>
        entry.match.split(/[ |]/u).filter((word) => /^[^*]+$/u.test(word)),
      );
    if (rule.kind === 'builtin' && rule.check === 'undefined-abbreviation')
      return (rule.words ?? []).map((word) => word.toLowerCase());
    return [];
  });
}

const difficulty = kazakhWordDifficulty(KAZAKH_FAMILIAR_WORD_DIFFICULTY);

/**
 * What a word the lists know must start with: a listed form, the stem of a list word, or a list word as it
 * shows before a suffix — its final п, к, қ voiced (кітаб-ы), the ы/і of its last syllable dropped (ауз-ы),
 * its final ы/і gone (оқ-иды; a derived root's). Every root the lookups try is one of these starts of the
 * word (stem.ts, derivation.ts), so a word with none of them is unknown without a stemming.
 */
const knownStarts = (() => {
  let starts: Set<string> | undefined;
  const build = () => {
    const found = new Set([...listedForms()].filter((form) => form.length >= 2));
    const add = (start: string) => start.length >= 2 && found.add(start);
    for (const word of [...listWords(FAMILIAR_WORDS), ...listWords(CORE_WORDS)]) {
      add(word);
      add(kazakhStem(word));
      add(voicedBeforeVowel(word));
      if (/[ыі].$/u.test(word)) add(word.slice(0, -2) + word.slice(-1));
      if (word.length >= 3 && /[ыі]$/u.test(word)) add(word.slice(0, -1));
    }
    return found;
  };
  return () => (starts ??= build());
})();

/** Whether a word may be one the lists know: false only when no start of it is a `knownStarts` one. */
export function mayBeKnown(norm: string): boolean {
  if (norm.length < 2) return true;
  const starts = knownStarts();
  for (let end = 2; end <= norm.length; end++) if (starts.has(norm.slice(0, end))) return true;
  return false;
}

/** What restoring lost letters knows of a word: the grade's difficulty, a phrase's word counting as familiar. */
const restorationLexicon = {
  mayBeKnown,
  difficulty: (norm: string) =>
    isListedForm(norm) ? Math.min(difficulty(norm), KAZAKH_FAMILIAR_WORD_DIFFICULTY) : difficulty(norm),
  isListed: isListedForm,
  isVerbRoot: (root: string) => isVerbRoot(root),
  knownRoot: (norm: string) => knownRoot(norm),
};

/**
 * The longest start of a known word that the lists write out: the word itself, or a root its suffixes leave;
 * without one, the word is known by the stem it shares with a listed form.
 */
const knownRoot = memo((norm: string): string => {
  if (isListedForm(norm)) return norm;
  const roots = kazakhRoots(norm).filter((root) => norm.startsWith(root) && isListedForm(root));
  const longest = roots.reduce((found, root) => (root.length > found.length ? root : found), '');
  return longest || kazakhStem(norm);
});

/**
 * A word's normalised form with its lost letters put back, from the form and the word as typed: a Cyrillic
 * word by its form, a Latin one (typed without marks) by its letters, each memoised.
 */
function restoreLostLetters(): (norm: string, typed: string) => string {
  const cyrillic = memo(withKazakhLetters(restorationLexicon));
  const fromLatin = withKazakhLettersFromLatin(restorationLexicon, latinToCyrillic);
  // One key for the two strings: a normalised word has no line break.
  const latin = memo((key: string) => {
    const [norm = '', typed = ''] = key.split('\n');
    return fromLatin(norm, typed);
  });
  return (norm, typed) => {
    const lower = normalizeWord(typed);
    return isLatinWord(lower) ? latin(`${norm}\n${lower}`) : cyrillic(norm);
  };
}

/** Whether a form is one the lists know (familiar, or core). */
const isKnownWord = (norm: string) => difficulty(norm) < 1;

/** Whether a root is a verb the lists know, by its verbal noun in -у (тексер → тексеру, оқы → оқу). */
const isVerbRoot = (root: string) =>
  isKnownWord(`${root}у`) || (/[ыі]$/u.test(root) && isKnownWord(`${root.slice(0, -1)}у`));

/**
 * Kazakh. Reading speed: not measured by IReST (Trauzettel-Klosinski & Dietz 2012), so Turkish, the closest
 * agglutinative language measured, stands in: 166 words per minute.
 */
export const kazakhPack: LanguagePack = {
  code: 'kk',
  syllables: memo(kazakhSyllables),
  stem: kazakhStem,
  isFamiliar,
  difficulty,
  agree: agreeKazakh,
  carry: carryKazakh,
  grade: GRADE_MODELS.kk,
  wordsPerMinute: 166,
  formulas: kazakhFormulas,
  rules,
  terms: KAZAKH_TERMS,
  otherScript: {
    isWritten: isLatinWord,
    toMain: (norm, spellings) => (READINGS[spellings ?? ''] ?? latinReading)(norm),
    spellingsOf: latinSpellings,
    spellLike,
  },
  activeVoice: (words, sentence, match) =>
    activeVoiceKazakh(words, sentence, match, isKnownWord, isVerbRoot, isListedForm),
  lostLetters: {
    isTypedWithout: isTypedWithoutKazakhLetters,
    restore: restoreLostLetters(),
    isKnown: memo(isKnownReading(restorationLexicon)),
  },
};
