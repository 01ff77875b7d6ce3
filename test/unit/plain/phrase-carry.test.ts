import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../plain/internal/finding.ts';
import { compilePhraseRule } from '../../../plain/internal/rules/phrase.ts';
import type { PhraseRule } from '../../../plain/internal/rules/types.ts';
import { runPhrase } from './run-phrase-rule.ts';

// An entry whose replacements both agree with the phrase and carry the noun after it: a replacement the
// pack cannot build in this form must not shift which case the others carry their noun into.
const rule: PhraseRule = {
  id: 'test/carry',
  kind: 'phrase',
  severity: 'warning',
  message: { en: 'm', ru: 'm', kk: 'm' },
  link: 'https://example.org',
  entries: [
    {
      match: 'within',
      replace: ['unbuildable', 'in', 'during'],
      agree: true,
      carries: { from: 'genitive', to: ['dative', null, 'instrumental'] },
    },
  ],
};

const compiled = compilePhraseRule(rule);

function run(text: string): Finding[] {
  return runPhrase(compiled, text, {
    agree: (suggestion) => (suggestion === 'unbuildable' ? '' : suggestion),
    carry: (suggestion, following, _from, to) => ({
      text: `${suggestion} ${following[0]}-${to}`,
      length: 1,
    }),
  });
}

describe('a phrase that carries the noun after it', () => {
  it('pairs each replacement with its own case when another could not be built', () => {
    const [finding] = run('We met within weeks.');
    expect(finding?.text).toBe('within weeks');
    expect(finding?.suggestions).toEqual(['in weeks', 'during weeks-instrumental']);
  });
});
