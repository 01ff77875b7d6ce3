import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { analyze } from '../index.ts';
import { AUDIENCES, type AudienceProfile, AudienceProfileSchema } from '../internal/audiences.ts';
import { type Glossary, GlossarySchema, InvalidOptionError } from '../internal/options.ts';
import type { Report } from '../internal/report-schema.ts';
import { OPTIONS, readLoosely } from './args.ts';
import { decodeText } from './decode.ts';
import { formatGithub } from './format-github.ts';
import { formatSummary, formatText, positions } from './format-text.ts';
import { markupOf, type Prose, proseOf, sourceSpan } from './markup.ts';
import {
  type CliMessages,
  cliMessages,
  type JsonProblem,
  type JsonType,
  localeLanguage,
} from './messages.ts';
import { DocumentError, type OfficeDocument, officeDocument } from './office.ts';

/** What the CLI needs from the outside world; tests pass fakes. */
export interface CliIo {
  /** A file's bytes (or its text, in tests). */
  readFile(path: string): Promise<Uint8Array | string>;
  readStdin(): Promise<Uint8Array | string>;
  /**
   * What is directly in a folder, or undefined when `path` is not a folder (a file, or nothing there: reading
   * it says which). Without it, a folder is an input error.
   */
  readFolder?(path: string): Promise<{ name: string; folder: boolean }[] | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The user's POSIX locale (LC_ALL, LC_MESSAGES or LANG), for the language of the command's own messages. */
  locale?: string | undefined;
}

/**
 * The largest input checked, in bytes: a long law is 1–2 MB, and the check takes about a second per megabyte,
 * so a bigger file is most likely not a text to read (a log, a dump) or is one better checked in parts.
 */
export const MAX_INPUT_BYTES = 10_000_000;

/**
 * The largest Word or OpenDocument file read: their pictures make them large, and only the body's text (at
 * most MAX_INPUT_BYTES) is checked; its XML may be several times the size of its text.
 */
const MAX_DOCUMENT_BYTES = 100_000_000;
const MAX_DOCUMENT_XML_BYTES = 100_000_000;

class UsageError extends Error {
  override name = 'UsageError';
}

const oneOf = <T extends string>(
  t: CliMessages,
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T => {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(t.oneOf(option, allowed, value));
};

/** Whether a report meets any of the `--fail-on` conditions; `warning` includes errors. */
function failsOn(conditions: ReadonlySet<'error' | 'warning' | 'audience'>, report: Report): boolean {
  if (conditions.has('audience') && !report.audience.fits) return true;
  return report.findings.some(
    (f) =>
      (f.severity === 'error' && (conditions.has('error') || conditions.has('warning'))) ||
      (f.severity === 'warning' && conditions.has('warning')),
  );
}

async function loadAudience(
  t: CliMessages,
  value: string | undefined,
  io: CliIo,
): Promise<string | AudienceProfile | undefined> {
  if (value === undefined) return undefined;
  if (value in AUDIENCES) return value;
  if (!value.endsWith('.json')) {
    throw new UsageError(t.audienceChoice(value));
  }
  return readJsonFile(t, io, value, AudienceProfileSchema, {
    unreadable: (reason) => t.cannotReadAudience(value, reason),
    notJson: (line, column) => t.audienceNotJson(value, line, column),
    invalid: (reason) => t.audienceInvalid(value, reason),
  });
}

/** The agency glossary from a JSON file (`--glossary`), validated as `analyze` validates it. */
function loadGlossary(t: CliMessages, file: string, io: CliIo): Promise<Glossary> {
  return readJsonFile(t, io, file, GlossarySchema, {
    unreadable: (reason) => t.badGlossary(file, reason),
    notJson: (line, column) => t.badGlossary(file, t.notJson(line, column)),
    invalid: (reason) => t.badGlossary(file, reason),
  });
}

const JSON_TYPES: Readonly<Record<string, JsonType>> = {
  number: 'number',
  string: 'text',
  object: 'object',
  array: 'list',
  boolean: 'boolean',
  null: 'null',
};

const jsonTypeOf = (value: unknown): JsonType =>
  JSON_TYPES[value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value] ?? 'other';

/** What zod found wrong with a field, for the command's messages in the user's language. */
function jsonProblem(issue: z.core.$ZodIssue): JsonProblem {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { kind: 'missing' }
        : { kind: 'type', expected: JSON_TYPES[issue.expected] ?? 'other', got: jsonTypeOf(issue.input) };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { kind: 'empty' };
      if (issue.origin !== 'number') return { kind: 'other' };
      return { kind: issue.inclusive ? 'atLeast' : 'moreThan', limit: Number(issue.minimum) };
    case 'too_big':
      if (issue.origin === 'string') return { kind: 'tooLong', limit: Number(issue.maximum) };
      if (issue.origin !== 'number') return { kind: 'other' };
      return { kind: issue.inclusive ? 'atMost' : 'lessThan', limit: Number(issue.maximum) };
    case 'unrecognized_keys':
      return { kind: 'unknownFields', fields: issue.keys };
    default:
      return { kind: 'other' };
  }
}

/**
 * Line and column (1-based) of a JSON syntax error in `text`, from the offset V8's message gives ("… in JSON
 * at position 17"); a message without one ("Unexpected end of JSON input") is about the end of the text.
 */
function jsonErrorAt(text: string, error: unknown): { line: number; column: number } {
  const position = /at position (\d+)/u.exec((error as Error).message)?.[1];
  return positions(text)(position === undefined ? text.length : Math.min(Number(position), text.length));
}

/**
 * A JSON file read and validated against `schema`; each way it can fail is a UsageError worded by `say`: where
 * the JSON breaks off, or the first field that does not fit the schema and what is wrong with it.
 */
async function readJsonFile<S extends z.ZodMiniType>(
  t: CliMessages,
  io: CliIo,
  file: string,
  schema: S,
  say: {
    unreadable: (reason: string) => string;
    notJson: (line: number, column: number) => string;
    invalid: (reason: string) => string;
  },
): Promise<z.output<S>> {
  let raw: string;
  try {
    raw = asText(t, file, await io.readFile(file));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(say.unreadable(readError(t, error)));
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    const { line, column } = jsonErrorAt(raw, error);
    throw new UsageError(say.notJson(line, column));
  }
  // The input is reported so that the message can say what kind of value the field was given.
  const parsed = z.safeParse(schema, json, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const problem = issue ? t.jsonProblem(jsonProblem(issue)) : t.jsonProblem({ kind: 'other' });
    const field = issue?.path.join('.');
    throw new UsageError(say.invalid(field ? `${field}: ${problem}` : problem));
  }
  return parsed.data;
}

/**
 * A file's content as text, without a byte-order mark; a UsageError for bytes that are not text. Russian in
 * Windows-1251 is read, and `notice` is told so.
 */
function asText(
  t: CliMessages,
  name: string,
  content: Uint8Array | string,
  notice: (line: string) => void = () => {},
): string {
  const decoded = typeof content === 'string' ? content : decodeText(content);
  if (typeof decoded === 'string') return decoded.replace(/^\uFEFF/, '');
  if (decoded.kind === 'windows-1251') {
    notice(t.readAsWindows1251(name));
    return decoded.text;
  }
  throw new UsageError(decoded.kind === 'encoding' ? t.notUtf8(name) : t.notText(name, decoded.format));
}

/** A Word or OpenDocument file's text (by content, so standard input too), else undefined. */
function readDocument(
  t: CliMessages,
  name: string,
  content: Uint8Array | string,
): OfficeDocument | undefined {
  if (typeof content === 'string') return undefined;
  if (content.byteLength > MAX_DOCUMENT_BYTES) throw new UsageError(t.tooLarge(name));
  try {
    return officeDocument(content, MAX_DOCUMENT_XML_BYTES);
  } catch (error) {
    if (error instanceof DocumentError) throw new UsageError(t.unreadableDocument(name, error.format));
    throw error;
  }
}

/** Why a file could not be read, in plain words where the system gave a known code. */
function readError(t: CliMessages, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') return t.readErrors[code];
  if (code === 'EPERM') return t.readErrors.EACCES;
  return code ?? (error as Error).message;
}

/** Files a folder's texts are in; .xhtml too, as `markupOf` reads it, and word processors' documents. */
const TEXT_FILE = /\.(txt|md|markdown|html?|xhtml|docx|odt)$/iu;

/**
 * The text files in a folder and its subfolders, in name order, path by path as given (`content/ru/a.md`);
 * hidden folders (`.git`) and `node_modules` hold no content to check. A subfolder that cannot be read is
 * passed to `unreadable` and the rest are still listed.
 */
async function textFilesIn(
  folder: string,
  entries: readonly { name: string; folder: boolean }[],
  io: CliIo,
  unreadable: (folder: string, error: unknown) => void,
): Promise<string[]> {
  const files: string[] = [];
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of sorted) {
    const path = join(folder, entry.name);
    if (!entry.folder) {
      if (TEXT_FILE.test(entry.name)) files.push(path);
      continue;
    }
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    let inside: { name: string; folder: boolean }[];
    try {
      inside = (await io.readFolder?.(path)) ?? [];
    } catch (error) {
      unreadable(path, error);
      continue;
    }
    files.push(...(await textFilesIn(path, inside, io, unreadable)));
  }
  return files;
}

/** The report with its offsets moved from the prose into the file as written (markup and all). */
function inSource(prose: Prose, report: Report): Report {
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, ...sourceSpan(prose, f.start, f.end) })),
    language: {
      ...report.language,
      ...(report.language.paragraphs
        ? {
            paragraphs: report.language.paragraphs.map((p) => ({
              ...p,
              ...sourceSpan(prose, p.start, p.end),
            })),
          }
        : {}),
    },
  };
}

/** The package's version, for `--version`. */
function packageVersion(): string {
  const json = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(json) as { version?: string }).version ?? 'unknown';
}

/** Runs `heard-check` with the given arguments; resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // The command's own messages follow --ui-language once it is read, the user's locale until then.
  let t = cliMessages(localeLanguage(io.locale));
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
    const asked = values['ui-language'];
    if (asked === 'kk' || asked === 'ru' || asked === 'en') t = cliMessages(asked);
    if (values.help) {
      io.stdout(`${t.usage}\n`);
      return 0;
    }
    if (values.version) {
      io.stdout(`heard-check ${packageVersion()}\n`);
      return 0;
    }
    const language = oneOf(t, 'language', values.language, ['kk', 'ru', 'en', 'auto'] as const, 'auto');
    const format = oneOf(t, 'format', values.format, ['text', 'json', 'github'] as const, 'text');
    // A list: `error,audience` fails on an error finding or on a text that misses its audience.
    const failOn = new Set(
      values['fail-on']
        ?.split(',')
        .map((item) => oneOf(t, 'fail-on', item.trim(), ['error', 'warning', 'audience'] as const, 'error')),
    );
    const uiLanguage =
      values['ui-language'] === undefined
        ? undefined
        : oneOf(t, 'ui-language', values['ui-language'], ['kk', 'ru', 'en'] as const, 'en');
    const audience = await loadAudience(t, values.audience, io);
    const glossary = values.glossary === undefined ? undefined : await loadGlossary(t, values.glossary, io);
    const rules = values.disable?.length
      ? Object.fromEntries(values.disable.map((id) => [id, false] as const))
      : undefined;
    // An unknown rule id is a usage error before any file is read, not one per file.
    if (rules) {
      try {
        analyze('', { rules });
      } catch (error) {
        if (!(error instanceof InvalidOptionError)) throw error;
        throw new UsageError(t.unknownRule(error.option.replace(/^rules\./u, '')));
      }
    }
    if (positionals.length === 0) throw new UsageError(t.noInput);

    if (positionals.filter((file) => file === '-').length > 1) throw new UsageError(t.stdinTwice);

    let failed = false;
    // A file that cannot be checked is said on stderr and the others are still checked; the exit code is 2.
    let inputError = false;
    // A folder stands for the text files in it, so CI can name one folder rather than rely on a shell's `**`.
    const inputs: string[] = [];
    const checked: Report[] = [];
    const unreadable = (path: string, error: unknown) => {
      io.stderr(`heard-check: ${t.cannotRead(path, readError(t, error))}\n`);
      inputError = true;
    };
    for (const given of positionals) {
      let entries: { name: string; folder: boolean }[] | undefined;
      try {
        entries = given === '-' ? undefined : await io.readFolder?.(given);
      } catch (error) {
        unreadable(given, error);
        continue;
      }
      if (!entries) {
        inputs.push(given);
        continue;
      }
      const found = await textFilesIn(given, entries, io, unreadable);
      if (found.length === 0) {
        io.stderr(`heard-check: ${t.noTextFiles(given)}\n`);
        inputError = true;
      }
      inputs.push(...found);
    }
    for (const file of inputs) {
      let text: string;
      let document: OfficeDocument | undefined;
      try {
        let content: Uint8Array | string;
        try {
          content = file === '-' ? await io.readStdin() : await io.readFile(file);
        } catch (error) {
          throw new UsageError(t.cannotRead(file, readError(t, error)));
        }
        const name = file === '-' ? t.stdinName : file;
        document = readDocument(t, name, content);
        const size =
          document?.text.length ?? (typeof content === 'string' ? content.length : content.byteLength);
        if (size > MAX_INPUT_BYTES) throw new UsageError(t.tooLarge(name));
        text = document?.text ?? asText(t, name, content, (line) => io.stderr(`heard-check: ${line}\n`));
        if (text.trim() === '') throw new UsageError(t.empty(file === '-' ? undefined : file));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        io.stderr(`heard-check: ${error.message}\n`);
        inputError = true;
        continue;
      }
      const prose = proseOf(text, document ? 'paragraphs' : file === '-' ? 'text' : markupOf(file));
      const analysed =
        prose.text.trim() === ''
          ? undefined
          : analyze(prose.text, {
              language,
              ...(audience === undefined ? {} : { audience: audience as never }),
              ...(uiLanguage === undefined ? {} : { uiLanguage }),
              ...(glossary === undefined ? {} : { glossary }),
              ...(rules === undefined ? {} : { rules }),
            });
      // Nothing to read (markup only, or only numbers and signs) is no text that passed the check.
      if (!analysed || analysed.metrics.words === 0) {
        io.stderr(`heard-check: ${t.noProse(file === '-' ? t.stdinName : file)}\n`);
        inputError = true;
        continue;
      }
      const report = inSource(prose, analysed);
      if (format === 'json') io.stdout(`${JSON.stringify({ file, ...report })}\n`);
      else if (format === 'github') io.stdout(formatGithub(file === '-' ? undefined : file, text, report));
      else
        io.stdout(
          formatText(
            file,
            text,
            report,
            uiLanguage ?? report.language.code,
            typeof audience === 'object' ? { audience } : {},
          ),
        );
      if (failsOn(failOn, report)) failed = true;
      checked.push(report);
    }
    if (format === 'text' && checked.length > 1)
      io.stdout(formatSummary(uiLanguage ?? localeLanguage(io.locale), checked));
    return inputError ? 2 : failed ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InvalidOptionError) {
      io.stderr(`heard-check: ${error.message}\n`);
      return 2;
    }
    // parseArgs throws TypeError with code ERR_PARSE_ARGS_* for unknown options and missing values; its
    // English text is replaced by the command's own, in the language asked for or the user's.
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('ERR_PARSE_ARGS')) {
      const { problem, uiLanguage } = readLoosely(argv);
      if (uiLanguage === 'kk' || uiLanguage === 'ru' || uiLanguage === 'en') t = cliMessages(uiLanguage);
      const said = !problem
        ? ((error as Error).message.split('\n')[0] ?? '')
        : problem.kind === 'unknown'
          ? t.unknownOption(problem.option)
          : problem.kind === 'takesNoValue'
            ? t.takesNoValue(problem.option)
            : t.needsValue(problem.option, problem.values);
      io.stderr(`heard-check: ${said} ${t.seeHelp}\n`);
      return 2;
    }
    throw error;
  }
}
