import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { widgetRoutes } from '../../../server/widget-files.ts';

const root = mkdtempSync(join(tmpdir(), 'heard-widget-'));
mkdirSync(join(root, 'inner'));
writeFileSync(join(root, 'heard.js'), 'export{};');
writeFileSync(join(root, 'submit-Ab12.js'), 'export{};');
writeFileSync(join(root, 'inner', 'secret.js'), 'no');
const app = widgetRoutes(root);

describe('the collector serves the built widget', () => {
  it('to any origin, as a module script may load it', async () => {
    const response = await app.request('/heard.js', { headers: { origin: 'https://www.gov.kz' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await response.text()).toBe('export{};');
  });

  it('caches hashed chunks for good', async () => {
    const response = await app.request('/submit-Ab12.js');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('says how to build it when it is missing, and serves nothing outside its folder', async () => {
    const missing = await widgetRoutes(join(root, 'nowhere')).request('/heard.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('npm run build');
    for (const path of ['/..%2Fheard.js', '/inner%2Fsecret.js', '/%2e%2e%2fetc%2fpasswd', '/heard.ts'])
      expect((await app.request(path)).status, path).toBe(404);
  });
});
