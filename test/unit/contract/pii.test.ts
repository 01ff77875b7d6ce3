import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidIinBin, passesLuhn, redactPersonalData } from '../../../contract/pii.ts';

const kinds = (text: string) => findPersonalData(text).map((m) => [m.kind, text.slice(m.start, m.end)]);

describe('IIN/BIN check digit', () => {
  it.each(['850101300124', '900702400566', '051125600010', '020715500083'])('accepts %s', (iin) => {
    expect(isValidIinBin(iin)).toBe(true);
  });
  it.each(['850101300125', '900702400560', '123456789012', '85010130012', '8501013001245', '85010130012a'])(
    'rejects %s',
    (iin) => {
      expect(isValidIinBin(iin)).toBe(false);
    },
  );
});

describe('Luhn', () => {
  it('accepts real test card numbers and rejects a changed digit', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('5500005555555559')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });
});

describe('findPersonalData', () => {
  it.each([
    ['Пишите на aliya.n@mail.kz, пожалуйста', [['email', 'aliya.n@mail.kz']]],
    ['Мой телефон +7 701 234 56 78.', [['phone', '+7 701 234 56 78']]],
    ['Звоните 8 (727) 123-45-67 днём', [['phone', '8 (727) 123-45-67']]],
    ['Call +44 20 7946 0958 today', [['phone', '+44 20 7946 0958']]],
    ['ЖСН 850101300124 дұрыс па?', [['iin', '850101300124']]],
    ['ИИН: 8501 0130 0124', [['iin', '8501 0130 0124']]],
    ['Card 4111 1111 1111 1111 was charged', [['card', '4111 1111 1111 1111']]],
    ['паспорт N12345678 утерян', [['document', 'N12345678']]],
    ['удостоверение № 045678912 выдано', [['document', '045678912']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    'Сайт не работает с 2023 года, уже 3 месяца.',
    'Сумма 12 500 тенге за 2 дня',
    'ИИН 850101300125 (wrong check digit) is not flagged as an IIN',
    'Order 4111 1111 1111 1112 is not a card',
  ])('leaves ordinary numbers alone: %s', (text) => {
    expect(kinds(text).filter(([kind]) => kind !== 'document')).toEqual([]);
  });

  it('redacts what it finds with placeholders', () => {
    expect(redactPersonalData('Я Алия, тел. +7 701 234 56 78, почта a@b.kz').text).toBe(
      'Я Алия, тел. [phone], почта [email]',
    );
  });
});
