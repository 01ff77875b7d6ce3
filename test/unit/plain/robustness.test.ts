import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

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
  fc.constantFrom(
    'В целях обеспечения',
    'жүзеге асырылады',
    'in order to',
    'was given',
    'the the',
    'ВНИМАНИЕ',
  ),
);
const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

describe('analyze never fails on arbitrary input', () => {
  it('never throws; offsets stay inside the text; grade and score are finite', () => {
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
