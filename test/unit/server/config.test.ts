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
    [{ HEARD_PUBLIC_ORIGIN: 'https://x.kz/dash' }, 'HEARD_PUBLIC_ORIGIN="https://x.kz/dash"'],
    [{ HEARD_TRUST_PROXY: 'yes' }, 'HEARD_TRUST_PROXY="yes"'],
    [{ PORT: '0x2476' }, 'PORT="0x2476" is invalid: a port number'],
    [{ PORT: '80.5' }, 'PORT="80.5"'],
    [{ PORT: ' 80' }, 'PORT=" 80"'],
    [
      { DATABASE_URL: 'postgres://' },
      'DATABASE_URL=(11 characters, not shown) is invalid: a postgres:// or postgresql:// URL with a host',
    ],
    [{ DATABASE_URL: 'postgres://user:pw@/db' }, 'DATABASE_URL=(22 characters, not shown)'],
    [
      { HEARD_TIME_ZONE: 'Asia/Almati' },
      'HEARD_TIME_ZONE="Asia/Almati" is invalid: an IANA time zone name such as Asia/Almaty, or UTC',
    ],
    [{ HEARD_TIME_ZONE: 'UTC+5' }, 'HEARD_TIME_ZONE="UTC+5" is invalid'],
  ])('names the bad variable and its value: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('loadConfig, empty and accepted values', () => {
  it('takes a variable set to the empty string as unset', () => {
    expect(loadConfig({ PORT: '', HOST: '', DATABASE_URL: '', HEARD_ADMIN_PASSWORD: '' })).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: undefined,
      adminPassword: undefined,
    });
  });

  it('leaves the zone to the database unless HEARD_TIME_ZONE names one, which it spells as the runtime does', () => {
    expect(loadConfig({}).timeZone).toBeUndefined();
    expect(loadConfig({ HEARD_TIME_ZONE: '' }).timeZone).toBeUndefined();
    expect(loadConfig({ HEARD_TIME_ZONE: 'asia/almaty' }).timeZone).toBe('Asia/Almaty');
  });

  it('accepts a decimal port and a PostgreSQL URL with a host or a socket directory', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65_535);
    for (const url of [
      'postgres://u:p@db.internal:5432/heard',
      'postgresql:///heard?host=/var/run/postgresql',
    ])
      expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
  });
});
