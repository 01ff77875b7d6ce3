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

  it('keeps negation and adverbs inside the verb group, with «do» for a negated present or past', () => {
    expect(passive('The form was not signed by the director.')?.suggestion).toBe(
      'The director did not sign the form',
    );
    expect(passive('The form is not signed by the director.')?.suggestion).toBe(
      'The director does not sign the form',
    );
    expect(passive('Applications are not always reviewed by the council.')?.suggestion).toBe(
      'The council does not always review applications',
    );
    expect(passive('The form is usually reviewed by the council.')?.suggestion).toBe(
      'The council usually reviews the form',
    );
    expect(passive('It was first published by the Guardian.')?.suggestion).toBe(
      'The Guardian first published it',
    );
    expect(passive('The form will not be signed by the director.')?.suggestion).toBe(
      'The director will not sign the form',
    );
    expect(passive('The form has already been signed by the director.')?.suggestion).toBe(
      'The director has already signed the form',
    );
  });

  it('keeps a contracted «not», with the apostrophe as typed', () => {
    expect(passive('The form wasn’t signed by the director.')?.suggestion).toBe(
      'The director didn’t sign the form',
    );
    expect(passive("The forms aren't checked by our officers.")?.suggestion).toBe(
      "Our officers don't check the forms",
    );
    expect(passive("Your claim won't be assessed by a doctor.")?.suggestion).toBe(
      "A doctor won't assess your claim",
    );
    expect(passive("The report hasn't yet been reviewed by our auditors.")?.suggestion).toBe(
      "Our auditors haven't yet reviewed the report",
    );
  });

  it('reads a doer whose phrase goes on with «of», or «for» after one who speaks for others', () => {
    expect(passive('The decision was made by the Ministry of Health.')?.suggestion).toBe(
      'The Ministry of Health made the decision',
    );
    expect(passive('This was confirmed by a spokesman for the ministry.')?.suggestion).toBe(
      'A spokesman for the ministry confirmed this',
    );
    // «for» after another doer is whom it was done for, not part of the doer.
    expect(passive('The form is signed by the director for the applicant.')?.suggestion).toBeUndefined();
  });

  it('takes the officialese inside into the active', () => {
    expect(passive('The form was signed by the applicant.')?.suggestion).toBe('You signed the form');
  });

  it('makes the verb agree with the subject the officialese inside became', () => {
    // «the applicant» → «you»: a present in -s, «has» and «is» take the plural; a past or a modal stays.
    expect(passive('The form is signed by the applicant.')?.suggestion).toBe('You sign the form');
    expect(passive('The fee is paid by the applicant.')?.suggestion).toBe('You pay the fee');
    expect(passive('The form has been signed by the applicant.')?.suggestion).toBe(
      'You have signed the form',
    );
    expect(passive('The form is usually signed by the applicant.')?.suggestion).toBe(
      'You usually sign the form',
    );
    expect(passive('The claim is being processed by the applicant.')?.suggestion).toBe(
      'You are processing the claim',
    );
    expect(passive('The form will be signed by the applicant.')?.suggestion).toBe('You will sign the form');
  });

  it('offers nothing where the doer or the subject is not certain', () => {
    // «by» a means or a time, not a doer.
    expect(passive('Forms are sent by post.')?.suggestion).toBeUndefined();
    expect(passive('The form was sent by the end of May.')?.suggestion).toBeUndefined();
    // A doer joined to another, or whose phrase goes on.
    expect(passive('The plan was approved by the council and the board.')?.suggestion).toBeUndefined();
    expect(passive('Sleep is controlled by a kind of cell.')?.suggestion).toBeUndefined();
    // Words after a comma that may describe the doer, in a relative clause too.
    expect(
      passive('The note, which was signed by Marcus Setchell, the Queen’s surgeon, was read.')?.suggestion,
    ).toBeUndefined();
    expect(
      passive('Steve Jobs was inspired by Akio Morita, the co-founder of Sony.')?.suggestion,
    ).toBeUndefined();
    expect(passive('The form was signed by the director, who then left.')?.suggestion).toBeUndefined();
    expect(
      passive('The details that were given by the officials, including two diplomats, were new.')?.suggestion,
    ).toBeUndefined();
    // A speaker's participle after the comma opens a clause of its own.
    expect(passive('The bid was backed by the government, arguing that it is fair.')?.suggestion).toBe(
      'The government backed the bid',
    );
    expect(passive('The form was signed by the director, and the clerk filed it.')?.suggestion).toBe(
      'The director signed the form',
    );
    // A list of doers after a comma.
    expect(
      passive('It has been forgotten by the banks, the government and most of the world.')?.suggestion,
    ).toBeUndefined();
    expect(
      passive('It was not matched by Russian, Middle Eastern or Chinese donors.')?.suggestion,
    ).toBeUndefined();
    // A time or a place after the doer stays after the active's object.
    expect(passive('The form was signed by the director on Monday.')).toEqual({
      text: 'The form was signed by the director',
      suggestion: 'The director signed the form',
    });
    // A subject joined to another by «and» or «or», which the active would split; after a comma «and» opens a
    // clause of its own.
    expect(passive('Faults and issues can be found by the company.')?.suggestion).toBeUndefined();
    expect(passive('He left, and the form was signed by the clerk.')?.suggestion).toBe(
      'the clerk signed the form',
    );
    // A subject that is the end of a longer phrase, or a name opening the sentence.
    expect(passive('The growth in June was praised by the minister.')?.suggestion).toBeUndefined();
    expect(passive('Anna was told by her mother.')?.suggestion).toBeUndefined();
    // A floating quantifier between «be» and the participle is no adverb of the verb.
    expect(passive('The forms are all checked by the staff.')?.suggestion).toBeUndefined();
  });
});
