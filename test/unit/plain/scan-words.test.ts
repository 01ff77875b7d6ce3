import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWords } from '../../../plain/internal/text/scan-words.ts';

// The definition the hand-written scanner must match exactly.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ\-‐][\p{L}\p{M}\p{N}]+)*/gu;

const scanned = (text: string) => {
  const found: [number, number][] = [];
  scanWords(text, 0, text.length, (start, end) => found.push([start, end]));
  return found;
};
const byRegex = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);

describe('scanWords', () => {
  it.each(["Нур-Султан don't ҚР-ның -x- 'a' 3.5 😀 é ǵ 𝐀𝐁 a--b ҂5 × ÷", 'Qazaqstaŋ, Ärі — ε λ 中文 ١٢٣'])(
    'matches the regex on %s',
    (text) => {
      expect(scanned(text)).toEqual(byRegex(text));
    },
  );

  it('matches the regex on arbitrary Unicode', () => {
    const pieces = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom("'", '-', '’', ' ', 'а', 'q', '9'),
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 20 }).map((p) => p.join('')),
        (text) => {
          expect(scanned(text)).toEqual(byRegex(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
