import { describe, expect, it } from 'vitest';
import { compileSequenceRule, forEachSequenceMatch } from '../../../plain/internal/rules/sequence.ts';
import type { SequenceRule } from '../../../plain/internal/rules/types.ts';
import { segment } from '../../../plain/internal/text/segment.ts';

const rule = (unless: NonNullable<SequenceRule['tokens'][number]['unless']>): SequenceRule => ({
  id: 'test/sequence',
  kind: 'sequence',
  severity: 'suggestion',
  link: 'https://example.org/',
  message: { kk: '', ru: '', en: '' },
  tokens: [{ regex: '^issued$', unless }],
});

/** The words a rule matches in a text, sentence by sentence. */
function matches(sequence: SequenceRule, text: string): string[] {
  const compiled = compileSequenceRule(sequence);
  const doc = segment(text);
  const found: string[] = [];
  for (const sentence of doc.sentences) {
    forEachSequenceMatch(compiled, doc, sentence, (first, last) => {
      found.push(text.slice(doc.words[first]?.start, doc.words[last]?.end));
    });
  }
  return found;
}

describe('a sequence token’s contexts', () => {
  it('skips a word whose next word matches, only with spaces between and inside the sentence', () => {
    const text = 'The issued card. It was issued, then. Cards issued\nlate. It was issued';
    expect(matches(rule([{ next: '^(?:card|late)$' }]), text)).toEqual(['issued', 'issued']);
  });

  it('skips a word whose previous word matches, and needs every pattern of one context to hold', () => {
    const text = 'Newly issued. Newly issued card. Cards issued today.';
    expect(matches(rule([{ previous: '^newly$', next: '^card$' }]), text)).toEqual(['issued', 'issued']);
    expect(matches(rule([{ previous: '^newly$' }]), text)).toEqual(['issued']);
  });

  it('applies a context only to the forms it names', () => {
    const text = 'The issued card.';
    expect(matches(rule([{ form: '^given$', next: '^card$' }]), text)).toEqual(['issued']);
    expect(matches(rule([{ form: 'ued$', next: '^card$' }]), text)).toEqual([]);
  });

  it('skips a word with no word after it in its sentence when `closing`, and one with none before when `opening`', () => {
    const text = 'It was issued. It was issued, then. It was issued today. Issued today.';
    expect(matches(rule([{ closing: true }]), text)).toEqual(['issued', 'Issued']);
    expect(matches(rule([{ opening: true }]), text)).toEqual(['issued', 'issued', 'issued']);
  });

  it('skips a word written with a capital inside its sentence when `name`, not at its start or a quote’s', () => {
    const text = 'Issued today. It was Issued. It was issued. It was ISSUED. He said: "Issued today."';
    expect(matches(rule([{ name: true }]), text)).toEqual(['Issued', 'issued', 'ISSUED', 'Issued']);
  });

  it('skips a word the text after which matches `followedBy`, more than one word ahead and punctuation included', () => {
    const text = 'It was issued in full. It was issued in May. It was issued, in full.';
    expect(matches(rule([{ followedBy: '^\\s+in\\s+full' }]), text)).toEqual(['issued', 'issued']);
    expect(matches(rule([{ followedBy: '^,' }]), text)).toEqual(['issued', 'issued']);
  });
});
