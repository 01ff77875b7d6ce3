import { describe, expect, it } from 'vitest';
import { kazakhDerivedRoots } from '../../../plain/languages/kk/derivation.ts';
import { kazakhRootCandidates } from '../../../plain/languages/kk/stem.ts';

const roots = (word: string) => kazakhRootCandidates(word);

describe('Kazakh root candidates', () => {
  it('strips a present-future -а/-е/-й only together with the person ending after it', () => {
    expect(roots('боламын')).toContain('бол');
    expect(roots('білеміз')).toContain('біл');
    expect(roots('айтасыз')).toContain('айт');
    expect(roots('ойлаймын')).toContain('ойла');
    expect(roots('алмаймыз')).toContain('алма'); // derivation.ts takes the negation off
    // Without a person ending, -а/-е ends too many nouns (сала, шара), and the person ending closes a word:
    // көлеміне is көлем-і-не, not көл-е-мін with a case ending after it.
    expect(roots('жаза')).toEqual(['жаза']);
    expect(roots('көлеміне')).not.toContain('көл');
    // The vowel before the person ending must match the root's vowels, and -й follows a vowel.
    expect(roots('біламын')).not.toContain('біл');
    expect(roots('алйсыз')).not.toContain('ал');
  });

  it('strips the imperative’s first and third persons in the form the root’s last sound and vowels require', () => {
    const imperatives: [string, string][] = [
      ['айтайын', 'айт'],
      ['барайық', 'бар'],
      ['келейік', 'кел'],
      ['жасайын', 'жаса'],
      ['ойлайық', 'ойла'],
      ['сөйлейік', 'сөйле'],
      ['болсын', 'бол'],
      ['келсін', 'кел'],
    ];
    for (const [word, root] of imperatives) expect(roots(word), word).toContain(root);
    // -айық after a consonant, -йық after а or е; back and front vowels agree with the root's.
    const misspelt: [string, string][] = [
      ['жасаайық', 'жаса'],
      ['барйық', 'бар'],
      ['барейік', 'бар'],
    ];
    for (const [word, root] of misspelt) expect(roots(word), word).not.toContain(root);
  });

  it('strips a bare dative -а/-е only after the possessive -м or -ң', () => {
    expect(roots('анама')).toContain('ана');
    expect(roots('үйіңе')).toContain('үй');
    for (const word of ['сала', 'шара', 'бала']) expect(roots(word), word).toEqual([word]);
  });

  it('strips a bare accusative -н only after the third person’s possessive -ы/-і', () => {
    expect(kazakhRootCandidates('үйін')).toEqual(expect.arrayContaining(['үйі', 'үй']));
    expect(kazakhRootCandidates('қаласын')).toEqual(expect.arrayContaining(['қаласы', 'қала']));
    expect(kazakhRootCandidates('сон')).not.toContain('со');
    expect(kazakhRootCandidates('тен')).not.toContain('те');
  });

  it('strips the negative converb -й only after the negation', () => {
    expect(roots('алмай')).toContain('алма');
    expect(roots('жетпей')).toContain('жетпе');
    for (const word of ['жағдай', 'сарай', 'пайда', 'бейне']) {
      expect(roots(word), word).not.toContain(word.slice(0, word.lastIndexOf('й')));
    }
  });

  it('strips the future -мақ/-мек in the form the root’s last sound requires', () => {
    expect(roots('болмақ')).toContain('бол');
    expect(roots('бермек')).toContain('бер');
    expect(roots('жүргізбек')).toContain('жүргіз');
    expect(roots('айтпақ')).toContain('айт');
    expect(roots('қалпақ')).not.toContain('қал'); // after л the future is -мақ
    expect(roots('болмек')).not.toContain('бол'); // harmony
  });

  it('strips the conditional with the first person plural -сақ/-сек', () => {
    expect(roots('болсақ')).toContain('бол');
    expect(roots('көрсек')).toContain('көр');
    expect(roots('көрсақ')).not.toContain('көр');
  });

  it('strips -ша/-ше of manner and "according to", with the linking н after a possessive', () => {
    expect(roots('қазақша')).toContain('қазақ');
    expect(roots('ойымша')).toContain('ой');
    expect(roots('айтуынша')).toContain('айт');
    expect(roots('пікірінше')).toContain('пікір');
    expect(roots('қазақше')).not.toContain('қазақ');
    expect(roots('айтунша')).not.toContain('айту'); // -нша follows the possessive -ы
  });

  it('strips -дай/-дей after a participle only', () => {
    expect(roots('хабарлағандай')).toContain('хабарла');
    expect(roots('көрсеткендей')).toContain('көрсет');
    expect(roots('күтетіндей')).toContain('күт');
    // After anything else -дай is a derivation (жағдай, ондай), and қандай has no root before -қан.
    for (const word of ['жағдай', 'ондай', 'қандай']) expect(roots(word), word).toEqual([word]);
  });

  it('puts back the ы/і a noun drops between a sonorant and н з к қ п before a vowel', () => {
    expect(roots('аузы')).toContain('ауыз');
    expect(roots('орны')).toContain('орын');
    expect(roots('ерні')).toContain('ерін');
    expect(roots('халқы')).toContain('халық');
    expect(roots('мойнына')).toContain('мойын');
    expect(roots('еркі')).toContain('ерік');
    // Not after other consonants, nor before the verbal noun -у.
    expect(roots('жұмса')).not.toContain('жұмыс');
    expect(roots('қырқу')).not.toContain('қырық');
    expect(roots('алды')).not.toContain('алыд');
  });

  it('strips the past first person plural -дық/-тық in the form the root’s last sound requires', () => {
    expect(roots('алдық')).toContain('ал');
    expect(roots('жібердік')).toContain('жібер');
    expect(roots('өттік')).toContain('өт');
    expect(roots('жарияладық')).toContain('жарияла');
    expect(roots('қатыспадық')).toContain('қатыспа'); // derivation.ts takes the negation off
    expect(roots('алтық')).not.toContain('ал'); // after л the past takes д
    expect(roots('өтдік')).not.toContain('өт'); // after т it takes т
    expect(roots('алдік')).not.toContain('ал'); // harmony
  });

  it('strips a participle made a noun by -дық/-дік, with its inflections', () => {
    expect(roots('жатқандығы')).toContain('жат');
    expect(roots('келгендіктен')).toContain('кел');
    expect(roots('тұратындығы')).toContain('тұр');
    expect(roots('алмайтындығын')).toContain('алма');
    expect(roots('болғандығын')).toContain('бол');
    expect(roots('келгандығы')).not.toContain('кел'); // harmony
  });

  it('strips the negative participle -мас/-мес in the form the root’s last sound requires', () => {
    expect(roots('орындалмас')).toContain('орындал');
    expect(roots('өтпес')).toContain('өт');
    expect(roots('таусылмастан')).toContain('таусыл');
    expect(roots('алпас')).not.toContain('ал'); // after л it is -мас
    expect(roots('өтпас')).not.toContain('өт'); // harmony
  });

  it('strips "since" -ғалы/-гелі, -қалы/-келі after a voiceless sound', () => {
    expect(roots('келгелі')).toContain('кел');
    expect(roots('әкелгелі')).toContain('әкел');
    expect(roots('кеткелі')).toContain('кет');
    expect(roots('кетгелі')).not.toContain('кет');
    expect(roots('келкелі')).not.toContain('кел');
  });

  it('strips the intention -мақшы/-мекші, alone or with a person ending', () => {
    expect(roots('келмекші')).toContain('кел');
    expect(roots('ауыспақшы')).toContain('ауыс');
    expect(roots('бармақшымын')).toContain('бар');
    expect(roots('қалпақшы')).not.toContain('қал'); // after л it is -мақшы
    expect(roots('бармекші')).not.toContain('бар'); // harmony
  });

  it('derives the doer -ушы/-уші from its verb', () => {
    expect(kazakhDerivedRoots('атқарушы')).toContain('атқар');
    expect(kazakhDerivedRoots('қолдаушы')).toContain('қолда');
    expect(kazakhDerivedRoots('етуші')).not.toContain('ет'); // a derived root has three letters or more
    expect(kazakhDerivedRoots('атқаруші')).not.toContain('атқар'); // harmony
    for (const word of ['бала', 'сала', 'жаза']) expect(roots(word), word).toEqual([word]);
  });

  it('takes the negation off a two-letter verb, in the м/б/п its last sound requires', () => {
    for (const [negated, verb] of [
      ['етпе', 'ет'],
      ['деме', 'де'],
      ['ұшпа', 'ұш'],
    ])
      expect(kazakhDerivedRoots(negated ?? ''), negated).toContain(verb);
    for (const [wrong, verb] of [
      ['етме', 'ет'],
      ['ұшма', 'ұш'],
      ['депе', 'де'],
    ])
      expect(kazakhDerivedRoots(wrong ?? ''), wrong).not.toContain(verb);
  });
});
