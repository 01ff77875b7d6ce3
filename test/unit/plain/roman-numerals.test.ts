import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import { isRomanNumeral } from '../../../plain/internal/text/roman-numerals.ts';
import { isLexical, segment } from '../../../plain/internal/text/segment.ts';

describe('Roman numerals are numbers', () => {
  it.each(['II', 'IV', 'VIII', 'XIX', 'XXI', 'XXXIX', 'ХХІ', 'ІІ', 'ХIХ'])('%s is a numeral', (text) => {
    expect(isRomanNumeral(text)).toBe(true);
  });

  // Acronyms that happen to be valid numerals with L, C, D or M; single letters; invalid orders; lower case.
  it.each(['I', 'X', 'CD', 'DC', 'CV', 'MD', 'IIII', 'VV', 'IXI', 'ID', 'xxi', 'Ivan', 'XL'])(
    '%s is not taken for one',
    (text) => {
      expect(isRomanNumeral(text)).toBe(false);
    },
  );

  it('gives a numeral no letters to read, keeps a hyphenated ending', () => {
    const words = segment('В XXI веке, в ХХ-ғасыр, Henry VIII and I.').words;
    const letters = Object.fromEntries(words.map((w) => [w.text, w.letters]));
    expect(letters).toMatchObject({ XXI: 0, 'ХХ-ғасыр': 5, VIII: 0, I: 1 });
    expect(words.filter((w) => !isLexical(w)).map((w) => w.text)).toEqual(['XXI', 'VIII']);
  });

  it.each([
    ['kk', 'ХХІ ғасырда ел дамыды. ІІ тарауда бәрі жазылған. XIX ғасыр аяқталды.'],
    ['ru', 'В XXI веке страна изменилась. Глава IV описывает порядок.'],
    ['en', 'After World War II, Henry VIII wrote chapter IV.'],
  ] as const)('are not undefined abbreviations, nor words of the grade (%s)', (language, text) => {
    const report = analyze(text, { language });
    expect(report.findings.filter((f) => f.rule.endsWith('undefined-abbreviation'))).toEqual([]);
    const spelled = analyze(text.replace(/(?<!\p{L})[IVXІХ]{2,}(?!\p{L})/gu, '21'), { language });
    expect(report.metrics.words).toBe(spelled.metrics.words);
    expect(report.metrics.grade).toBeCloseTo(spelled.metrics.grade, 6);
  });

  it('still reports a real undefined abbreviation beside one', () => {
    const report = analyze('В XXI веке ЦОН работает.', { language: 'ru' });
    expect(report.findings.filter((f) => f.rule === 'ru/undefined-abbreviation').map((f) => f.text)).toEqual([
      'ЦОН',
    ]);
  });
});
