import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const listening = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });

describe('npm run server', () => {
  // A supervisor (or `docker stop`) signals the npm process it started; npm passes the signal to its script's
  // process only, so the script must be the collector itself, not a shell that dies and orphans it.
  it('stops the collector, draining it, when npm alone gets SIGTERM', async () => {
    const npm = spawn('npm', ['run', '-s', 'server'], {
      cwd: resolve(import.meta.dirname, '../../..'),
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: '0',
        HEARD_DATA_DIR: mkdtempSync(join(tmpdir(), 'heard-npm-')),
        HEARD_ADMIN_PASSWORD: 'npm-script-test-pass',
      },
    });
    let output = '';
    npm.stderr.on('data', (d) => (output += d));
    const port = await new Promise<number>((found, fail) => {
      npm.stdout.on('data', (d) => {
        output += d;
        const match = /http:\/\/127\.0\.0\.1:(\d+)/u.exec(output);
        if (match) found(Number(match[1]));
      });
      npm.once('exit', () => fail(new Error(`npm exited before the collector listened:\n${output}`)));
    });
    expect(await listening(port)).toBe(true);
    const exited = new Promise<void>((done) => npm.once('exit', () => done()));
    npm.kill('SIGTERM');
    await exited;
    // The collector says it drains, and its port closes (an orphan would keep serving).
    let open = true;
    for (let i = 0; i < 50 && open; i++) {
      open = await listening(port);
      if (open) await new Promise((wait) => setTimeout(wait, 100));
    }
    expect(output).toContain('SIGTERM: stopping');
    expect(open).toBe(false);
  }, 30_000);
});
