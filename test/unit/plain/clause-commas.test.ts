import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

const officialese = (text: string) =>
  analyze(text, { language: 'ru', uiLanguage: 'ru' }).findings.filter((f) => f.rule === 'ru/officialese');

describe('a replacement that opens a clause (ru)', () => {
  it('is pasted with the commas the clause needs, the word before taken into the span for the first', () => {
    const [finding] = officialese('Мы при необходимости поможем.');
    expect(finding?.text).toBe('Мы при необходимости');
    expect(finding?.suggestions[0]).toBe('Мы, если нужно,');
  });

  it('has a message that names the phrase and its plain words, not the wider span or the commas', () => {
    const [finding] = officialese('Обратитесь в центр для получения помощи.');
    expect(finding?.suggestions[0]).toBe('центр, чтобы получить помощь');
    expect(finding?.message).toContain('«для получения помощи»');
    expect(finding?.message).toContain('«чтобы получить помощь»');
    expect(finding?.message).not.toContain('центр');
  });

  it('keeps the phrase as the message names it when there is nothing to paste', () => {
    const [finding] = officialese('Риск на границе в случае отсутствия сделки велик.');
    expect(finding?.suggestions).toEqual([]);
    expect(finding?.message).toContain(`«${finding?.text}»`);
  });
});
