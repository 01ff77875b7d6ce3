import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import { isQuoted, quotationSpans, quotedSpans } from '../../../plain/internal/text/quotations.ts';

const spansOf = (text: string) =>
  quotationSpans(text, [{ start: 0, end: text.length }]).map(([start, end]) => text.slice(start, end));
const labelsOf = (text: string) =>
  quotedSpans(text, [{ start: 0, end: text.length }]).labels.map(([start, end]) => text.slice(start, end));

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

  it('reads single quotes in pairs around words, and apostrophes as none', () => {
    expect(spansOf("He said 'we will verify it' and left.")).toEqual(["'we will verify it'"]);
    expect(spansOf('She said ‘we will verify it,’ and left.')).toEqual(['‘we will verify it,’']);
    expect(spansOf("The Queen's aides don't say 'we will act now', he said.")).toEqual(["'we will act now'"]);
    expect(spansOf("In the '90s the 90's fans said it was the citizens' rights that mattered.")).toEqual([]);
    expect(spansOf("'We back the farmers' union in full,' she said.")).toEqual([
      "'We back the farmers' union in full,'",
    ]);
    // An unpaired single quote keeps no quotation after it open.
    expect(spansOf("Some 24 'co-conspirators' including him. “The scale of it is unacceptable.”")).toEqual([
      '“The scale of it is unacceptable.”',
    ]);
  });

  it('lets no English “ close another, while a Kazakh “…“ still closes', () => {
    expect(spansOf('He said: “It pays. “In solving it we help people,” she said. We will help.')).toEqual([
      '“It pays. “In solving it we help people,”',
    ]);
    expect(spansOf('“He said “no” to me twice,” she said.')).toEqual(['“He said “no” to me twice,”']);
    expect(spansOf('Әкім: “Біз жұмысты бастаймыз“, “Біз оны аяқтаймыз“ деді.')).toEqual([
      '“Біз жұмысты бастаймыз“',
      '“Біз оны аяқтаймыз“',
    ]);
    expect(spansOf('Он сказал: «Мы решили „данный“ вопрос сегодня».')).toEqual([
      '«Мы решили „данный“ вопрос сегодня»',
    ]);
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
    expect(verify.map((f) => f.suggestions)).toEqual([[], ['check', 'confirm']]);
    expect(verify[0]?.message).not.toContain('“check”');
  });

  it('reads single quotes as quotation marks, and an apostrophe outside them keeps the paste', () => {
    const report = analyze("'We could not verify it,' he said. The citizens' panel will verify it.", {
      language: 'en',
    });
    const verify = report.findings.filter((f) => f.text === 'verify');
    expect(verify.map((f) => f.suggestions)).toEqual([[], ['check', 'confirm']]);
  });
});

describe('a quotation over several paragraphs', () => {
  it('runs to the end of a paragraph the next one reopens with its mark', () => {
    const text = '“We will verify it in order to proceed.\n\n“Then we will commence,” he said.';
    const paragraphs = [
      { start: 0, end: text.indexOf('\n') },
      { start: text.indexOf('“T'), end: text.length },
    ];
    const spans = quotationSpans(text, paragraphs);
    expect(isQuoted(spans, text.indexOf('verify'), text.indexOf('verify') + 6)).toBe(true);
    expect(isQuoted(spans, text.indexOf('commence'), text.indexOf('commence') + 8)).toBe(true);
  });

  it('is none where the next paragraph does not reopen it', () => {
    const text = '“We will verify it in order to proceed.\n\nThen we left.';
    const paragraphs = [
      { start: 0, end: text.indexOf('\n') },
      { start: text.indexOf('Then'), end: text.length },
    ];
    expect(quotationSpans(text, paragraphs)).toEqual([]);
  });

  it('reads labels and names of up to three words in quotes, at any depth, the outer of two nested', () => {
    expect(labelsOf('В разделе «Налогообложение» выберите пункт «Подать декларацию».')).toEqual([
      '«Налогообложение»',
      '«Подать декларацию»',
    ]);
    // A hyphenated compound is one word of a name.
    expect(labelsOf('АО «Социально-предпринимательская корпорация «Астана»» сообщает.')).toEqual([
      '«Социально-предпринимательская корпорация «Астана»»',
    ]);
    // Inside a longer quotation, which is no label itself.
    expect(labelsOf('Он сказал: «Мы закрыли раздел «Налогообложение» вчера».')).toEqual([
      '«Налогообложение»',
    ]);
    expect(labelsOf('Choose \'Apply online\' and then "Continue".')).toEqual([
      "'Apply online'",
      '"Continue"',
    ]);
    expect(labelsOf('He said "we will verify it" and left.')).toEqual([]);
  });

  it('leaves a long word of a quoted label to the writer, not one of a quotation', () => {
    const found = (text: string) =>
      analyze(text, { language: 'ru' })
        .findings.filter((f) => f.rule === 'ru/long-word')
        .map((f) => f.text);
    expect(found('Откройте раздел «Налогоадминистрирование» на портале.')).toEqual([]);
    expect(found('Он сказал: «Мы завершили налогоадминистрирование этого года в срок».')).toEqual([
      'налогоадминистрирование',
    ]);
  });
});
