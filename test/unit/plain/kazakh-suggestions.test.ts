import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

/** Every suggestion of the finding of `rule` over `words` in `text`, in order. */
const suggestionsFor = (text: string, rule: string, words: string) =>
  analyze(text, { language: 'kk', uiLanguage: 'en' }).findings.find(
    (f) => f.rule === rule && f.text === words,
  )?.suggestions;

describe('Kazakh suggestions beyond the first', () => {
  it('offers «жазылған» for «қарастырылған» only after a document in its clause', () => {
    expect(
      suggestionsFor(
        'Еріктілерге мыналар қарастырылған: ұпай және билет.',
        'kk/officialese',
        'қарастырылған',
      ),
    ).toEqual(['бар']);
    expect(suggestionsFor('Заңда жеңілдік қарастырылған.', 'kk/officialese', 'қарастырылған')).toEqual([
      'бар',
      'жазылған',
    ]);
  });

  it('offers no reader form of a condition whose main clause names a third-person subject', () => {
    const text =
      'Хабарламаны алмаған жағдайда салық төлеуші органға жүгінуге құқылы. Сіз өтінішті тапсырасыз.';
    expect(suggestionsFor(text, 'kk/officialese', 'алмаған жағдайда')).toEqual(['алмаса']);
    // «Сіз» before it makes the condition the reader's, whoever the main clause names.
    const reader = 'Сіз хабарлама алмаған жағдайда, төлеуші органға жүгінуге құқылы.';
    expect(suggestionsFor(reader, 'kk/officialese', 'алмаған жағдайда')).toEqual(['алмасаңыз']);
  });
});
