// Direct quotations and quoted titles: words the writer reports, not their own, which no wording advice can
// change («"We will verify it," he said», «Закон «О государственных услугах»»).

/** A quotation's span in the text: the offset of its opening mark and one past its closing mark. */
export type QuotationSpan = readonly [start: number, end: number];

/** An opening mark not yet closed; `reclosedAt` is one past the close of its own mark opened again inside. */
type OpenQuotation = { mark: string; at: number; reclosedAt?: number };

/** Opening marks and the marks that close each: English “…” and '…', Russian and Kazakh «…» and „…“, "…". */
const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”“',
  '«': '»',
  '„': '“”',
  '"': '"',
  "'": "'",
  '‘': '’',
};
const MARKS = /[“”«»„"'‘’]/gu;
const SINGLE_QUOTES = "'‘’";
const SINGLE_QUOTE = new RegExp(`[${SINGLE_QUOTES}]`, 'gu');
/** Words that start with an apostrophe where letters are left out ("'tis", "rock 'n' roll", "the '90s"). */
const ELIDED_START = /^(?:\d\ds?|tis|twas|em|n|cause|til)\b/iu;
/** Words a quoted span must hold to be a quotation: one or two are a term in quotes («so-called "synergy"»). */
const QUOTATION_WORDS = 3;
/** Words a quoted label or name holds at most («В разделе «Налогообложение» выберите…»). */
const LABEL_WORDS = 3;

/** A paragraph's quoted spans: quotations, and the labels and names in quotes of a few words. */
export interface QuotedSpans {
  /** The outermost quotations of `QUOTATION_WORDS` words or more, in text order. */
  quotations: QuotationSpan[];
  /** Quoted spans of at most `LABEL_WORDS` words, at any depth, none inside another, in text order. */
  labels: QuotationSpan[];
}

/**
 * The outermost quotations of each paragraph, `[start, end)` pairs in text order. A closing mark closes the
 * nearest open quotation it can close (“ closes „…“, and a Kazakh “…“ where it ends one; a straight quote
 * closes an open one); a quotation not closed by its paragraph's end is one if the next paragraph opens with
 * its mark again (a quotation over several paragraphs, as news writes it), or up to where its double mark was
 * opened again and closed (“… rewards. “In solving it …”).
 */
export function quotationSpans(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
): QuotationSpan[] {
  return quotedSpans(text, paragraphs).quotations;
}

const cachedSpans = new WeakMap<object, QuotedSpans>();

/** `quotedSpans` of a segmented document, read once however many rules ask. */
export function quotedSpansOf(doc: {
  text: string;
  paragraphs: readonly { start: number; end: number }[];
}): QuotedSpans {
  let spans = cachedSpans.get(doc);
  if (!spans) {
    spans = quotedSpans(doc.text, doc.paragraphs);
    cachedSpans.set(doc, spans);
  }
  return spans;
}

/** The quotations (`quotationSpans`) and the quoted labels of each paragraph. */
export function quotedSpans(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
): QuotedSpans {
  const spans: QuotationSpan[] = [];
  const labels: QuotationSpan[] = [];
  paragraphs.forEach(({ start, end }, p) => {
    const open: OpenQuotation[] = [];
    const paragraph = text.slice(start, end);
    const singlePairs = pairedSingleQuotes(text, start, paragraph);
    // Searched in the paragraph alone: in the whole text a search would run on to the next mark, however far.
    MARKS.lastIndex = 0;
    for (let match = MARKS.exec(paragraph); match; match = MARKS.exec(paragraph)) {
      const at = start + match.index;
      if (SINGLE_QUOTES.includes(match[0]) && !singlePairs.has(at)) continue;
      const closed = open.findLastIndex((o) => closes(text, o.mark, at));
      const quotation = open[closed];
      if (quotation) {
        open.length = closed;
        if (labelWordsIn(text.slice(quotation.at + 1, at)) <= LABEL_WORDS)
          addLabel(labels, quotation.at, at + 1);
        const outer = open[0];
        if (!outer && wordsIn(text.slice(quotation.at, at)) >= QUOTATION_WORDS)
          spans.push([quotation.at, at + 1]);
        if (outer?.mark === quotation.mark && !SINGLE_QUOTES.includes(outer.mark)) outer.reclosedAt = at + 1;
      } else if (opens(text, at)) open.push({ mark: match[0], at });
    }
    const outer = open[0];
    if (!outer) return;
    const next = paragraphs[p + 1];
    // News style leaves a quotation that runs on into the next paragraph open, and opens that one again.
    if (next && text.slice(next.start).trimStart().startsWith(outer.mark)) {
      if (wordsIn(text.slice(outer.at, end)) >= QUOTATION_WORDS) spans.push([outer.at, end + 1]);
    } else if (outer.reclosedAt && wordsIn(text.slice(outer.at, outer.reclosedAt)) >= QUOTATION_WORDS) {
      spans.push([outer.at, outer.reclosedAt]);
    }
  });
  return { quotations: spans, labels };
}

/**
 * Adds a label closing after those before it: one that holds labels closed before it (an organisation's name
 * «ТОО «Альфа»») replaces them, so the list stays sorted with none inside another.
 */
function addLabel(labels: QuotationSpan[], start: number, end: number): void {
  while ((labels.at(-1)?.[0] ?? -1) > start) labels.pop();
  labels.push([start, end]);
}

/** A label's words: a hyphenated compound is one («Социально-предпринимательская корпорация»). */
function labelWordsIn(slice: string): number {
  return slice.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * The offsets of single quotes that pair up in a paragraph (its text, from `start` in `text`): an opening one
 * and the next closing one. An
 * unpaired one is an apostrophe ("24 'co-conspirators' including …" reads as a plural's), which must not keep
 * the quotations after it open.
 */
function pairedSingleQuotes(text: string, start: number, paragraph: string): Set<number> {
  const paired = new Set<number>();
  let opener: number | undefined;
  // From one single quote to the next: a paragraph's other characters are not looked at one by one.
  SINGLE_QUOTE.lastIndex = 0;
  for (let found = SINGLE_QUOTE.exec(paragraph); found; found = SINGLE_QUOTE.exec(paragraph)) {
    const at = start + found.index;
    if (opener !== undefined && closes(text, text.charAt(opener), at)) {
      paired.add(opener).add(at);
      opener = undefined;
    } else if (opens(text, at)) opener = at;
  }
  return paired;
}

/**
 * Whether the mark at `at` closes a quotation opened with `opener`. English nests no “ in “…”, so a second “
 * closes one only where a Kazakh “…“ ends, after a word and not before one; a single quote closes only there
 * too, and not as a plural's apostrophe before the noun it owns ("the citizens' rights").
 */
function closes(text: string, opener: string, at: number): boolean {
  const mark = text.charAt(at);
  if (!(CLOSERS[opener] ?? '').includes(mark)) return false;
  if (mark !== '“' && !SINGLE_QUOTES.includes(mark)) return true;
  const after = text.slice(at + 1, at + 3);
  const endsQuotation = /\S/u.test(text.charAt(at - 1)) && !/^[\p{L}\p{N}]/u.test(after);
  if (mark === '“') return endsQuotation;
  return endsQuotation && !(/s/iu.test(text.charAt(at - 1)) && /^ \p{L}/u.test(after));
}

/**
 * Whether the mark at `at` opens a quotation: a double mark always, a single quote only before a word and after
 * a space, a bracket, a dash or another mark — not an apostrophe inside or after a word ("don't", "the Queen's",
 * "the 90's") or before a year ("the '90s").
 */
function opens(text: string, at: number): boolean {
  const mark = text.charAt(at);
  if (mark === '’') return false;
  if (!SINGLE_QUOTES.includes(mark)) return mark in CLOSERS;
  const before = text.charAt(at - 1);
  const startsWord = /^[\p{L}\p{N}]/u.test(text.charAt(at + 1)) && !ELIDED_START.test(text.slice(at + 1));
  return startsWord && (at === 0 || /[\s([{\u2013\u2014\-“«„"/]/u.test(before));
}

function wordsIn(slice: string): number {
  return slice.match(/\p{L}+/gu)?.length ?? 0;
}

/** Whether `[start, end)` lies inside one of `spans` (sorted, as `quotationSpans` gives them). */
export function isQuoted(spans: readonly QuotationSpan[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = spans[middle] ?? [0, 0];
    if (end <= from) high = middle - 1;
    else if (start >= to) low = middle + 1;
    else return start > from && end < to;
  }
  return false;
}
