// The English frequency list counts American film subtitles, so a British spelling ("colour", "realise",
// "centre") is rarer there than the word is for a British reader. Such a word is also looked up under its
// American spelling, so it is not graded as a rare word.

// British spelling patterns and their American forms (Oxford and Merriam-Webster conventions).
const BRITISH_PATTERNS: [RegExp, string][] = [
  // colour, favoured, behaviour, honourable (three letters before -our: not "four", "your", "flour")
  [/(?<=[a-z]{3})our(?=(?:s|ed|ing|ite|ites|able|ably|ful|hood|er|ers)?$)/u, 'or'],
  // realise, organisation, criticised (three letters before -is-: not "rise", "wise")
  [/(?<=[a-z]{3})is(?=(?:e|es|ed|ing|ation|ations|er|ers)$)/u, 'iz'],
  // analyse, paralysed
  [/ys(?=(?:e|es|ed|ing)$)/u, 'yz'],
  // centre, theatre, metres, fibre
  [/(?<=[a-z]{2})([bt])re(?=s?$)/u, '$1er'],
  // catalogue, dialogues
  [/(?<=[a-z]{3})ogue(?=s?$)/u, 'og'],
  // defence, offence, licence, pretence
  [/(?<=^(?:def|off|lic|pret))ence(?=s?$)/u, 'ense'],
  // travelled, cancelling, modeller
  [/(?<=[a-z]{2}[aeiou])ll(?=(?:ed|ing|er|ers)$)/u, 'l'],
  // programme, programmes
  [/(?<=gra)mme(?=s?$)/u, 'm'],
];

/** British words whose American spelling no pattern gives. */
const BRITISH_WORDS = new Map([
  ['grey', 'gray'],
  ['tyre', 'tire'],
  ['cheque', 'check'],
  ['sceptic', 'skeptic'],
  ['sceptical', 'skeptical'],
  ['jewellery', 'jewelry'],
  ['maths', 'math'],
  ['aluminium', 'aluminum'],
  ['plough', 'plow'],
  ['pyjamas', 'pajamas'],
  ['kerb', 'curb'],
]);

/** The American spellings of a normalised English word that may be British; none for most words. */
export function americanSpellings(word: string): string[] {
  const spellings: string[] = [];
  const american = BRITISH_WORDS.get(word);
  if (american) spellings.push(american);
  for (const [pattern, replacement] of BRITISH_PATTERNS) {
    if (pattern.test(word)) spellings.push(word.replace(pattern, replacement));
  }
  return spellings;
}
