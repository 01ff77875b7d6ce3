import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import { countDocument, zeroCounts } from '../../../plain/internal/counts.ts';
import { gradeOf } from '../../../plain/internal/grade.ts';
import { segment } from '../../../plain/internal/text/segment.ts';
import { englishWordDifficulty } from '../../../plain/languages/en/grade.ts';
import { listedSpellings } from '../../../plain/languages/en/spelling.ts';
import { GRADE_MODELS } from '../../../plain/languages/grade-models.ts';
import { LANGUAGES } from '../../../plain/languages/registry.ts';
import { russianWordDifficulty } from '../../../plain/languages/ru/difficulty.ts';

const countsOf = (text: string, language: 'en' | 'ru') =>
  countDocument(segment(text), () => LANGUAGES[language]);

describe('English spellings the frequency list counts', () => {
  it('reads a contraction as the word before its clitic, with or without the apostrophe', () => {
    expect(listedSpellings("don't")).toEqual(['don']);
    expect(listedSpellings('dont')).toEqual(['don']);
    expect(listedSpellings("we're")).toEqual(['we']);
    expect(listedSpellings('youre')).toEqual(['you']);
    expect(listedSpellings("minister's")).toEqual(['minister']);
    // Words of their own stay as they are.
    expect(listedSpellings('cant')).toEqual(['cant']);
    expect(listedSpellings('were')).toEqual(['were']);
  });

  it('adds the American spelling of a British one', () => {
    expect(listedSpellings('colour')).toEqual(['colour', 'color']);
    expect(listedSpellings('behaviour')).toEqual(['behaviour', 'behavior']);
    expect(listedSpellings('realised')).toEqual(['realised', 'realized']);
    expect(listedSpellings('organisation')).toEqual(['organisation', 'organization']);
    expect(listedSpellings('analyse')).toEqual(['analyse', 'analyze']);
    expect(listedSpellings('centres')).toEqual(['centres', 'centers']);
    expect(listedSpellings('fibre')).toEqual(['fibre', 'fiber']);
    expect(listedSpellings('dialogue')).toEqual(['dialogue', 'dialog']);
    expect(listedSpellings('defence')).toEqual(['defence', 'defense']);
    expect(listedSpellings('travelled')).toEqual(['travelled', 'traveled']);
    expect(listedSpellings('programme')).toEqual(['programme', 'program']);
    expect(listedSpellings('grey')).toEqual(['grey', 'gray']);
    expect(listedSpellings('paediatric')).toEqual(['paediatric', 'pediatric']);
    expect(listedSpellings('oestrogen')).toEqual(['oestrogen', 'estrogen']);
    expect(listedSpellings('foetus')).toEqual(['foetus', 'fetus']);
    expect(listedSpellings('diarrhoea')).toEqual(['diarrhoea', 'diarrhea']);
    expect(listedSpellings('fulfil')).toEqual(['fulfil', 'fulfill']);
    expect(listedSpellings('enrolment')).toEqual(['enrolment', 'enrollment']);
  });

  it('leaves words that only look British alone', () => {
    for (const word of [
      'four',
      'your',
      'flour',
      'rise',
      'wise',
      'called',
      'sentence',
      'acre',
      'aerial',
      'does',
    ])
      expect(listedSpellings(word), word).toEqual([word]);
  });

  it('grades contractions and British spellings as the everyday words they are', () => {
    expect(englishWordDifficulty("don't")).toBe(0);
    expect(englishWordDifficulty('dont')).toBe(0);
    expect(englishWordDifficulty("you're")).toBe(0);
    expect(englishWordDifficulty('colour')).toBe(englishWordDifficulty('color'));
    expect(englishWordDifficulty('realise')).toBe(englishWordDifficulty('realize'));
    expect(englishWordDifficulty('centre')).toBe(englishWordDifficulty('center'));
    expect(englishWordDifficulty('paediatric')).toBe(englishWordDifficulty('pediatric'));
    expect(englishWordDifficulty('fulfil')).toBe(englishWordDifficulty('fulfill'));
    expect(englishWordDifficulty('colour')).toBeLessThan(englishWordDifficulty('chromaticity'));
  });

  it('counts contractions and British spellings as familiar words', () => {
    for (const word of ["don't", "didn't", "i'm", "you're", "they'll", 'dont', 'colour'])
      expect(LANGUAGES.en.isFamiliar(word), word).toBe(true);
  });

  it('spells out typographic ligatures copied from PDFs', () => {
    expect(segment('The ﬁgures ﬂow').words.map((w) => w.norm)).toEqual(['the', 'figures', 'flow']);
    expect(englishWordDifficulty(segment('ﬁgures').words[0]?.norm ?? '')).toBe(
      englishWordDifficulty('figures'),
    );
  });
});

describe('passives in the grade', () => {
  it('counts passive constructions per sentence as the en/passive rule finds them', () => {
    const text = 'The form was sent. We sent the form. It is being checked and was often returned.';
    expect(countsOf(text, 'en').passives).toBe(3);
    const findings = analyze(text, { language: 'en' }).findings.filter((f) => f.rule === 'en/passive');
    expect(findings.map((f) => f.text)).toEqual(['was sent', 'is being checked', 'was often returned']);
    expect(countsOf('I am interested. The shop is closed.', 'en').passives).toBe(0);
  });

  it('counts no passives where the language has no detector', () => {
    expect(countsOf('Форма была отправлена.', 'ru').passives).toBe(0);
  });

  it('adds the passive weight per passive per sentence, in English only', () => {
    const base = { ...zeroCounts(), words: 10, sentences: 1, syllables: 14, lexicalLoad: 5 };
    const en = GRADE_MODELS.en;
    expect(gradeOf({ ...base, passives: 1 }, en) - gradeOf(base, en)).toBeCloseTo(en.passivesPerSentence, 10);
    expect(en.passivesPerSentence).toBeGreaterThan(0);
    expect(GRADE_MODELS.ru.passivesPerSentence).toBe(0);
    expect(GRADE_MODELS.kk.passivesPerSentence).toBe(0);
  });
});

describe('numbers in hyphenated compounds', () => {
  it('cost nothing, in English and Russian alike: a compound is as hard as its hardest word part', () => {
    expect(englishWordDifficulty('20-year-old')).toBe(
      Math.max(englishWordDifficulty('year'), englishWordDifficulty('old')),
    );
    expect(englishWordDifficulty('covid-19')).toBe(englishWordDifficulty('covid'));
    expect(russianWordDifficulty('20-летний')).toBe(russianWordDifficulty('летний'));
    // A single letter is read at a glance wherever it stands: the ending of a number, "plan-b".
    expect(russianWordDifficulty('1980-х')).toBe(0);
    expect(englishWordDifficulty('plan-b')).toBe(englishWordDifficulty('plan'));
    // Word parts still count: a rare part makes the compound rare.
    expect(englishWordDifficulty('top-xylophonist')).toBe(englishWordDifficulty('xylophonist'));
  });
});
