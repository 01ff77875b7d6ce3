import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config.ts';

describe('loadConfig', () => {
  it('has safe defaults: loopback, SQLite under ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: undefined,
      trustProxy: false,
    });
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT="eighty"'],
    [{ PORT: '70000' }, 'PORT="70000"'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL=(9 characters, not shown) is invalid'],
    [
      { HEARD_ADMIN_PASSWORD: 'short' },
      'HEARD_ADMIN_PASSWORD=(5 characters, not shown) is invalid: at least 12',
    ],
    [{ HEARD_PUBLIC_ORIGIN: 'https://x.kz/dash' }, 'HEARD_PUBLIC_ORIGIN="https://x.kz/dash"'],
    [{ HEARD_TRUST_PROXY: 'yes' }, 'HEARD_TRUST_PROXY="yes"'],
  ])('names the bad variable and its value: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
