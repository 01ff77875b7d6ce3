import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../plain/internal/rules/messages.ts';
import type { RuleBase } from '../../../plain/internal/rules/types.ts';

const rule = {
  id: 'en/test',
  severity: 'warning',
  link: 'https://example.org',
  message: { en: '"{text}" is {value} words; aim for {limit}. {unknown}', ru: '«{text}»', kk: '«{text}»' },
  messageWithSuggestion: {
    en: 'Write "{suggestion}" for "{text}".',
    ru: '«{suggestion}»',
    kk: '«{suggestion}»',
  },
} as unknown as RuleBase;

describe('formatMessage', () => {
  it('fills every value a template names, and leaves other braces as written', () => {
    expect(formatMessage(rule, 'en', { text: 'in order to', value: 31, limit: 25 })).toBe(
      '"in order to" is 31 words; aim for 25. {unknown}',
    );
  });

  it('quotes words on one line: a phrase across a line break reads as one space', () => {
    expect(formatMessage(rule, 'en', { text: 'in order\n  to', suggestion: 'to' })).toBe(
      'Write "to" for "in order to".',
    );
  });

  it('takes the template with a suggestion only when there is one, in the UI language', () => {
    expect(formatMessage(rule, 'ru', { text: 'данный' })).toBe('«данный»');
    expect(formatMessage(rule, 'ru', { text: 'данный', suggestion: 'этот' })).toBe('«этот»');
  });

  it('gives the same message the second time a template is filled (the split is cached)', () => {
    const values = { text: 'a', value: 1, limit: 2 };
    expect(formatMessage(rule, 'en', values)).toBe(formatMessage(rule, 'en', values));
    expect(formatMessage(rule, 'en', { text: 'b', value: 3, limit: 4 })).toBe(
      '"b" is 3 words; aim for 4. {unknown}',
    );
  });
});
