// The English frequency list counts American film subtitles, tokenised the SUBTLEX way. Words a reader knows
// at once can miss it for reasons of spelling alone: a contraction ("don't" was counted as "don" + "t"), the
// same contraction typed without its apostrophe ("dont"), or a British spelling ("colour", "realise"). Each
// is looked up under the spellings the list has, so it is not graded as a rare word.

/** Clitics SUBTLEX split off: the word before them is what was counted. */
const CLITIC = /'(?:t|s|m|re|ve|ll|d)$/u;

/**
 * Contractions that are still unambiguous without their apostrophe ("cant", "wont", "ill", "were", "well",
 * "its", "lets", "shed", "id" are words of their own and are left out).
 */
const WITHOUT_APOSTROPHE = new Map(
  `don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't wouldn't couldn't shouldn't mustn't
  needn't ain't i'm i've you're you've you'll they're they've they'll we've he's she's that's there's what's
  it'll who's`
    .split(/\s+/u)
    .map((contraction) => [contraction.replace("'", ''), contraction]),
);

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
  // paediatric, anaemia, haemorrhage, orthopaedic, encyclopaedia (a letter before: not "aerial")
  [/(?<=[a-z])ae(?=[a-z])/u, 'e'],
  // oestrogen, oesophagus, oedema; foetus; diarrhoea
  [/^oe(?=[a-z])/u, 'e'],
  [/(?<=^f)oe(?=t)/u, 'e'],
  [/(?<=rrh)oea/u, 'ea'],
  // fulfil, enrolment, instils (one l where American writes two)
  [/(?<=^(?:fulfi|enro|insti|disti|enthra))l(?=(?:s|ment|ments)?$)/u, 'll'],
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

/**
 * The spellings under which the frequency list may count a normalised English word: the word (a contraction as
 * the word before its clitic) first, then its American spellings. A hyphenated compound is not split here.
 */
export function listedSpellings(norm: string): string[] {
  const word = (WITHOUT_APOSTROPHE.get(norm) ?? norm).replace(CLITIC, '');
  const spellings = [word];
  const american = BRITISH_WORDS.get(word);
  if (american) spellings.push(american);
  for (const [pattern, replacement] of BRITISH_PATTERNS) {
    if (pattern.test(word)) spellings.push(word.replace(pattern, replacement));
  }
  return spellings;
}
