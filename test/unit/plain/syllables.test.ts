import { describe, expect, it } from 'vitest';
import { englishSyllables } from '../../../plain/languages/en/syllables.ts';
import { kazakhSyllables } from '../../../plain/languages/kk/syllables.ts';
import { russianSyllables } from '../../../plain/languages/ru/syllables.ts';

describe('Kazakh syllables', () => {
  it.each([
    ['тау', 1],
    ['ауыл', 2],
    ['уақыт', 2],
    ['бауыр', 2],
    ['су', 1],
    ['оқу', 2],
    ['үй', 1],
    ['ит', 1],
    ['мемлекеттік', 4],
    ['qazaqstan', 3],
    ['täuelsızdık', 4],
  ])('%s has %i', (word, syllables) => {
    expect(kazakhSyllables(word)).toBe(syllables);
  });
});

describe('Russian syllables', () => {
  it.each([
    ['государство', 4],
    ['заявление', 5],
    ['ЦОН', 1],
    ['вдвойне', 2],
  ])('%s has %i', (word, syllables) => {
    expect(russianSyllables(word)).toBe(syllables);
  });
});

// Counts as the CMU Pronouncing Dictionary gives them, for the corrections the heuristic makes.
describe('English syllables', () => {
  it.each([
    // a short word's silent e
    ['use', 1],
    ['age', 1],
    ['the', 1],
    // re-, de- before e, or in words they merely begin; apart before another vowel
    ['deep', 1],
    ['death', 1],
    ['reason', 2],
    ['react', 2],
    ['deactivate', 4],
    // a y between vowels, -ing after a vowel sound
    ['saying', 2],
    ['player', 2],
    ['beyond', 2],
    ['trying', 2],
    ['studying', 3],
    ['ongoing', 3],
    // io as a glide after l and n, and after sh; apart elsewhere
    ['million', 2],
    ['opinion', 3],
    ['fashion', 2],
    ['ratio', 3],
    // -gue, -que; -ees is no -es; -ious after a sounding consonant; the -iate verbs; -ty after a silent e
    ['league', 1],
    ['unique', 2],
    ['refugees', 3],
    ['furious', 3],
    ['delicious', 3],
    ['negotiate', 4],
    ['associated', 5],
    ['initiative', 4],
    ['safety', 2],
    ['ninety', 2],
    ['quality', 3],
  ])('%s has %i', (word, syllables) => {
    expect(englishSyllables(word)).toBe(syllables);
  });
});
