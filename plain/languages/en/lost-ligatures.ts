import type { Document, Paragraph } from '../../internal/text/document.ts';
import type { WordJoin } from '../../internal/text/join-words.ts';
import { isLexical } from '../../internal/text/segment.ts';

// Typeset English joins f with a following i, l or f into one glyph (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ). A PDF whose font does not
// say which letters a glyph stands for loses them in copied text: "quali cations", "dif cult", "of ce".
const LIGATURES = ['ffi', 'ffl', 'ff', 'fi', 'fl'];
const ALL_CAPS = /^\p{Lu}{2,}/u;

/** What a lost ligature leaves of the listed forms that have one: the parts before it and after it. */
export interface LigatureParts {
  before: Set<string>;
  after: Set<string>;
}

/** The parts around each ligature in the forms of a frequency list. */
export function ligatureParts(forms: readonly string[]): LigatureParts {
  const parts: LigatureParts = { before: new Set(), after: new Set() };
  for (const form of forms) {
    for (const letters of LIGATURES) {
      for (let at = form.indexOf(letters, 1); at > 0; at = form.indexOf(letters, at + 1)) {
        if (at + letters.length >= form.length) continue;
        parts.before.add(form.slice(0, at));
        parts.after.add(form.slice(at + letters.length));
      }
    }
  }
  return parts;
}

/** What the search needs of the English word list. */
export interface LigatureLexicon {
  /** A word's rank, with its stem and spellings. */
  rank(norm: string): number;
  /** The rank of exactly this form, if the list has it. */
  formRank(form: string): number | undefined;
  /** Ranks up to this one are familiar: two such words are left alone. */
  familiarRank: number;
  parts: LigatureParts;
}

/**
 * Words split by a lost ligature, to be read whole: two words one space apart, the second starting in lower
 * case, that with a ligature's letters between them make a form the list has, commoner than the rarer of the
 * two ("quali cations" is "qualifications"; "of ce" is "office", commoner than "ce"). Two familiar words are
 * left alone whatever they would make, and so is an abbreviation ("CO in" is no "coffin").
 */
export function lostLigatureJoins(
  doc: Document,
  paragraph: Paragraph,
  { rank, formRank, familiarRank, parts }: LigatureLexicon,
): WordJoin[] {
  const joins: WordJoin[] = [];
  for (let s = paragraph.firstSentence; s < paragraph.endSentence; s++) {
    const sentence = doc.sentences[s];
    if (!sentence) continue;
    for (let i = sentence.firstWord; i + 1 < sentence.endWord; i++) {
      const first = doc.words[i];
      const second = doc.words[i + 1];
      // Set look-ups of the words' own strings first: building candidate words for every pair would cost more
      // than the rest of the analysis of English.
      if (!first || !second || !parts.before.has(first.norm) || !parts.after.has(second.norm)) continue;
      if (!isLexical(first) || second.start !== first.end + 1 || doc.text[first.end] !== ' ') continue;
      const initial = second.text.charCodeAt(0);
      if (initial < 97 || initial > 122 || ALL_CAPS.test(first.text)) continue;
      const rarer = Math.max(rank(first.norm), rank(second.norm));
      if (rarer <= familiarRank) continue;
      for (const letters of LIGATURES) {
        const norm = `${first.norm}${letters}${second.norm}`;
        if ((formRank(norm) ?? rarer) < rarer) {
          joins.push({ index: i, norm });
          i++;
          break;
        }
      }
    }
  }
  return joins;
}
