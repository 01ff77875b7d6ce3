import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

/** Each officialese finding's text with every suggestion it offers, in the text's order. */
const offered = (text: string) =>
  analyze(text, { language: 'en' })
    .findings.filter((finding) => finding.rule === 'en/officialese')
    .map((finding) => [finding.text, finding.suggestions]);

describe('English suggestions paste into the sentence as they are', () => {
  it('says "paid for by the state" only where no verb of paying stands before it', () => {
    expect(offered('The plan will be financed at the expense of the state budget.')).toEqual([
      ['at the expense of the state budget', ['from the state budget']],
    ]);
    expect(offered('Roads are repaired at the expense of the state budget.')).toEqual([
      ['at the expense of the state budget', ['from the state budget', 'paid for by the state']],
    ]);
  });

  it('offers a participle, never a past, to a past form after its noun before "prior to" or "according to"', () => {
    expect(offered('The amounts indicated prior to the deadline are final.')).toEqual([
      ['indicated', ['shown', 'given']],
      ['prior to', ['before']],
    ]);
    expect(offered('Amounts indicated according to the rules are final.')).toEqual([
      ['indicated', ['shown', 'given']],
    ]);
  });

  it('offers "set up" for a body established, and no "show"', () => {
    expect(offered('It was agreed to establish a joint working group.')).toEqual([['establish', ['set up']]]);
  });
});
