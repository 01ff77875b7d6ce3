import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markupOf, proseOf, sourceSpan } from '../../../plain/cli/markup.ts';
import { type CliIo, runCli } from '../../../plain/cli/run.ts';

/** Every unit of the prose maps back to the same character in the source (or to the markup it stands for). */
function expectFaithful(source: string, markup: 'html' | 'markdown') {
  const prose = proseOf(source, markup);
  expect(prose.origin).toHaveLength(prose.text.length + 1);
  for (let i = 0; i < prose.text.length; i++) {
    const origin = prose.origin[i] ?? -1;
    expect(origin).toBeGreaterThanOrEqual(0);
    if (/\p{L}/u.test(prose.text[i] ?? '')) expect(source[origin]).toBe(prose.text[i]);
  }
  return prose;
}

describe('heard-check reads HTML and Markdown as prose', () => {
  it('knows the markup from the file name', () => {
    expect(
      ['page.html', 'PAGE.HTM', 'a.xhtml', 'doc.md', 'doc.markdown', 'notes.txt', '-'].map(markupOf),
    ).toEqual(['html', 'html', 'html', 'markdown', 'markdown', 'text', 'text']);
  });

  it('keeps an HTML page’s main content: blocks as paragraphs, tags, scripts and comments gone, entities read', () => {
    const source = `<!doctype html><html><head><title>Ignored</title><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/ru/">Русский</a></nav>
<main><h1>Apply for the benefit</h1>
<p>You can apply <a href="https://egov.kz/apply?x=1&amp;y=2">online</a>.<br>It takes ten&nbsp;minutes.</p>
<!-- <p>Draft sentence.</p> -->
<script>const words = "not prose";</script>
<p>The infor&shy;mation is &laquo;free&raquo; &#8212; ask us.</p></main>
<footer>© Agency</footer></body></html>`;
    const prose = expectFaithful(source, 'html');
    const words = prose.text.split(/\s+/u).filter(Boolean).join(' ');
    expect(words).toBe(
      'Apply for the benefit You can apply online. It takes ten minutes. The information is «free» — ask us.',
    );
    expect(prose.text).toMatch(/benefit\s*\n\n\s*You/u);
    expect(prose.text).toContain('online.\nIt takes ten\u00a0minutes');
    // A span of the prose maps back onto the same words in the file.
    const at = prose.text.indexOf('information');
    const span = sourceSpan(prose, at, at + 'information'.length);
    expect(source.slice(span.start, span.end)).toBe('infor&shy;mation');
  });

  it('reads the body without its navigation when a page has no <main>, and the whole text when it is a fragment', () => {
    expect(proseOf('<body><nav>Home</nav><p>One.</p></body>', 'html').text.trim()).toBe('One.');
    expect(proseOf('<p>Two &amp; three.</p>', 'html').text.trim()).toBe('Two & three.');
  });

  it('keeps Markdown prose: heading and emphasis marks, link targets, images, code and table rules gone', () => {
    const source = `---
title: Front matter
---
# Apply for the benefit

You can **apply _online_** at [the portal](https://egov.kz/apply). ![logo](logo.png)

\`\`\`sh
curl https://egov.kz
\`\`\`

* Bring your ID card
- Bring a \`PDF\` of the certificate

| Step | Time |
| ---- | ---- |
| Apply | 10 minutes |

[portal]: https://egov.kz
> Questions? Call 1414.`;
    const prose = expectFaithful(source, 'markdown');
    const words = prose.text.split(/\s+/u).filter(Boolean).join(' ');
    expect(words).toBe(
      'Apply for the benefit You can apply online at the portal. * Bring your ID card - Bring a of the certificate Step Time Apply 10 minutes Questions? Call 1414.',
    );
    // Lines stay lines: list items keep their markers, so the segmenter sees them.
    expect(prose.text).toMatch(/\n\* Bring your ID card\n- Bring a/u);
  });
});

describe('reading markup never loses its place', () => {
  const markupPieces = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(
      '<p>',
      '</p>',
      '<br>',
      '<main>',
      '</main>',
      '<body>',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '&amp;',
      '&shy;',
      '&#x1F600;',
      '&#0;',
      '&bogus;',
      '<a href="x>y">',
      '<',
      '>',
      '&',
      '# ',
      '**',
      '_',
      '`',
      '```',
      '~~~',
      '[a](b)',
      '![i](s)',
      '| x |',
      '---',
      '\n',
      '\r\n',
      '> ',
      '* ',
      '[id]: u',
    ),
  );
  it('maps every unit of the prose to a place in the source, in order', () => {
    fc.assert(
      fc.property(
        fc.array(markupPieces, { maxLength: 30 }),
        fc.constantFrom('html', 'markdown'),
        (parts, markup) => {
          const source = parts.join('');
          const prose = proseOf(source, markup as 'html' | 'markdown');
          expect(prose.origin).toHaveLength(prose.text.length + 1);
          for (let i = 0; i < prose.origin.length; i++) {
            const at = prose.origin[i] ?? -1;
            expect(at).toBeGreaterThanOrEqual(i === 0 ? 0 : (prose.origin[i - 1] ?? 0));
            expect(at).toBeLessThanOrEqual(source.length);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads pathological markup without rescanning it (unclosed tags, brackets, code marks)', () => {
    const cases: [string, 'html' | 'markdown'][] = [
      [`${'<a'.repeat(50_000)}>`, 'html'],
      ['['.repeat(100_000), 'markdown'],
      ['[x]('.repeat(25_000), 'markdown'],
      ['`a'.repeat(50_000), 'markdown'],
      ['<a'.repeat(50_000), 'markdown'],
    ];
    for (const [source, markup] of cases) {
      expect(proseOf(source, markup).origin.length).toBeLessThanOrEqual(source.length + 1);
    }
  });
});

describe('heard-check on an HTML file', () => {
  const page = `<html><body><nav>Home · Contacts · Login</nav><main>
<h1>Property tax</h1>
<p>In order to pay the tax, use the portal.</p>
</main></body></html>`;

  async function run(args: string[]) {
    let stdout = '';
    const io: CliIo = {
      readFile: async () => page,
      readStdin: async () => '',
      stdout: (s) => {
        stdout += s;
      },
      stderr: () => {},
    };
    const code = await runCli(args, io);
    return { code, stdout };
  }

  it('grades the page’s prose and points findings into the file as written', async () => {
    const { stdout } = await run(['--format', 'json', 'tax.html']);
    const report = JSON.parse(stdout);
    expect(report.metrics.words).toBe(11);
    const officialese = report.findings.find((f: { text: string }) => f.text === 'In order to');
    expect(page.slice(officialese.start, officialese.end)).toBe('In order to');
    const text = (await run(['tax.html'])).stdout;
    expect(text).toContain('tax.html:3:4');
  });
});
