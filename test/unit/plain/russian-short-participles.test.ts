import { describe, expect, it } from 'vitest';
import {
  futureOfParticiple,
  futureSingular,
  impersonalOfParticiple,
} from '../../../plain/languages/ru/short-participles.ts';

describe('Russian short participles said in the active', () => {
  it('gives each listed participle, in every gender and number, its past and future plural', () => {
    for (const form of ['выдан', 'выдана', 'выдано', 'выданы']) {
      expect(impersonalOfParticiple(form)).toBe('выдали');
      expect(futureOfParticiple(form)).toBe('выдадут');
    }
    expect(impersonalOfParticiple('утверждено')).toBe('утвердили');
    expect(futureOfParticiple('проведена')).toBe('проведут');
    // States are not listed.
    expect(impersonalOfParticiple('расположен')).toBeUndefined();
    expect(impersonalOfParticiple('запрещено')).toBeUndefined();
  });

  it('puts a future plural in the singular by its conjugation', () => {
    expect(futureSingular('рассмотрят')).toBe('рассмотрит');
    expect(futureSingular('получат')).toBe('получит');
    expect(futureSingular('примут')).toBe('примет');
    expect(futureSingular('зарегистрируют')).toBe('зарегистрирует');
    expect(futureSingular('выдадут')).toBe('выдаст');
    expect(futureSingular('привлекут')).toBe('привлечет');
  });
});
