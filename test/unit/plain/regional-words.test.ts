import { describe, expect, it } from 'vitest';
import { REGIONAL_RANK } from '../../../plain/internal/regional-words.ts';
import { difficultyOfRank } from '../../../plain/internal/word-frequency.ts';
import { LANGUAGES } from '../../../plain/languages/registry.ts';

const familiar = difficultyOfRank(REGIONAL_RANK);

describe("Kazakhstan's everyday words in Russian and English", () => {
  it.each([
    'казахстан',
    'казахстана',
    'казахстанский',
    'казахстанцы',
    'астане',
    'алматы',
    'тенге',
    'акимата',
    'маслихат',
  ])('Russian %s is familiar, not among the rarest words', (word) => {
    expect(LANGUAGES.ru.difficulty(word)).toBeLessThanOrEqual(familiar);
  });

  it.each(['kazakhstan', 'kazakhs', 'astana', 'almaty', 'tenge', 'akimat'])(
    'English %s is familiar, not among the rarest words',
    (word) => {
      expect(LANGUAGES.en.difficulty(word)).toBeLessThanOrEqual(familiar);
    },
  );

  it('leaves other rare names rare', () => {
    expect(LANGUAGES.ru.difficulty('караганда')).toBeGreaterThan(familiar);
    expect(LANGUAGES.en.difficulty('karaganda')).toBeGreaterThan(familiar);
  });
});
