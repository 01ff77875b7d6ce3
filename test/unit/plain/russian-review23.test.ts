import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

/** Every suggestion of the finding of `rule` on `found` in `text`. */
const suggestionsFor = (text: string, found: string, rule = 'ru/officialese') =>
  analyze(text, { language: 'ru' }).findings.find((f) => f.rule === rule && f.text === found)?.suggestions;

describe('Russian suggestions past the first keep the meaning (review 23)', () => {
  it('gives no «это» after a question word', () => {
    expect(suggestionsFor('Кто является плательщиком?', 'является плательщиком')).toEqual(['— плательщик']);
    // Elsewhere both stay.
    expect(suggestionsFor('Налог является основанием.', 'является основанием')).toEqual([
      '— основание',
      'это основание',
    ]);
  });

  it('carries out a programme, never «делается»', () => {
    expect(suggestionsFor('В регионе реализуется программа переселения.', 'реализуется')).toEqual([
      'выполняется',
      'проводится',
    ]);
  });

  it('gives information, never «выдаётся»', () => {
    expect(suggestionsFor('Подробная информация предоставляется по телефону.', 'предоставляется')).toEqual([
      'дается',
    ]);
    // A certificate is still issued.
    expect(suggestionsFor('Справка предоставляется бесплатно.', 'предоставляется')).toEqual([
      'дается',
      'выдается',
    ]);
  });
});
