import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import {
  KAZAKH_VERB_SLOTS,
  kazakhVerbForms,
  verbalNounRoot,
} from '../../../plain/languages/kk/verb-forms.ts';

describe('Kazakh verb forms for suggestions', () => {
  it.each([
    // A back root in a vowel, a front root in a voiced consonant, a root in т, a root with л before its vowel.
    [
      'жаса',
      'жасайды жасады жасаған жасайтын жасау жасауға жасауды жасауда жасауы жасауын жасап жасаса жасамайды жасаймыз жасаңыз ' +
        'жасалады жасалды жасалған жасалатын жасалу жасалуға жасалуды жасалуда жасалуы жасалуын жасалып жасалса жасалмайды жасаламыз жасалыңыз',
    ],
    [
      'өткіз',
      'өткізеді өткізді өткізген өткізетін өткізу өткізуге өткізуді өткізуде өткізуі өткізуін өткізіп өткізсе өткізбейді өткіземіз өткізіңіз ' +
        'өткізіледі өткізілді өткізілген өткізілетін өткізілу өткізілуге өткізілуді өткізілуде өткізілуі өткізілуін өткізіліп өткізілсе өткізілмейді ' +
        'өткізілеміз өткізіліңіз',
    ],
    [
      'ет',
      'етеді етті еткен ететін ету етуге етуді етуде етуі етуін етіп етсе етпейді етеміз етіңіз ' +
        'етіледі етілді етілген етілетін етілу етілуге етілуді етілуде етілуі етілуін етіліп етілсе етілмейді етілеміз етіліңіз',
    ],
    [
      'төле',
      'төлейді төледі төлеген төлейтін төлеу төлеуге төлеуді төлеуде төлеуі төлеуін төлеп төлесе төлемейді төлейміз төлеңіз ' +
        'төленеді төленді төленген төленетін төлену төленуге төленуді төленуде төленуі төленуін төленіп төленсе төленбейді төленеміз төленіңіз',
    ],
  ])('%s', (root, forms) => {
    expect(kazakhVerbForms(root)).toEqual(forms.split(' '));
    expect(kazakhVerbForms(root)).toHaveLength(KAZAKH_VERB_SLOTS);
  });

  it('takes -ын after л and -қан after a voiceless sound', () => {
    expect(kazakhVerbForms('сал')).toContain('салынды');
    expect(kazakhVerbForms('айт')).toContain('айтқан');
    expect(kazakhVerbForms('айт')).toContain('айтпайды');
  });

  it('finds the root of a verbal noun only where it can be told', () => {
    expect(verbalNounRoot('тексеру')).toBe('тексер');
    expect(verbalNounRoot('жасау')).toBe('жаса');
    expect(verbalNounRoot('беру')).toBe('бер');
    // «оқу» is «оқы» + у; a negative has no passive; «елемеу» is «еле» + ме + у.
    for (const noun of ['оқу', 'тану', 'бермеу', 'қарамау', 'елемеу', 'су'])
      expect(verbalNounRoot(noun)).toBeUndefined();
  });

  it('offers the plain verb in the form of the light verb it replaces', () => {
    const suggested = (text: string) =>
      analyze(text, { language: 'kk' })
        .findings.filter((f) => f.rule === 'kk/officialese')
        .map((f) => [f.text, f.suggestions]);
    expect(suggested('Облыста тексеру жүргізілді.')).toEqual([['тексеру жүргізілді', ['тексерілді']]]);
    expect(suggested('Біз жұмысты жүзеге асырамыз.')).toEqual([
      ['жүзеге асырамыз', ['жасаймыз', 'өткіземіз', 'орындаймыз']],
    ]);
    expect(suggested('Бұл мәселені назарға алыңыз.')).toEqual([['назарға алыңыз', ['ескеріңіз']]]);
    expect(suggested('Жоба жүзеге асырылуда.')).toEqual([
      ['жүзеге асырылуда', ['жасалуда', 'өткізілуде', 'орындалуда']],
    ]);
    // A form outside the list keeps the verbal nouns.
    expect(suggested('Жоба жүзеге асырылмақ.')).toEqual([
      ['жүзеге асырылмақ', ['жасау', 'өткізу', 'орындау']],
    ]);
  });
});
