import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { newSubmissionId } from '../../../contract/submission-id.ts';
import { createApp } from '../../../server/app.ts';
import { ErrorLog } from '../../../server/error-log.ts';
import { SqliteStore } from '../../../server/storage/sqlite.ts';

const outage = () => Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });

describe('ErrorLog', () => {
  it('prints a failure once with its stack, counts it while it repeats, and prints the count later', () => {
    const lines: string[] = [];
    let now = Date.parse('2026-11-28T09:41:07.000Z');
    const log = new ErrorLog(
      (line) => lines.push(line),
      () => now,
    );
    for (let i = 0; i < 1_000; i++) {
      log.report('POST /api/v1/feedback', outage());
      now += 5;
    }
    log.report('GET /api/v1/admin/pages', new Error('relation "page_day" does not exist'));
    expect(lines).toHaveLength(2);
    expect(lines[0]?.split('\n')[0]).toBe(
      'heard: POST /api/v1/feedback failed: connect ECONNREFUSED 10.0.0.5:5432 (ECONNREFUSED)',
    );
    expect(lines[0]).toContain('at ');
    now += 10_000;
    log.report('POST /api/v1/feedback', outage());
    expect(lines[2]).toBe(
      'heard: POST /api/v1/feedback failed: connect ECONNREFUSED 10.0.0.5:5432 (ECONNREFUSED) (and 999 more since 09:41:07 UTC)',
    );
  });
});

describe('a database outage', () => {
  it('logs a few lines, not one stack trace per failed submission', async () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'heard-outage-')), 'heard.db'));
    await store.upsertSite({ id: 'ministry', name: 'M', origins: [], minVotes: 1, retentionDays: null });
    const down = new Proxy(store, {
      get: (target, name, receiver) =>
        name === 'addFeedback' ? () => Promise.reject(outage()) : Reflect.get(target, name, receiver),
    });
    const app = createApp({ store: down, clientLimit: { burst: 1_000, perSecond: 1 } });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (let i = 0; i < 200; i++) {
        const response = await app.request('/api/v1/feedback', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            id: newSubmissionId(),
            site: 'ministry',
            page: 'https://gov.example.kz/ru/services',
            language: 'ru',
            vote: 'yes',
            createdAt: '2026-11-27T10:00:00.000Z',
          }),
        });
        expect(response.status).toBe(500);
      }
      expect(logged).toHaveBeenCalledTimes(1);
      expect(String(logged.mock.calls[0]?.[0])).toMatch(
        /^heard: POST \/api\/v1\/feedback failed: connect ECONNREFUSED/,
      );
    } finally {
      logged.mockRestore();
      await store.close();
    }
  });
});
