import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { FeedbackStore } from '../storage/store.ts';

/** The body of every `/healthz` answer. */
export const HealthSchema = z.strictObject({
  /**
   * `ok` (200); `unavailable` (503: the database did not answer, or refuses the writes that failed) or
   * `draining` (503: stopping).
   */
  status: z.enum(['ok', 'unavailable', 'draining']),
  storage: z.enum(['sqlite', 'postgres']),
});

/** A health answer. */
export type Health = z.infer<typeof HealthSchema>;

/** What `/healthz` needs. */
export interface HealthDeps {
  store: Pick<FeedbackStore, 'kind' | 'ping' | 'writesFailing' | 'probeWrite'>;
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

/** An error's message, with its code when it has one (`SQLITE_FULL`, `25006`). */
function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${message} (${code})` : message;
}

/**
 * `GET /healthz` for load balancers and orchestrators: 200 when this instance can store submissions, 503
 * when it cannot or while it stops — either way, send traffic elsewhere. Can store means: the database
 * answers a read within the timeout and, when the last attempt to commit submissions failed for the
 * database's own reason (full, read-only), a write probe commits within it too. While writes succeed no
 * probe runs, so a health check costs one read. Public, so the answer names no host and no error; the log
 * says why, once per outage.
 */
export function healthRoutes(deps: HealthDeps) {
  const app = new Hono();
  let failing = false;
  // Health checks of several load balancers arriving together share one probe.
  let probing: Promise<void> | undefined;
  const probeWrite = () => {
    probing ??= deps.store
      .probeWrite()
      .catch((error: unknown) => {
        throw new Error(`a test write failed: ${describe(error)}`);
      })
      .finally(() => {
        probing = undefined;
      });
    return probing;
  };
  const check = async () => {
    await deps.store.ping();
    // Tried here rather than left to the next submission: a load balancer that took the instance out of
    // service sends none, and would never see it recover.
    if (deps.store.writesFailing) await probeWrite();
  };
  app.get('/', async (c) => {
    c.header('cache-control', 'no-store');
    const storage = deps.store.kind;
    if (deps.draining()) return c.json({ status: 'draining', storage } satisfies Health, 503);
    try {
      await within(check(), deps.timeoutMs);
    } catch (error) {
      if (!failing) console.error(`heard: health check failed on ${storage}: ${describe(error)}`);
      failing = true;
      return c.json({ status: 'unavailable', storage } satisfies Health, 503);
    }
    if (failing) console.error(`heard: health check passes again on ${storage}`);
    failing = false;
    return c.json({ status: 'ok', storage } satisfies Health);
  });
  return app;
}
