import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

// Entries that differ only in their last word are matched as one group (phrase.ts): the results must be those
// of the entries one by one.
describe('phrase entries grouped by all words but the last', () => {
  const suggestions = (text: string) =>
    analyze(text, {
      language: 'en',
      rules: { 'en/officialese': false },
      glossary: {
        preferred: [
          { use: 'home', avoid: ['big house'] },
          { use: 'homes', avoid: ['big houses', 'big house'] },
          { use: 'flat', avoid: ['big flat'] },
        ],
      },
    }).findings.map((f) => [f.text, f.suggestions[0]]);

  it('finds each last word, and the first entry wins where two list it', () => {
    expect(suggestions('A big house, two big houses and a big flat.')).toEqual([
      ['big house', 'home'],
      ['big houses', 'homes'],
      ['big flat', 'flat'],
    ]);
  });

  it('needs the last word right after the others, with spaces only between', () => {
    expect(suggestions('It is big, house prices rise. Big\nhouse.')).toEqual([['Big\nhouse', 'Home']]);
  });
});
