import { Hono } from 'hono';
import type { FeedbackStore } from '../storage/store.ts';

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
    if (deps.draining()) return c.json({ status: 'draining', storage }, 503);
    try {
      await within(deps.store.ping(), deps.timeoutMs);
    } catch (error) {
      if (!failing)
        console.error(
          `heard: health check: the ${storage} database did not answer (${error instanceof Error ? error.message : String(error)})`,
        );
      failing = true;
      return c.json({ status: 'unavailable', storage }, 503);
    }
    if (failing) console.error(`heard: health check: the ${storage} database answers again`);
    failing = false;
    return c.json({ status: 'ok', storage });
  });
  return app;
}
