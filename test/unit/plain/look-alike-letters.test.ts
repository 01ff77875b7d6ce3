import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

// Kazakh typed with the Latin i (U+0069) for і (U+0456), as older fonts and keyboard layouts made people do,
// and Russian with a Latin a or o pasted into a word.
const kazakh =
  'Сырттағы жұрттың ішінде бірер шалдар болса да, көпшілік үйді шығармай тұрған. ' +
  'Біз бүгін мектепке бардық.';
const kazakhLatinI = kazakh.replaceAll('і', 'i').replaceAll('І', 'I');
const russian = 'Организация осуществляет приём заявлений в Казахстане.';
const russianMixed = 'Организация oсуществляет приём заявлений в Кaзахстане.';

describe('words typed with look-alike letters of the other script', () => {
  it('grade as the words the reader sees', () => {
    expect(kazakhLatinI).not.toBe(kazakh);
    expect(analyze(kazakhLatinI, { language: 'kk' }).metrics.grade).toBeCloseTo(
      analyze(kazakh, { language: 'kk' }).metrics.grade,
      6,
    );
    expect(analyze(russianMixed, { language: 'ru' }).metrics.grade).toBeCloseTo(
      analyze(russian, { language: 'ru' }).metrics.grade,
      6,
    );
  });

  it('are still reported, with the word in one script as the fix', () => {
    const findings = analyze(kazakhLatinI, { language: 'kk' }).findings.filter(
      (f) => f.rule === 'kk/mixed-script',
    );
    expect(findings.map((f) => kazakhLatinI.slice(f.start, f.end))).toEqual([
      'iшiнде',
      'бiрер',
      'көпшiлiк',
      'үйдi',
      'Бiз',
      'бүгiн',
    ]);
    expect(findings[0]?.suggestions).toEqual(['ішінде']);
  });

  it('are matched by the other rules as the word they stand for', () => {
    const rules = (text: string) =>
      analyze(text, { language: 'ru' })
        .findings.filter((f) => f.rule !== 'ru/mixed-script')
        .map((f) => `${f.rule} ${f.start}`);
    expect(rules(russianMixed)).toEqual(rules(russian));
    expect(rules(russianMixed)).toContain('ru/officialese 12');
  });

  it('take a case ending glued to a Latin word for the ending it is, and suggest its hyphen', () => {
    const text = 'Өтінішті Telegramда немесе WhatsAppқа жіберіңіз.';
    const findings = analyze(text, { language: 'kk' }).findings.filter((f) => f.rule === 'kk/mixed-script');
    expect(findings.map((f) => f.suggestions)).toEqual([['Telegram-да'], ['WhatsApp-қа']]);
    // Read with the hyphen, as the same words typed right.
    expect(analyze(text, { language: 'kk' }).metrics.grade).toBeCloseTo(
      analyze('Өтінішті Telegram-да немесе WhatsApp-қа жіберіңіз.', { language: 'kk' }).metrics.grade,
      6,
    );
  });
});
