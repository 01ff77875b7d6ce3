import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportStream } from '../../../server/api/admin/export.ts';
import { median } from '../../../server/api/admin/responses.ts';
import { LoginLimiter } from '../../../server/auth/login-limiter.ts';
import { generatePassword, hashPassword, verifyPassword } from '../../../server/auth/password.ts';
import { csvCell } from '../../../server/reports/csv.ts';
import { medianInPlace } from '../../../server/reports/median.ts';
import { priority } from '../../../server/reports/pages-table.ts';
import { SqliteStore } from '../../../server/storage/sqlite.ts';

describe('csvCell', () => {
  it.each([
    [null, ''],
    [4, '4'],
    [9.5, '9.5'],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+7 701', "'+7 701"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('LoginLimiter', () => {
  it('blocks a key after the limit until its oldest failure leaves the window, and forgets on success', () => {
    let now = 0;
    const limiter = new LoginLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('user:a')).toBe(0);
      limiter.fail('user:a');
      now += 10_000;
    }
    // Failures at 0, 10 and 20 s; now 30 s: the one at 0 s leaves the window at 60 s.
    expect(limiter.retryAfter('user:a')).toBe(30);
    expect(limiter.retryAfter('user:b')).toBe(0);
    now = 60_001;
    expect(limiter.retryAfter('user:a')).toBe(0);
    limiter.fail('user:a');
    limiter.clear('user:a');
    expect(limiter.retryAfter('user:a')).toBe(0);
  });

  it('counts an attempt before its outcome is known and takes it back on success', () => {
    const limiter = new LoginLimiter(2, 60_000, () => 0);
    const first = limiter.attempt('client:x');
    limiter.attempt('client:x');
    expect(limiter.retryAfter('client:x')).toBe(60);
    first.succeeded();
    expect(limiter.retryAfter('client:x')).toBe(0);
  });
});

describe('passwords', () => {
  it('hash with a random salt and the parameters, verify only the right password, reject malformed hashes', async () => {
    const first = await hashPassword('correct horse battery');
    const second = await hashPassword('correct horse battery');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('correct horse battery', first)).toBe(true);
    expect(await verifyPassword('correct horse batterY', first)).toBe(false);
    expect(await verifyPassword('anything', 'md5$abc')).toBe(false);
  });

  it('generates one-time passwords of 20 characters without look-alikes', () => {
    const passwords = Array.from({ length: 200 }, generatePassword);
    for (const p of passwords) expect(p).toMatch(/^[a-km-np-zA-HJ-NP-RT-Y346-9]{20}$/);
    expect(new Set(passwords).size).toBe(200);
  });
});

describe('medianInPlace', () => {
  it('equals the sorted middle for odd and even counts, duplicates and runs in order', () => {
    let seed = 1;
    const random = () => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const lists = [
      [],
      [5],
      [3, 1],
      [2, 2, 2, 2],
      Array.from({ length: 1_000 }, (_, i) => i),
      Array.from({ length: 1_001 }, (_, i) => 1_000 - i),
      ...Array.from({ length: 50 }, () =>
        Array.from({ length: 1 + Math.floor(random() * 300) }, () => Math.floor(random() * 40)),
      ),
    ];
    for (const list of lists) {
      const expected = median(list);
      expect(medianInPlace(Float64Array.from(list)), JSON.stringify(list)).toBe(expected);
    }
  });
});

describe('median and priority', () => {
  it('takes the middle wait, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
  });

  it('ranks pages hard for both citizens and the engine first, and damps pages with few votes', () => {
    const hard = priority({ votes: 100, usefulShare: 0.2, averageClarity: 1.5, readabilityGrade: 16 });
    const citizensOnly = priority({ votes: 100, usefulShare: 0.2, averageClarity: 1.5, readabilityGrade: 6 });
    const engineOnly = priority({ votes: 100, usefulShare: 0.9, averageClarity: 4.8, readabilityGrade: 16 });
    const fewVotes = priority({ votes: 2, usefulShare: 0.2, averageClarity: 1.5, readabilityGrade: 16 });
    expect(hard).toBeGreaterThan(citizensOnly);
    expect(hard).toBeGreaterThan(engineOnly);
    expect(hard).toBeGreaterThan(fewVotes);
    expect(priority({ votes: 0, usefulShare: null, averageClarity: null, readabilityGrade: 12 })).toBe(0);
  });
});

describe('exportStream', () => {
  it('streams every row across keyset batches, as CSV and as one JSON array', async () => {
    const store = new SqliteStore(':memory:');
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const id = randomUUID();
      ids.push(id);
      await store.addFeedback({
        id,
        site: 'ministry',
        page: 'https://gov.example.kz/ru/a',
        language: 'ru',
        vote: 'yes',
        createdAt: '2026-11-27T10:00:00.000Z',
        // Two rows share a received time, so the keyset must order by id too.
        receivedAt: `2026-11-27T10:00:0${Math.min(i, 5)}.000Z`,
        spam: false,
      });
    }
    const filter = { site: 'ministry', from: '2026-11-01', to: '2026-11-30' };
    const read = (format: 'csv' | 'json') => new Response(exportStream({ store }, filter, format, 2)).text();
    const json = JSON.parse(await read('json')) as { id: string }[];
    const expected = [...ids.slice(0, 5), ...ids.slice(5).sort()];
    expect(json.map((r) => r.id)).toEqual(expected);
    const csv = (await read('csv')).split('\r\n');
    expect(csv).toHaveLength(1 + 7 + 1);
    expect(csv.slice(1, 8).map((line) => line.split(',')[0])).toEqual(expected);
    await store.close();
  });
});
