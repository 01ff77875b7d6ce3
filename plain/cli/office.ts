// The paragraphs of a Word (.docx) or OpenDocument (.odt) file, for `heard-check`: civil servants draft in
// word processors, and asking them to save a plain-text copy first is a step most would skip. Only the body
// is read, as the reader sees it: deleted tracked changes, comments, footnotes and field codes are left out.
import { startsWith, ZIP_SIGNATURE } from './decode.ts';
import { readZipEntry, type ZipEntry, ZipError, zipDirectory } from './zip.ts';

/** A word-processor document's text, one paragraph per line (empty paragraphs as empty lines). */
export interface OfficeDocument {
  format: 'Word' | 'OpenDocument';
  text: string;
}

/** Why a file that is a word-processor document could not be read. */
export class DocumentError extends Error {
  constructor(
    readonly format: OfficeDocument['format'],
    why: string,
  ) {
    super(why);
  }
}

/** The markup of a body part: which elements are paragraphs, which hold text, and how special ones read. */
interface Dialect {
  paragraphs: ReadonlySet<string>;
  /** Elements whose character data is text; undefined: all character data inside a paragraph is. */
  textElements?: ReadonlySet<string>;
  /** Elements read as characters (a tab, a line break) — only inside `runs`, when given. */
  characters: Readonly<Record<string, (attributes: string) => string>>;
  runs?: string;
  /** Elements whose whole content is not the body's text. */
  skipped: ReadonlySet<string>;
  /** Whether runs of white space in character data are one space (ODF) or kept (Word's w:t). */
  collapseSpace: boolean;
}

const WORD: Dialect = {
  paragraphs: new Set(['w:p']),
  textElements: new Set(['w:t']),
  characters: { 'w:tab': () => '\t', 'w:br': () => ' ', 'w:cr': () => ' ', 'w:noBreakHyphen': () => '-' },
  // A w:tab outside a run is a tab stop's definition in the paragraph's properties, not a character.
  runs: 'w:r',
  // A text box is written twice, for new and old readers: read the new one only.
  skipped: new Set(['mc:Fallback', 'w:del', 'w:instrText', 'w:commentReference']),
  collapseSpace: false,
};

const OPEN_DOCUMENT: Dialect = {
  paragraphs: new Set(['text:p', 'text:h']),
  characters: {
    'text:tab': () => '\t',
    'text:line-break': () => ' ',
    // <text:s text:c="3"/> stands for three spaces.
    'text:s': (attributes) => ' '.repeat(Math.min(100, Number(/text:c="(\d+)"/.exec(attributes)?.[1] ?? 1))),
  },
  skipped: new Set(['text:note', 'office:annotation', 'text:tracked-changes', 'text:deletion']),
  collapseSpace: true,
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/giu, (whole, hex, decimal, name) => {
    if (name !== undefined) return ENTITIES[name] ?? whole;
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

// A tag (with its name, attributes and whether it closes or is empty), a comment, a declaration, CDATA, or
// character data. Attribute values are quoted, so a ">" inside one does not end the tag.
const TOKEN =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<[?!][^>]*>|<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/gy;

/** The paragraphs of a body part, in the order they end (a text box's before the paragraph holding it). */
function paragraphsOf(xml: string, dialect: Dialect): string[] {
  const done: string[] = [];
  const open: string[][] = [];
  let skipping = 0;
  let runs = 0;
  let inText = 0;
  const add = (text: string) => {
    const paragraph = open[open.length - 1];
    if (paragraph && skipping === 0) paragraph.push(text);
  };
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(xml); match; match = TOKEN.exec(xml)) {
    const [, closing, name, attributes = '', empty, cdata, characters] = match;
    if (characters !== undefined || cdata !== undefined) {
      if (dialect.textElements && inText === 0) continue;
      let text = cdata ?? decodeEntities(characters ?? '');
      text = dialect.collapseSpace ? text.replace(/[ \t\r\n]+/gu, ' ') : text.replace(/[\r\n]/gu, ' ');
      add(text);
      continue;
    }
    if (name === undefined) continue;
    const opens = !closing;
    const closes = Boolean(closing) || Boolean(empty);
    // How the tag moves the depth of its element: an empty one («<w:tab/>») neither opens nor closes one.
    const nested = (depth: number) => Math.max(0, depth + (opens && !empty ? 1 : closing ? -1 : 0));
    if (dialect.skipped.has(name)) {
      skipping = nested(skipping);
      continue;
    }
    const character = dialect.characters[name];
    if (character && opens && (dialect.runs === undefined || runs > 0)) add(character(attributes));
    if (name === dialect.runs) runs = nested(runs);
    if (dialect.textElements?.has(name)) inText = nested(inText);
    if (dialect.paragraphs.has(name)) {
      if (opens) open.push([]);
      if (closes) {
        const paragraph = open.pop();
        if (paragraph && skipping === 0) done.push(paragraph.join('').trim());
      }
    }
  }
  return done;
}

const OPEN_DOCUMENT_TEXT = /^application\/vnd\.oasis\.opendocument\.text(?:-template|-master)?$/u;

/**
 * The text of a .docx or .odt file (by its content, whatever its name), or undefined when the bytes are not
 * one (another kind of ZIP, or one whose directory is unreadable). `maxXmlBytes` bounds the body part as
 * inflated. Throws a DocumentError when the file is one but its body cannot be read.
 */
export function officeDocument(bytes: Uint8Array, maxXmlBytes: number): OfficeDocument | undefined {
  if (!startsWith(bytes, ZIP_SIGNATURE)) return undefined;
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipError) return undefined;
    throw error;
  }
  const utf8 = new TextDecoder();
  const read = (format: OfficeDocument['format'], entry: ZipEntry, dialect: Dialect): OfficeDocument => {
    try {
      return {
        format,
        text: paragraphsOf(utf8.decode(readZipEntry(bytes, entry, maxXmlBytes)), dialect).join('\n'),
      };
    } catch (error) {
      if (error instanceof ZipError) throw new DocumentError(format, error.message);
      throw error;
    }
  };
  const word = entries.get('word/document.xml');
  if (word) return read('Word', word, WORD);
  const mimetype = entries.get('mimetype');
  const content = entries.get('content.xml');
  if (!mimetype || !content) return undefined;
  let type = '';
  try {
    type = utf8.decode(readZipEntry(bytes, mimetype, 256)).trim();
  } catch {
    return undefined;
  }
  return OPEN_DOCUMENT_TEXT.test(type) ? read('OpenDocument', content, OPEN_DOCUMENT) : undefined;
}
