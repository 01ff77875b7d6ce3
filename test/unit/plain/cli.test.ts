import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../../plain/cli/run.ts';

const files: Record<string, string> = {
  'plain.txt': '\uFEFFYou can apply online. It takes ten minutes.',
  'heavy.txt':
    'In order to facilitate the commencement of the application process, it is necessary that the applicant utilise the portal in accordance with the procedure that has been established by the PSC.',
  'empty.txt': '  \n',
  'audience.json': JSON.stringify({
    id: 'strict',
    targets: { grade: 1, sentenceLength: 2, longWordShare: 0, passiveShare: 0, jargonPer100Words: 0 },
  }),
  'bad-audience.json': JSON.stringify({ id: 'x', targets: { grade: 'easy' } }),
  'numbers.txt': '12 345 — 67.',
  'glossary.json': JSON.stringify({ banned: ['portal'] }),
  // Just over the 10 MB limit.
  'huge.txt': 'Apply now. '.repeat(909_091),
  'bad-glossary.json': JSON.stringify({ banned: 'portal' }),
  'steep-audience.json': JSON.stringify({
    id: 'steep',
    targets: { grade: 30, sentenceLength: 10, longWordShare: 0.2, passiveShare: 0.1, jargonPer100Words: 0 },
  }),
  'extra-audience.json': JSON.stringify({
    id: 'extra',
    colour: 'blue',
    targets: { grade: 5, sentenceLength: 10, longWordShare: 0.2, passiveShare: 0.1, jargonPer100Words: 0 },
  }),
  'broken-audience.json': '{\n  "id": "x",\n  targets: {}\n}',
};
/** Files as bytes, as the command reads them from disk. */
const binaries: Record<string, Uint8Array> = {
  'report.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
  'report.pdf': new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'),
  'photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'nul.txt': new Uint8Array([0x41, 0x70, 0x70, 0x6c, 0x79, 0x00, 0x6e, 0x6f, 0x77]),
  // «Для получения услуги» in Windows-1251.
  'cp1251.txt': new Uint8Array([
    0xc4, 0xeb, 0xff, 0x20, 0xef, 0xee, 0xeb, 0xf3, 0xf7, 0xe5, 0xed, 0xe8, 0xff,
  ]),
  // "You can apply online." in UTF-16 little-endian with its BOM.
  'utf16.txt': new Uint8Array([
    0xff,
    0xfe,
    ...[...'You can apply online.'].flatMap((c) => [c.charCodeAt(0), 0]),
  ]),
};

/** Folders, as the command lists them: a file's name, or a folder's with a slash. */
const folders: Record<string, string[]> = {
  content: ['b.md', 'a.txt', 'logo.png', 'ru/', '.git/', 'node_modules/'],
  'content/ru': ['c.html', 'data.json'],
  'content/.git': ['d.txt'],
  'content/node_modules': ['e.md'],
  'with-locked': ['locked/', 'a.txt'],
  images: ['logo.png'],
};
Object.assign(files, {
  'content/a.txt': 'You can apply online.',
  'content/b.md': '# Apply\n\nIt takes ten minutes.',
  'content/ru/c.html': '<p>Подайте заявление онлайн.</p>',
  'with-locked/a.txt': 'You can apply online.',
});

async function run(args: string[], stdin: string | Uint8Array = '', locale?: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: async (path) => {
      const content = files[path] ?? binaries[path];
      if (path === 'locked.txt') throw Object.assign(new Error(`EACCES: ${path}`), { code: 'EACCES' });
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return content;
    },
    readStdin: async () => stdin,
    readFolder: async (path) => {
      if (path === 'with-locked/locked')
        throw Object.assign(new Error(`EACCES: ${path}`), { code: 'EACCES' });
      return folders[path]?.map((entry) => ({
        name: entry.replace(/\/$/u, ''),
        folder: entry.endsWith('/'),
      }));
    },
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    locale,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('heard-check', () => {
  it('prints a readable report and exits 0', async () => {
    const { code, stdout } = await run(['plain.txt']);
    expect(code).toBe(0);
    expect(stdout).toContain('plain.txt');
    expect(stdout).toMatch(/grade\s+\d/);
  });

  it('names the audience in the report’s language, with the id --audience takes', async () => {
    expect((await run(['plain.txt'])).stdout).toContain('Everyone (general):');
    expect((await run(['--audience', 'easy-read', '-'], 'Өтінішті онлайн беріңіз.')).stdout).toContain(
      'Жеңіл оқу (easy-read):',
    );
    expect((await run(['--audience', 'audience.json', 'plain.txt'])).stdout).toContain('strict:');
    // A custom profile's own name in the report's language, as a built-in audience's.
    files['named-audience.json'] = JSON.stringify({
      id: 'newcomers',
      name: { kk: 'Жаңа келгендер', ru: 'Новые жители', en: 'Newcomers' },
      targets: { grade: 6, sentenceLength: 15, longWordShare: 0.25, passiveShare: 0.1, jargonPer100Words: 0 },
    });
    expect((await run(['--audience', 'named-audience.json', 'plain.txt'])).stdout).toContain(
      'Newcomers (newcomers):',
    );
    expect(
      (await run(['--audience', 'named-audience.json', '-'], 'Подайте заявление онлайн.')).stdout,
    ).toContain('Новые жители (newcomers):');
  });

  it('labels the report in the language of its messages, with that language’s plurals and decimals', async () => {
    const english = (await run(['-'], 'Please send the form. It is done.')).stdout;
    expect(english).toMatch(/text\s+7 words, 2 sentences, 1 paragraph, 3\.5 words per sentence/);
    expect(english).toMatch(/findings\s+0 errors, 1 warning, 0 suggestions/);

    const russian = (await run(['-'], 'Подайте заявление онлайн. Это просто.')).stdout;
    expect(russian).toMatch(/текст\s+5 слов, 2 предложения, 1 абзац, средняя длина предложения: 2,5 слова\n/);
    expect((await run(['-'], 'Подайте заявление онлайн. Это просто сделать.')).stdout).toMatch(
      /средняя длина предложения: 3 слова\n/,
    );
    // One decimal: 7 words in 3 sentences is 2,3, not 2,33.
    expect((await run(['-'], 'Подайте заявление. Ждите ответа. Спасибо вам всем.')).stdout).toMatch(
      /средняя длина предложения: 2,3 слова\n/,
    );
    // Any reading time under a minute says so, not "0.1 min".
    expect((await run(['heavy.txt'])).stdout).toContain('reading time under a minute');
    expect((await run(['--ui-language', 'ru', 'heavy.txt'])).stdout).toContain('время чтения меньше минуты');
    expect((await run(['--ui-language', 'kk', 'heavy.txt'])).stdout).toContain('оқу уақыты бір минуттан аз');
    expect(russian).toMatch(/замечания\s+замечаний нет/);
    expect(russian).not.toMatch(/\b(grade|findings)\b/);

    const kazakh = (await run(['-'], 'Өтінішті онлайн беріңіз. Бұл оңай.')).stdout;
    expect(kazakh).toMatch(/мәтін\s+5 сөз, 2 сөйлем, 1 абзац/);
    expect(kazakh).toMatch(/сынып\s+\d+,\d/);

    // --ui-language chooses the labels with the messages, whatever the text's language.
    const inRussian = (await run(['--ui-language', 'ru', '-'], 'Please send the form. It is done.')).stdout;
    expect(inRussian).toMatch(/замечания\s+0 ошибок, 1 предупреждение, 0 советов/);
    expect(inRussian).toContain('предупреждение «is done»');
  });

  it('says its own usage and errors in the user’s language: --ui-language, else the locale, else English', async () => {
    expect((await run(['--format', 'xml', 'plain.txt'], '', 'ru_RU.UTF-8')).stderr).toBe(
      'heard-check: --format: допустимые значения: text, json, github; указано «xml»\n',
    );
    expect((await run(['--format', 'xml', 'plain.txt'], '', 'C.UTF-8')).stderr).toBe(
      'heard-check: --format must be one of text, json, github, got "xml"\n',
    );
    const kazakh = await run(['--ui-language', 'kk', 'missing.txt'], '', 'ru_RU.UTF-8');
    expect(kazakh.code).toBe(2);
    expect(kazakh.stderr).toBe('heard-check: missing.txt файлын оқу мүмкін емес: мұндай файл жоқ\n');
    expect((await run(['--help'], '', 'kk_KZ.UTF-8')).stdout).toMatch(/^Қолданылуы: heard-check/u);
    expect((await run(['--bogus'], '', 'ru_RU.UTF-8')).stderr).toContain('(см. heard-check --help)');
    // Even an argument error is said in the language --ui-language asks for.
    expect((await run(['--ui-language', 'kk', '--language', '--format', 'json', 'plain.txt'])).stderr).toBe(
      'heard-check: --language параметрінің мәні берілмеген; болуы мүмкін мәндер: kk, ru, en, auto (heard-check --help командасын қараңыз)\n',
    );
    expect((await run(['--disable', 'xx/none', 'plain.txt'], '', 'ru_RU.UTF-8')).stderr).toContain(
      '--disable: нет правила «xx/none»',
    );
  });

  it('lists every missed audience target, and what to fix first in a text that fits', async () => {
    const missed = await run(['--audience', 'audience.json', '--ui-language', 'en', 'heavy.txt']);
    const lines = missed.stdout.split('\n').filter((line) => line.trim().startsWith('– '));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    // Each with how far over its target the text is.
    const report = JSON.parse(
      (await run(['--audience', 'audience.json', '--format', 'json', 'heavy.txt'])).stdout,
    ) as { audience: { misses: { target: string; by: number }[] } };
    const by = (target: string) => report.audience.misses.find((m) => m.target === target)?.by;
    expect(lines.length).toBe(report.audience.misses.length);
    expect(lines.join('\n')).toContain(`; target 1 or lower: ${by('grade')} over`);
    expect(lines.join('\n')).toContain(`words per sentence; target 2 or fewer: ${by('sentenceLength')} over`);
    expect(lines.join('\n')).toMatch(/long words \d+%; target 0% or fewer: \d+ percentage points over/);
    const russian = await run(['--audience', 'audience.json', '--ui-language', 'ru', 'heavy.txt']);
    expect(russian.stdout).toMatch(
      /– слов в предложении в среднем: 31; цель — не больше 2; превышение: 29\n/,
    );
    const kazakh = await run(['--audience', 'audience.json', '--ui-language', 'kk', 'heavy.txt']);
    expect(kazakh.stdout).toMatch(/– мәтін \d+(?:,\d)? сынып деңгейінде; мақсат — 1-ден аспау; артығы: /u);
    files['fits.txt'] = 'You can apply online. It takes ten minutes. Please utilise the portal.';
    const fits = await run(['fits.txt']);
    expect(fits.stdout).toContain('fits — The text fits this audience.');
    expect(fits.stdout).toContain('– but fix this first: “utilise” is officialese');
  });

  it('lists errors first, then warnings, then suggestions, each in the order of the text', async () => {
    files['mixed.txt'] = 'Please utilise the form.\nThe portal is open.\nPlease utilise it.';
    const { stdout } = await run(['--glossary', 'glossary.json', 'mixed.txt']);
    const findings = stdout.split('\n').filter((line) => line.startsWith('  mixed.txt:'));
    expect(findings.map((line) => line.split(/\s+/u).slice(1, 3).join(' '))).toEqual([
      'mixed.txt:2:5 error',
      'mixed.txt:1:8 warning',
      'mixed.txt:3:8 warning',
    ]);
  });

  it('enforces an agency glossary and switches rules off', async () => {
    files['portal.txt'] = 'Please utilise the portal.';
    const banned = await run([
      '--format',
      'json',
      '--glossary',
      'glossary.json',
      '--fail-on',
      'error',
      'portal.txt',
    ]);
    expect(banned.code).toBe(1);
    expect(JSON.parse(banned.stdout).findings.map((f: { rule: string }) => f.rule)).toContain(
      'glossary/banned',
    );
    const off = await run([
      '--format',
      'json',
      '--disable',
      'en/officialese',
      '--disable',
      'en/long-word',
      'portal.txt',
    ]);
    expect(JSON.parse(off.stdout).findings).toEqual([]);
  });

  it('prints its version', async () => {
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^heard-check \d+\.\d+\.\d+\n$/);
  });

  it('checks the other files when one cannot be read, and then exits 2', async () => {
    const { code, stdout, stderr } = await run(['--format', 'json', 'empty.txt', 'plain.txt', 'missing.txt']);
    expect(code).toBe(2);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).file),
    ).toEqual(['plain.txt']);
    expect(stderr.trim().split('\n')).toEqual([
      'heard-check: empty.txt is empty',
      'heard-check: cannot read missing.txt: no such file',
    ]);
    // An input error outranks a met --fail-on: exit 2, not 1.
    expect((await run(['--fail-on', 'warning', 'heavy.txt', 'missing.txt'])).code).toBe(2);
    expect((await run(['--fail-on', 'warning', 'missing.txt', 'heavy.txt'])).code).toBe(2);
  });

  it('checks the text files in a folder and its subfolders, not hidden folders or node_modules', async () => {
    const { code, stdout, stderr } = await run(['--format', 'json', 'content', 'plain.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).file),
    ).toEqual(['content/a.txt', 'content/b.md', 'content/ru/c.html', 'plain.txt']);

    const locked = await run(['--format', 'json', 'with-locked']);
    expect(locked.code).toBe(2);
    expect(locked.stderr).toBe('heard-check: cannot read with-locked/locked: permission denied\n');
    expect(JSON.parse(locked.stdout).file).toBe('with-locked/a.txt');
  });

  it('gives JSON offsets into the file’s text as read: without its byte-order mark, with its markup', async () => {
    const page = '<main><p>Please <b>utilise</b> the &laquo;portal&raquo;.</p></main>';
    binaries['bom.html'] = new TextEncoder().encode(`\uFEFF${page}`);
    const { stdout } = await run(['--format', 'json', 'bom.html']);
    const [finding] = JSON.parse(stdout).findings;
    expect(page.slice(finding.start, finding.end)).toBe('utilise');
  });

  it('reads UTF-16 text with its byte-order mark', async () => {
    const { code, stdout } = await run(['--format', 'json', 'utf16.txt']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).metrics.words).toBe(4);
  });

  it('gives line and column of findings far into a long file', async () => {
    const long = `${'You can apply online.\n'.repeat(3000)}Please utilise the portal.`;
    files['long.txt'] = long;
    const { stdout } = await run(['long.txt']);
    expect(stdout).toContain('long.txt:3001:8');
  });

  it('prints one JSON object per file per line, with its file, and strips the BOM', async () => {
    const { stdout } = await run(['--format', 'json', 'plain.txt', 'heavy.txt']);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['plain.txt', 'heavy.txt']);
    expect(lines[0].language.code).toBe('en');
    expect(lines[0].findings.every((f: { start: number }) => f.start >= 0)).toBe(true);
    expect(lines[0].metrics.words).toBe(8);
  });

  it('prints GitHub Actions annotations at each finding’s lines and columns, escaped', async () => {
    files['a, b: c.txt'] = 'You can apply online.\r\nPlease utilise the\nportal, 100% free.';
    const { code, stdout } = await run(['--format', 'github', '--fail-on', 'warning', 'a, b: c.txt']);
    expect(code).toBe(1);
    // The file's comma and colon would end the property and the command; the last column is inclusive.
    expect(stdout).toContain(
      '::warning file=a%2C b%3A c.txt,line=2,endLine=2,col=8,endColumn=14,title=en/officialese::“utilise” is officialese',
    );
    for (const line of stdout.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) /u);
  });

  it('annotates a finding over a line break from its first line to its last, and standard input without a file', async () => {
    const { stdout } = await run(['--format', 'github', '-'], 'In order\nto apply, call us.');
    expect(stdout).toBe(
      '::warning line=1,endLine=2,col=1,endColumn=2,title=en/officialese::“In order to” is officialese: try “to”.\n',
    );
    expect(stdout).not.toContain('file=');
  });

  it('adds a notice with what to change first when the text misses its audience', async () => {
    const { stdout } = await run(['--format', 'github', '--audience', 'audience.json', 'plain.txt']);
    // The advice's own % is escaped, as the runner would otherwise read it as the start of an escape.
    expect(stdout).toMatch(/^::notice file=plain.txt,title=audience strict::.+ \d+%25 of /mu);
    expect((await run(['--format', 'github', 'plain.txt'])).stdout).toBe('');
  });

  it('ends a readable report of several files with a summary line in the command’s language', async () => {
    // A file with nothing to read (numbers only) is an input error, not a checked file.
    const { stdout } = await run(['plain.txt', 'numbers.txt']);
    expect(stdout).not.toContain('files checked');
    const two = await run(['--audience', 'easy-read', 'plain.txt', 'heavy.txt']);
    const heavy = (await run(['--format', 'json', '--audience', 'easy-read', 'heavy.txt'])).stdout;
    const warnings = JSON.parse(heavy).findings.filter((f: { severity: string }) => f.severity === 'warning');
    expect(two.stdout).toMatch(
      new RegExp(
        `\\n\\n2 files checked: 1 fits their audience, 1 does not; 0 errors, ${warnings.length} warnings, \\d+ suggestions? in all\\n$`,
        'u',
      ),
    );
    expect((await run(['plain.txt', 'heavy.txt'], '', 'ru_RU.UTF-8')).stdout).toMatch(
      /проверено файлов: 2; подходят своей аудитории: \d, не подходят: \d; всего \d+ ошиб/u,
    );
    expect((await run(['--format', 'json', 'plain.txt', 'heavy.txt'])).stdout).not.toMatch(/files checked/u);
    expect((await run(['plain.txt'])).stdout).not.toMatch(/checked/u);
  });

  it('reads standard input with -', async () => {
    const { code, stdout } = await run(['--format', 'json', '-'], 'Подайте заявление онлайн.');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).language.code).toBe('ru');
  });

  it('calls standard input by its name when its bytes are not text', async () => {
    expect((await run(['-'], binaries['cp1251.txt'])).stderr).toBe(
      'heard-check: standard input is not UTF-8 text (Windows-1251?): save it in UTF-8\n',
    );
    expect((await run(['--ui-language', 'ru', '-'], binaries['nul.txt'])).stderr).toMatch(
      /^heard-check: стандартный ввод — не текстовый файл/u,
    );
  });

  it('says which lines are in another language when a text mixes them', async () => {
    files['trilingual.txt'] = [
      'Подайте заявление онлайн на портале. Ответ придёт за три дня.',
      'You can apply online on the portal. The answer comes in three days.',
      'Өтінішті порталда онлайн беріңіз. Жауап үш күнде келеді.',
      'Справку можно получить в любом центре обслуживания населения.',
    ].join('\n\n');
    const { stdout } = await run(['trilingual.txt']);
    expect(stdout).toMatch(
      /язык\s+русский \(ru, уверенность [\d,]+\)\n\s+– также: английский \(строка 3\), казахский \(строка 5\)\n/u,
    );
    const english = (await run(['--ui-language', 'en', 'trilingual.txt'])).stdout;
    expect(english).toContain('– also: English (line 3), Kazakh (line 5)\n');
    const kazakh = (await run(['--ui-language', 'kk', 'trilingual.txt'])).stdout;
    expect(kazakh).toContain('– сондай-ақ: ағылшын тілі (3-жол), қазақ тілі (5-жол)\n');
    expect((await run(['plain.txt'])).stdout).not.toContain('also');
  });

  it('counts a lone carriage return as a line end, as editors do', async () => {
    files['mac.txt'] = 'You can apply online.\rPlease utilise the portal.\r\nPlease utilise it.';
    const { stdout } = await run(['mac.txt']);
    expect(stdout).toContain('mac.txt:2:8');
    expect(stdout).toContain('mac.txt:3:8');
  });

  it('exits 1 when --fail-on is met, and only then', async () => {
    expect((await run(['--fail-on', 'warning', 'heavy.txt'])).code).toBe(1);
    expect((await run(['--fail-on', 'warning', 'plain.txt'])).code).toBe(0);
    expect((await run(['heavy.txt'])).code).toBe(0);
  });

  it('fails on a text that misses its audience with --fail-on audience, alone or in a list', async () => {
    // plain.txt has no finding; it fits `general` and misses the strict profile's targets.
    expect((await run(['--fail-on', 'audience', 'plain.txt'])).code).toBe(0);
    expect((await run(['--fail-on', 'audience', '--audience', 'audience.json', 'plain.txt'])).code).toBe(1);
    expect((await run(['--fail-on', 'error', '--audience', 'audience.json', 'plain.txt'])).code).toBe(0);
    expect(
      (await run(['--fail-on', 'error, audience', '--audience', 'audience.json', 'plain.txt'])).code,
    ).toBe(1);
    expect((await run(['--fail-on', 'audience,warning', 'heavy.txt'])).code).toBe(1);
    const wrong = await run(['--fail-on', 'error,fit', 'plain.txt']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('heard-check: --fail-on must be one of error, warning, audience, got "fit"\n');
  });

  it('uses a custom audience profile from JSON', async () => {
    const { stdout } = await run(['--format', 'json', '--audience', 'audience.json', 'plain.txt']);
    expect(JSON.parse(stdout).audience).toMatchObject({ id: 'strict', fits: false });
  });

  it('says what is wrong in a JSON file in the user’s language, with the field and where it is', async () => {
    const said = async (args: string[]) => (await run(args)).stderr.trim();
    expect(await said(['--audience', 'bad-audience.json', 'plain.txt'])).toBe(
      'heard-check: audience file bad-audience.json: targets.grade: expected a number, got text',
    );
    expect(await said(['--ui-language', 'ru', '--audience', 'bad-audience.json', 'plain.txt'])).toBe(
      'heard-check: файл аудитории bad-audience.json: targets.grade: нужно число, указана строка',
    );
    expect(await said(['--ui-language', 'kk', '--audience', 'bad-audience.json', 'plain.txt'])).toBe(
      'heard-check: bad-audience.json аудитория файлы: targets.grade: сан болуы керек, берілгені — мәтін',
    );
    expect(await said(['--audience', 'steep-audience.json', 'plain.txt'])).toBe(
      'heard-check: audience file steep-audience.json: targets.grade: must be 20 or less',
    );
    expect(await said(['--ui-language', 'ru', '--audience', 'extra-audience.json', 'plain.txt'])).toBe(
      'heard-check: файл аудитории extra-audience.json: неизвестное поле «colour»',
    );
    expect(await said(['--ui-language', 'kk', '--audience', 'broken-audience.json', 'plain.txt'])).toBe(
      'heard-check: broken-audience.json аудитория файлы JSON емес (3-жол, 3-баған)',
    );
    expect(await said(['--ui-language', 'ru', '--glossary', 'bad-glossary.json', 'plain.txt'])).toBe(
      'heard-check: файл глоссария bad-glossary.json: banned: нужен список [ … ], указана строка',
    );
  });

  it.each([
    [['missing.txt'], 'cannot read missing.txt: no such file'],
    [['report.docx'], 'report.docx is not a text file (Word, Excel or ZIP): save it as plain text'],
    [['cp1251.txt'], 'cp1251.txt is not UTF-8 text (Windows-1251?)'],
    [['report.pdf'], 'report.pdf is not a text file (PDF)'],
    [['photo.png'], 'photo.png is not a text file (PNG)'],
    [['nul.txt'], 'nul.txt is not a text file: save it as plain text'],
    [['locked.txt'], 'cannot read locked.txt: permission denied'],
    [['huge.txt'], 'huge.txt is larger than 10 MB: check it in smaller parts'],
    [['images'], 'images has no .txt, .md, .html, .docx or .odt files to check'],
    [['numbers.txt'], 'numbers.txt has no words to check'],
    [['-', '-'], 'can be given only once'],
    [['--glossary', 'bad-glossary.json', 'plain.txt'], 'glossary file bad-glossary.json: banned'],
    [['--disable', 'en/no-such-rule', 'plain.txt'], '--disable: no rule has the id "en/no-such-rule"'],
    [['plain.txt', '--disable'], '--disable needs a value: RULE'],
    [['--help=yes', 'plain.txt'], '--help takes no value (see heard-check --help)'],
    [['--version=1'], '--version takes no value'],
    [['-x', 'plain.txt'], 'unknown option -x (see heard-check --help)'],
    [['empty.txt'], 'empty.txt is empty'],
    [['--colour', 'plain.txt'], 'unknown option --colour (see heard-check --help)'],
    [['--language', '--format', 'json', 'plain.txt'], '--language needs a value: kk, ru, en, auto'],
    [['plain.txt', '--fail-on'], '--fail-on needs a value: error, warning'],
    [['--format', 'xml', 'plain.txt'], '--format must be one of text, json'],
    [['--language', 'de', 'plain.txt'], '--language must be one of kk, ru, en, auto'],
    [['--audience', 'kids', 'plain.txt'], '--audience must be one of general'],
    [['--audience', 'bad-audience.json', 'plain.txt'], 'audience file bad-audience.json: targets.grade'],
    [[], 'no input'],
  ])('%j: one clear line on stderr and exit code 2', async (args, message) => {
    const { code, stderr, stdout } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
  });
});

describe('heard-check binary', () => {
  it('runs through npx after install, reading stdin', async () => {
    const bin = resolve(import.meta.dirname, '../../../bin/heard-check.js');
    const child = promisify(execFile)(process.execPath, [bin, '--format', 'json', '-'], { timeout: 30_000 });
    child.child.stdin?.end('Өтінішті онлайн беруге болады.');
    const { stdout } = await child;
    expect(JSON.parse(stdout).language.code).toBe('kk');
  }, 40_000);

  it('stops quietly, with exit code 0, when the reader closes the pipe early (| head -1)', async () => {
    const bin = resolve(import.meta.dirname, '../../../bin/heard-check.js');
    const child = spawn(process.execPath, [bin, '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    // Thousands of findings: far more report than a pipe holds.
    child.stdin.end('Please utilise the portal.\n'.repeat(5000));
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 40_000);

  it('walks a folder on disk', async () => {
    const bin = resolve(import.meta.dirname, '../../../bin/heard-check.js');
    const root = await mkdtemp(join(tmpdir(), 'heard-check-'));
    await mkdir(join(root, 'ru'));
    await mkdir(join(root, '.cache'));
    await writeFile(join(root, 'a.md'), 'You can apply online.');
    await writeFile(join(root, 'ru', 'b.txt'), 'Подайте заявление онлайн.');
    await writeFile(join(root, '.cache', 'c.txt'), 'Not content.');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--format', 'json', root], {
      timeout: 30_000,
    }).finally(() => rm(root, { recursive: true, force: true }));
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).file),
    ).toEqual([join(root, 'a.md'), join(root, 'ru', 'b.txt')]);
  }, 40_000);
});
