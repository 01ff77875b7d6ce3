/** A word of the input, with UTF-16 offsets into the original text. */
export interface Word {
  start: number;
  end: number;
  /** The word exactly as written. */
  text: string;
  /** Lower case, Kazakh Latin variants normalised, Russian ё folded to е: the form rules match on. */
  norm: string;
  /** Letters in the word (digits, hyphens and apostrophes are not letters). 0 for a number or an address. */
  letters: number;
  /** Part of a known abbreviation («т.е.», "e.g.", "Mr."): read as the word it stands for. */
  abbreviation?: boolean;
}

/** A sentence: a run of words, or one heading or list item. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the first word in `Document.words`, and one past the last. */
  firstWord: number;
  endWord: number;
}

/** A paragraph: a block of text separated by a blank line, or a line of its own (list item, heading). */
export interface Paragraph {
  start: number;
  end: number;
  firstSentence: number;
  endSentence: number;
  /** How the paragraph ended up as a block, for rules that treat list items differently. */
  kind: 'text' | 'heading' | 'list-item';
}

/** The segmented input: every level keeps offsets into the original string. */
export interface Document {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  words: Word[];
}
