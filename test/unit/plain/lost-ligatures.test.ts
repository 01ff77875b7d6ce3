import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import { joinWords } from '../../../plain/internal/text/join-words.ts';
import { segment } from '../../../plain/internal/text/segment.ts';

// Text copied from a PDF whose font does not map its ﬁ, ﬂ, ﬀ, ﬃ glyphs back to letters loses them.
const broken = 'It is dif cult to get quali cations for this job. The of cial said that traf c was heavy.';
const whole = 'It is difficult to get qualifications for this job. The official said that traffic was heavy.';

describe('English words split by a lost ligature', () => {
  it('are read whole: the same grade and word count as the text with its ligatures', () => {
    const a = analyze(broken, { language: 'en' });
    const b = analyze(whole, { language: 'en' });
    expect(a.metrics.words).toBe(b.metrics.words);
    expect(a.metrics.grade).toBeCloseTo(b.metrics.grade, 6);
  });

  it('leave alone two familiar words, a capitalised second half and an abbreviation', () => {
    // "re ll" would make "refill", but "re" and "ll" are both common; "CO in" is no "coffin".
    for (const text of ['We re ll the tank.', 'It was CO in the air.', 'The of Ce was shut.'])
      expect(analyze(text, { language: 'en' }).metrics.words).toBe(text.split(' ').length);
  });

  it('report a finding over the whole word as typed', () => {
    const text = 'Speci cally, the signi cant in uence of the scienti c of cials was con rmed.';
    const shown = analyze(text, { language: 'en' }).findings.map((f) => text.slice(f.start, f.end));
    expect(shown).toContain('Speci cally');
    expect(shown).toContain('was con rmed');
  });

  it('keeps sentence word ranges right when words are joined', () => {
    const doc = segment('Aa bb cc. Dd ee ff gg.');
    joinWords(doc, [
      { index: 1, norm: 'bbcc' },
      { index: 4, norm: 'eeff' },
    ]);
    expect(doc.words.map((w) => w.norm)).toEqual(['aa', 'bbcc', 'dd', 'eeff', 'gg']);
    expect(doc.sentences.map((s) => [s.firstWord, s.endWord])).toEqual([
      [0, 2],
      [2, 5],
    ]);
    expect(doc.words[1]?.text).toBe('bb cc');
  });
});
