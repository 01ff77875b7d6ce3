// One file out of a ZIP archive, which is what Word (.docx) and OpenDocument (.odt) files are. Only what
// those files need: stored and deflated entries, no ZIP64, no encryption. node:zlib does the inflating.
import { inflateRawSync } from 'node:zlib';

/** Why an archive could not be read: damaged, or a form of ZIP this reader does not take. */
export class ZipError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes and may be followed by a comment of up to 65,535. */
const END_RECORD = 22;
const MAX_COMMENT = 0xffff;

function endOfDirectory(view: DataView): number {
  const last = view.byteLength - END_RECORD;
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--)
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  throw new ZipError('no ZIP directory');
}

/** Where an entry's data is and how it is stored, from the archive's directory. */
export interface ZipEntry {
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/** The archive's entries by name; a ZipError when its directory cannot be read. */
export function zipDirectory(zip: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = endOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new ZipError('damaged ZIP directory');
    const nameLength = view.getUint16(at + 28, true);
    entries.set(names.decode(zip.subarray(at + 46, at + 46 + nameLength)), {
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * An entry's bytes. One that would inflate to more than `maxBytes` is refused rather than inflated (an
 * archive can claim any size, and a small one can inflate to gigabytes).
 */
export function readZipEntry(zip: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const { method, compressedSize, size, localHeader } = entry;
  if (entry.encrypted) throw new ZipError('encrypted');
  if (compressedSize === 0xffffffff || localHeader === 0xffffffff) throw new ZipError('ZIP64');
  if (size > maxBytes) throw new ZipError('too large');
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  if (localHeader + 30 > zip.length || view.getUint32(localHeader, true) !== LOCAL_HEADER)
    throw new ZipError('damaged ZIP entry');
  const start =
    localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
  const data = zip.subarray(start, start + compressedSize);
  if (data.length !== compressedSize) throw new ZipError('truncated');
  if (method === 0) return data;
  if (method !== 8) throw new ZipError(`compression method ${method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    throw new ZipError(error instanceof RangeError ? 'too large' : 'damaged data');
  }
}
