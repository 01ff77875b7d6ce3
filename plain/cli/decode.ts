// A file's bytes as text, or why they are not text the checker can read: content teams point the command at
// whatever is in a folder, and a Word file or a Windows-1251 text read as UTF-8 would be "checked" as noise.

/** Why bytes are not UTF-8 or UTF-16 text: a known binary format, or just not text. */
export type NotText = { kind: 'document' | 'binary' | 'encoding'; format?: string };

const SIGNATURES: readonly [format: string, bytes: readonly number[]][] = [
  ['Word, Excel or ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['Word 97–2003', [0xd0, 0xcf, 0x11, 0xe0]],
  ['RTF', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** The text of a file: UTF-8 (a BOM dropped) or UTF-16 with its BOM; otherwise why it is not text. */
export function decodeText(bytes: Uint8Array): string | NotText {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const document = SIGNATURES.find(([, signature]) => startsWith(bytes, signature));
  if (document) return { kind: 'document', format: document[0] };
  if (bytes.includes(0)) return { kind: 'binary' };
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { kind: 'encoding' };
  }
}
