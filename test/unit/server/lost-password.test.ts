import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ensureFirstAdmin } from '../../../server/auth/first-admin.ts';
import { SqliteStore } from '../../../server/storage/sqlite.ts';

const at = '2026-11-27T09:00:00.000Z';

describe('the lost-password recovery (README)', () => {
  it('signs out everyone: sessions left by accounts deleted in the sqlite3 shell are purged at start', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'heard-recovery-')), 'heard.db');
    const before = new SqliteStore(path);
    await ensureFirstAdmin(before, 'the old admin password', () => undefined);
    await before.createSession({ tokenHash: 'stolen', username: 'admin', createdAt: at, lastSeenAt: at });
    await before.close();

    // What an operator who follows the old advice runs: the sqlite3 shell has foreign keys off.
    const shell = new Database(path);
    // better-sqlite3 turns them on by default; the sqlite3 shell does not.
    shell.pragma('foreign_keys = OFF');
    shell.exec('DELETE FROM accounts');
    expect(shell.prepare('SELECT COUNT(*) AS n FROM sessions').get()).toEqual({ n: 1 });
    shell.close();

    // The next start creates "admin" again, which must not inherit the old session.
    const after = new SqliteStore(path);
    expect(await ensureFirstAdmin(after, 'the new admin password', () => undefined)).toBe(true);
    expect(await after.getSession('stolen')).toBeUndefined();
    await after.close();
  });
});
