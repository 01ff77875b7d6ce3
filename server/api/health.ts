import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { FeedbackStore } from '../storage/store.ts';

/** The body of every `/healthz` answer. */
export const HealthSchema = z.strictObject({
  /** `ok` (200); `unavailable` (503: the database did not answer) or `draining` (503: stopping). */
  status: z.enum(['ok', 'unavailable', 'draining']),
  storage: z.enum(['sqlite', 'postgres']),
});

/** A health answer. */
export type Health = z.infer<typeof HealthSchema>;

/** What `/healthz` needs. */
export interface HealthDeps {
  store: Pick<FeedbackStore, 'kind' | 'ping'>;
  /** Whether the collector is stopping. */
  draining: () => boolean;
  /** How long the database may take to answer before the collector counts as unhealthy. */
  timeoutMs: number;
}

/** Resolves with the database's answer, or rejects after `ms`. */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * `GET /healthz` for load balancers and orchestrators: 200 when this instance can store submissions (its
 * database answers `SELECT 1` within the timeout), 503 when it cannot or while it stops — either way, send
 * traffic elsewhere. Public, so the answer names no host and no error; the log says why, once per outage.
 */
export function healthRoutes(deps: HealthDeps) {
  const app = new Hono();
  let failing = false;
  app.get('/', async (c) => {
    c.header('cache-control', 'no-store');
    const storage = deps.store.kind;
    if (deps.draining()) return c.json({ status: 'draining', storage } satisfies Health, 503);
    try {
      await within(deps.store.ping(), deps.timeoutMs);
    } catch (error) {
      if (!failing)
        console.error(
          `heard: health check failed on ${storage}: ${error instanceof Error ? error.message : String(error)}`,
        );
      failing = true;
      return c.json({ status: 'unavailable', storage } satisfies Health, 503);
    }
    if (failing) console.error(`heard: health check passes again on ${storage}`);
    failing = false;
    return c.json({ status: 'ok', storage } satisfies Health);
  });
  return app;
}
