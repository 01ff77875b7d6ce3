import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkSpans } from '../../../plain/internal/text/links.ts';
import { hasMixedPart, inOneScript } from '../../../plain/internal/text/look-alikes.ts';
import { normalizeWord } from '../../../plain/internal/text/normalize.ts';
import { isNumberWithEnding, romanNumeralHead } from '../../../plain/internal/text/numerals.ts';
import { scanWords } from '../../../plain/internal/text/scan-words.ts';
import { segment } from '../../../plain/internal/text/segment.ts';

// The definition the hand-written scanner must match exactly (a percentage with an ending, «5%-ға», is one word).
const WORD =
  /[\p{L}\p{M}\p{N}]+(?:(?:(?:['’ʼ\-‐‑\u00AD\u200C\u2060]|\u200D)|[-\u00AD]\r?\n[ \t]*(?=\p{Ll})|(?<=[0-9])%(?:['’ʼ\-‐‑\u00AD\u200C\u2060]|\u200D))[\p{L}\p{M}\p{N}]+)*/gu;

const scanned = (text: string) => {
  const found: [number, number][] = [];
  scanWords(text, 0, text.length, (start, end) => found.push([start, end]));
  return found;
};
const byRegex = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);

describe('scanWords', () => {
  it.each(["Нур-Султан don't ҚР-ның -x- 'a' 3.5 😀 é ǵ 𝐀𝐁 a--b ҂5 × ÷", 'Qazaqstaŋ, Ärі — ε λ 中文 ١٢٣'])(
    'matches the regex on %s',
    (text) => {
      expect(scanned(text)).toEqual(byRegex(text));
    },
  );

  it('matches the regex on arbitrary Unicode', () => {
    const pieces = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom("'", '-', '’', '‑', '\u00AD', '\u200D', ' ', '\n', '\r\n', '\t', 'а', 'q', 'Q', '9'),
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 20 }).map((p) => p.join('')),
        (text) => {
          expect(scanned(text)).toEqual(byRegex(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('word letters and normal forms', () => {
  // The fast paths count and fold code unit by code unit; these are the definitions they must agree with.
  const lettersByRegex = (word: string) => word.match(/\p{L}/gu)?.length ?? 0;
  const FOLD =
    /[ŋńǵșţáóúё’ʼ‘`\p{M}\uFB00-\uFB06\u00AD\u200C\u2060‐‑\u00B2\u00B3\u00B9\u2070-\u2079\n]|\u200D/u;
  // Of those, the ones folding always changes (a combining mark may have nothing to compose with).
  const CHANGES = /[ŋńǵșţáóúё’ʼ‘`\uFB00-\uFB06\u00AD\u200C\u2060‐‑\n]|\u200D|\u0301/u;
  const pieces = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    // Cyrillic with ё, the block's thousands sign and combining marks, Kazakh and Latin variant letters
    fc.constantFrom(
      'ё',
      'Ё',
      '\u0482',
      '\u0483',
      '\u0489',
      'ә',
      'Қ',
      'ŋ',
      'á',
      '’',
      '`',
      'ﬁ',
      'a',
      'Z',
      '7',
      '-',
      '‑',
      '\u00AD',
      '\u0301',
      '²',
      '¹',
      '-\n',
      '\n',
    ),
  );

  it('count letters as the Unicode letter class does, and fold exactly the words that need it', () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
        (text) => {
          // An address is read whole, with no letters to read («0.kz»: addresses-and-abbreviations.test.ts).
          const links = linkSpans(text, 0, text.length);
          const inLink = (start: number, end: number) =>
            links.some(([from, to]) => start >= from && end <= to);
          for (const word of segment(text).words) {
            // Numbers written with letters ("20th", «ХХІ») have none to read (numerals.test.ts).
            const numeral = romanNumeralHead(word.text);
            const letters =
              isNumberWithEnding(word.norm) || inLink(word.start, word.end)
                ? 0
                : lettersByRegex(word.text.slice(numeral.length));
            expect(word.letters).toBe(letters);
            const lower = word.text.toLowerCase();
            // A word mixing look-alike letters of two scripts is read in one («Кaзахстан»), once a word
            // hyphenated across a line is joined.
            const joined = word.text.replace(/[-\u00AD]?\r?\n[ \t]*/gu, '');
            const mixed = hasMixedPart(joined);
            if (mixed && inOneScript(joined) !== undefined) expect(hasMixedPart(word.norm)).toBe(false);
            if (!FOLD.test(lower) && !mixed) expect(word.norm).toBe(lower);
            if (CHANGES.test(lower)) expect(word.norm).not.toBe(lower);
          }
        },
      ),
      { numRuns: 2000 },
    );
    expect(normalizeWord('Ёлка')).toBe('елка');
    expect(normalizeWord('Кaзахстан')).toBe('казахстан');
    expect(normalizeWord('молоко\u0301')).toBe('молоко');
    expect(normalizeWord('infor\u00ADmation')).toBe('information');
    expect(normalizeWord('non\u2011binding')).toBe('non-binding');
    expect(normalizeWord('госу-\n  дарственный')).toBe('государственный');
    expect(normalizeWord('госу\u00AD\r\nдарственный')).toBe('государственный');
    expect(normalizeWord('iшiнде')).toBe('ішінде');
    expect(normalizeWord('Əкесi')).toBe('әкесі');
    expect(normalizeWord('көмек')).toBe('көмек');
    expect(normalizeWord('кɵмек')).toBe('көмек');
    expect(normalizeWord('Bерхний')).toBe('верхний');
    expect(normalizeWord('Qazaqstаn')).toBe('qazaqstan');
    expect(normalizeWord('SMS-хабарлама')).toBe('sms-хабарлама');
  });
});
