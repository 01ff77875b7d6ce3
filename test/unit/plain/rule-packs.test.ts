import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import type { RuleFixture } from '../../../plain/internal/rules/types.ts';
import { FIXTURES } from '../../../plain/languages/fixtures.ts';
import { LANGUAGES } from '../../../plain/languages/registry.ts';

const packs = Object.values(LANGUAGES);

/** Whether a fixture states suggestions: then every finding's first suggestion (or none: null) is compared. */
const statesSuggestions = (fixture: RuleFixture) =>
  fixture.expected.some((e) => e.suggestion !== undefined || e.suggestions !== undefined);

/** Turns a fixture's expected texts into exact offsets, failing loudly when the text is not there. */
function expectedFindings(fixture: RuleFixture) {
  return fixture.expected.map(({ text, occurrence = 1, suggestion, suggestions }) => {
    let start = -1;
    for (let n = 0; n < occurrence; n++) start = fixture.text.indexOf(text, start + 1);
    if (start < 0)
      throw new Error(`fixture for ${fixture.rule}: "${text}" (occurrence ${occurrence}) not in its text`);
    return {
      rule: fixture.rule,
      start,
      end: start + text.length,
      text,
      ...(statesSuggestions(fixture)
        ? { suggestion: suggestions ? (suggestions[0] ?? null) : (suggestion ?? null) }
        : {}),
      ...(suggestions ? { suggestions } : {}),
    };
  });
}

describe.each(packs)('rule pack $code', (pack) => {
  it('has unique rule ids prefixed with the language', () => {
    const ids = pack.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`${pack.code}/`)).toBe(true);
  });

  it('gives every rule a message in kk, ru and en and an https link', () => {
    for (const rule of pack.rules) {
      for (const ui of ['kk', 'ru', 'en'] as const) {
        expect(rule.message[ui].trim(), `${rule.id} message.${ui}`).not.toBe('');
        if (rule.messageWithSuggestion) expect(rule.messageWithSuggestion[ui]).toContain('{suggestion}');
        if (rule.kind === 'sequence' && rule.messageWithActive)
          expect(rule.messageWithActive[ui], `${rule.id} messageWithActive.${ui}`).toContain('{suggestion}');
      }
      expect(rule.link, rule.id).toMatch(/^https:\/\/\S+$/);
    }
  });

  it('gives every rule a fixture with findings and one without', () => {
    for (const rule of pack.rules) {
      const fixtures = FIXTURES[pack.code].filter((f) => f.rule === rule.id);
      expect(
        fixtures.some((f) => f.expected.length > 0),
        `${rule.id} needs a fixture with findings`,
      ).toBe(true);
      expect(
        fixtures.some((f) => f.expected.length === 0),
        `${rule.id} needs a fixture without findings`,
      ).toBe(true);
    }
  });

  it('has no fixture for a rule that does not exist', () => {
    const ids = new Set(pack.rules.map((r) => r.id));
    for (const fixture of FIXTURES[pack.code]) expect(ids.has(fixture.rule), fixture.rule).toBe(true);
  });

  it('officialese lists are long enough and free of duplicates', () => {
    const officialese = pack.rules.find((r) => r.id === `${pack.code}/officialese`);
    expect(officialese?.kind).toBe('phrase');
    if (officialese?.kind !== 'phrase') return;
    expect(officialese.entries.length).toBeGreaterThanOrEqual(150);
    // The same words may stand twice under different conditions («бұдан әрі» before a dash, and elsewhere).
    const matches = officialese.entries.map((e) =>
      [
        e.match.toLowerCase(),
        e.followedBy,
        e.notAfter,
        e.notListedAfter,
        e.after,
        e.notInClause,
        e.inClause,
        e.inSentence,
        e.inText,
        e.notBefore,
        e.precededBy,
        e.between,
        e.except?.join('|'),
      ].join('\u0001'),
    );
    expect(matches.length - new Set(matches).size).toBe(0);
  });
});

describe.each(packs.flatMap((pack) => FIXTURES[pack.code].map((fixture) => ({ code: pack.code, fixture }))))(
  'fixture $fixture.rule: $fixture.text',
  ({ code, fixture }) => {
    it('produces exactly the expected findings', () => {
      const report = analyze(fixture.text, { language: code, uiLanguage: 'en' });
      const expected = expectedFindings(fixture);
      const actual = report.findings
        .filter((f) => f.rule === fixture.rule)
        .map((f, i) => ({
          rule: f.rule,
          start: f.start,
          end: f.end,
          text: f.text,
          ...(statesSuggestions(fixture) ? { suggestion: f.suggestions[0] ?? null } : {}),
          // The whole list only where the fixture gives it (matched by place, so an extra finding still fails).
          ...(expected[i] && 'suggestions' in expected[i] ? { suggestions: f.suggestions } : {}),
        }));
      expect(actual).toEqual(expected);
      for (const finding of report.findings) {
        expect(finding.text).toBe(fixture.text.slice(finding.start, finding.end));
        expect(finding.message).not.toMatch(/\{(text|suggestion|value|limit)\}/);
      }
    });
  },
);
