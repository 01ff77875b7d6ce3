// Direct quotations and quoted titles: words the writer reports, not their own, which no wording advice can
// change («"We will verify it," he said», «Закон «О государственных услугах»»).

/** A quotation's span in the text: the offset of its opening mark and one past its closing mark. */
export type QuotationSpan = readonly [start: number, end: number];

/** Opening marks and the marks that close each: English “…”, Russian and Kazakh «…» and „…“, straight "…". */
const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”“',
  '«': '»',
  '„': '“”',
  '"': '"',
};
const MARKS = /[“”«»„"]/gu;
/** Words a quoted span must hold to be a quotation: one or two are a term in quotes («so-called "synergy"»). */
const QUOTATION_WORDS = 3;

/**
 * The outermost quotations of each paragraph, `[start, end)` pairs in text order. A mark that may open or close
 * closes the quotation it can close (“ closes „…“ and a Kazakh “…“; a straight quote closes an open one); a
 * quotation not closed by its paragraph's end is one only if the next paragraph opens with its mark again (a
 * quotation over several paragraphs, as news writes it).
 */
export function quotationSpans(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
): QuotationSpan[] {
  const spans: QuotationSpan[] = [];
  paragraphs.forEach(({ start, end }, p) => {
    const open: { mark: string; at: number }[] = [];
    MARKS.lastIndex = start;
    for (let match = MARKS.exec(text); match && match.index < end; match = MARKS.exec(text)) {
      const mark = match[0];
      const top = open[open.length - 1];
      if (top && (CLOSERS[top.mark] ?? '').includes(mark)) {
        open.pop();
        if (open.length === 0 && wordsIn(text.slice(top.at, match.index)) >= QUOTATION_WORDS)
          spans.push([top.at, match.index + 1]);
      } else if (mark in CLOSERS) open.push({ mark, at: match.index });
    }
    // News style leaves a quotation that runs on into the next paragraph open, and opens that one again.
    const outer = open[0];
    const next = paragraphs[p + 1];
    if (outer && next && text.slice(next.start).trimStart().startsWith(outer.mark)) {
      if (wordsIn(text.slice(outer.at, end)) >= QUOTATION_WORDS) spans.push([outer.at, end + 1]);
    }
  });
  return spans;
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
