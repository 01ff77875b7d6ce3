import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * `mkdir -p` that always ends. Node 20's `mkdirSync(path, { recursive: true })` loops forever where a parent
 * exists but refuses children with ENOENT (`/proc/x`: mkdir of `/proc` says EEXIST, of `/proc/x` ENOENT, and
 * Node steps back and forth between them), so a mistyped HEARD_DATA_DIR hung the server at start, silently.
 * Here each directory is tried at most twice, and the first error that cannot be helped is thrown.
 */
export function makeDirectory(path: string): void {
  try {
    mkdirSync(path);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (!isDirectory(path)) throw notADirectory(path);
      return;
    }
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw error;
    makeDirectory(parent);
  }
  // The parent exists now; if the child still cannot be made (ENOENT again, as under /proc), that is final.
  try {
    mkdirSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (!isDirectory(path)) throw notADirectory(path);
  }
}

function notADirectory(path: string): Error {
  return new Error(`${JSON.stringify(path)} exists but is not a directory (a file, or a link to nothing)`);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
