import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import type { Finding } from '../../../plain/internal/finding.ts';
import { withoutDeferred } from '../../../plain/internal/rules/deferred.ts';
import type { RuleBase } from '../../../plain/internal/rules/types.ts';

const MESSAGE = { kk: '{text}', ru: '{text}', en: '{text}' };

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

  it('leaves a word to cut on its own', () => {
    expect(found('Your licence is hereby revoked.')).toEqual([
      ['en/passive', 'is hereby revoked', []],
      ['en/officialese', 'hereby', []],
    ]);
  });

  it('takes in a finding that runs across the passive’s edge, with both words to paste', () => {
    // Three findings had offered words for overlapping places: "You are", nothing, "told".
    const [finding, ...others] = analyze('The applicant is notified by text.').findings;
    expect(others).toEqual([]);
    expect([finding?.rule, finding?.text, finding?.suggestions]).toEqual([
      'en/officialese',
      'The applicant is notified',
      ['You are told'],
    ]);
    // The message quotes the words as words; the list has the capital the sentence needs.
    expect(finding?.message).toContain('try “you are told”');
    expect(finding?.message).toContain('passive');
    expect(found('The applicant is informed of the decision.')).toEqual([
      ['en/officialese', 'The applicant is informed', ['You are told']],
    ]);
  });

  it('leaves findings apart when one across the passive’s edge has no words to paste', () => {
    const rules: RuleBase[] = [
      { id: 'x/passive', severity: 'warning', joins: ['x/officialese'], message: MESSAGE, link: '' },
      { id: 'x/officialese', severity: 'warning', message: MESSAGE, link: '' },
    ];
    const finding = (rule: string, start: number, text: string, suggestions: string[]): Finding => ({
      rule,
      severity: 'warning',
      start,
      end: start + text.length,
      text,
      message: '',
      suggestions,
      link: '',
    });
    // "The applicant is notified": the subject's finding runs into the passive's "is".
    const crossing = finding('x/officialese', 0, 'The applicant is', []);
    const passive = finding('x/passive', 14, 'is notified', []);
    const inside = finding('x/officialese', 17, 'notified', ['told']);
    expect(withoutDeferred([crossing, passive, inside], rules, 'en')).toEqual([crossing, passive, inside]);
    const pasted = withoutDeferred([{ ...crossing, suggestions: ['You are'] }, passive, inside], rules, 'en');
    expect(pasted.map((f) => [f.text, f.suggestions])).toEqual([
      ['The applicant is notified', ['You are told']],
    ]);
  });
});
