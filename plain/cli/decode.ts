// A file's bytes as text, or why they are not text the checker can read: content teams point the command at
// whatever is in a folder, and a Word file or a Windows-1251 text read as UTF-8 would be "checked" as noise.

/** Why bytes are not UTF-8 or UTF-16 text: a known binary format, or just not text. */
export type NotText = { kind: 'document' | 'binary' | 'encoding'; format?: string };

/**
 * Text that is not UTF-8 but reads as Russian in Windows-1251: the "ANSI" encoding of Russian Windows, in which
 * Notepad and Word's "plain text" save by default there.
 */
export type LegacyText = { kind: 'windows-1251'; text: string };

/** How a ZIP archive starts, and so Word (.docx), Excel and OpenDocument files. */
export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;

const SIGNATURES: readonly [format: string, bytes: readonly number[]][] = [
  ['Word, Excel or ZIP', ZIP_SIGNATURE],
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['Word 97–2003', [0xd0, 0xcf, 0x11, 0xe0]],
  ['RTF', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

/** Whether the bytes start with `prefix`. */
export const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((b, i) => bytes[i] === b);

/** The text of a file: UTF-8 (a BOM dropped) or UTF-16 with its BOM, else Windows-1251 Russian; otherwise why it is not text. */
export function decodeText(bytes: Uint8Array): string | NotText | LegacyText {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const document = SIGNATURES.find(([, signature]) => startsWith(bytes, signature));
  if (document) return { kind: 'document', format: document[0] };
  if (bytes.includes(0)) return { kind: 'binary' };
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const text = new TextDecoder('windows-1251').decode(bytes);
    return readsAsRussian(text) ? { kind: 'windows-1251', text } : { kind: 'encoding' };
  }
}

// Russian's commonest words of two letters or more: about a quarter of any Russian prose. Text in another
// single-byte Cyrillic encoding (KOI8-R, DOS 866) read as Windows-1251 is Cyrillic letters too, but its words
// are nonsense («дМС РПМХЮЕОЙС ХУМХЗЙ»), and almost none of them is one of these. Single letters (в, с, к, у)
// are left out: in the wrong encoding they are other single letters, as likely to be on the list.
const RUSSIAN_COMMON_WORDS = new Set(
  (
    'не на что по за из от до для как это при или но же бы ли то так его её их он она они оно мы вы ты ' +
    'все всё уже был была были было быть может также если об со во ко без под над про через после между ' +
    'только даже когда где кто чем чтобы этот эти этой этого того тем год года лет'
  ).split(' '),
);

/** Whether a text decoded from a single-byte encoding is Russian: common words are a tenth of it or more. */
function readsAsRussian(text: string): boolean {
  const words = text.toLowerCase().match(/[а-яё]+/gu) ?? [];
  const common = words.filter((word) => RUSSIAN_COMMON_WORDS.has(word)).length;
  return words.length >= 5 && common >= words.length / 10;
}
