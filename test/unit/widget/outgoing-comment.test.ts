import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedbackSubmissionSchema, MAX_COMMENT_LENGTH } from '../../../contract/feedback.ts';
import { outgoingComment, withLocalMarks } from '../../../widget/internal/outgoing-comment.ts';
import { formTranslation } from '../../../widget/translations/form.ts';

const fitsTheContract = (comment: string) =>
  FeedbackSubmissionSchema.safeParse({
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    site: 'demo',
    page: 'https://gov.example.kz/',
    language: 'ru',
    vote: 'no',
    comment,
    createdAt: '2026-11-27T10:00:00.000Z',
  }).success;

describe('the comment that leaves the browser', () => {
  it('is the comment itself when it holds no personal data', () => {
    expect(outgoingComment('Форма не открывается')).toEqual({
      text: 'Форма не открывается',
      redacted: false,
      shortened: false,
    });
  });

  it('is redacted, and within the limit when the marks make it no longer than allowed', () => {
    expect(outgoingComment('Паспорт N12345678 утерян')).toEqual({
      text: 'Паспорт [document] утерян',
      redacted: true,
      shortened: false,
    });
  });

  it('is cut to the limit when a mark makes a full comment longer (№123456 → №[document])', () => {
    const comment = `${'а'.repeat(MAX_COMMENT_LENGTH - 7)}№123456`;
    expect(comment).toHaveLength(MAX_COMMENT_LENGTH);
    const outgoing = outgoingComment(comment);
    expect(outgoing).toMatchObject({ redacted: true, shortened: true });
    expect(outgoing.text.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(fitsTheContract(outgoing.text)).toBe(true);
    expect(fitsTheContract(`${'а'.repeat(MAX_COMMENT_LENGTH - 7)}№[document]`)).toBe(false);
  });

  it('never cuts a mark in half or a character outside the Basic Multilingual Plane', () => {
    const mark = outgoingComment(`${'a'.repeat(MAX_COMMENT_LENGTH - 9)} №123456 end`).text;
    expect(mark).toBe(`${'a'.repeat(MAX_COMMENT_LENGTH - 9)} №`);
    // 'x№[document] ' puts each emoji's first half at an odd index, and one at the limit's last place.
    const emoji = outgoingComment(`x№123456 ${'😀'.repeat(995)}`).text;
    expect(emoji).toHaveLength(MAX_COMMENT_LENGTH - 1);
    expect(emoji).toMatch(/😀$/u);
  });

  it('always fits the contract, whatever the mix of personal data (property)', () => {
    const piece = fc.constantFrom(
      '№123456',
      ' N12345678 ',
      'a@b.kz',
      ' 8 701 234 56 78 ',
      ' 850101300124 ',
      'нөмірі 045678912',
      ' д. 1, кв. 2 ',
      ' 123 ABC 02 ',
      ' ',
      'слово',
      '😀',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 600 }), (pieces) => {
        const comment = pieces.join('').slice(0, MAX_COMMENT_LENGTH).trim();
        expect(fitsTheContract(outgoingComment(comment).text)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the preview the citizen confirms', () => {
  const wire = outgoingComment('a@b.kz, +7 701 234 56 78, 850101300124, 4111 1111 1111 1111, N12345678').text;

  it('keeps the contract’s marks on the wire', () => {
    expect(wire).toBe('[email], [phone], [IIN], [card], [document]');
  });

  it.each([
    ['kk', '[эл. пошта], [телефон], [ЖСН], [карта], [құжат]'],
    ['ru', '[эл. почта], [телефон], [ИИН], [карта], [документ]'],
    ['en', '[email], [phone], [IIN], [card], [document]'],
  ] as const)('shows the marks in %s', (language, shown) => {
    expect(withLocalMarks(wire, formTranslation(language).marks)).toBe(shown);
  });

  it.each([
    ['kk', '[мекенжай], [көлік нөмірі]'],
    ['ru', '[адрес], [госномер]'],
    ['en', '[address], [plate]'],
  ] as const)('shows an address and a plate in %s', (language, shown) => {
    const addressAndPlate = outgoingComment('кв. 32, 123 ABC 02').text;
    expect(addressAndPlate).toBe('[address], [plate]');
    expect(withLocalMarks(addressAndPlate, formTranslation(language).marks)).toBe(shown);
  });
});
