// Entry point of the `heard-check` command.
import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { runCli } from './run.ts';

// A reader that stops early (`heard-check big.txt | head`) closes the pipe: that is no error of the check.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path),
  readStdin: async () => new Uint8Array(await buffer(process.stdin)),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  locale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
});
