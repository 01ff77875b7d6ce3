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
        'She indicated her income. It was indicated late. Amounts indicated by the bank. We have indicated it.',
      ),
    ).toEqual({
      indicated: ['showed', 'gave', 'said'],
      'was indicated': ['was shown', 'was given', 'was said'],
      'indicated by': ['shown by', 'given by', 'said by'],
      'have indicated': ['have shown', 'have given', 'have said'],
    });
    expect(suggestions('The case has proceeded. We proceeded.')).toEqual({
      'has proceeded': ['has gone ahead'],
      proceeded: ['went ahead'],
    });
  });

  it('offers a participle after a determiner, where the past form describes a noun', () => {
    expect(suggestions('We keep the demonstrated results.')).toEqual({ demonstrated: ['shown', 'proved'] });
    // "the said amount" is legalese of its own: not offered.
    expect(suggestions('Pay the indicated amount.')).toEqual({ indicated: ['shown', 'given'] });
  });

  it('offers a participle after a noun and before a preposition or a stop, the past after a pronoun', () => {
    expect(suggestions('The address indicated in the form is wrong.')).toEqual({
      indicated: ['shown', 'given'],
    });
    expect(suggestions('As indicated, we pay later.')).toEqual({ indicated: ['shown', 'given'] });
    expect(suggestions('Amounts indicated after the deadline are returned.')).toEqual({
      indicated: ['shown', 'given'],
    });
    expect(suggestions('She indicated in her letter that she agrees.')).toEqual({
      indicated: ['showed', 'gave', 'said'],
    });
  });

  it('gives information and sends a form: "give" only before what is told', () => {
    expect(suggestions('Please submit your comments. The complaint is submitted within 30 days.')).toEqual({
      submit: ['send', 'give'],
      'is submitted': ['is sent'],
    });
  });

  it('keeps a verb whose past is its participle as it was, in the passive it stands in', () => {
    expect(suggestions('The form was utilised.')).toEqual({ 'was utilised': ['was used'] });
  });
});
