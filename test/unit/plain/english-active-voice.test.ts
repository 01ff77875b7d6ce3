import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

/** The passive finding of a one-sentence text: its words and what it offers to paste. */
function passive(text: string): { text: string; suggestion: string | undefined } | undefined {
  const finding = analyze(text, { language: 'en' }).findings.find(
    (f) => f.rule === 'en/passive' || f.rule === 'en/officialese',
  );
  return finding && { text: finding.text, suggestion: finding.suggestions[0] };
}

describe('a passive whose doer is named, said in the active', () => {
  it('keeps the tense and puts the doer first', () => {
    expect(passive('The amount is determined by the court.')).toEqual({
      text: 'The amount is determined by the court',
      suggestion: 'The court determines the amount',
    });
    expect(passive('Your claim was assessed by a doctor.')?.suggestion).toBe('A doctor assessed your claim');
    expect(passive('Your claim will be assessed by a doctor.')?.suggestion).toBe(
      'A doctor will assess your claim',
    );
    expect(passive('The report has been reviewed by our auditors.')?.suggestion).toBe(
      'Our auditors have reviewed the report',
    );
    expect(passive('The rules are applied by each school.')?.suggestion).toBe(
      'Each school applies the rules',
    );
    // A common noun's plural needs no determiner to open the sentence; a name in -s is no such plural.
    expect(passive('Applications are reviewed by the council.')?.suggestion).toBe(
      'The council reviews applications',
    );
    expect(passive('Jones was hired by the club.')?.suggestion).toBeUndefined();
  });

  it('puts pronouns in their case, and keeps a relative pronoun where it stands', () => {
    expect(passive('It was approved by the board.')?.suggestion).toBe('The board approved it');
    expect(passive('I was told by the manager.')?.suggestion).toBe('The manager told me');
    expect(passive('You will be called by us.')?.suggestion).toBe('We will call you');
    expect(passive('The notice, which was signed by the director, is valid.')).toEqual({
      text: 'was signed by the director',
      suggestion: 'the director signed',
    });
  });

  it('takes the officialese inside into the active', () => {
    expect(passive('The form was signed by the applicant.')?.suggestion).toBe('You signed the form');
  });

  it('offers nothing where the doer or the subject is not certain', () => {
    // «by» a means or a time, not a doer.
    expect(passive('Forms are sent by post.')?.suggestion).toBeUndefined();
    expect(passive('The form was sent by the end of May.')?.suggestion).toBeUndefined();
    // A doer joined to another, or whose phrase goes on.
    expect(passive('The plan was approved by the council and the board.')?.suggestion).toBeUndefined();
    expect(passive('Sleep is controlled by a kind of cell.')?.suggestion).toBeUndefined();
    expect(passive('This was confirmed by a spokesman for the ministry.')?.suggestion).toBeUndefined();
    // A time or a place after the doer stays after the active's object.
    expect(passive('The form was signed by the director on Monday.')).toEqual({
      text: 'The form was signed by the director',
      suggestion: 'The director signed the form',
    });
    // A subject that is the end of a longer phrase, or a name opening the sentence.
    expect(passive('The growth in June was praised by the minister.')?.suggestion).toBeUndefined();
    expect(passive('Anna was told by her mother.')?.suggestion).toBeUndefined();
    // Words between «be» and the participle.
    expect(passive('The form was not signed by the director.')?.suggestion).toBeUndefined();
  });
});
