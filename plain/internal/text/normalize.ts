// Kazakh Latin is typed with many look-alike letters (older 2017/2018 alphabets, Turkish keyboards,
// combining marks). Each maps to the 2021 alphabet so rules and word lists see one spelling.
const LETTER_VARIANTS: Record<string, string> = {
  ŋ: 'ñ',
  ń: 'ñ',
  ǵ: 'ğ',
  ș: 'ş',
  ţ: 't',
  á: 'ä',
  ó: 'ö',
  ú: 'ü',
  ё: 'е',
};

const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'gu');
const COMBINING = /\p{M}/u;
// Typographic ligatures ("ﬁ", "ﬂ") come with text copied from PDFs: "ﬁgures" is the word "figures".
const LIGATURES = /[\uFB00-\uFB06]/gu;
const NEEDS_MORE = new RegExp(
  `[${Object.keys(LETTER_VARIANTS).join('')}’ʼ‘\`\\p{M}${LIGATURES.source.slice(1, -1)}]`,
  'u',
);

/**
 * Whether a lower-cased word has nothing to fold: ASCII other than the backtick, or Cyrillic letters other
 * than ё (the block's combining marks fold too).
 * Checked code unit by code unit, it spares most words the Unicode-property pattern below.
 */
function isPlain(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80 ? c === 0x60 : c < 0x0400 || c > 0x04ff || c === 0x0451 || (c >= 0x0483 && c <= 0x0489))
      return false;
  }
  return true;
}

/**
 * Normalises a word for matching: NFC, lower case, Latin ligatures spelled out, Latin Kazakh letter variants, Russian ё → е,
 * typographic apostrophes → '. The result may differ in length from the input; offsets stay on the input.
 */
export function normalizeWord(word: string): string {
  let lower = word.toLowerCase();
  // Most words need nothing more than lower case.
  if (isPlain(lower) || !NEEDS_MORE.test(lower)) return lower;
  if (COMBINING.test(lower)) lower = lower.normalize('NFC');
  return lower
    .replace(LIGATURES, (ligature) => ligature.normalize('NFKC'))
    .replace(VARIANT_PATTERN, (letter) => LETTER_VARIANTS[letter] ?? letter)
    .replace(/[’ʼ‘`]/gu, "'");
}
