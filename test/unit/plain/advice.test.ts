import { describe, expect, it } from 'vitest';
import { adviceFor, kazakhFrom } from '../../../plain/internal/advice.ts';

describe('Kazakh advice', () => {
  it.each([
    ['1', '1-ден'], // бір
    ['2', '2-ден'], // екі
    ['3', '3-тен'], // үш
    ['4', '4-тен'], // төрт
    ['5', '5-тен'], // бес
    ['6', '6-дан'], // алты
    ['7', '7-ден'], // жеті
    ['8', '8-ден'], // сегіз
    ['9', '9-дан'], // тоғыз
    ['10', '10-нан'], // он
    ['20', '20-дан'], // жиырма
    ['30', '30-дан'], // отыз
    ['40', '40-тан'], // қырық
    ['50', '50-ден'], // елу
    ['60', '60-тан'], // алпыс
    ['70', '70-тен'], // жетпіс
    ['80', '80-нен'], // сексен
    ['90', '90-нан'], // тоқсан
    ['100', '100-ден'], // жүз
    ['1000', '1000-нан'], // мың
    ['0', '0-ден'], // нөл
    ['13', '13-тен'], // он үш
    ['250', '250-ден'], // екі жүз елу
    // A decimal ends with its fractional part: «нөл бүтін оннан үш».
    ['0,3', '0,3-тен'],
    ['0,5', '0,5-тен'],
    ['9,8', '9,8-ден'],
    ['10,6', '10,6-дан'],
  ])('puts the ablative after %s by its last spoken word: %s', (written, expected) => {
    expect(kazakhFrom(written)).toBe(expected);
  });

  it('gives the grade target with the ending its number takes, and no ordinal ending on a decimal', () => {
    const advice = (limit: number) => adviceFor('kk', { target: 'grade', actual: 9.8, limit }, false);
    expect(advice(3)).toBe(
      'Ең күрделі сөйлемдерден бастаңыз: мәтін 9,8 сынып деңгейінде; мақсат — 3-тен аспау.',
    );
    expect(advice(8)).toContain('мақсат — 8-ден аспау');
    expect(advice(6.5)).toContain('мақсат — 6,5-тен аспау');
    expect(advice(3)).not.toMatch(/\d-сынып/u);
  });
});
