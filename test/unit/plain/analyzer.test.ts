import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../plain/analyzer.ts';
import { analyze, InvalidOptionError } from '../../../plain/index.ts';
import { kazakhPack } from '../../../plain/languages/kk/pack.ts';
import { russianPack } from '../../../plain/languages/ru/pack.ts';

const russian =
  'В целях обеспечения реализации мер осуществляется подача заявления. Заявление подаётся в ЦОН.';
const kazakh = 'Өтінішті ХҚКО-ға беру қажет. Құжаттар тиісті түрде жүзеге асырылады.';

describe('createAnalyzer: an engine with only the packs a page loaded', () => {
  it('reports exactly what the full engine reports for a loaded language', () => {
    const onlyRussian = createAnalyzer({ ru: russianPack });
    expect(onlyRussian(russian, { language: 'ru' })).toEqual(analyze(russian, { language: 'ru' }));
    const onlyKazakh = createAnalyzer({ kk: kazakhPack });
    expect(onlyKazakh(kazakh, { language: 'kk' })).toEqual(analyze(kazakh, { language: 'kk' }));
  });

  it('names the language option when the text needs a pack it does not have', () => {
    const onlyRussian = createAnalyzer({ ru: russianPack });
    expect(() => onlyRussian(kazakh, { language: 'kk' })).toThrow(InvalidOptionError);
    expect(() => onlyRussian(kazakh, { language: 'kk' })).toThrow(/language.*only ru.*kk/);
    // Auto-detection that lands on a missing language says so too.
    expect(() => onlyRussian('The application is submitted online by the applicant.')).toThrow(/only ru/);
  });

  it('accepts rule ids of its own packs only', () => {
    const onlyRussian = createAnalyzer({ ru: russianPack });
    const id = russianPack.rules[0]?.id ?? '';
    expect(() => onlyRussian(russian, { language: 'ru', rules: { [id]: false } })).not.toThrow();
    const kazakhId = kazakhPack.rules[0]?.id ?? '';
    expect(() => onlyRussian(russian, { language: 'ru', rules: { [kazakhId]: false } })).toThrow(
      /no rule has the id/,
    );
  });
});
