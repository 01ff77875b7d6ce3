import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import { compilePhraseRule, exactEntries } from '../../../plain/internal/rules/phrase.ts';
import type { PhraseRule } from '../../../plain/internal/rules/types.ts';
import { runPhrase } from './run-phrase-rule.ts';

// Entries that differ only in their last word are matched as one group (phrase.ts): the results must be those
// of the entries one by one.
describe('phrase entries grouped by all words but the last', () => {
  const suggestions = (text: string) =>
    analyze(text, {
      language: 'en',
      rules: { 'en/officialese': false },
      glossary: {
        preferred: [
          { use: 'home', avoid: ['big house'] },
          { use: 'homes', avoid: ['big houses', 'big house'] },
          { use: 'flat', avoid: ['big flat'] },
        ],
      },
    }).findings.map((f) => [f.text, f.suggestions[0]]);

  it('finds each last word, and the first entry wins where two list it', () => {
    expect(suggestions('A big house, two big houses and a big flat.')).toEqual([
      ['big house', 'home'],
      ['big houses', 'homes'],
      ['big flat', 'flat'],
    ]);
  });

  it('needs the last word right after the others, with spaces only between', () => {
    expect(suggestions('It is big, house prices rise. Big\nhouse.')).toEqual([['Big\nhouse', 'Home']]);
  });
});

// Generated entries interleave (a verb's forms with a guard and without one): each kind still forms one group,
// and of two matches of one length the entry listed first wins, as in the list read in order.
describe('phrase groups gathered from interleaved entries', () => {
  const entry = (match: string, use: string, notAfter?: string) => ({
    match,
    replace: [use],
    ...(notAfter ? { notAfter } : {}),
  });
  const rule: PhraseRule = {
    id: 'test/groups',
    kind: 'phrase',
    severity: 'warning',
    message: { en: 'm', ru: 'm', kk: 'm' },
    link: 'https://example.org',
    entries: [
      entry('carry out checks', 'check', '^never$'),
      entry('carry out checks', 'inspect'),
      entry('carry out tests', 'test', '^never$'),
      entry('carry out tests', 'try'),
      entry('carry out audits', 'audit'),
      entry('carry out audits', 'review', '^never$'),
    ],
  };
  const compiled = compilePhraseRule(rule);

  const run = (text: string) =>
    runPhrase(compiled, text).map((finding) => `${finding.text} → ${finding.suggestions.join('|')}`);

  it('checks one group per kind of entry, not one per entry', () => {
    expect(exactEntries(compiled, 'carry')).toHaveLength(2);
  });

  it('lets the entry listed first win a tie, and the other where the first is guarded out', () => {
    expect(run('We carry out checks. We carry out tests. We carry out audits.')).toEqual([
      'carry out checks → check',
      'carry out tests → test',
      'carry out audits → audit',
    ]);
    expect(run('We never carry out checks. We never carry out tests. We never carry out audits.')).toEqual([
      'carry out checks → inspect',
      'carry out tests → try',
      'carry out audits → audit',
    ]);
  });
});
