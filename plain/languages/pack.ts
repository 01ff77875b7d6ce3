// What a language pack is, and the helpers every pack is built with.
import type { Counts } from '../internal/counts.ts';
import type { GradeModel } from '../internal/grade.ts';
import { memo } from '../internal/memo.ts';
import type { OtherScript, RuleContext } from '../internal/rules/context.ts';
import type {
  AgreePhrase,
  CarriedPhrase,
  GrammaticalCase,
  LanguageCode,
  PasteSite,
  PhraseEntry,
  Rule,
} from '../internal/rules/types.ts';
import type { Document, Paragraph, Sentence } from '../internal/text/document.ts';
import type { WordJoin } from '../internal/text/join-words.ts';

// The engine's own caches use it too; the packs import it from here.
export { memo };

/** Everything the engine knows about one language. */
export interface LanguagePack {
  code: LanguageCode;
  syllables(norm: string): number;
  stem(norm: string): string;
  isFamiliar(norm: string): boolean;
  /** Silent reading speed of adults, words per minute, for reading time. */
  wordsPerMinute: number;
  /** How hard a word is to recognise (0 for everyday words); summed into `Counts.lexicalLoad`. */
  difficulty(norm: string): number;
  /** Passive constructions in a sentence, for `Counts.passives` (languages with a detector). */
  passives?(doc: Document, sentence: Sentence): number;
  /** The engine's grade model, calibrated by bench/calibrate-grade.ts. */
  grade: GradeModel;
  /** Published formulas for this language, by name. */
  formulas(counts: Counts): Record<string, number>;
  rules: readonly Rule[];
  /**
   * A suggestion put in the form of the word it replaces (`PhraseEntry.agree`): Russian case, number and
   * gender; Kazakh number, possessive and case after `stem`, the matched pattern's stem. '' when the
   * suggestion cannot be built for this form (it is then not offered).
   */
  agree?(suggestion: string, matched: string, stem?: string, phrase?: AgreePhrase): string;
  /**
   * `suggestion` followed by the noun phrase at the start of `following` (lower-cased words after a phrase),
   * put from case `from` into case `to` (`PhraseEntry.carries`): how many words the phrase takes and the whole
   * new text; undefined when it cannot be read with certainty.
   */
  carry?(
    suggestion: string,
    following: readonly string[],
    from: GrammaticalCase,
    to: GrammaticalCase,
  ): CarriedPhrase | undefined;
  /**
   * A short preposition written right before a paste, in the form the paste's first word asks for (Russian
   * «о данном» → «об этом»); undefined when `written` is no such preposition.
   */
  prepositionFor?(written: string, next: string): string | undefined;
  /**
   * How the suggestions for `text` are spelled to match it, where the language has optional letters (Russian
   * «ё», which most official texts never write: «подаете», not «подаёте»); undefined to keep them as listed.
   */
  spellingOf?(text: string): ((suggestion: string) => string) | undefined;
  /**
   * Terms of art, whose words no wording finding is reported inside (see `internal/rules/terms.ts`): words
   * separated by spaces, each a word pattern (`a|b`, `stem*`, a stem of three letters or more first).
   */
  terms?: readonly string[];
  /**
   * Whether `suggestion`, pasted in place of a finding, keeps the agreements the words around it had with the
   * text it replaces; a suggestion that does not is not offered. Runs for every suggestion of every rule kind,
   * after `agree` and `carry`.
   */
  fitsInPlace?(suggestion: string, site: PasteSite): boolean;
  /** A second script the language is written in, read through the script its lists and rules use. */
  otherScript?: OtherScript;
  /** The impersonal active to paste for a passive (`SequenceRule.impersonal`; see RuleContext). */
  impersonal?: RuleContext['impersonal'];
  /** The active for a passive whose doer is named (`SequenceRule.active`; see RuleContext). */
  activeVoice?: RuleContext['activeVoice'];
  /**
   * A clause whose subject, its first `subjectEnd` characters, another finding's plain words replaced ("The
   * applicant signs" with "the applicant" → "you"), with its verb made to agree ("You sign"); undefined when
   * the verb cannot be told, so the clause is not offered.
   */
  withSubject?(clause: string, subjectEnd: number): string | undefined;
  /**
   * How a paragraph typed without the language's own letters is read (Kazakh on a Russian keyboard:
   * «кужаттарды» for «құжаттарды»): whether a paragraph's text is such a paragraph, and a word's normalised
   * form (read into the main script already) with its letters put back, given the word as typed (guessed when
   * no reading is known), and whether such a form is a word the lists know rather than a guess.
   */
  lostLetters?: {
    isTypedWithout(paragraph: string): boolean;
    restore(norm: string, typed: string): string;
    isKnown(norm: string): boolean;
  };
  /** Words of a paragraph that text extraction split in two and that are read as one (English: lost ligatures). */
  brokenWords?(doc: Document, paragraph: Paragraph): WordJoin[];
}

/**
 * Phrase entries, each after a copy of itself with nothing to paste where `condition` holds (the entry listed
 * first wins a tie): the phrase is still flagged there, but its plain words do not fit.
 */
export function nothingToPasteWhere(
  condition: Pick<PhraseEntry, 'after' | 'followedBy' | 'inClause' | 'inSentence' | 'precededBy'>,
  entries: PhraseEntry[],
): PhraseEntry[] {
  return entries.flatMap((entry) =>
    entry.replace.length === 0 ? [entry] : [{ ...entry, ...condition, replace: [] }, entry],
  );
}

/**
 * A lazily built lookup of familiar words and their stems. `roots`, where a language has it, lists every root
 * a word's suffixes may leave; one of them being a listed form makes the word familiar too.
 */
export function familiarity(
  list: () => string[],
  stem: (word: string) => string,
  roots?: (word: string) => string[],
): (norm: string) => boolean {
  let forms: Set<string> | undefined;
  let stems: Set<string> | undefined;
  return memo((norm) => {
    if (!forms || !stems) {
      forms = new Set(list());
      stems = new Set([...forms].map(stem));
    }
    const known = forms;
    return (
      known.has(norm) ||
      stems.has(stem(norm)) ||
      /^\p{N}/u.test(norm) ||
      (roots?.(norm).some((root) => known.has(root)) ?? false)
    );
  });
}

/** The words of a space-separated list, with ё written е as the engine normalises it. */
export const listWords = (text: string) =>
  text
    .trim()
    .split(/\s+/u)
    .map((w) => w.replace(/ё/gu, 'е'));
