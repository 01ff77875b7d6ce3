import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import {
  compileTerms,
  insideTerm,
  TERM_KEY_LETTERS,
  termSpans,
} from '../../../plain/internal/rules/terms.ts';
import { segment } from '../../../plain/internal/text/segment.ts';
import { ENGLISH_TERMS } from '../../../plain/languages/en/terms.ts';
import { KAZAKH_TERMS } from '../../../plain/languages/kk/terms.ts';
import { RUSSIAN_TERMS } from '../../../plain/languages/ru/terms.ts';

const spansOf = (text: string, terms: readonly string[]) => {
  const doc = segment(text);
  return termSpans(doc, compileTerms(terms), 0, doc.sentences.length).map(([s, e]) => text.slice(s, e));
};

const found = (text: string, language: 'en' | 'ru' | 'kk') =>
  analyze(text, { language }).findings.map((f) => `${f.rule} ${f.text}`);

describe('terms of art', () => {
  it('are found by word patterns, across a comma, within one sentence', () => {
    const terms = ['лиц* участвующ* в деле', 'mandatory reconsideration*'];
    expect(spansOf('Копии направляются лицам, участвующим в деле.', terms)).toEqual([
      'лицам, участвующим в деле',
    ]);
    expect(spansOf('Ask for a Mandatory Reconsiderations today.', terms)).toEqual([
      'Mandatory Reconsiderations',
    ]);
    // A full stop between the words: two sentences, no term.
    expect(spansOf('It is mandatory. Reconsideration follows.', terms)).toEqual([]);
    expect(spansOf('Лицам; участвующим в деле.', terms)).toEqual([]);
  });

  it('hold a finding only when it lies wholly inside', () => {
    expect(insideTerm([[10, 20]], 12, 20)).toBe(true);
    expect(insideTerm([[10, 20]], 8, 14)).toBe(false);
  });

  it('silence wording findings inside them, and only there', () => {
    expect(found('The contract goes to the most economically advantageous tender.', 'en')).toEqual([]);
    expect(found('The plan is economically advantageous.', 'en')).toEqual([
      'en/long-word economically',
      'en/long-word advantageous',
    ]);
    expect(found('Штраф налагается по Кодексу об административных правонарушениях.', 'ru')).not.toContain(
      'ru/long-word правонарушениях',
    );
    expect(found('Это правонарушение серьёзное.', 'ru')).toContain('ru/long-word правонарушение');
    expect(found('Жастардың жұмыспен қамтылуын арттыру керек.', 'kk')).not.toContain('kk/passive қамтылуын');
    expect(found('Өтінішіңіз жоспарға қамтылды.', 'kk')).toContain('kk/passive қамтылды');
  });

  it('begin with a word or a stem the index can key', () => {
    for (const term of [...ENGLISH_TERMS, ...RUSSIAN_TERMS, ...KAZAKH_TERMS])
      for (const form of (term.split(' ')[0] ?? '').split('|'))
        if (form.endsWith('*')) expect(form.length - 1, term).toBeGreaterThanOrEqual(TERM_KEY_LETTERS);
  });
});
