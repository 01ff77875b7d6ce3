/**
 * Web addresses and e-mail addresses in running text («egov.kz», "www.gov.uk/apply", help@gov.kz). A reader
 * takes one in as a whole, as a name, not word by word: the tokenizer makes each a single word without
 * letters to read, so "www", "gov", "kz" are not graded as three of the rarest words, and its dots do not end
 * sentences.
 */

// A label of a host name, at most 63 characters as DNS allows: the bound also keeps the pattern linear on a
// long run of letters (each start position backtracks at most 63 characters).
const HOST = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
// Top-level domains a bare address is recognised by (with a scheme, www. or @ any domain is).
const TLD = '(?:kz|қаз|ru|рф|com|org|net|gov|edu|int|info|io|uk|us|eu|de|fr|uz|kg|by|ua|tr|cn)';
const PATH = String.raw`(?:[/?#][^\s<>"«»“”]*)?`;
// Tried only where a word starts: inside a word the lookbehind fails at once, so each word is read once.
const LINK = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+@-])(?:` +
    [
      String.raw`https?://[^\s<>"«»“”]+`,
      String.raw`www\.[^\s<>"«»“”]+`,
      String.raw`[\p{L}\p{N}._%+-]{1,64}@${HOST}(?:\.${HOST})+`,
      String.raw`${HOST}(?:\.${HOST})*\.${TLD}(?![\p{L}\p{N}-])${PATH}`,
    ].join('|') +
    ')',
  'giu',
);
// Punctuation that ends the sentence or closes a bracket after an address, not part of it.
const TRAILING = /[.,;:!?)\]}'’»"”]+$/u;

// Where an address may be: a dot or @ before a letter or digit, or "://". Found by a native search, so
// ordinary text costs almost nothing; only the whitespace-delimited chunk around one is matched in full.
const CANDIDATE = /[.@](?=[\p{L}\p{N}])|:\/\//gu;
const SPACE = /[\s<>"«»“”]/u;

/** Whether `text[from, to)` has a dot, @ or colon at all: most headings and list items have none. */
function hasMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 64 || c === 58) return true;
  }
  return false;
}

const NONE: readonly [number, number][] = [];

/** The [start, end) spans of the addresses in `text[from, to)`, in order. */
export function linkSpans(text: string, from: number, to: number): readonly [number, number][] {
  if (!hasMark(text, from, to)) return NONE;
  const spans: [number, number][] = [];
  // Searched in the block alone: a search of the whole text would run on past the block's end every time.
  const block = text.slice(from, to);
  let next = 0;
  CANDIDATE.lastIndex = 0;
  for (let hit = CANDIDATE.exec(block); hit; hit = CANDIDATE.exec(block)) {
    let start = hit.index;
    while (start > next && !SPACE.test(block[start - 1] ?? '')) start--;
    let end = hit.index + 1;
    while (end < block.length && !SPACE.test(block[end] ?? '')) end++;
    const chunk = block.slice(start, end);
    LINK.lastIndex = 0;
    for (let match = LINK.exec(chunk); match; match = LINK.exec(chunk)) {
      const trimmed = match[0].replace(TRAILING, '');
      const at = from + start + match.index;
      if (trimmed.length >= 4) spans.push([at, at + trimmed.length]);
    }
    next = end;
    CANDIDATE.lastIndex = end;
  }
  return spans;
}
