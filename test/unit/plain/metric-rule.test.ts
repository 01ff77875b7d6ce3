import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../plain/internal/finding.ts';
import { runMetricRule } from '../../../plain/internal/rules/metric.ts';
import type { MetricRule } from '../../../plain/internal/rules/types.ts';
import { bareContext } from './run-phrase-rule.ts';

const longWord = (eachPart: boolean): MetricRule => ({
  id: 'test/long-word',
  kind: 'metric',
  measure: 'word-letters',
  min: 12,
  severity: 'suggestion',
  link: 'https://example.org',
  message: { kk: '{text}', ru: '{text}', en: '{text}' },
  ...(eachPart ? { eachPart } : {}),
});

/** The words a word-letters rule flags in `text`, with their measure. */
function flagged(rule: MetricRule, text: string): string[] {
  const findings: Finding[] = [];
  runMetricRule(rule, bareContext(text, findings));
  return findings.map((f) => f.text);
}

describe('word measures of hyphenated words', () => {
  const text = 'material-technical supply and internationalisation';

  it('measure the whole word by default', () => {
    expect(flagged(longWord(false), text)).toEqual(['material-technical', 'internationalisation']);
  });

  it('measure each part with eachPart, still flagging a long part', () => {
    expect(flagged(longWord(true), text)).toEqual(['internationalisation']);
    expect(flagged(longWord(true), 'state-internationalisation')).toEqual(['state-internationalisation']);
  });
});
