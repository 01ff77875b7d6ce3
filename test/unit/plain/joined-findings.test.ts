import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

/** Each finding's rule, text and suggestions, in the text's order. */
const found = (text: string, rules: Record<string, boolean> = {}) =>
  analyze(text, { language: 'en', rules }).findings.map((f) => [f.rule, f.text, f.suggestions]);

describe('a passive with officialese inside it is one finding', () => {
  it('offers the passive with the plain word in its place, and says both', () => {
    const [finding, ...rest] = analyze('Your contract is terminated.', { language: 'en' }).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'en/officialese',
      text: 'is terminated',
      start: 14,
      end: 27,
      suggestions: ['is ended', 'is stopped'],
    });
    expect(finding?.message).toContain('“is ended”');
    expect(finding?.message).toContain('is passive');
  });

  it('keeps the words between and the question’s subject', () => {
    expect(found('Your benefit is not being terminated. Was the form submitted?')).toEqual([
      ['en/officialese', 'is not being terminated', ['is not being ended', 'is not being stopped']],
      ['en/officialese', 'Was the form submitted', ['Was the form sent']],
    ]);
  });

  it('still counts the passive in the metrics', () => {
    const joined = analyze('Your contract is terminated.', { language: 'en' });
    const passiveOnly = analyze('Your contract is terminated.', {
      language: 'en',
      rules: { 'en/officialese': false },
    });
    expect(joined.metrics.passiveShare).toBe(1);
    expect(found('Your contract is terminated.', { 'en/officialese': false })).toEqual([
      ['en/passive', 'is terminated', []],
    ]);
    expect(passiveOnly.metrics.passiveShare).toBe(1);
  });

  it('leaves a word to cut, and a finding across the passive’s edge, on their own', () => {
    expect(found('Your licence is hereby revoked.')).toEqual([
      ['en/passive', 'is hereby revoked', []],
      ['en/officialese', 'hereby', []],
    ]);
    expect(found('The applicant is notified by text.')).toEqual([
      ['en/officialese', 'The applicant is', ['You are']],
      ['en/passive', 'is notified', []],
      ['en/officialese', 'notified', ['told']],
    ]);
  });
});
