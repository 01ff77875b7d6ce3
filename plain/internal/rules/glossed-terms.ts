import type { RuleContext } from './context.ts';

/** How many words a term explained by a bracketed gloss may have: "intermediate care (…)". */
const GLOSSED_TERM_WORDS = 3;

/**
 * A short gloss in brackets, one to six words that start with a letter and hold no number or other bracket:
 * "(care in your home)", "(domiciliary care)", «(реструктуризации долга)»; not "(up to £50)", "(see below)",
 * "(if any)", nor a Russian bracket that opens with a preposition or a conjunction, an adverbial or an aside
 * («(в электронной форме)», «(при наличии)», «(или его представитель)»).
 */
const GLOSS =
  /^\((?!(?:if|see|or|and|for|except|unless|including|optional|where|when|as|after|before|in|on|at|from|to|with|without|by|during|until|up|в|во|на|с|со|по|при|для|без|до|от|из|к|ко|за|о|об|обо|у|через|после|перед|под|над|между|кроме|включая|или|и|а|но|либо|если|см|например|далее|то|т)(?![\p{L}]))\p{L}[\p{L}'’-]*(?:[ \u00a0]+[\p{L}'’.-]+){0,5}\)/u;

/**
 * Whether words `at` to `last` are (or open) a term its sentence explains in brackets right after it, or stand
 * in the bracketed term right after its plain words: "intermediate care (short-term care after hospital)",
 * "home care (domiciliary care)" (`MetricRule.skipGlossed`, `PhraseRule.skipGlossed`). The editor keeps the
 * term with its gloss.
 */
export function inGlossedTerm(
  doc: RuleContext['doc'],
  firstWord: number,
  endWord: number,
  at: number,
  last: number,
): boolean {
  const words = doc.words;
  // The gloss after: the term's words stand together, spaces only between, up to the bracket.
  for (let w = last; w < endWord && w - last < GLOSSED_TERM_WORDS; w++) {
    const word = words[w];
    if (!word) return false;
    const after = doc.text.slice(word.end, word.end + 80);
    const opening = /^[ \u00a0]*\(/u.exec(after);
    if (opening) return GLOSS.test(after.slice(opening[0].length - 1));
    if (!/^[ \u00a0]+\p{L}/u.test(after)) break;
  }
  // The term in brackets: an opening bracket right after a word, and the whole bracket a gloss's length.
  for (let first = at; first >= firstWord && at - first < 6; first--) {
    const word = words[first];
    if (!word) return false;
    const before = doc.text.slice(Math.max(0, word.start - 40), word.start);
    if (/\p{L}[ \u00a0]*\($/u.test(before))
      return GLOSS.test(doc.text.slice(word.start - 1, word.start + 80));
    if (!/[ \u00a0]$/u.test(before) || /[^\p{L}'’.\s-][ \u00a0]*$/u.test(before)) return false;
  }
  return false;
}
