import { describe, expect, it } from 'vitest';
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
