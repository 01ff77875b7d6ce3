import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStaticFile } from '../../server/static-files.ts';

const root = mkdtempSync(join(tmpdir(), 'heard-static-'));
mkdirSync(join(root, 'ru'));
writeFileSync(join(root, 'ru', 'index.html'), '<p>ru</p>');
writeFileSync(join(root, 'site.css'), 'body{}');
writeFileSync(join(tmpdir(), 'heard-secret.txt'), 'secret');

describe('readStaticFile', () => {
  it('serves a file with its content type', async () => {
    const file = await readStaticFile(root, '/site.css');
    expect(file?.contentType).toBe('text/css; charset=utf-8');
    expect(file?.body.toString()).toBe('body{}');
  });

  it('maps a folder to its index.html, with or without the slash', async () => {
    expect((await readStaticFile(root, '/ru/'))?.body.toString()).toBe('<p>ru</p>');
    expect((await readStaticFile(root, '/ru'))?.body.toString()).toBe('<p>ru</p>');
  });

  it.each([
    '/../heard-secret.txt',
    '/%2e%2e/heard-secret.txt',
    '/ru/%2e%2e%2f..%2fheard-secret.txt',
    '/%00',
    '/%E0%A4%A',
  ])('refuses %s', async (path) => {
    expect(await readStaticFile(root, path)).toBeUndefined();
  });

  it('returns undefined for a missing file', async () => {
    expect(await readStaticFile(root, '/missing.html')).toBeUndefined();
  });
});
