import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import { agreeRussian } from '../../../plain/languages/ru/agreement.ts';

describe('Russian suggestions agree with the adjective they replace', () => {
  it.each([
    ['нужный', 'необходимых', 'нужных'],
    ['нужный', 'необходимой', 'нужной'],
    ['нужный', 'необходимую', 'нужную'],
    ['нужный', 'необходимыми', 'нужными'],
    ['нужный', 'необходимое', 'нужное'],
    ['такой', 'соответствующего', 'такого'],
    ['такой', 'соответствующие', 'такие'],
    ['плохой', 'ненадлежащими', 'плохими'],
    ['цифровой', 'диджитальные', 'цифровые'],
    ['следующий', 'нижеследующем', 'следующем'],
    ['следующий', 'нижеследующая', 'следующая'],
    ['этот', 'данного', 'этого'],
    ['этот', 'данную', 'эту'],
    ['эти', 'вышеперечисленным', 'этим'],
    ['это', 'вышеизложенном', 'этом'],
    ['перечисленные выше', 'вышеперечисленных', 'перечисленных выше'],
    ['указанный выше', 'вышеуказанной', 'указанной выше'],
  ])('%s for «%s» is «%s»', (suggestion, matched, agreed) => {
    expect(agreeRussian(suggestion, matched)).toBe(agreed);
  });

  it('leaves a suggestion alone when either word is not an adjective', () => {
    expect(agreeRussian('нужно', 'необходимых')).toBe('нужно');
    expect(agreeRussian('он', 'таковых')).toBe('он');
    expect(agreeRussian('нужный', 'необходимо')).toBe('нужный');
    expect(agreeRussian('без заявления', 'проактивной')).toBe('без заявления');
  });

  it('agrees only entries marked as one adjective: a noun phrase or a custom glossary term keeps its words', () => {
    const report = analyze(
      'Соответствующих мер не приняли. Таргетированной рекламы нет. Льготных тарифов нет.',
      {
        language: 'ru',
        glossary: { preferred: [{ use: 'скидочный', avoid: ['льготных'] }] },
      },
    );
    const suggested = (text: string, rule: string) =>
      report.findings.find((f) => f.text === text && f.rule === rule)?.suggestions;
    expect(suggested('Соответствующих', 'ru/officialese')).toEqual(['нужных', 'таких']);
    // «таргет*» covers nouns as well, so its suggestions stay as listed.
    expect(suggested('Таргетированной', 'ru/jargon')).toEqual(['цель', 'адресный']);
    expect(report.findings.find((f) => f.text === 'Льготных')?.suggestions).toEqual(['скидочный']);
  });
});
