import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../../server/storage/group-commit.ts';

describe('GroupCommit', () => {
  it('gathers what arrives while a slow commit runs into the next batch, not a chain of tiny ones', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const writer = new GroupCommit<number, string>(async (items) => {
      batches.push(items);
      // The first commit waits until the test lets it go, like a database round trip under load.
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return items.map((n) => `ok ${n}`);
    });
    const first = writer.add(0);
    await new Promise((resolve) => setImmediate(resolve));
    const later: Promise<string>[] = [];
    for (let turn = 1; turn <= 5; turn++) {
      later.push(writer.add(turn * 10), writer.add(turn * 10 + 1));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(batches).toEqual([[0]]);
    release();
    expect(await first).toBe('ok 0');
    expect(await Promise.all(later)).toHaveLength(10);
    expect(batches).toEqual([[0], [10, 11, 20, 21, 30, 31, 40, 41, 50, 51]]);
  });

  it('rejects every caller of a failed batch and keeps serving later ones', async () => {
    let fail = true;
    const writer = new GroupCommit<number, number>((items) => {
      if (fail) throw new Error('disk full');
      return items;
    });
    await expect(Promise.all([writer.add(1), writer.add(2)])).rejects.toThrow('disk full');
    fail = false;
    expect(await writer.add(3)).toBe(3);
    await writer.drain();
  });

  it('tries each item of a failed batch on its own, so one bad item fails only its own caller', async () => {
    const batches: number[][] = [];
    const writer = new GroupCommit<number, number>((items) => {
      batches.push(items);
      if (items.includes(13)) throw new Error('value out of range');
      return items.map((n) => n * 2);
    });
    const results = await Promise.allSettled([writer.add(1), writer.add(13), writer.add(3)]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      2,
      'value out of range',
      6,
    ]);
    expect(batches).toEqual([[1, 13, 3], [1], [13], [3]]);
  });

  it('fails a batch at once when no item can have caused the failure (a database that is down)', async () => {
    const batches: number[][] = [];
    const down = Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' });
    const writer = new GroupCommit<number, number>(
      (items) => {
        batches.push(items);
        throw down;
      },
      1000,
      (error) => (error as { code?: string }).code !== 'ETIMEDOUT',
    );
    const results = await Promise.allSettled([writer.add(1), writer.add(2), writer.add(3)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('knows the database fails writes after a batch failed as a whole, until a batch or a probe commits', async () => {
    let failure: Error | undefined;
    const writer = new GroupCommit<number, number>(
      (items) => {
        if (failure) throw failure;
        return items;
      },
      1000,
      (error) => (error as { code?: string }).code !== 'SQLITE_FULL',
    );
    await writer.add(1);
    expect(writer.failing).toBe(false);
    failure = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    await expect(writer.add(2)).rejects.toThrow('disk is full');
    expect(writer.failing).toBe(true);
    // A refusal that an item may have caused says nothing about the database: the state stays as it was.
    failure = new Error('value out of range');
    await expect(Promise.all([writer.add(3), writer.add(4)])).rejects.toThrow('out of range');
    expect(writer.failing).toBe(true);
    writer.writeSucceeded();
    expect(writer.failing).toBe(false);
    await expect(writer.add(5)).rejects.toThrow('out of range');
    expect(writer.failing).toBe(false);
    failure = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    await expect(writer.add(6)).rejects.toThrow('disk is full');
    failure = undefined;
    expect(await writer.add(7)).toBe(7);
    expect(writer.failing).toBe(false);
  });

  it('drain waits for queued and in-flight batches', async () => {
    const committed: number[] = [];
    const writer = new GroupCommit<number, number>(async (items) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      committed.push(...items);
      return items;
    }, 2);
    for (let i = 0; i < 5; i++) void writer.add(i);
    await writer.drain();
    expect(committed).toEqual([0, 1, 2, 3, 4]);
  });
});
