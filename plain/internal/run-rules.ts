import { runBuiltinRule } from './rules/builtins.ts';
import type { RuleContext } from './rules/context.ts';
import { runMetricRule } from './rules/metric.ts';
import { type CompiledPhraseRule, compilePhraseRule, runPhraseRule } from './rules/phrase.ts';
import { type CompiledSequenceRule, compileSequenceRule, runSequenceRule } from './rules/sequence.ts';
import type { PhraseRule, Rule, SequenceRule } from './rules/types.ts';

const compiledPhrases = new WeakMap<PhraseRule, CompiledPhraseRule>();
const compiledSequences = new WeakMap<SequenceRule, CompiledSequenceRule>();

/** Runs one rule of any kind; phrase and sequence rules are compiled once and cached. */
export function runRule(rule: Rule, ctx: RuleContext): void {
  switch (rule.kind) {
    case 'phrase': {
      let compiled = compiledPhrases.get(rule);
      if (!compiled) {
        compiled = compilePhraseRule(rule);
        compiledPhrases.set(rule, compiled);
      }
      runPhraseRule(compiled, ctx);
      return;
    }
    case 'sequence': {
      let compiled = compiledSequences.get(rule);
      if (!compiled) {
        compiled = compileSequenceRule(rule);
        compiledSequences.set(rule, compiled);
      }
      runSequenceRule(compiled, ctx);
      return;
    }
    case 'metric':
      runMetricRule(rule, ctx);
      return;
    case 'builtin':
      runBuiltinRule(rule, ctx);
      return;
  }
}
