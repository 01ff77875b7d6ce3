import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config.ts';
import { startServer } from '../../../server/start.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'heard-startup-'));

/** Starts a collector in this process and answers the message it was refused with. */
async function refusal(env: Record<string, string>): Promise<string> {
  const config = loadConfig({
    PORT: '0',
    HEARD_DATA_DIR: scratch(),
    HEARD_ADMIN_PASSWORD: 'startup-test-pass',
    ...env,
  });
  const started = startServer(config).then(async (running) => {
    await running.stop();
    return 'started';
  });
  const error = await started.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).message;
}

describe('HEARD_ADMIN_PASSWORD', () => {
  it('is checked when it would become the first admin’s password, and only then', async () => {
    const dataDir = scratch();
    const message = await refusal({ HEARD_DATA_DIR: dataDir, HEARD_ADMIN_PASSWORD: 'short' });
    expect(message).toBe(
      "HEARD_ADMIN_PASSWORD=(5 characters, not shown) is invalid: 12 to 256 characters (it becomes the first admin's password: the database has no account yet)",
    );
    // Once an account exists, a leftover value (valid or not) is ignored, with a note.
    const printed = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const first = await startServer(loadConfig({ PORT: '0', HEARD_DATA_DIR: dataDir }));
    await first.stop();
    const later = await startServer(
      loadConfig({ PORT: '0', HEARD_DATA_DIR: dataDir, HEARD_ADMIN_PASSWORD: 'short' }),
    );
    await later.stop();
    expect(printed.mock.calls.map(([line]) => String(line))).toContain(
      'heard: HEARD_ADMIN_PASSWORD is ignored: dashboard accounts exist already (remove it from the deployment)',
    );
    printed.mockRestore();
  });
});

describe('the address it says it listens on', () => {
  it('is a URL that reaches it, for an IPv6 HOST too', async () => {
    for (const host of ['127.0.0.1', '::1']) {
      const running = await startServer(loadConfig({ PORT: '0', HOST: host, HEARD_DATA_DIR: scratch() }));
      try {
        expect((await fetch(new URL('/healthz', running.url))).status).toBe(200);
      } finally {
        await running.stop();
      }
    }
  });
});

describe('a setting the collector cannot start with is named', () => {
  it('HEARD_DATA_DIR that is a file, or that holds something that is no database', async () => {
    const file = join(scratch(), 'not-a-directory');
    writeFileSync(file, 'x');
    expect(await refusal({ HEARD_DATA_DIR: file })).toMatch(
      /^HEARD_DATA_DIR=".*not-a-directory": cannot keep/,
    );
    const dir = scratch();
    mkdirSync(join(dir, 'heard.db'));
    expect(await refusal({ HEARD_DATA_DIR: dir })).toMatch(/^HEARD_DATA_DIR=/);
  });

  it('HOST that does not resolve or is not this machine’s, and PORT that is taken', async () => {
    expect(await refusal({ HOST: 'no-such-host.invalid' })).toMatch(
      /^HOST="no-such-host.invalid": the name does not resolve/,
    );
    expect(await refusal({ HOST: '192.0.2.1' })).toMatch(/^HOST="192.0.2.1": not an address of this machine/);
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    const port = (taken.address() as { port: number }).port;
    expect(await refusal({ PORT: String(port) })).toMatch(new RegExp(`^PORT=${port}: the port is in use`));
    taken.close();
  });

  it('DATABASE_URL that cannot be reached, without showing it or its password', async () => {
    const message = await refusal({ DATABASE_URL: 'postgres://heard:s3cr3t-pw@127.0.0.1:1/heard' });
    expect(message).toMatch(
      /^DATABASE_URL \(not shown\): cannot open the PostgreSQL database: .*ECONNREFUSED/,
    );
    expect(message).not.toContain('s3cr3t-pw');
    expect(message).not.toContain('postgres://');
  });

  it('HEARD_SITES_FILE that is missing, not JSON, or holds a bad site', async () => {
    const dir = scratch();
    const missing = join(dir, 'missing.json');
    expect(await refusal({ HEARD_SITES_FILE: missing })).toMatch(
      /^HEARD_SITES_FILE=".*missing.json": cannot read the file/,
    );
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[{"id": ');
    expect(await refusal({ HEARD_SITES_FILE: broken })).toMatch(
      /^HEARD_SITES_FILE=".*broken.json": not JSON/,
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ id: 'mod', name: 'M', origins: ['https://*.gov.kz'] }]));
    expect(await refusal({ HEARD_SITES_FILE: bad })).toMatch(
      /^HEARD_SITES_FILE=".*bad.json": 0.origins.0: an origin like/,
    );
  });
});

/** Runs `npm run server`'s entry point with `env`; answers its exit code and what it printed. */
function runMain(env: Record<string, string>, user?: string) {
  const command = [
    process.execPath,
    '--import',
    'tsx',
    resolve(import.meta.dirname, '../../../server/main.ts'),
  ];
  const [file, ...args] = user ? ['runuser', '-u', user, '--', ...command] : command;
  const child = spawn(file ?? '', args, {
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd: resolve(import.meta.dirname, '../../..'),
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  // A server that hangs at start is killed, so the test fails instead of leaving it behind.
  const hung = setTimeout(() => child.kill('SIGKILL'), 15_000);
  return new Promise<{ code: number | null; output: string }>((done) =>
    child.once('exit', (code) => {
      clearTimeout(hung);
      done({ code, output });
    }),
  );
}

describe('npm run server on a bad setting', () => {
  it('exits with code 2 and one line naming the variable, no stack trace', async () => {
    const { code, output } = await runMain({
      PORT: '0',
      HEARD_DATA_DIR: scratch(),
      HEARD_SITES_FILE: join(scratch(), 'missing.json'),
    });
    expect(code).toBe(2);
    expect(output.trim()).toMatch(
      /^heard: HEARD_SITES_FILE=".*missing.json": cannot read the file: ENOENT[^\n]*$/,
    );
  }, 20_000);

  it('exits with code 2 naming HEARD_TIME_ZONE and its value when the zone is unknown', async () => {
    const { code, output } = await runMain({
      PORT: '0',
      HEARD_DATA_DIR: scratch(),
      HEARD_TIME_ZONE: 'Asia/Almati',
    });
    expect(code).toBe(2);
    expect(output.trim()).toBe(
      'heard: HEARD_TIME_ZONE="Asia/Almati" is invalid: an IANA time zone name such as Asia/Almaty, or UTC',
    );
  }, 20_000);

  // Node's own recursive mkdir loops forever on these; the server hung at start without a word.
  it.skipIf(process.platform !== 'linux')(
    'exits with code 2 for a HEARD_DATA_DIR under /proc or under a link to nothing',
    async () => {
      const dangling = join(scratch(), 'dangling');
      symlinkSync(join(dangling, '..', 'gone'), dangling);
      for (const [dir, why] of [
        [
          '/proc/heard-no-such-dir/data',
          /ENOENT: no such file or directory, mkdir '\/proc\/heard-no-such-dir'/,
        ],
        [join(dangling, 'data'), /dangling" exists but is not a directory \(a file, or a link to nothing\)/],
      ] as const) {
        const { code, output } = await runMain({ PORT: '0', HEARD_DATA_DIR: dir });
        expect(output.trim()).toMatch(/^heard: HEARD_DATA_DIR=".*": cannot keep the database there/);
        expect(output).toMatch(why);
        expect(code).toBe(2);
      }
    },
    40_000,
  );

  // Only root can start a process as another user, and only another user meets a file it may not write.
  it.skipIf(process.getuid?.() !== 0)(
    'exits with code 2 when the database file is read-only for it',
    async () => {
      const dir = scratch();
      const first = await runMain({
        PORT: '0',
        HEARD_DATA_DIR: dir,
        HEARD_SITES_FILE: join(dir, 'none.json'),
      });
      expect(first.code).toBe(2); // created the database, then stopped at the missing sites file
      const { chmodSync } = await import('node:fs');
      chmodSync(dir, 0o755);
      chmodSync(join(dir, 'heard.db'), 0o444);
      const { code, output } = await runMain(
        { PORT: '0', HEARD_DATA_DIR: dir, HEARD_ADMIN_PASSWORD: 'startup-test-pass' },
        'nobody',
      );
      expect(output.trim()).toMatch(/^heard: HEARD_DATA_DIR=".*": cannot keep the database there .*readonly/);
      expect(code).toBe(2);
    },
    30_000,
  );
});
