import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every temporary file of the run (SQLite stores, data directories, browser profiles)
 * goes under one fresh directory, removed when the run ends, so running the suite again and again does not
 * fill the machine's temporary directory. Test processes inherit TMPDIR, and os.tmpdir() reads it.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'heard-test-run-'));
  // As /tmp is: tests that start the server as another user (nobody) need their own temporary files too.
  chmodSync(root, 0o1777);
  process.env.TMPDIR = root;
  return () => {
    // A file system a test mounted and failed to unmount stays; everything else goes.
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
