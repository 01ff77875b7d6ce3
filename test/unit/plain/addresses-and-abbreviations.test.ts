import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import { countDocument } from '../../../plain/internal/counts.ts';
import { isLexical, segment } from '../../../plain/internal/text/segment.ts';
import { LANGUAGES } from '../../../plain/languages/registry.ts';

const words = (text: string) =>
  segment(text).words.map((w) => `${w.text}${isLexical(w) ? '' : '#'}${w.abbreviation ? '~' : ''}`);

describe('web and e-mail addresses', () => {
  it('are one word each, with no letters to read, and their dots end no sentence', () => {
    const text =
      'Visit www.gov.uk/apply or https://egov.kz/services/123?id=5, write to help@gov.kz. Then call.';
    expect(words(text)).toEqual([
      'Visit',
      'www.gov.uk/apply#',
      'or',
      'https://egov.kz/services/123?id=5#',
      'write',
      'to',
      'help@gov.kz#',
      'Then',
      'call',
    ]);
    expect(segment(text).sentences).toHaveLength(2);
  });

  it.each([
    ['Зайдите на egov.kz. Там всё.', 'egov.kz', 2],
    ['egov.kz сайтына кіріңіз (stat.gov.kz/ru/).', 'stat.gov.kz/ru/', 1],
    ['Download the form from example.org. Send it back.', 'example.org', 2],
  ])('%s', (text, address, sentences) => {
    const doc = segment(text);
    expect(doc.words.map((w) => w.text)).toContain(address);
    expect(doc.sentences).toHaveLength(sentences);
  });

  it('leaves dotted words that are not addresses alone', () => {
    expect(words('The U.S. report.pdf, version 3.5, т.е. всё.')).toEqual([
      'The',
      'U~',
      'S~',
      'report',
      'pdf',
      'version',
      '3#',
      '5#',
      'т~',
      'е~',
      'всё',
    ]);
  });

  it('do not raise the grade', () => {
    const plain = analyze('Apply on the website. We answer in a week.', { language: 'en' });
    const withAddress = analyze('Apply on www.gov.kz/apply-online. We answer in a week.', { language: 'en' });
    expect(withAddress.metrics.grade).toBeLessThanOrEqual(plain.metrics.grade);
  });

  it('stay linear on a huge run of letters and dots', () => {
    const text = `${'a'.repeat(200_000)} ${'abc.'.repeat(50_000)}kz`;
    expect(segment(text).words.length).toBeGreaterThan(1);
  });
});

describe('known abbreviations', () => {
  it.each([
    ['ru', 'См. п. 5 ст. 12 закона, т.е. до 2025 г. всё.', ['См', 'п', 'ст', 'т', 'е', 'г']],
    ['kk', 'Заңның 12-бабы, т.б. бәрі.', ['т', 'б']],
    ['en', 'Call Mr. Smith, e.g. today, i.e. now.', ['Mr', 'e', 'g', 'i', 'e']],
  ] as const)('are read as the words they stand for (%s)', (language, text, pieces) => {
    const doc = segment(text);
    expect(doc.words.filter((w) => w.abbreviation).map((w) => w.text)).toEqual(pieces);
    // They count as words (of one syllable) but carry no lexical load, as everyday words do; alone, each
    // letter would be graded as a rare word.
    const pack = LANGUAGES[language];
    const counts = countDocument(doc, () => pack);
    const others = doc.words.filter((w) => isLexical(w) && !w.abbreviation);
    expect(counts.words).toBe(others.length + pieces.length);
    expect(counts.lexicalLoad).toBeCloseTo(
      others.reduce((sum, w) => sum + pack.difficulty(w.norm), 0),
      9,
    );
    expect(pieces.some((piece) => pack.difficulty(piece.toLowerCase()) > 0)).toBe(true);
  });

  it.each([
    ['Donald J. Trump met A. Smith in the U.S. at 7 p.m.', ['J', 'A', 'U', 'S', 'p', 'm']],
    ['Приказ подписал И. И. Иванов.', ['И', 'И']],
    ['Бұйрыққа А. Әбдірахманов қол қойды.', ['А']],
  ])('initials and dotted initialisms are read at a glance: %s', (text, letters) => {
    expect(
      segment(text)
        .words.filter((w) => w.abbreviation)
        .map((w) => w.text),
    ).toEqual(letters);
  });

  it('does not take a word at a sentence end for an abbreviation', () => {
    expect(
      segment('She said no. He left.')
        .words.filter((w) => w.abbreviation)
        .map((w) => w.text),
    ).toEqual([]);
  });
});

describe('units after a number', () => {
  it.each([
    ['Площадь 100 кв. м, до центра 50 км, цена 5 000 тг.', ['кв', 'м', 'км', 'тг']],
    ['Аумағы 3 га, бағасы 2 млн теңге.', ['га', 'млн']],
    ['It weighs 5 kg and costs 3 bn KZT.', ['kg', 'bn', 'KZT']],
  ])('are read as their words: %s', (text, units) => {
    expect(
      segment(text)
        .words.filter((w) => w.abbreviation)
        .map((w) => w.text),
    ).toEqual(units);
  });

  it('are words like any other away from a number', () => {
    expect(segment('Км и кг — сокращения. The kg is a unit.').words.some((w) => w.abbreviation)).toBe(false);
  });
});

describe('hyphenated compounds', () => {
  it.each([
    ['e-mail', 'mail'],
    ['x-ray', 'ray'],
    ['e-government', 'government'],
  ])('a letter before a word costs nothing: %s is as hard as %s', (compound, word) => {
    expect(LANGUAGES.en.difficulty(compound)).toBeLessThanOrEqual(LANGUAGES.en.difficulty(word));
  });

  it.each([
    ['en', 'anti-corruption', 'corruption'],
    ['en', 'self-employed', 'employed'],
    ['ru', 'вице-министр', 'министр'],
  ] as const)('a prefix is read with its word: %s %s is as hard as %s', (language, compound, word) => {
    expect(LANGUAGES[language].difficulty(compound)).toBe(LANGUAGES[language].difficulty(word));
  });
});

describe('an abbreviation to spell out', () => {
  const messages = (text: string, language: 'kk' | 'ru' | 'en', uiLanguage: 'kk' | 'ru' | 'en') =>
    analyze(text, { language, uiLanguage })
      .findings.filter((f) => f.rule.endsWith('/undefined-abbreviation'))
      .map((f) => f.message);

  it('is shown spelled out when the pack knows its full name, in the text’s language whatever the UI’s', () => {
    expect(messages('Сумма считается в МРП.', 'ru', 'ru')).toEqual([
      'Расшифруйте «МРП» при первом упоминании, например: «месячный расчётный показатель (МРП)».',
    ]);
    expect(messages('Азаматтар ҚР заңына бағынады.', 'kk', 'en')).toEqual([
      'Spell out “ҚР” the first time you use it, for example “Қазақстан Республикасы (ҚР)”.',
    ]);
    expect(messages('The fee is two MCI.', 'en', 'kk')).toEqual([
      '«MCI» қысқартуын алғаш қолданғанда толық жазыңыз, мысалы: «monthly calculation index (MCI)».',
    ]);
  });

  it('names no other abbreviation’s full name when it is not listed, in any UI language', () => {
    expect(messages('Данные передаёт ГСЗ.', 'ru', 'ru')).toEqual([
      'Расшифруйте «ГСЗ» при первом упоминании: сначала полное название, затем «(ГСЗ)».',
    ]);
    expect(messages('Данные передаёт ГСЗ.', 'ru', 'en')).toEqual([
      'Spell out “ГСЗ” the first time you use it: the full name first, then “(ГСЗ)”.',
    ]);
    expect(messages('Сіз GRE тапсырмайсыз.', 'kk', 'kk')).toEqual([
      '«GRE» қысқартуын алғаш қолданғанда толық жазыңыз: алдымен толық атауы, содан кейін «(GRE)».',
    ]);
    expect(messages('The fee is two XYZ.', 'en', 'ru')).toEqual([
      'Расшифруйте «XYZ» при первом упоминании: сначала полное название, затем «(XYZ)».',
    ]);
  });

  it('is spelled out in the Latin alphabet in Latin Kazakh', () => {
    expect(messages('Ötinişti HQKO-ğa beriñiz.', 'kk', 'kk')).toEqual([
      '«HQKO» қысқартуын алғаш қолданғанда толық жазыңыз, мысалы: «Halyqqa qyzmet körsetu ortalyğy (HQKO)».',
    ]);
  });
});

describe('the full names the packs list for abbreviations', () => {
  for (const code of ['kk', 'ru', 'en'] as const) {
    it(`define their abbreviation when written as the ${code} message shows them`, () => {
      const rule = LANGUAGES[code].rules.find((r) => r.id === `${code}/undefined-abbreviation`);
      const names = Object.entries((rule as { fullNames?: Record<string, string> }).fullNames ?? {});
      expect(names.length).toBeGreaterThan(10);
      for (const [abbreviation, name] of names) {
        const text = `${name} (${abbreviation}). ${abbreviation}.`;
        const found = analyze(text, { language: code }).findings.filter((f) =>
          f.rule.endsWith('/undefined-abbreviation'),
        );
        expect(found, text).toEqual([]);
      }
    });
  }
});
