import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

const capitals = (text: string, language: 'en' | 'ru' | 'kk') =>
  analyze(text, { language })
    .findings.filter((f) => f.rule.endsWith('/all-caps') || f.rule.endsWith('/undefined-abbreviation'))
    .map((f) => `${f.rule.slice(3)} ${f.text}`);

// A short everyday word typed in capitals is emphasis (the all-caps advice), not an abbreviation to spell out;
// a short abbreviation that is no everyday word still is one.
describe('short words in capitals', () => {
  it('reads "NOT" and "ALL" as emphasis, "BIN" and "CAT" as abbreviations', () => {
    expect(
      capitals('Do NOT send originals. Fill in ALL fields. Enter your BIN. The CAT results.', 'en'),
    ).toEqual(['all-caps NOT', 'all-caps ALL', 'undefined-abbreviation BIN', 'undefined-abbreviation CAT']);
  });

  it('does so in Russian and Kazakh', () => {
    expect(capitals('НЕ отправляйте оригиналы. Заполните ВСЕ поля. Обратитесь в ЦОН.', 'ru')).toEqual([
      'all-caps НЕ',
      'all-caps ВСЕ',
      'undefined-abbreviation ЦОН',
    ]);
    expect(capitals('Қарызыңыз ЖОҚ. БИН керек. ХҚКО-ға барыңыз.', 'kk')).toEqual([
      'all-caps ЖОҚ',
      'undefined-abbreviation ХҚКО',
    ]);
  });
});

// A press release opens with its place in capitals, then a date, a bracket or a dash: a dateline, not an
// abbreviation; an abbreviation opening a paragraph before other words still is one.
describe('datelines', () => {
  it('leaves "ASTANA, 12 March —" and «АСТАНА. 12 марта.» alone, not "USAID, the agency"', () => {
    expect(
      capitals('ASTANA, 12 March — The ministry opened a centre.\n\nALMATY (Kazinform) – It opened.', 'en'),
    ).toEqual([]);
    expect(capitals('АСТАНА. 12 марта. Министерство открыло центр.', 'ru')).toEqual([]);
    expect(capitals('USAID, the agency, helps.', 'en')).toEqual(['undefined-abbreviation USAID']);
  });
});
