import { describe, expect, it } from 'vitest';
import type { GrammaticalCase } from '../../../plain/internal/rules/types.ts';
import { carryRussian } from '../../../plain/languages/ru/recase.ts';

const carry = (phrase: string, from: GrammaticalCase, to: GrammaticalCase) => {
  const carried = carryRussian('', phrase.split(' '), from, to);
  return carried && { length: carried.length, text: carried.text.trim() };
};

describe('a Russian noun phrase put in the case a replacement governs', () => {
  it('re-cases a noun and the adjectives before it, in the same number', () => {
    expect(carry('основанием для выдачи', 'instrumental', 'nominative')).toEqual({
      length: 1,
      text: 'основание',
    });
    expect(carry('налоговым органом', 'instrumental', 'nominative')).toEqual({
      length: 2,
      text: 'налоговый орган',
    });
    expect(carry('острой проблемой', 'instrumental', 'nominative')).toEqual({
      length: 2,
      text: 'острая проблема',
    });
    expect(carry('свидетелей по делу', 'genitive', 'nominative')).toEqual({ length: 1, text: 'свидетели' });
    expect(carry('государственной программы', 'genitive', 'prepositional')).toEqual({
      length: 2,
      text: 'государственной программе',
    });
    expect(carry('портала', 'genitive', 'accusative')).toEqual({ length: 1, text: 'портал' });
  });

  it('carries both halves of a compound of two nouns, or none', () => {
    expect(carry('выставленных счетов-квитанций', 'genitive', 'dative')).toEqual({
      length: 2,
      text: 'выставленным счетам-квитанциям',
    });
    // A first half without ending is the compound's stem: only the second half declines.
    expect(carry('интернет-ресурса акимата', 'genitive', 'dative')).toEqual({
      length: 1,
      text: 'интернет-ресурсу',
    });
  });

  it('tells a stressed masculine adjective by the word list («основным» → «основной», not «основный»)', () => {
    expect(carry('основным документом', 'instrumental', 'nominative')).toEqual({
      length: 2,
      text: 'основной документ',
    });
  });

  it('puts a person in the accusative as its genitive, and a thing that ends like one as its nominative', () => {
    expect(carry('специалистов центра', 'genitive', 'accusative')).toEqual({
      length: 1,
      text: 'специалистов',
    });
    // «документ», «счётчик» end like «студент», «заказчик», but are things.
    expect(carry('документов', 'genitive', 'accusative')).toEqual({ length: 1, text: 'документы' });
    expect(carry('счетчиков', 'genitive', 'accusative')).toEqual({ length: 1, text: 'счетчики' });
  });

  it('gives up on what it cannot read with certainty', () => {
    // «-ья» nouns and fleeting vowels are not in the tables; a form in the wrong case is no such phrase.
    expect(carry('судьёй', 'instrumental', 'nominative')).toBeUndefined();
    expect(carry('игрока', 'genitive', 'nominative')).toBeUndefined();
    expect(carry('основание', 'instrumental', 'nominative')).toBeUndefined();
    expect(carry('', 'genitive', 'nominative')).toBeUndefined();
    // A new form must be a listed word: «нескольких часов» is no «несколькие часы», «лет» no form of «лета».
    expect(carry('нескольких часов', 'genitive', 'accusative')).toBeUndefined();
    expect(carry('многих лет', 'genitive', 'accusative')).toBeUndefined();
    // An adjective alone is no noun, though its short form («прекрасна») is a word.
    expect(carry('прекрасной', 'instrumental', 'nominative')).toBeUndefined();
    expect(carry('прекрасной возможностью', 'instrumental', 'nominative')).toEqual({
      length: 2,
      text: 'прекрасная возможность',
    });
  });
});

describe('a carried noun phrase that goes on in its old case', () => {
  it('is not carried when another noun is joined to it, or an adjective or participle agrees with it after it', () => {
    expect(carry('неурожаем и отсутствием дождей', 'instrumental', 'genitive')).toBeUndefined();
    expect(carry('мероприятий , призванных улучшить', 'genitive', 'accusative')).toBeUndefined();
    expect(carry('великого княжества московского возникла', 'genitive', 'prepositional')).toBeUndefined();
  });

  it('is carried with a genitive complement, a relative clause or a verb after it', () => {
    expect(carry('программы государственной поддержки', 'genitive', 'prepositional')?.text).toBe('программе');
    expect(carry('теории культурной революции', 'genitive', 'prepositional')?.text).toBe('теории');
    expect(carry('программы , которая действует', 'genitive', 'prepositional')?.text).toBe('программе');
    expect(carry('ремонтом здания', 'instrumental', 'genitive')?.text).toBe('ремонта');
  });
});

describe('a noun joined to the carried head past its complement', () => {
  it('is not carried when a noun with the head’s ending follows «и» after the complement', () => {
    expect(carry('основанием петербурга и развитием', 'instrumental', 'genitive')).toBeUndefined();
    expect(carry('программы развития и поддержки', 'genitive', 'prepositional')?.text).toBe('программе');
  });
});
