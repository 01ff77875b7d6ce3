// A hand-written scanner for words: the Unicode-property regular expression it replaces was the single
// largest cost of analysis. Common scripts are classified by code range; anything else asks the regex.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// Inside a word: apostrophes, hyphens (also the non-breaking one), and the invisible characters a web page or
// word processor leaves in words (soft hyphen, zero-width joiners, word joiner): «infor\u00ADmation» is one word.
const JOINERS = new Set(["'", '’', 'ʼ', '-', '‐', '‑', '\u00AD', '\u200C', '\u200D', '\u2060']);

function isWordCodeUnit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  }
  // Cyrillic (incl. Kazakh letters, not the thousands sign ҂), Latin-1 letters, Latin Extended-A/B, and
  // combining diacritics.
  if (
    (c >= 0x0400 && c <= 0x04ff && c !== 0x0482) ||
    (c >= 0x00c0 && c <= 0x024f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x0300 && c <= 0x036f)
  ) {
    return 1;
  }
  // Surrogate pair: test the whole code point.
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return WORD_CHAR.test(text[i] ?? '') ? 1 : 0;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Calls `visit(start, end)` for each word in `text[from, to)`: runs of letters, digits and marks, with inner
 * apostrophes, hyphens and invisible joiners kept ("Нур-Султан", "don't"), and a word hyphenated across a line
 * break rejoined, and a percentage with an ending («5%-ға») one word. Same result as the regular expression in
 * scan-words.test.ts.
 */
export function scanWords(
  text: string,
  from: number,
  to: number,
  visit: (start: number, end: number) => void,
): void {
  let i = from;
  while (i < to) {
    const width = isWordCodeUnit(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    for (;;) {
      while (i < to) {
        const w = isWordCodeUnit(text, i);
        if (w === 0) break;
        i += w;
      }
      // A joiner continues the word only if a word character follows it.
      if (i + 1 < to && JOINERS.has(text[i] ?? '') && isWordCodeUnit(text, i + 1) > 0) {
        i += 1;
        continue;
      }
      // A word hyphenated at the end of a line (text copied from a PDF or typeset page): «госу-⏎дарственный»
      // is one word when the next line goes on in lower case.
      const rest = hyphenatedLineEnd(text, i, to);
      if (rest > 0) {
        i = rest;
        continue;
      }
      // A percentage with a case ending is one word, as a number with one is: «5%-ға», «10%-ная».
      if (text[i] === '%' && isDigit(text, i - 1) && i + 2 < to && JOINERS.has(text[i + 1] ?? '')) {
        if (isWordCodeUnit(text, i + 2) > 0) {
          i += 2;
          continue;
        }
      }
      break;
    }
    visit(start, i);
  }
}

const LOWER_CASE = /\p{Ll}/u;

/**
 * Where the word goes on after a hyphen (or soft hyphen) that ends a line, when the next line starts with a
 * lower-case letter after any indentation; 0 if it does not.
 */
function hyphenatedLineEnd(text: string, i: number, to: number): number {
  const c = text[i];
  if (c !== '-' && c !== '\u00AD') return 0;
  let j = i + 1;
  if (text[j] === '\r') j++;
  if (text[j] !== '\n') return 0;
  j++;
  while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
  // The whole code point: a lower-case letter may be outside the Basic Multilingual Plane («𝓪»).
  return j < to && LOWER_CASE.test(String.fromCodePoint(text.codePointAt(j) ?? 0)) ? j : 0;
}

/** How many words `scanWords` finds in a string. */
export function countScannedWords(text: string): number {
  let count = 0;
  scanWords(text, 0, text.length, () => count++);
  return count;
}
