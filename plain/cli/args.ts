// The command's options, and what is wrong with arguments that `parseArgs` refused: its own messages are in
// English and name options by their spelling in its grammar ("Option '-h, --help' does not take an
// argument"), so the command finds the offending argument itself and says it in the user's language.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { AUDIENCES } from '../internal/audiences.ts';

/** `heard-check`'s options, as `parseArgs` takes them. */
export const OPTIONS = {
  language: { type: 'string' },
  audience: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'ui-language': { type: 'string' },
  glossary: { type: 'string' },
  disable: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** What each option takes, for the message when its value is missing. */
const OPTION_VALUES: Partial<Record<keyof typeof OPTIONS, string>> = {
  language: 'kk, ru, en, auto',
  audience: `${Object.keys(AUDIENCES).join(', ')}, FILE.json`,
  format: 'text, json, github',
  'fail-on': 'error, warning, audience',
  'ui-language': 'kk, ru, en',
  glossary: 'FILE.json',
  disable: 'RULE',
};

/** The first thing wrong with the arguments: an unknown option, a value missing or one given to a switch. */
export type ArgumentProblem =
  | { kind: 'unknown'; option: string }
  | { kind: 'needsValue'; option: string; values: string }
  | { kind: 'takesNoValue'; option: string };

const isOption = (name: string): name is keyof typeof OPTIONS => Object.hasOwn(OPTIONS, name);

/**
 * Reads the arguments leniently, as `parseArgs` tokenises them, for the first problem (undefined if none) and
 * the `--ui-language` asked for, so that even the message about a bad argument is in the language asked.
 */
export function readLoosely(argv: readonly string[]): {
  problem: ArgumentProblem | undefined;
  uiLanguage: string | undefined;
} {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  let problem: ArgumentProblem | undefined;
  let uiLanguage: string | undefined;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const { name, rawName, value, inlineValue } = token;
    if (!isOption(name)) {
      problem ??= { kind: 'unknown', option: rawName };
      continue;
    }
    const long = `--${name}`;
    if (OPTIONS[name].type === 'boolean') {
      if (value !== undefined) problem ??= { kind: 'takesNoValue', option: long };
      continue;
    }
    // A value taken from the next argument that starts with a dash is the next option, not a value:
    // `--language --format json` forgot the language.
    if (value === undefined || (!inlineValue && value.startsWith('-'))) {
      problem ??= { kind: 'needsValue', option: long, values: OPTION_VALUES[name] ?? '' };
      continue;
    }
    if (name === 'ui-language') uiLanguage = value;
  }
  return { problem, uiLanguage };
}
