import type { Document, Paragraph, Word } from './document.ts';
import { countLetters } from './segment.ts';

/** A word that text extraction split in two, to be read as one: `index` and the word after it, as `norm`. */
export interface WordJoin {
  index: number;
  norm: string;
}

/**
 * Joins each word named by a join with the word after it (in the same sentence) into one word that spans both
 * and reads as the join's `norm`; sentence word ranges follow. Joins must not overlap.
 */
export function joinWords(doc: Document, joins: readonly WordJoin[]): void {
  if (!joins.length) return;
  const byIndex = new Map(joins.map((join) => [join.index, join.norm]));
  const words: Word[] = [];
  // Where each old word index lands; a joined second half lands on its first half.
  const moved = new Array<number>(doc.words.length + 1);
  for (let i = 0; i < doc.words.length; i++) {
    const word = doc.words[i] as Word;
    const norm = byIndex.get(i);
    const next = doc.words[i + 1];
    moved[i] = words.length;
    if (norm !== undefined && next) {
      moved[i + 1] = words.length;
      words.push({
        start: word.start,
        end: next.end,
        text: doc.text.slice(word.start, next.end),
        norm,
        letters: countLetters(norm),
        abbreviation: false,
      });
      i++;
    } else {
      words.push(word);
    }
  }
  moved[doc.words.length] = words.length;
  for (const sentence of doc.sentences) {
    const first = moved[sentence.firstWord] ?? words.length;
    const last = sentence.endWord > sentence.firstWord ? (moved[sentence.endWord - 1] ?? first) : first - 1;
    sentence.firstWord = first;
    sentence.endWord = last + 1;
  }
  doc.words = words;
}

/** What mending needs of a language pack: the words it finds split in two (`LanguagePack.brokenWords`). */
interface FindsBrokenWords {
  brokenWords?(doc: Document, paragraph: Paragraph): WordJoin[];
}

/** Joins the words each paragraph's pack finds split in two, before anything reads them. */
export function mendBrokenWords(
  doc: Document,
  packFor: (paragraph: number) => FindsBrokenWords | undefined,
): void {
  joinWords(
    doc,
    doc.paragraphs.flatMap((paragraph, i) => packFor(i)?.brokenWords?.(doc, paragraph) ?? []),
  );
}
