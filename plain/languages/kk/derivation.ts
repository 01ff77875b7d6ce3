// Kazakh builds most words of the news from roots a reader knows: экономика → экономикалық, заң → заңсыз,
// қолдау → қолдаушы, бол → болма (negation), күт → күтіл (passive). A suffix takes the form the root's sound
// requires (vowel harmony; л/д/т, м/б/п and ғ/қ after vowels, voiced and voiceless sounds), so only that form
// is stripped: the rules, not a list of words, decide what counts as derived.

import { dentalAfter, isBack, labialAfter, lateralAfter, VOWELS, velarAfter } from './sounds.ts';

/** A derived word's root must be at least this long, so that particles (па, ма) and chance letters are not roots. */
const MIN_ROOT = 3;
/** Derivations stripped at most: тұтқын → тұтқында → тұтқындал. */
const MAX_DEPTH = 2;

/** The suffixes a root of this sound takes, in the forms harmony and assimilation give them. */
function suffixesFor(root: string): string[] {
  const last = root.at(-1) ?? '';
  const vowelEnd = VOWELS.includes(last);
  const back = isBack(root);
  const a = back ? 'а' : 'е';
  const y = back ? 'ы' : 'і';
  const k = back ? 'қ' : 'к';
  const g = back ? 'ғ' : 'г';
  // -лық, -лы, -ла: л after vowels and й у р, д after л and voiced sonorants, т after voiceless sounds.
  const l = lateralAfter(root);
  const d = dentalAfter(root);
  const gk = velarAfter(root, back);
  const m = labialAfter(root);
  return [
    // Nouns and adjectives: -лық (abstract; -лығ before a vowel), -лы (having), -сыз (without), -шы (doer),
    // -шылық, -ғы (of the time or place), -ушы (doer of a verb), -дай (like), -ла (makes a verb).
    `${l}${y}${k}`,
    `${l}${y}${g}`,
    `${l}${y}`,
    `с${y}з`,
    `ш${y}`,
    `ш${y}л${y}${k}`,
    `ш${y}л${y}${g}`,
    `${gk}${y}`,
    // The doer of a verb -ушы (қолда-ушы, атқар-ушы, қатыс-ушы): -шы alone would leave the verbal noun.
    `уш${y}`,
    `${d}${a}й`,
    `${l}${a}`,
    // Verbs: negation, passive, reflexive, verbal noun -ыс, causative, future participle -ар.
    `${m}${a}`,
    vowelEnd ? 'л' : `${y}л`,
    vowelEnd ? 'н' : `${y}н`,
    vowelEnd ? 'с' : `${y}с`,
    `${d}${y}р`,
    vowelEnd ? 'т' : `${gk}${y}з`,
    vowelEnd ? 'р' : `${a}р`,
  ];
}

/** The suffixes of `suffixesFor`, by what they depend on: the root's harmony and last letter. */
const SUFFIX_SETS = new Map<string, ReadonlySet<string>>();

/** `suffixesFor(root)` as a set, built once for each harmony and last letter. */
function suffixSetFor(root: string): ReadonlySet<string> {
  const key = `${isBack(root) ? 'back' : 'front'} ${root.at(-1) ?? ''}`;
  let suffixes = SUFFIX_SETS.get(key);
  if (!suffixes) {
    suffixes = new Set(suffixesFor(root));
    SUFFIX_SETS.set(key, suffixes);
  }
  return suffixes;
}

/** The roots a word (already without its inflections) may be derived from, up to two derivations deep. */
export function kazakhDerivedRoots(word: string, depth = MAX_DEPTH): string[] {
  const roots: string[] = [];
  for (let cut = 1; cut <= 6 && word.length - cut >= MIN_ROOT; cut++) {
    const root = word.slice(0, -cut);
    if (!suffixSetFor(root).has(word.slice(-cut))) continue;
    roots.push(root);
    if (depth > 1) roots.push(...kazakhDerivedRoots(root, depth - 1));
  }
  // The negation of a two-letter verb (ет-пе, де-ме, же-ме, ұш-па: етпейді, демеді): some of the commonest
  // verbs have such roots, and the negation's м/б/п must still be the one the root's last sound takes.
  const short = word.slice(0, 2);
  if (word.length === 4 && word.slice(2) === `${labialAfter(short)}${isBack(short) ? 'а' : 'е'}`)
    roots.push(short);
  return roots;
}
