import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

// Text copied from web pages, word processors and learners' books carries marks the reader does not see as
// part of the word: soft hyphens (hyphenation hints), zero-width joiners, non-breaking hyphens and stress marks.
const gradeOf = (text: string, language: 'en' | 'ru' | 'kk') => analyze(text, { language }).metrics.grade;

describe('words with invisible characters and stress marks', () => {
  it('grade as the words without them', () => {
    const english = 'The information is available on the website of the ministry.';
    const softHyphens =
      'The infor\u00ADmation is avail\u00ADable on the web\u00ADsite of the minis\u00ADtry.';
    expect(gradeOf(softHyphens, 'en')).toBeCloseTo(gradeOf(english, 'en'), 6);
    expect(analyze(softHyphens, { language: 'en' }).metrics.words).toBe(10);

    const russian = 'Мама купила молоко в магазине.';
    const stressed = 'Ма\u0301ма купи\u0301ла молоко\u0301 в магази\u0301не.';
    expect(gradeOf(stressed, 'ru')).toBeCloseTo(gradeOf(russian, 'ru'), 6);

    const kazakh = 'Біз бүгін кітапты оқыдық.';
    expect(gradeOf('Біз бүгін кіта\u00ADпты оқы\u0301дық.', 'kk')).toBeCloseTo(gradeOf(kazakh, 'kk'), 6);
  });

  it('leave out superscript digits after a word: a footnote mark or a unit’s power', () => {
    expect(gradeOf('The city has a large population¹ and many parks².', 'en')).toBeCloseTo(
      gradeOf('The city has a large population and many parks.', 'en'),
      6,
    );
    // A unit with its power after a number is still a unit, read at a glance.
    expect(gradeOf('Площадь парка составляет 25 км² и 300 м³ воды.', 'ru')).toBeCloseTo(
      gradeOf('Площадь парка составляет 25 км и 300 м воды.', 'ru'),
      6,
    );
  });

  it('rejoin a word hyphenated at the end of a line, as in text copied from a PDF', () => {
    const flowing =
      'Заявление рассматривается в течение пяти рабочих дней государственным органом по месту жительства.';
    const wrapped =
      'Заявление рассматривается в течение пяти рабо-\nчих дней государст-\nвенным органом по месту житель-\nства.';
    expect(analyze(wrapped, { language: 'ru' }).metrics.words).toBe(12);
    expect(gradeOf(wrapped, 'ru')).toBeCloseTo(gradeOf(flowing, 'ru'), 6);
    // A line that ends in a hyphen before a capitalised line is not a broken word.
    expect(analyze('Маршрут Алматы-\nАстана открыт.', { language: 'ru' }).metrics.words).toBe(4);
  });

  it('read a non-breaking hyphen as a hyphen: one compound, as hard as its hardest part', () => {
    const plain = 'A non-binding agreement was signed.';
    const noBreak = 'A non\u2011binding agreement was signed.';
    expect(analyze(noBreak, { language: 'en' }).metrics.words).toBe(5);
    expect(gradeOf(noBreak, 'en')).toBeCloseTo(gradeOf(plain, 'en'), 6);
  });

  it('find the same problems, over the whole word as typed', () => {
    const text = 'Организация осуще\u00ADствляет приём заявлений.';
    const officialese = analyze(text, { language: 'ru' }).findings.find((f) => f.rule === 'ru/officialese');
    // «осуществлять приём» is one phrase, «принимать», and takes its object along («принимает заявления»).
    expect(officialese && text.slice(officialese.start, officialese.end)).toBe(
      'осуще\u00ADствляет приём заявлений',
    );
  });
});
