import { describe, expect, it } from 'vitest';
import { en } from '../../../widget/translations/en.ts';
import { kk } from '../../../widget/translations/kk.ts';
import { ru } from '../../../widget/translations/ru.ts';

describe('the reading level line', () => {
  it('names a school grade within school years', () => {
    expect(en.readingLevel('medium', 8)).toBe('Reading level: medium — grade 8');
    expect(ru.readingLevel('hard', 11)).toBe('Уровень текста: сложный — 11 класс');
    expect(kk.readingLevel('easy', 5)).toBe('Мәтін деңгейі: жеңіл — 5-сынып');
  });

  it('says "beyond school" past the last school year instead of a grade no school has', () => {
    expect(en.readingLevel('hard', 13)).toBe('Reading level: hard — beyond school level');
    expect(en.readingLevel('hard', 12)).toBe('Reading level: hard — grade 12');
    expect(ru.readingLevel('hard', 20)).toBe('Уровень текста: сложный — выше школьной программы');
    expect(kk.readingLevel('hard', 12)).toBe('Мәтін деңгейі: күрделі — мектеп бағдарламасынан жоғары');
  });
});
