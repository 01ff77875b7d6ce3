// The prose of an HTML or Markdown file, for `heard-check`: content teams keep pages as HTML and Markdown,
// and markup read as words (tags, URLs, attribute values) would grade a page as the hardest text there is.
// Each character of the prose remembers where it stood in the file, so findings point into the file as it is.

/**
 * How a file's text is marked up, from its name (standard input is plain text unless told otherwise);
 * `paragraphs` is a word processor's text, one paragraph per line.
 */
export type Markup = 'html' | 'markdown' | 'paragraphs' | 'text';

export function markupOf(file: string): Markup {
  if (/\.x?html?$/iu.test(file)) return 'html';
  if (/\.(md|markdown)$/iu.test(file)) return 'markdown';
  return 'text';
}

/** Prose with, for each of its UTF-16 units, the offset in the source it came from. */
export interface Prose {
  text: string;
  /** `origin[i]` is the source offset of `text[i]`; `origin[text.length]` is the source's length. */
  origin: number[];
}

class ProseBuilder {
  private readonly parts: string[] = [];
  readonly origin: number[] = [];

  add(text: string, at: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.origin.push(at);
  }

  /** Source text copied as it is: each unit maps to its own offset. */
  copy(source: string, from: number, to: number): void {
    this.parts.push(source.slice(from, to));
    for (let i = from; i < to; i++) this.origin.push(i);
  }

  build(sourceLength: number): Prose {
    return { text: this.parts.join(''), origin: [...this.origin, sourceLength] };
  }
}

/** Maps a span of the prose back to the source: from its first unit's origin to just after its last. */
export function sourceSpan(prose: Prose, start: number, end: number): { start: number; end: number } {
  const from = prose.origin[start] ?? prose.origin[prose.origin.length - 1] ?? 0;
  const last = end > start ? (prose.origin[end - 1] ?? from) : from;
  return { start: from, end: Math.max(from, last + 1) };
}

export function proseOf(source: string, markup: Markup): Prose {
  if (markup === 'html') return htmlProse(source);
  if (markup === 'markdown') return markdownProse(source);
  if (markup === 'paragraphs') return paragraphsProse(source);
  const plain = new ProseBuilder();
  plain.copy(source, 0, source.length);
  return plain.build(source.length);
}

/**
 * A word processor's paragraphs, one per line, as paragraphs of prose: a line is a paragraph whether or not it
 * ends a sentence (a heading, a table cell), which a single line break would leave to the segmenter to guess.
 */
function paragraphsProse(source: string): Prose {
  const prose = new ProseBuilder();
  let start = 0;
  for (let end = source.indexOf('\n'); ; end = source.indexOf('\n', start)) {
    prose.copy(source, start, end === -1 ? source.length : end);
    if (end === -1) break;
    prose.add('\n\n', end);
    start = end + 1;
  }
  return prose.build(source.length);
}

// Elements whose content is not the page's prose (as the widget measures it: navigation is left out too).
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'noscript',
  'iframe',
  'object',
  'head',
  'nav',
]);
// Elements that start a new block of text: their tags end the paragraph before them.
const BLOCKS = new Set(
  (
    'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr html legend li main nav ol p pre section summary table tbody td tfoot th ' +
    'thead tr ul option label button'
  ).split(' '),
);
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  minus: '−',
  times: '×',
  copy: '©',
  deg: '°',
  numero: '№',
};

function decodeEntity(entity: string): string | undefined {
  const name = entity.slice(1, -1);
  if (name.startsWith('#')) {
    const code = /^#x/iu.test(name) ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return ENTITIES[name.toLowerCase()];
}

/** The page's main content (`<main>`, else `<body>`, else everything): navigation and footers are not the page. */
function contentRange(source: string, lower: string): [number, number] {
  for (const name of ['main', 'body']) {
    const open = new RegExp(`<${name}(?:\\s[^>]*)?>`, 'iu').exec(source);
    if (!open) continue;
    const close = lower.lastIndexOf(`</${name}`);
    return [open.index + open[0].length, close > open.index ? close : source.length];
  }
  return [0, source.length];
}

function htmlProse(source: string): Prose {
  const out = new ProseBuilder();
  const lower = source.toLowerCase();
  const [from, to] = contentRange(source, lower);
  // No raw < inside a tag (outside quotes): a stray "<a" then fails at the next < instead of scanning the rest.
  const tag = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:[^<>"']|"[^"]*"|'[^']*')*>/uy;
  const entity = /&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/uy;
  let i = from;
  let runStart = i;
  const flush = (end: number) => {
    // Line breaks in HTML source are spaces on the page; only block elements start paragraphs.
    let copied = runStart;
    for (let k = runStart; k < end; k++) {
      const ch = source[k];
      if (ch !== '\n' && ch !== '\r' && ch !== '\t') continue;
      out.copy(source, copied, k);
      out.add(' ', k);
      copied = k + 1;
    }
    out.copy(source, copied, end);
  };
  while (i < to) {
    const ch = source[i];
    if (ch === '<') {
      if (source.startsWith('<!--', i)) {
        flush(i);
        const end = source.indexOf('-->', i + 4);
        i = end === -1 ? to : end + 3;
        runStart = i;
        continue;
      }
      tag.lastIndex = i;
      const match = tag.exec(source);
      if (match) {
        flush(i);
        const name = (match[1] ?? '').toLowerCase();
        const closing = match[0].startsWith('</');
        i += match[0].length;
        if (!closing && SKIPPED.has(name)) {
          const end = lower.indexOf(`</${name}`, i);
          const after = end === -1 ? -1 : source.indexOf('>', end);
          i = after === -1 ? to : after + 1;
        } else if (name === 'br') out.add('\n', match.index);
        else if (BLOCKS.has(name)) out.add('\n\n', match.index);
        runStart = i;
        continue;
      }
    } else if (ch === '&') {
      entity.lastIndex = i;
      const match = entity.exec(source);
      const decoded = match ? decodeEntity(match[0]) : undefined;
      if (match && decoded !== undefined) {
        flush(i);
        out.add(decoded, i);
        i += match[0].length;
        runStart = i;
        continue;
      }
    }
    i++;
  }
  flush(Math.min(i, to));
  return out.build(source.length);
}

/** What Markdown writes around prose on one line: emphasis, code, links, images, raw tags. */
// (Bounded, so that a line of unclosed brackets is read in linear time: longer constructs stay as text.)
const INLINE =
  /!\[[^\]]{0,500}\]\([^)]{0,2000}\)|\[([^\]]{0,500})\]\([^)]{0,2000}\)|\[([^\]]{0,500})\]\[[^\]]{0,100}\]|`[^`]{0,1000}`|<[a-zA-Z/][^<>]{0,1000}>|\*+|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;

function markdownProse(source: string): Prose {
  const out = new ProseBuilder();
  let fence: string | undefined;
  // YAML front matter: from a first line of --- to the next one.
  let frontMatter = source.startsWith('---\n') || source.startsWith('---\r\n');
  let offset = 0;
  const lines = source.split('\n');
  lines.forEach((line, index) => {
    const start = offset;
    offset += line.length + 1;
    const newline = index < lines.length - 1;
    const trimmed = line.trim();
    const fenceMark = /^(```|~~~)/u.exec(trimmed)?.[1];
    // Code blocks, front matter, link definitions and table rules are not prose; the line stays a line.
    const skip =
      frontMatter ||
      fence !== undefined ||
      fenceMark !== undefined ||
      /^\[[^\]]+\]:\s/u.test(trimmed) ||
      /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/u.test(trimmed);
    if (fenceMark) fence = fence === fenceMark ? undefined : (fence ?? fenceMark);
    if (frontMatter && index > 0 && trimmed === '---') frontMatter = false;
    if (!skip) {
      // Heading marks and quote marks go; list markers stay, the segmenter reads them.
      const lead = /^\s{0,3}(?:#{1,6}\s+|>\s?)*/u.exec(line)?.[0].length ?? 0;
      let at = start + lead;
      const body = line.slice(lead);
      for (const match of body.matchAll(INLINE)) {
        const matchStart = start + lead + (match.index ?? 0);
        // A list item's marker at the start of the line is kept.
        if (match[0].startsWith('*') && matchStart === start + lead && /^\*\s/u.test(body)) continue;
        out.copy(source, at, matchStart);
        const label = match[1] ?? match[2];
        if (label !== undefined) out.copy(source, matchStart + 1, matchStart + 1 + label.length);
        at = matchStart + match[0].length;
      }
      // Table cells are fragments of their own.
      const rest = start + line.length;
      for (let k = at; k < rest; k++) {
        if (source[k] === '|') out.add('\n\n', k);
        else out.copy(source, k, k + 1);
      }
    }
    if (newline) out.add('\n', start + line.length);
  });
  return out.build(source.length);
}
