// Word (.docx) and OpenDocument (.odt) files built in memory for the CLI's tests: a ZIP archive written as
// the ZIP specification says (local headers, central directory, end record), with the parts each format
// needs. The XML is shaped as Word 2016 and LibreOffice 7 write it.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipFile {
  name: string;
  content: string | Uint8Array;
  /** Stored as is (method 0) instead of deflated, as .odt files store their `mimetype`. */
  stored?: boolean;
  /** Sets the entry's "encrypted" flag. */
  encrypted?: boolean;
  /** Stored as is but said to be deflated: a damaged entry. */
  claimDeflated?: boolean;
  /** The uncompressed size the headers claim, instead of the real one. */
  claimSize?: number;
}

/** A ZIP archive of the given files. */
export function zipOf(files: ZipFile[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const raw =
      typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
    const data = file.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(file.name, 'utf8');
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(file.encrypted ? 1 : 0, at + 2); // flags
      header.writeUInt16LE(file.stored && !file.claimDeflated ? 0 : 8, at + 4); // method
      header.writeUInt32LE(0, at + 6); // time and date
      header.writeUInt32LE(crc32(raw), at + 10);
      header.writeUInt32LE(data.length, at + 14);
      header.writeUInt32LE(file.claimSize ?? raw.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    locals.push(local, name, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // version made by
    fields(entry, 6);
    entry.writeUInt32LE(offset, 42);
    directory.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}

const WORD_NAMESPACES =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 wp14"';

/** A .docx whose body is the given WordprocessingML (the children of w:body). */
export function docx(body: string): Uint8Array {
  return zipOf([
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    { name: 'word/styles.xml', content: '<w:styles/>' },
    {
      name: 'word/document.xml',
      content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${WORD_NAMESPACES}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
    },
  ]);
}

/** A Word paragraph of plain runs, optionally with a style ("Heading1"). */
export function wordParagraph(text: string, style?: string): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p w14:paraId="1A2B3C4D">${properties}<w:r><w:rPr><w:lang w:val="ru-RU"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** An .odt whose office:text is the given ODF markup. */
export function odt(text: string): Uint8Array {
  return zipOf([
    { name: 'mimetype', content: 'application/vnd.oasis.opendocument.text', stored: true },
    {
      name: 'content.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text>${text}</office:text></office:body></office:document-content>`,
    },
    { name: 'META-INF/manifest.xml', content: '<manifest:manifest/>' },
  ]);
}
