import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

/** Every suggestion of the finding of `rule` on `found` in `text`. */
const suggestionsFor = (text: string, found: string, rule = 'ru/officialese') =>
  analyze(text, { language: 'ru' }).findings.find((f) => f.rule === rule && f.text === found)?.suggestions;

describe('Russian suggestions past the first keep the meaning (review 22)', () => {
  it('gives what a seller hands over, never «принести»', () => {
    expect(suggestionsFor('Продавец обязан предоставить покупателю чек.', 'предоставить')).toEqual([
      'дать',
      'выдать',
    ]);
    // Papers a citizen hands in are still brought.
    expect(suggestionsFor('Вам нужно предоставить документы.', 'предоставить документы')).toEqual([
      'подать документы',
      'принести документы',
    ]);
  });

  it('does works under a plan «по плану», not «в плане»', () => {
    expect(suggestionsFor('В рамках плана мероприятий проводится вакцинация.', 'В рамках плана')).toEqual([
      'По плану',
    ]);
    // A project has both.
    expect(suggestionsFor('В рамках проекта построят школу.', 'В рамках проекта')).toEqual([
      'В проекте',
      'По проекту',
    ]);
  });

  it('puts a feminine noun in -пись in its own prepositional', () => {
    expect(
      suggestionsFor('Сведения, полученные в ходе переписи, являются тайной.', 'в ходе переписи'),
    ).toEqual(['во время переписи', 'при переписи']);
    expect(suggestionsFor('Ошибки, найденные в ходе проверки, исправят.', 'в ходе проверки')).toEqual([
      'во время проверки',
      'при проверке',
    ]);
  });
});
