import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

const suggestions = (text: string) =>
  Object.fromEntries(
    analyze(text, { language: 'en' })
      .findings.filter((f) => f.rule === 'en/officialese')
      .map((f) => [f.text, f.suggestions]),
  );

describe('English officialese verbs are offered in the form they replace', () => {
  it('offers a past participle after "be" and "have" and before "by", and the past elsewhere', () => {
    expect(
      suggestions(
        'She submitted the form. It was submitted late. Documents submitted by post. We have submitted it.',
      ),
    ).toEqual({
      submitted: ['sent', 'gave'],
      'was submitted': ['was sent', 'was given'],
      'submitted by': ['sent by', 'given by'],
      'have submitted': ['have sent', 'have given'],
    });
    expect(suggestions('The case has proceeded. We proceeded.')).toEqual({
      'has proceeded': ['has gone ahead'],
      proceeded: ['went ahead'],
    });
  });

  it('offers a participle after a determiner, where the past form describes a noun', () => {
    expect(suggestions('We keep the submitted documents.')).toEqual({ submitted: ['sent', 'given'] });
    // "the said amount" is legalese of its own: not offered.
    expect(suggestions('Pay the indicated amount.')).toEqual({ indicated: ['shown', 'given'] });
  });

  it('offers a participle after a noun and before a preposition or a stop, the past after a pronoun', () => {
    expect(suggestions('The address indicated in the form is wrong.')).toEqual({
      indicated: ['shown', 'given'],
    });
    expect(suggestions('As indicated, we pay later.')).toEqual({ indicated: ['shown', 'given'] });
    expect(suggestions('Documents submitted after the deadline are returned.')).toEqual({
      submitted: ['sent', 'given'],
    });
    expect(suggestions('She indicated in her letter that she agrees.')).toEqual({
      indicated: ['showed', 'gave', 'said'],
    });
  });

  it('keeps a verb whose past is its participle as it was', () => {
    expect(suggestions('The form was utilised.')).toEqual({ utilised: ['used'] });
  });
});
