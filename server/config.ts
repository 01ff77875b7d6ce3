import { resolve } from 'node:path';
import * as z from 'zod/mini';
import { isTimeZone, LocalDays } from './local-days.ts';

/** Whether a DATABASE_URL names a server: `postgres://` alone would quietly connect to localhost. */
function namesPostgresServer(value: string): boolean {
  if (!/^postgres(?:ql)?:\/\//.test(value)) return false;
  try {
    const url = new URL(value);
    // A Unix socket is given as ?host=/var/run/postgresql with an empty host.
    return url.hostname !== '' || (url.searchParams.get('host') ?? '') !== '';
  } catch {
    return false;
  }
}

const ConfigSchema = z.object({
  PORT: z._default(
    z
      .string()
      .check(
        z.refine(
          (v) => /^\d{1,5}$/.test(v) && Number(v) <= 65_535,
          'a port number from 0 to 65535 (decimal digits)',
        ),
      ),
    '8787',
  ),
  HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  DATABASE_URL: z.optional(
    z
      .string()
      .check(
        z.refine(
          namesPostgresServer,
          'a postgres:// or postgresql:// URL with a host, such as postgres://user:password@host:5432/db',
        ),
      ),
  ),
  HEARD_DATA_DIR: z._default(z.string().check(z.minLength(1)), './data'),
  HEARD_SITES_FILE: z.optional(z.string().check(z.minLength(1))),
  HEARD_TRUST_PROXY: z._default(z.enum(['true', 'false']), 'false'),
  // Checked when it is used, on a database without accounts (see ensureFirstAdmin): a leftover value must
  // not stop a later start.
  HEARD_ADMIN_PASSWORD: z.optional(z.string()),
  HEARD_PUBLIC_ORIGIN: z.optional(
    z.string().check(z.regex(/^https?:\/\/[^/\s]+$/, 'an origin such as https://feedback.gov.kz (no path)')),
  ),
  // Unset: the zone the database's counters are kept in (UTC for a new one), so neither an upgrade nor an
  // instance started without the variable moves a deployment's days under it.
  HEARD_TIME_ZONE: z.optional(
    z.string().check(z.refine(isTimeZone, 'an IANA time zone name such as Asia/Almaty, or UTC')),
  ),
});

/** The collector's settings, read from the environment. */
export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sitesFile: string | undefined;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  /** The first `admin` account's password; without it a one-time password is printed at first start. */
  adminPassword: string | undefined;
  /** The origin browsers use to reach the dashboard, when a proxy hides it from the server. */
  publicOrigin: string | undefined;
  /**
   * The IANA time zone whose calendar days the counters and date ranges use, as the runtime spells it;
   * undefined: the one the database's counters are kept in.
   */
  timeZone: string | undefined;
}

/** Thrown for a bad setting; the message names the variable, its value and what is expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Variables whose values never appear in error messages or logs. */
const SECRETS = new Set(['HEARD_ADMIN_PASSWORD', 'DATABASE_URL']);

const shown = (name: string, value: string) =>
  SECRETS.has(name) ? `(${value.length} characters, not shown)` : JSON.stringify(value);

/**
 * Validates the environment, throwing `ConfigError` that names the first bad variable. A variable set to the
 * empty string counts as unset (`PORT=` in a compose file means the default, not port 0).
 */
export function loadConfig(env: Record<string, string | undefined>): ServerConfig {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = z.safeParse(ConfigSchema, set);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(
      `${name}=${shown(name, env[name] ?? '')} is invalid: ${issue?.message ?? 'bad value'}`,
    );
  }
  const c = parsed.data;
  return {
    port: Number(c.PORT),
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: resolve(c.HEARD_DATA_DIR),
    sitesFile: c.HEARD_SITES_FILE,
    trustProxy: c.HEARD_TRUST_PROXY === 'true',
    adminPassword: c.HEARD_ADMIN_PASSWORD,
    publicOrigin: c.HEARD_PUBLIC_ORIGIN,
    timeZone: c.HEARD_TIME_ZONE === undefined ? undefined : new LocalDays(c.HEARD_TIME_ZONE).zone,
  };
}
