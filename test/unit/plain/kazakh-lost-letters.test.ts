import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import { withoutKazakhLetters } from '../../../plain/languages/kk/detection.ts';
import { fixtures as KAZAKH_FIXTURES } from '../../../plain/languages/kk/fixtures.ts';
import { isTypedWithoutKazakhLetters } from '../../../plain/languages/kk/lost-letters.ts';
import { kazakhPack, mayBeKnown } from '../../../plain/languages/kk/pack.ts';

const restore = (word: string) => kazakhPack.lostLetters?.restore(word, word);

// An official Kazakh notice with officialese, a passive, an abbreviation and a long sentence.
const notice =
  'Құжаттарды қабылдау халыққа қызмет көрсету орталығы арқылы жүзеге асырылады. ' +
  'Тиісті өтініштер аталған мерзімде қаралады және нәтижесі туралы сізге хабарланады. ' +
  'Бірақ өтінішті онлайн беру әлдеқайда оңай, себебі сізге кезекте тұрудың қажеті жоқ.';

describe('Kazakh typed without its letters', () => {
  it('puts the letters back by vowel harmony: қ, ғ with back vowels, ә, ө, ү, і with front ones', () => {
    expect(restore('кужаттарды')).toBe('құжаттарды');
    expect(restore('орталыгы')).toBe('орталығы');
    expect(restore('корсету')).toBe('көрсету');
    expect(restore('бугин')).toBe('бүгін');
    // One harmony throughout before a switch: және, not the as-typed «жане» (жан, soul, and a front е).
    expect(restore('жане')).toBe('және');
    // A loanword or compound switches harmony once: бірақ, қызмет.
    expect(restore('бирак')).toBe('бірақ');
    expect(restore('кызмет')).toBe('қызмет');
    // Endings follow the stem's last vowel, я (йа) a back one: конференциясы, not конференциясі. A front root
    // takes no back ending: кушкан is not күшқан (the word, құшқан, is one the lists lack), but күшті.
    expect(restore('конференциясы')).toBe('конференциясы');
    expect(restore('кушкан')).not.toBe('күшқан');
    expect(restore('кушти')).toBe('күшті');
    // The instrumental's -мен keeps its е after back vowels: онымен, сонымен (not өнімен, сөнімен).
    expect(restore('онымен')).toBe('онымен');
    expect(restore('сонымен')).toBe('сонымен');
  });

  it('writes ң where grammar has it: the genitive, the pronouns, the polite second person', () => {
    expect(restore('менин')).toBe('менің');
    expect(restore('сиздин')).toBe('сіздің');
    expect(restore('елдин')).toBe('елдің');
    expect(restore('тапсырыныз')).toBe('тапсырыңыз');
    // The participle -атын keeps its н, and so does its accusative: болатынын, келетінін.
    expect(restore('болатын')).toBe('болатын');
    expect(restore('болатынын')).toBe('болатынын');
    expect(restore('келетинин')).toBe('келетінін');
    // The genitive after т, н, ң: үкіметтің, күннің, алаңның; a noun in -мет before its possessive, үкіметінің.
    expect(restore('укиметтин')).toBe('үкіметтің');
    expect(restore('куннин')).toBe('күннің');
    expect(restore('аланнын')).toBe('алаңның');
    expect(restore('укиметинин')).toBe('үкіметінің');
    // After қ too (балықтың: the accusative is балықты), and after a possessive of a noun in -ет, which no
    // verb's participle -етін is (университетінің, against келетінін of кел).
    expect(restore('балыктын')).toBe('балықтың');
    expect(restore('университетинин')).toBe('университетінің');
    // After a vowel, the genitive of a listed noun (қаланың); a participle -ған of a verb keeps the
    // accusative's н (алғанын, of ал, though алға, forward, is a word too).
    expect(restore('каланын')).toBe('қаланың');
    expect(restore('алганын')).toBe('алғанын');
    expect(restore('болганын')).toBe('болғанын');
    // A word the list writes with its own н: алтын (gold), алдын (ала).
    expect(restore('алтын')).toBe('алтын');
    expect(restore('алдын')).toBe('алдын');
    // The third person or accusative before the informal second person: өзін, not өзің; a word whose ң is its
    // own stays: қалың.
    expect(restore('озин')).toBe('өзін');
    expect(restore('калын')).toBe('қалың');
    // The participle -атын is no «your hour»: соғатын, not соғатың.
    expect(restore('согатын')).toBe('соғатын');
    // A numeral before another word of the same letters: үш (three), not ұш (fly); төрт, not торт (cake).
    expect(restore('уш')).toBe('үш');
    expect(restore('торт')).toBe('төрт');
  });

  it('keeps a word the lists know as typed, and a word no reading of which is known', () => {
    expect(restore('бала')).toBe('бала');
    expect(restore('мектепке')).toBe('мектепке');
    expect(restore('компания')).toBe('компания');
    // A form known only through stemming is no word as typed: карсы is қарсы, сон is соң.
    expect(restore('карсы')).toBe('қарсы');
    expect(restore('сон')).toBe('соң');
    // Between readings known only through stems, the word as typed stays when its root is as long:
    // салыстырып (салыстыр-ып), not сәлістіріп (сәл, a little); танылды, not таңылды. A longer root the
    // restoration alone has is the word: қаруды, of қару, not кар.
    expect(restore('салыстырып')).toBe('салыстырып');
    expect(restore('танылды')).toBe('танылды');
    expect(restore('каруды')).toBe('қаруды');
    // A form the lists write out before an easier one a stem reaches: әскери (military), not әскері (his army).
    expect(restore('аскери')).toBe('әскери');
    // The glide у (after a vowel, or first before a vowel) is у in any reading.
    expect(restore('уакыт')).toBe('уақыт');
    expect(restore('тау')).toBe('тау');
    expect(restore('кваркзябра')).toBe('кваркзябра');
  });

  it('skips the lookup of a reading only when no list can know it', () => {
    // Every root a lookup tries is a start of the word: as written, with its final п, к, қ voiced (аяғы) or
    // its last ы/і dropped (аузы), so a word the lists know has one of the starts the test keeps.
    const fixtureWords = KAZAKH_FIXTURES.flatMap(
      (fixture) => fixture.text.toLowerCase().match(/[а-яәғқңөұүһі]+/gu) ?? [],
    );
    const known = [...fixtureWords, 'аяғы', 'аузы', 'кітабы', 'халқы', 'мойны', 'жүрегі'].filter(
      (word) => kazakhPack.difficulty(word) < 1,
    );
    expect(known.length).toBeGreaterThan(1000);
    expect(known.filter((word) => !mayBeKnown(word))).toEqual([]);
    // Names start with nothing the lists have, and their 256 readings are not looked up.
    expect(['трамп', 'кавано', 'зумба'].filter(mayBeKnown)).toEqual([]);
  });

  it('offers no reading that only the informal second person makes a word', () => {
    const isKnown = (norm: string) => kazakhPack.lostLetters?.isKnown(norm);
    expect(isKnown('туыңды')).toBe(false);
    expect(isKnown('жауыңның')).toBe(false);
    // A word whose ң is its own, and a verb's present tense in the second person, are offered.
    expect(isKnown('қалың')).toBe(true);
    expect(isKnown('барасың')).toBe(true);
  });

  it('takes a paragraph for one typed without the letters only when it has none in three words or more', () => {
    expect(isTypedWithoutKazakhLetters('Бирак жауап жок.')).toBe(true);
    expect(isTypedWithoutKazakhLetters('Бирак, 2024 жок!')).toBe(false);
    expect(isTypedWithoutKazakhLetters('Бірақ жауап жок, кабылдау')).toBe(false);
    // Latin words count as well, unless one has a marked letter.
    expect(isTypedWithoutKazakhLetters('Men ozgeris turaly')).toBe(true);
    expect(isTypedWithoutKazakhLetters('Men özgerıs turaly')).toBe(false);
    expect(isTypedWithoutKazakhLetters('MEN ÖZGERIS TURALY')).toBe(false);
  });

  it('grades and checks the paragraph as the same text with its letters', () => {
    const typed = withoutKazakhLetters(notice);
    const original = analyze(notice, { language: 'kk' });
    const stripped = analyze(typed, { language: 'kk' });
    expect(stripped.language.code).toBe('kk');
    expect(analyze(typed).language.code).toBe('kk');
    // Read as typed, every such word was unknown and the grade 5–6 higher.
    expect(Math.abs(stripped.metrics.grade - original.metrics.grade)).toBeLessThan(0.5);
    // One letter stands for one letter, so the other rules' findings sit at the same offsets.
    const others = (report: typeof original) =>
      report.findings
        .filter((f) => f.rule !== 'kk/lost-letters')
        .map((f) => `${f.rule} ${f.start}-${f.end}`)
        .sort();
    expect(others(stripped)).toEqual(others(original));
    expect(others(original).length).toBeGreaterThanOrEqual(4);
  });

  it('offers each word with its letters, in the case it was typed, except names inside a sentence', () => {
    const report = analyze('Бирак КУЖАТТАРДЫ Асель апайга тапсырыныз.', { language: 'kk' });
    const lost = report.findings.filter((f) => f.rule === 'kk/lost-letters');
    expect(lost.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Бирак', 'Бірақ'],
      ['КУЖАТТАРДЫ', 'ҚҰЖАТТАРДЫ'],
      ['апайга', 'апайға'],
      ['тапсырыныз', 'тапсырыңыз'],
    ]);
    expect(lost[0]?.message).toContain('Бірақ');
  });

  it('reads Latin typed without marks through its Cyrillic letters, where s may be ш', () => {
    const fromLatin = (typed: string) =>
      kazakhPack.lostLetters?.restore(kazakhPack.otherScript?.toMain(typed) ?? typed, typed);
    expect(fromLatin('ozgeris')).toBe('өзгеріс');
    expect(fromLatin('boiynsa')).toBe('бойынша');
    expect(fromLatin('menin')).toBe('менің');
    expect(fromLatin('qujattardy')).toBe('құжаттарды');
    const cyrillic = 'Бұл мәселе бойынша жаңа шешім керек. Өтінішіңізді қабылдау орталығы жабық.';
    const unmarked = 'Bul masele boiynsa jana sesim kerek. Otinisinizdi qabyldau ortalygy jabyq.';
    const report = analyze(unmarked, { language: 'kk' });
    expect(Math.abs(report.metrics.grade - analyze(cyrillic).metrics.grade)).toBeLessThan(0.3);
    // Offered in the 2021 alphabet; «masele boiynsa» is inside the officialese finding, which offers «turaly».
    expect(
      report.findings.filter((f) => f.rule === 'kk/lost-letters').map((f) => [f.text, f.suggestions[0]]),
    ).toEqual([
      ['jana', 'jaña'],
      ['sesim', 'şeşım'],
      ['Otinisinizdi', 'Ötınışıñızdı'],
      ['ortalygy', 'ortalyğy'],
    ]);
  });

  it('leaves a paragraph that has Kazakh letters as typed', () => {
    const report = analyze('Бала мектепке барады, бірақ кешикти.', { language: 'kk' });
    expect(report.findings.filter((f) => f.rule === 'kk/lost-letters')).toEqual([]);
  });
});
