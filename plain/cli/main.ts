// Entry point of the `heard-check` command.
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { runCli } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  readStdin: () => text(process.stdin),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  locale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
});
