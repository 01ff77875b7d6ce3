import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import { isNumberWithEnding, isRomanNumeral } from '../../../plain/internal/text/numerals.ts';
import { isLexical, segment } from '../../../plain/internal/text/segment.ts';

describe('numbers written with letters are numbers', () => {
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

  it.each([
    '20th',
    '1st',
    '2nd',
    '3rd',
    '1990s',
    "1990's",
    '9am',
    '50pm',
    '8.50pm',
    '5-го',
    '3-й',
    '1990-х',
    '10-ти',
    '2-я',
    '8-ші',
    '20-дан',
    '3-тен',
    '5-інде',
    '3-ыншы',
    '5%-ға',
    '10%-ная',
    '20-dan',
    '8-şı',
  ])('%s is digits with an ending', (norm) => {
    expect(isNumberWithEnding(norm)).toBe(true);
  });

  // A word after the hyphen is a word: the compound is graded on it.
  it.each([
    '20-year-old',
    '3-car',
    '5-day',
    'am',
    'pm',
    '5-am',
    '20-летний',
    '2-сынып',
    '20',
    'th',
    'covid-19',
    '4th-grade',
  ])('%s is not', (norm) => {
    expect(isNumberWithEnding(norm)).toBe(false);
  });

  it('reads a percentage with its case ending as one number', () => {
    expect(segment('Баға 5%-ға өсті.').words.map((w) => [w.text, w.letters])).toEqual([
      ['Баға', 4],
      ['5%-ға', 0],
      ['өсті', 4],
    ]);
  });

  it('grades a compound on its word, not its ordinal', () => {
    const grade = (text: string) => analyze(text, { language: 'en' }).metrics.grade;
    expect(grade('She teaches a 4th-grade class.')).toBeCloseTo(grade('She teaches a grade class.'), 6);
  });

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
    ['en', 'On the 20th, the 1st and 3rd teams of the 1990s met.'],
    ['en', 'The office opens at 9am and he died at 8.50pm local time.'],
    ['ru', 'К 5-му мая 2-я группа 1990-х годов выросла на 10%-ную долю.'],
    ['kk', '20-дан астам адам 8-ші сыныпта оқиды, баға 5%-ға өсті.'],
  ] as const)('are not undefined abbreviations, nor words of the grade (%s)', (language, text) => {
    const report = analyze(text, { language });
    expect(report.findings.filter((f) => f.rule.endsWith('undefined-abbreviation'))).toEqual([]);
    const digits = text
      .replace(/(?<!\p{L})[IVXІХ]{2,}(?!\p{L})/gu, '21')
      .replace(/(\d)%?[-‐]?[’'\p{L}]+/gu, (m, d: string) => (isNumberWithEnding(m.toLowerCase()) ? d : m));
    expect(digits).not.toBe(text);
    const spelled = analyze(digits, { language });
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
