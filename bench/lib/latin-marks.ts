/**
 * Latin text as typed without its letters' marks, on a keyboard that has none: ä ö ü ū ğ ş ñ ç written a o u u
 * g s n c, and the dotless ı written i (Kazakh in the 2021 alphabet typed on an English layout).
 */
export function withoutLatinMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(?<=\p{Script=Latin})\p{M}+/gu, '')
    .replace(/ı/gu, 'i')
    .normalize('NFC');
}
