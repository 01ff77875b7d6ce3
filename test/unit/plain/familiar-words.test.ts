import { describe, expect, it } from 'vitest';
import { difficultyOfRank, UNLISTED_RANK } from '../../../plain/internal/word-frequency.ts';
import { kazakhWordDifficulty } from '../../../plain/languages/kk/pack.ts';
import { LANGUAGES } from '../../../plain/languages/registry.ts';
import { RUSSIAN_FAMILIAR_FORMS } from '../../../plain/languages/ru/difficulty.ts';

describe('familiar words', () => {
  it('knows inflected Kazakh forms of listed roots, even where the greedy stem overshoots (адам → ада)', () => {
    const { isFamiliar } = LANGUAGES.kk;
    for (const word of ['адам', 'адамдар', 'адамдарға', 'деп', 'деді', 'болған', 'болады', 'үйлерімізде'])
      expect(isFamiliar(word), word).toBe(true);
    for (const word of ['мамандандырылған', 'тағайындалды', 'ынтымақтастық'])
      expect(isFamiliar(word), word).toBe(false);
  });

  it('knows Kazakh words whose root is voiced or linked by н, and words derived from a listed root', () => {
    const { isFamiliar } = LANGUAGES.kk;
    for (const word of ['кітабы', 'жүрегі', 'арасындағы', 'экономикалық', 'заңсыз', 'болмады', 'күтілді'])
      expect(isFamiliar(word), word).toBe(true);
    // A suffix counts only in the form the root's sounds require, and a root has three letters or more.
    for (const word of ['заңлық', 'палу', 'кит']) expect(isFamiliar(word), word).toBe(false);
  });

  it('does not grade a Russian word it counts as familiar as the rarest, though no subtitle form has its stem', () => {
    const { difficulty, isFamiliar } = LANGUAGES.ru;
    const familiarEdge = difficultyOfRank(RUSSIAN_FAMILIAR_FORMS);
    for (const word of ['ветка', 'ветки', 'вилкой', 'деревянные', 'народные', 'гуси', 'береза']) {
      expect(isFamiliar(word), word).toBe(true);
      expect(difficulty(word), word).toBe(familiarEdge);
    }
    // Words outside both lists stay the rarest; listed words keep their own, lower rank.
    for (const word of ['гусеницами', 'шелкопряда'])
      expect(difficulty(word), word).toBe(difficultyOfRank(UNLISTED_RANK));
    expect(difficulty('голова')).toBeLessThan(familiarEdge);
  });

  it('grades Kazakh words in three steps: core, the rest of the familiar list, unfamiliar', () => {
    const difficulty = kazakhWordDifficulty(0.5);
    expect(difficulty('адамдар')).toBe(0);
    expect(difficulty('денсаулықтың')).toBe(0);
    expect(difficulty('парламенттің')).toBe(0.5);
    expect(difficulty('министрлікке')).toBe(0); // derived from a core word
    expect(difficulty('ынтымақтастық')).toBe(1);
    expect(difficulty('2024')).toBe(0);
    // The country's own name is first-year vocabulary, in every official text.
    expect(difficulty('қазақстанның')).toBe(0);
    expect(difficulty('қазақтар')).toBe(0);
    // The demonstratives' other stems (бұ-/мұ-, он-, сон-) are pronouns like their better-known forms.
    for (const pronoun of ['бұны', 'мұған', 'онан', 'сонан', 'бұнда']) expect(difficulty(pronoun)).toBe(0);
  });

  it('grades a hyphenated Kazakh form by its abbreviation or its hardest part', () => {
    const difficulty = kazakhWordDifficulty(0.5);
    expect(difficulty('ақш-тың')).toBe(difficulty('ақш'));
    expect(difficulty('ақш-тың')).toBe(0);
    expect(difficulty('хқко-ға')).toBe(1); // an unknown abbreviation stays unknown
    expect(difficulty('әскери-теңіз')).toBe(0.5);
    expect(difficulty('бизнес-орталық')).toBe(0.5);
  });

  it('knows the commonest Russian forms whose stems miss their lemma (был, это, нам)', () => {
    const { isFamiliar } = LANGUAGES.ru;
    for (const word of ['это', 'был', 'было', 'нам', 'может', 'времени'])
      expect(isFamiliar(word), word).toBe(true);
    for (const word of ['землетрясения', 'санкции', 'осуществляется'])
      expect(isFamiliar(word), word).toBe(false);
  });
});
