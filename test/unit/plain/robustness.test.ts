import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import { segment } from '../../../plain/internal/text/segment.ts';

const pieces = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'т.е.',
    'e.g.',
    '«',
    '»',
    '\n\n',
    '\n- ',
    '1. ',
    'ЦОН',
    'Кaзахстан',
    '👍🏽',
    '...',
    '!!!',
    ' ',
    'ЖСН-ға',
  ),
  // The tokenizer's numbers, addresses and abbreviations: pieces that glue to their neighbours.
  fc.constantFrom(
    'egov.kz',
    'https://egov.kz/a?b=1',
    'www.gov.uk/x',
    'help@gov.kz',
    '@',
    '.kz',
    '5%-ға',
    '20th',
    '1990-х',
    'XXI',
    'ХХІ',
    'J. ',
    'U.S.',
    '50 км',
    'кв. м',
    'e-mail',
    'anti-',
    'АҚШ-тың',
    'ЦОНе',
  ),
  fc.constantFrom(
    'В целях обеспечения',
    'жүзеге асырылады',
    'in order to',
    'was given',
    'the the',
    'ВНИМАНИЕ',
  ),
  // Kazakh typed without its letters, in Cyrillic and in Latin without marks: read with them put back.
  fc.constantFrom(
    'Кужаттарды кабылдау аркылы ',
    'жузеге асырылады ',
    'АКШ-тын ',
    'онтустик-шыгысына ',
    'Otinis beru ushin ortalykka ',
    'sh-ch ',
  ),
  fc.stringMatching(/^[а-яё -]{0,30}$/u),
);
const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

describe('the tokenizer on arbitrary input', () => {
  it('gives words in order, without overlap, each its own slice of the text; addresses hold no space', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { words } = segment(text);
        let end = 0;
        for (const w of words) {
          expect(w.start).toBeGreaterThanOrEqual(end);
          expect(w.end).toBeGreaterThan(w.start);
          expect(text.slice(w.start, w.end)).toBe(w.text);
          if (w.letters === 0 && /[.@]\p{L}/u.test(w.text)) expect(/\s/u.test(w.text)).toBe(false);
          end = w.end;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('analyze never fails on arbitrary input', () => {
  // 400 analyses, the first in each language building its pack: 4.5 s on a quiet machine, over vitest's 5 s
  // default when the machine is busy. A minute still catches a hang.
  it('never throws; offsets stay inside the text; grade and score are finite', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        texts,
        fc.constantFrom('auto', 'kk', 'ru', 'en') as fc.Arbitrary<'auto' | 'kk' | 'ru' | 'en'>,
        (text, language) => {
          const report = analyze(text, { language });
          expect(Number.isFinite(report.metrics.grade)).toBe(true);
          expect(Number.isFinite(report.score)).toBe(true);
          expect(report.score).toBeGreaterThanOrEqual(0);
          expect(report.score).toBeLessThanOrEqual(100);
          for (const value of Object.values(report.metrics.formulas))
            expect(Number.isFinite(value)).toBe(true);
          for (const f of report.findings) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.start).toBeLessThan(f.end);
            expect(text.slice(f.start, f.end)).toBe(f.text);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('handles a huge input, only punctuation, and only emoji', () => {
    const huge = 'Подайте заявление в центр. '.repeat(20_000);
    expect(analyze(huge).metrics.sentences).toBe(20_000);
    expect(analyze('.,;:!?…—()[]«»').metrics.words).toBe(0);
    expect(analyze('😀😃😄 👍🏽👍🏽').findings).toEqual([]);
  });
});
