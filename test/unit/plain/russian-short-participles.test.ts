import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
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

describe('the message of a Russian passive offered with its doer', () => {
  const finding = (text: string) => analyze(text, { language: 'ru' }).findings[0];

  it('says to put the doer first, not to name one, when the active names it', () => {
    const named = finding('Заявление рассмотрено комиссией.');
    expect(named?.suggestions).toEqual(['Комиссия рассмотрела заявление']);
    expect(named?.message).toContain('начните с того, кто действует');
    expect(named?.message).not.toContain('хотя бы');
    expect(finding('Заявление рассматривается комиссией.')?.message).toContain(
      'начните с того, кто действует',
    );
  });

  it('still asks who acts when the impersonal leaves the doer out', () => {
    const unnamed = finding('Справка выдана.');
    expect(unnamed?.suggestions).toEqual(['Справку выдали']);
    expect(unnamed?.message).toContain('хотя бы');
  });
});
