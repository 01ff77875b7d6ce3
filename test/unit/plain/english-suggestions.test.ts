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
      ['at the expense of the state budget', ["at the state's expense"]],
    ]);
    expect(offered('Treatment is at the expense of the budget.')).toEqual([
      ['at the expense of the budget', ['paid for by the state', "at the state's expense"]],
    ]);
  });

  it('offers no second word that breaks the sentence (review 22)', () => {
    expect(offered('The pass must be presented together with an identity document.')).toEqual([
      ['together with', ['with']],
    ]);
    expect(offered('Send the form together with your passport.')).toEqual([
      ['together with', ['with', 'and']],
    ]);
    expect(offered('Goods in excess of the norms are taxed.')).toEqual([['in excess of', ['over', 'above']]]);
    expect(offered('Its income is in excess of £500.')).toEqual([['in excess of', ['more than', 'over']]]);
    expect(offered('Cash shall be declared in writing.')).toEqual([['shall', ['must']]]);
    expect(offered('Tenants shall keep the garden tidy.')).toEqual([['shall', ['must', 'will']]]);
    expect(offered('Each additional attempt is free.')).toEqual([['additional', ['extra']]]);
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

  it('offers no second word that changes the sense or stacks a preposition (review 23)', () => {
    expect(offered('The tax is worked out on the basis of the value of the property.')).toEqual([
      ['on the basis of', ['based on']],
    ]);
    expect(offered('It is run within the framework of the regional quota.')).toEqual([
      ['within the framework of', ['as part of', 'under']],
    ]);
    expect(offered('A subsidy for relocation in the amount of 70 MCI is paid.')).toEqual([
      ['in the amount of', ['of']],
    ]);
    expect(offered('Send a cheque in the amount of £50.')).toEqual([['in the amount of', ['of', 'for']]]);
    expect(offered('A certificate is issued, indicating the number of hours worked.')).toEqual([
      ['indicating', ['giving', 'showing']],
    ]);
    expect(offered('Please indicate your name.')).toEqual([['indicate', ['give', 'say']]]);
  });

  it('offers "make", never "send", for an application handed in in person (review 23)', () => {
    expect(offered('Submit an application through egov.kz or in person.')).toEqual([['Submit', ['Make']]]);
    expect(offered('Submit the form by post or in person.')).toEqual([['Submit', []]]);
    expect(offered('Submit the form by post.')).toEqual([['Submit', ['Send']]]);
  });

  it('offers "set up" for a body established, and no "show"', () => {
    expect(offered('It was agreed to establish a joint working group.')).toEqual([['establish', ['set up']]]);
  });
});
