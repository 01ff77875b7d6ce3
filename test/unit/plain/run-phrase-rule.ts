import type { Finding } from '../../../plain/internal/finding.ts';
import type { RuleContext } from '../../../plain/internal/rules/context.ts';
import { type CompiledPhraseRule, runPhraseRule } from '../../../plain/internal/rules/phrase.ts';
import { segment } from '../../../plain/internal/text/segment.ts';

/**
 * A bare English context for running one rule on `text`: every word one syllable and familiar, suggestions
 * pasted as they are; the findings it reports are pushed to `findings`.
 */
export function bareContext(
  text: string,
  findings: Finding[],
  language: Partial<Pick<RuleContext, 'agree' | 'carry'>> = {},
): RuleContext {
  const doc = segment(text);
  return {
    doc,
    language: 'en',
    ui: 'en',
    paragraphs: doc.paragraphs.map((_, i) => i),
    syllables: () => 1,
    isFamiliar: () => true,
    agree: (suggestion) => suggestion,
    carry: () => undefined,
    ...language,
    report: (finding) => findings.push(finding),
  };
}

/** Runs one compiled phrase rule on `text` in a bare English context; `agree` and `carry` as given. */
export function runPhrase(
  compiled: CompiledPhraseRule,
  text: string,
  language: Partial<Pick<RuleContext, 'agree' | 'carry'>> = {},
): Finding[] {
  const findings: Finding[] = [];
  runPhraseRule(compiled, bareContext(text, findings, language));
  return findings;
}
