/**
 * Kazakh terms of art, which a plain word would rename (`LanguagePack.terms`): «жұмыспен қамту» (employment) and
 * «су беру» (water supply) are fixed names, not a passive to undo.
 */
export const KAZAKH_TERMS: readonly string[] = [
  // Employment, as policy and statistics name it: «жастардың жұмыспен қамтылуы».
  'жұмыспен қамтыл*',
  // Water supply: «су берілуі тоқтатылады».
  'су берілу*',
  // Narrow specialists (doctors other than the general practitioner).
  'тар бейінді маман*',
];
