import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../plain/internal/finding.ts';
import { reportFinding } from '../../../plain/internal/rules/context.ts';
import type { RuleBase } from '../../../plain/internal/rules/types.ts';
import { bareContext } from './run-phrase-rule.ts';

const rule: RuleBase = {
  id: 'en/test',
  severity: 'suggestion',
  link: 'https://example.org',
  message: { en: '“{text}” is stiff.', ru: '«{text}»', kk: '«{text}»' },
  messageWithSuggestion: {
    en: '“{text}” is stiff: try “{suggestion}”.',
    ru: '«{suggestion}»',
    kk: '«{suggestion}»',
  },
} as RuleBase;

const report = (fits: boolean, suggestion = 'before') => {
  const findings: Finding[] = [];
  const ctx = { ...bareContext('Prior to noon we left.', findings), fitsInPlace: () => fits };
  return reportFinding(ctx, rule, 0, 8, ['before'], { text: 'Prior to', suggestion });
};

describe('reportFinding', () => {
  it('names the plain word a message was given when it fits in place', () => {
    const finding = report(true);
    expect(finding.suggestions).toEqual(['Before']);
    expect(finding.message).toBe('“Prior to” is stiff: try “before”.');
  });

  it('names none when no suggestion fits in place, though the rule named one', () => {
    const finding = report(false);
    expect(finding.suggestions).toEqual([]);
    expect(finding.message).toBe('“Prior to” is stiff.');
  });
});
