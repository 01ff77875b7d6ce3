import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import { isQuoted, quotationSpans } from '../../../plain/internal/text/quotations.ts';

const spansOf = (text: string) =>
  quotationSpans(text, [{ start: 0, end: text.length }]).map(([start, end]) => text.slice(start, end));

describe('quotations', () => {
  it('finds the outermost quotation of three words or more, in each language’s marks', () => {
    expect(spansOf('He said "we will verify it" and left.')).toEqual(['"we will verify it"']);
    expect(spansOf('Он сказал: «Мы решили «данный» вопрос».')).toEqual(['«Мы решили «данный» вопрос»']);
    expect(spansOf('Закон „О порядке рассмотрения“ принят.')).toEqual(['„О порядке рассмотрения“']);
    // A Kazakh translation closing “…“ with the same mark.
    expect(spansOf('Әкім: “Біз жұмысты бастаймыз“ деді.')).toEqual(['“Біз жұмысты бастаймыз“']);
  });

  it('leaves out a term of one or two words in quotes, and a quotation its paragraph does not close', () => {
    expect(spansOf('The so-called "red tape" rule.')).toEqual([]);
    expect(spansOf('He said “we will verify it and')).toEqual([]);
  });

  it('tells whether a span lies inside one', () => {
    const text = 'A "one two three" B "four five six" C';
    const spans = quotationSpans(text, [{ start: 0, end: text.length }]);
    expect(isQuoted(spans, text.indexOf('two'), text.indexOf('two') + 3)).toBe(true);
    expect(isQuoted(spans, text.indexOf('five'), text.indexOf('five') + 4)).toBe(true);
    expect(isQuoted(spans, text.indexOf('B'), text.indexOf('B') + 1)).toBe(false);
  });
});

describe('wording advice inside a quotation', () => {
  it('keeps the finding but offers nothing to paste into someone else’s words', () => {
    const report = analyze('"We could not verify it," he said. We will verify it.', { language: 'en' });
    const verify = report.findings.filter((f) => f.text === 'verify');
    expect(verify.map((f) => f.suggestions)).toEqual([[], ['check']]);
    expect(verify[0]?.message).not.toContain('“check”');
  });
});
