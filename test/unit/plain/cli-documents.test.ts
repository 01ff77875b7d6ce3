// heard-check reads Word (.docx) and OpenDocument (.odt) drafts as their text, one paragraph per line.
import { describe, expect, it } from 'vitest';
import { DocumentError, officeDocument } from '../../../plain/cli/office.ts';
import { type CliIo, runCli } from '../../../plain/cli/run.ts';
import { docx, odt, wordParagraph, zipOf } from './office-files.ts';

const MAX = 10_000_000;
const textOf = (bytes: Uint8Array) => officeDocument(bytes, MAX)?.text;

describe('the text of a Word document', () => {
  it('is its paragraphs in order, one per line, headings and table cells included', () => {
    const body =
      wordParagraph('Порядок получения справки', 'Heading1') +
      wordParagraph('') +
      wordParagraph('Справку выдают в ЦОН.') +
      '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr><w:tc><w:tcPr/>' +
      wordParagraph('Срок') +
      '</w:tc><w:tc>' +
      wordParagraph('5 дней') +
      '</w:tc></w:tr></w:tbl>';
    expect(textOf(docx(body))).toBe('Порядок получения справки\n\nСправку выдают в ЦОН.\nСрок\n5 дней');
  });

  it('joins a paragraph’s runs and reads tabs, breaks, hyphens and entities as the reader sees them', () => {
    const paragraph =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
      '<w:r><w:t>Шаг</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> 1:</w:t></w:r>' +
      '<w:r><w:tab/><w:t>подайте заявление</w:t></w:r><w:r><w:br/><w:t>через e</w:t></w:r>' +
      '<w:r><w:noBreakHyphen/><w:t>gov &amp; ЦОН &#1178;&#x049B;</w:t></w:r></w:p>';
    expect(textOf(docx(paragraph))).toBe('Шаг 1:\tподайте заявление через e-gov & ЦОН Ққ');
  });

  it('leaves out what the reader does not see: deletions, field codes, the old copy of a text box', () => {
    const paragraph =
      '<w:p><w:r><w:t xml:space="preserve">Заявление </w:t></w:r>' +
      '<w:del w:id="1" w:author="A"><w:r><w:delText>необходимо </w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">можно </w:t></w:r></w:ins>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://egov.kz" </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>подать онлайн</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:commentRangeStart w:id="0"/><w:r><w:t>.</w:t></w:r><w:r><w:commentReference w:id="0"/></w:r>' +
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>' +
      wordParagraph('Важно!') +
      '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>' +
      wordParagraph('Важно!') +
      '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>';
    // The text box's paragraph ends first, inside the paragraph that anchors it.
    expect(textOf(docx(paragraph))).toBe('Важно!\nЗаявление можно подать онлайн.');
  });

  it('is not read from other ZIP files, nor from bytes that are no ZIP', () => {
    const workbook = zipOf([{ name: 'xl/workbook.xml', content: '<workbook/>' }]);
    expect(officeDocument(workbook, MAX)).toBeUndefined();
    expect(officeDocument(new TextEncoder().encode('Plain text.'), MAX)).toBeUndefined();
    // A ZIP signature and nothing after it: no directory to read.
    expect(officeDocument(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), MAX)).toBeUndefined();
  });

  it('refuses a body that inflates past the limit, an encrypted one and a damaged one', () => {
    const bomb = docx(wordParagraph('a'.repeat(200_000)));
    expect(() => officeDocument(bomb, 100_000)).toThrow(DocumentError);
    expect(() => officeDocument(bomb, 100_000)).toThrow('too large');
    // A directory that understates the size does not get past the limit either.
    const liar = zipOf([{ name: 'word/document.xml', content: 'a'.repeat(200_000), claimSize: 10 }]);
    expect(() => officeDocument(liar, 100_000)).toThrow('too large');
    const encrypted = zipOf([{ name: 'word/document.xml', content: '<w:document/>', encrypted: true }]);
    expect(() => officeDocument(encrypted, MAX)).toThrow('encrypted');
    // Bytes that are no deflate stream, in an entry that says they are.
    const damaged = zipOf([
      {
        name: 'word/document.xml',
        content: new Uint8Array([0xff, 0xff, 0xff]),
        stored: true,
        claimDeflated: true,
      },
    ]);
    expect(() => officeDocument(damaged, MAX)).toThrow('damaged data');
  });
});

describe('the text of an OpenDocument file', () => {
  it('is its headings and paragraphs, with spaces, tabs and line breaks as written', () => {
    const text =
      '<text:h text:outline-level="1">Порядок получения справки</text:h>' +
      '<text:p text:style-name="P1">Справку <text:span text:style-name="T1">выдают</text:span>\n   в ЦОН.</text:p>' +
      '<text:p>Срок:<text:s text:c="3"/>5<text:tab/>дней<text:line-break/>без выходных</text:p>' +
      '<text:p/>';
    expect(textOf(odt(text))).toBe(
      'Порядок получения справки\nСправку выдают в ЦОН.\nСрок:   5\tдней без выходных\n',
    );
  });

  it('leaves out footnotes, comments and deleted tracked changes', () => {
    const text =
      '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info/>' +
      '<text:p>Старый текст.</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
      '<text:p>Справку выдают в ЦОН<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>' +
      '<text:note-body><text:p>Центр обслуживания населения.</text:p></text:note-body></text:note>.' +
      '<office:annotation><dc:creator>А.</dc:creator><text:p>Проверить срок</text:p></office:annotation></text:p>';
    expect(textOf(odt(text))).toBe('Справку выдают в ЦОН.');
  });

  it('is read only from a text document, not a spreadsheet', () => {
    const sheet = zipOf([
      { name: 'mimetype', content: 'application/vnd.oasis.opendocument.spreadsheet', stored: true },
      {
        name: 'content.xml',
        content: '<office:document-content><text:p>1</text:p></office:document-content>',
      },
    ]);
    expect(officeDocument(sheet, MAX)).toBeUndefined();
  });
});

const DRAFT = docx(
  wordParagraph('Порядок подачи заявления', 'Heading1') +
    wordParagraph(
      'В целях обеспечения реализации мер государственной поддержки услугополучатель осуществляет подачу заявления через портал.',
    ),
);

async function run(
  args: string[],
  files: Record<string, Uint8Array>,
  folders: Record<string, string[]> = {},
) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return content;
    },
    readStdin: async () => files['-'] ?? '',
    readFolder: async (path) => folders[path]?.map((name) => ({ name, folder: false })),
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    locale: 'en_US.UTF-8',
  };
  return { code: await runCli(args, io), stdout, stderr };
}

describe('heard-check on word processors’ files', () => {
  it('checks a .docx and points to its paragraphs as lines', async () => {
    const { code, stdout, stderr } = await run(['--fail-on', 'warning', 'draft.docx'], {
      'draft.docx': DRAFT,
    });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('draft.docx:2:1 ');
    expect(stdout).toContain('[ru/officialese]');
  });

  it('reports offsets into the text one paragraph per line, as JSON', async () => {
    const { stdout } = await run(['--format', 'json', 'draft.docx'], { 'draft.docx': DRAFT });
    const report = JSON.parse(stdout) as {
      metrics: { paragraphs: number };
      findings: { start: number; end: number; text: string }[];
    };
    const text = officeDocument(DRAFT, MAX)?.text ?? '';
    expect(report.metrics.paragraphs).toBe(2);
    for (const finding of report.findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(report.findings.some((f) => f.text === 'услугополучатель')).toBe(true);
  });

  it('reads a document from standard input by its content, and .odt files by theirs', async () => {
    expect((await run(['-'], { '-': DRAFT })).stdout).toContain('-:2:1 ');
    const { code, stdout } = await run(['notes.odt'], {
      'notes.odt': odt('<text:p>Apply online. It takes ten minutes.</text:p>'),
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/text\s+6 words, 2 sentences/);
  });

  it('finds .docx and .odt files in a folder', async () => {
    const { stdout } = await run(
      ['drafts'],
      { 'drafts/a.docx': DRAFT, 'drafts/b.odt': odt('<text:p>Apply online.</text:p>') },
      { drafts: ['a.docx', 'b.odt', 'c.xlsx'] },
    );
    expect(stdout).toContain('drafts/a.docx');
    expect(stdout).toContain('drafts/b.odt');
    expect(stdout).not.toContain('c.xlsx');
  });

  it('says in one line when a document cannot be read, and what to do', async () => {
    const encrypted = zipOf([{ name: 'word/document.xml', content: '<w:document/>', encrypted: true }]);
    const { code, stderr } = await run(['secret.docx'], { 'secret.docx': encrypted });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'heard-check: secret.docx is a Word file whose text cannot be read (damaged or encrypted): save it again, or as plain text (.txt) in UTF-8\n',
    );
    const workbook = zipOf([{ name: 'xl/workbook.xml', content: '<workbook/>' }]);
    expect((await run(['table.xlsx'], { 'table.xlsx': workbook })).stderr).toContain(
      'table.xlsx is not a text file (Word, Excel or ZIP)',
    );
  });
});

describe('heard-check on a Russian text saved as Windows-1251', () => {
  const SENTENCE = 'Для получения справки не нужно идти в ЦОН: её можно заказать на портале, это быстро.';
  /** The sentence in Windows-1251: А–я are 0xC0–0xFF there, ё 0xB8, Ё 0xA8. */
  const windows1251 = (text: string) =>
    new Uint8Array(
      [...text].map((c) => {
        if (c === 'ё') return 0xb8;
        if (c === 'Ё') return 0xa8;
        const code = c.charCodeAt(0);
        return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
      }),
    );
  // The same sentence in KOI8-R and in DOS 866 (bytes from Python's codecs), which are not read as 1251.
  const KOI8_R = [
    228, 204, 209, 32, 208, 207, 204, 213, 222, 197, 206, 201, 209, 32, 211, 208, 210, 193, 215, 203, 201, 32,
    206, 197, 32, 206, 213, 214, 206, 207, 32, 201, 196, 212, 201, 32, 215, 32, 227, 239, 238, 58, 32, 197,
    163, 32, 205, 207, 214, 206, 207, 32, 218, 193, 203, 193, 218, 193, 212, 216, 32, 206, 193, 32, 208, 207,
    210, 212, 193, 204, 197, 44, 32, 220, 212, 207, 32, 194, 217, 211, 212, 210, 207, 46,
  ];
  const DOS_866 = [
    132, 171, 239, 32, 175, 174, 171, 227, 231, 165, 173, 168, 239, 32, 225, 175, 224, 160, 162, 170, 168, 32,
    173, 165, 32, 173, 227, 166, 173, 174, 32, 168, 164, 226, 168, 32, 162, 32, 150, 142, 141, 58, 32, 165,
    241, 32, 172, 174, 166, 173, 174, 32, 167, 160, 170, 160, 167, 160, 226, 236, 32, 173, 160, 32, 175, 174,
    224, 226, 160, 171, 165, 44, 32, 237, 226, 174, 32, 161, 235, 225, 226, 224, 174, 46,
  ];

  it('reads it, and says so on stderr', async () => {
    const { code, stdout, stderr } = await run(['--format', 'json', 'old.txt'], {
      'old.txt': windows1251(SENTENCE),
    });
    expect(code).toBe(0);
    expect(stderr).toBe(
      'heard-check: old.txt is not UTF-8; read as Windows-1251 (Russian Windows\' "ANSI")\n',
    );
    const report = JSON.parse(stdout) as { language: { code: string }; metrics: { words: number } };
    expect(report.language.code).toBe('ru');
    expect(report.metrics.words).toBe(15);
  });

  it('does not read other Cyrillic encodings as Windows-1251, nor a few words it cannot tell', async () => {
    for (const bytes of [KOI8_R, DOS_866]) {
      const { code, stderr } = await run(['old.txt'], { 'old.txt': new Uint8Array(bytes) });
      expect(code).toBe(2);
      expect(stderr).toBe('heard-check: old.txt is not UTF-8 text (Windows-1251?): save it in UTF-8\n');
    }
    expect((await run(['short.txt'], { 'short.txt': windows1251('Справка выдаётся.') })).code).toBe(2);
  });
});
