import { resolve } from 'node:path';
import * as z from 'zod/mini';

const ConfigSchema = z.object({
  PORT: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(65_535)), 8787),
  HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  DATABASE_URL: z.optional(
    z.string().check(z.refine((v) => /^postgres(?:ql)?:\/\//.test(v), 'a postgres:// or postgresql:// URL')),
  ),
  HEARD_DATA_DIR: z._default(z.string().check(z.minLength(1)), './data'),
  HEARD_SITES_FILE: z.optional(z.string().check(z.minLength(1))),
  HEARD_TRUST_PROXY: z._default(z.enum(['true', 'false']), 'false'),
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
}

/** Thrown for a bad setting; the message names the variable, its value and what is expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the environment, throwing `ConfigError` that names the first bad variable. */
export function loadConfig(env: Record<string, string | undefined>): ServerConfig {
  const parsed = z.safeParse(ConfigSchema, env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(
      `${name}=${JSON.stringify(env[name] ?? '')} is invalid: ${issue?.message ?? 'bad value'}`,
    );
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: resolve(c.HEARD_DATA_DIR),
    sitesFile: c.HEARD_SITES_FILE,
    trustProxy: c.HEARD_TRUST_PROXY === 'true',
  };
}
