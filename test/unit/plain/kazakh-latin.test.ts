import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import { cyrillicToLatin, isLatinWord, latinToCyrillic } from '../../../plain/languages/kk/latin.ts';

// An official Kazakh notice: officialese, a passive, an abbreviation defined once and a known one.
const cyrillic =
  'Бүгінгі таңда халыққа қызмет көрсету орталығы (ХҚКО) арқылы құжаттар жүзеге асырылатын тәртіппен қабылданады. ' +
  'Тиісті өтініштер аталған мерзімде қаралады және нәтижесі туралы ХҚКО хабарлайды.\n\n' +
  'Үйіңізден шықпай-ақ өтінішті онлайн бере аласыз. АҚШ азаматтарына арналған тәртіп басқа.';
const latin = cyrillicToLatin(cyrillic);

describe('Kazakh in the 2021 Latin alphabet', () => {
  it('reads Latin words through their Cyrillic spelling (i after a vowel is й)', () => {
    expect(latinToCyrillic('qazaqstan')).toBe('қазақстан');
    expect(latinToCyrillic('üi')).toBe('үй');
    expect(latinToCyrillic('aiyp')).toBe('айып');
    expect(latinToCyrillic('ūlttyq')).toBe('ұлттық');
    expect(isLatinWord('qazaqstan')).toBe(true);
    expect(isLatinWord('кaзахстан')).toBe(false);
  });

  it('reads a loanword’s two-letter spellings as its Russian letters when that gives a known word', () => {
    // полиция, инфекция, вакцина, костюм are listed; кетсе (ketse) is native and keeps its т and с.
    const same = 'Полиция келді. Инфекция мен вакцина. Костюм киді. Ол кетсе, мен қаламын.';
    const loans = cyrillicToLatin(same);
    expect(loans).toBe('Politsiia keldı. Infektsiia men vaktsina. Kostium kidı. Ol ketse, men qalamyn.');
    expect(analyze(loans).metrics.grade).toBeCloseTo(analyze(same).metrics.grade, 6);
  });

  it('reads the 2018 Latin alphabet and informal Latin too: i for і, u for ұ, sh, ch, í, ý', () => {
    const same = 'Біз бүгін мектепке бардық. Уақыт өте тез өтті. Жұмыс күші шығару оңай емес.';
    const in2018 = 'Biz búgin mektepke bardyq. Ýaqyt óte tez ótti. Jumys kúshi shyǵarý ońai emes.';
    const b = analyze(in2018);
    expect(b.language.code).toBe('kk');
    expect(b.metrics.grade).toBeCloseTo(analyze(same).metrics.grade, 6);
    expect(b.metrics.syllables).toBe(analyze(same).metrics.syllables);
    // The 2021 reading comes first where it gives a listed word: uaqyt is уақыт, not ұақыт.
    expect(analyze('Uaqyt öte tez öttı.').metrics.grade).toBeCloseTo(
      analyze('Уақыт өте тез өтті.').metrics.grade,
      6,
    );
  });

  it('reads a paragraph marked as 2018 (á ǵ ń ó ú ý) in that alphabet, where ı is и or й, not і', () => {
    const same =
      'Қазақстан Республикасының Президенті халыққа жолдау жасады. Бұл құжат барлық азаматтарға арналған.';
    const in2018 =
      'Qazaqstan Respýblıkasynyń Prezıdenti halyqqa joldaý jasady. Bul qujat barlyq azamattarǵa arnalǵan.';
    const in2021 = cyrillicToLatin(same);
    const grade = analyze(same).metrics.grade;
    expect(analyze(in2018).metrics.grade).toBeCloseTo(grade, 6);
    expect(analyze(in2021).metrics.grade).toBeCloseTo(grade, 6);
    // й is ı in 2018 too; an i after a vowel, as informal Latin writes it, is still the glide.
    expect(analyze('Meniń úıim bar. Ol úlken emes. Ońai.').metrics.grade).toBeCloseTo(
      analyze('Менің үйім бар. Ол үлкен емес. Оңай.').metrics.grade,
      6,
    );
    // One acute letter typed in a 2021 paragraph (á for ä) does not make its ı an и.
    const typo = 'Bız bügın mektepke bardyq. Jūmys kúşı köp. Ärı qarai ösıp keledı.';
    expect(analyze(typo).metrics.grade).toBeCloseTo(
      analyze('Біз бүгін мектепке бардық. Жұмыс күші көп. Әрі қарай өсіп келеді.').metrics.grade,
      6,
    );
  });

  it('reads a paragraph that writes ı in the 2021 alphabet only: a name is not taken for a 2018 word', () => {
    // In 2018 spelling «bitti» would be бітті (it ended); in a 2021 paragraph it is the name Битти.
    const latin = 'Bız Bitti myrzamen keşe söilestık.';
    const cyrillic = 'Біз Битти мырзамен кеше сөйлестік.';
    expect(analyze(latin).metrics.grade).toBeCloseTo(analyze(cyrillic).metrics.grade, 6);
    // Loans read with э where Latin writes e at the start: ekonomika is экономика.
    expect(analyze('Ekonomika ösıp keledı.').metrics.grade).toBeCloseTo(
      analyze('Экономика өсіп келеді.').metrics.grade,
      6,
    );
  });

  it('grades a Latin text like the same text in Cyrillic', () => {
    const a = analyze(cyrillic);
    const b = analyze(latin);
    expect(b.language.code).toBe('kk');
    expect(Math.abs(a.metrics.grade - b.metrics.grade)).toBeLessThan(0.3);
    expect(b.metrics.syllables).toBe(a.metrics.syllables);
  });

  it('finds the same problems at the same words, with suggestions in Latin', () => {
    const a = analyze(cyrillic).findings;
    const b = analyze(latin).findings;
    const rules = (fs: typeof a) => fs.map((f) => f.rule);
    expect(rules(b)).toEqual(rules(a));
    expect(rules(b)).toEqual(expect.arrayContaining(['kk/officialese', 'kk/passive']));
    const officialese = b.find((f) => f.rule === 'kk/officialese');
    expect(officialese?.text).toMatch(/^[A-Za-zÄäĞğIıİiÑñÖöŞşŪūÜü ]+$/u);
    expect(officialese?.suggestions.length).toBeGreaterThan(0);
    for (const s of officialese?.suggestions ?? []) expect(s).not.toMatch(/\p{Script=Cyrillic}/u);
    // The message writes the suggestion mid-sentence, without the capital the sentence's start gave it.
    expect(officialese?.message.toLowerCase()).toContain(officialese?.suggestions[0]?.toLowerCase());
  });

  it('knows the abbreviations its Cyrillic list knows (AQŞ is АҚШ)', () => {
    const abbreviations = analyze(latin)
      .findings.filter((f) => f.rule === 'kk/undefined-abbreviation')
      .map((f) => f.text);
    expect(abbreviations).not.toContain('AQŞ');
    expect(
      analyze('AQŞ pen QR arasyndağy kelısım. ZZQ jaña tärtıp engızdı.').findings.map((f) => f.text),
    ).toContain('ZZQ');
  });
});
