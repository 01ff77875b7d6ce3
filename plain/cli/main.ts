// Entry point of the `heard-check` command.
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { MAX_INPUT_BYTES, runCli } from './run.ts';

/**
 * A file's or stream's bytes, but no more than a little over the largest input checked: enough to refuse a
 * huge one without holding it all in memory.
 */
async function readBounded(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    length += chunk.byteLength;
    if (length > MAX_INPUT_BYTES) break;
  }
  return Buffer.concat(chunks);
}

/** What is in a folder; undefined for a file or a missing path, which reading the file then reports. */
async function readFolder(path: string): Promise<{ name: string; folder: boolean }[] | undefined> {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    // A link is followed as a file, never as a folder: a link to a parent folder would loop.
    return entries.map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR' || code === 'ENOENT') return undefined;
    throw error;
  }
}

// A reader that stops early (`heard-check big.txt | head`) closes the pipe: that is no error of the check.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readBounded(createReadStream(path)),
  readStdin: () => readBounded(process.stdin),
  readFolder,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  locale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
});
