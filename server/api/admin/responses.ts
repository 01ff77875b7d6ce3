import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type * as z from 'zod/mini';
import {
  type OverallResponsiveness,
  PublishResponseRequestSchema,
  ResponsivenessQuerySchema,
  type ResponsivenessResponse,
  type ResponsivenessRow,
} from '../../../contract/admin.ts';
import type { PublishedResponseSchema } from '../../../contract/feedback.ts';
import { canonicalPage } from '../../canonical-page.ts';
import { counterQuery, resolveRange } from '../../reports/pages-table.ts';
import type { ResponseTimesQuery } from '../../storage/admin-store.ts';
import { errorResponse } from '../errors.ts';
import {
  type AdminDeps,
  type AdminEnv,
  checkRange,
  parseBody,
  parseQuery,
  requireRole,
  requireSite,
} from './context.ts';

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** `POST /responses`, `DELETE /responses/{id}` (editors): "you said, we did" on a page. */
export function responseRoutes(deps: AdminDeps) {
  const app = new Hono<AdminEnv>();
  app.use('*', async (c, next) => requireRole(c, 'editor') ?? next());

  app.post('/', async (c) => {
    const body = await parseBody(c, PublishResponseRequestSchema);
    if (body instanceof Response) return body;
    const denied = requireSite(c, body.site);
    if (denied) return denied;
    if (!(await deps.store.getSite(body.site)))
      return errorResponse(c, 404, 'unknown_site', `No site is registered as "${body.site}".`);
    const published: z.infer<typeof PublishedResponseSchema> = {
      id: randomUUID(),
      publishedAt: deps.now().toISOString(),
      language: body.language,
      text: body.text,
    };
    await deps.store.publishResponse({ ...published, site: body.site, page: canonicalPage(body.page) });
    return c.json(published, 201);
  });

  app.delete('/:id', async (c) => {
    const id = c.req.param('id');
    const where = await deps.store.responseSite(id);
    if (!where) return errorResponse(c, 404, 'unknown_response', `No response "${id}".`);
    const denied = requireSite(c, where.site);
    if (denied) return denied;
    await deps.store.deleteResponse(id);
    return c.body(null, 204);
  });
  return app;
}

/** The site-wide figures: the range's counted "no" votes (from the counters) and how fast they were answered. */
async function overallResponsiveness(
  deps: AdminDeps,
  q: ResponseTimesQuery & { from: string; to: string },
): Promise<OverallResponsiveness> {
  // The pages table's counters (whole months, pauses between pieces), not a scan of a year of day rows.
  const [pages, times] = await Promise.all([
    deps.store.pageAggregates(counterQuery(q.site, q, { language: q.language })),
    deps.store.responseTimes(q),
  ]);
  return {
    from: q.from,
    to: q.to,
    negative: pages.reduce((sum, p) => sum + p.votes - p.yes, 0),
    answered: times.answered,
    medianResponseSeconds: times.medianSeconds === null ? null : Math.round(times.medianSeconds),
  };
}

/** `GET /responsiveness`: pages with negative feedback, longest waiting (or slowest median) first. */
export function responsivenessRoutes(deps: AdminDeps) {
  return new Hono<AdminEnv>().get('/', async (c) => {
    const q = parseQuery(c, ResponsivenessQuerySchema);
    if (q instanceof Response) return q;
    const range = resolveRange(q, deps.now(), deps.store.days);
    const denied = requireSite(c, q.site) ?? checkRange(c, range);
    if (denied) return denied;
    const now = deps.now().getTime();
    const [pages, overall] = await Promise.all([
      deps.store.responsiveness(q.site),
      overallResponsiveness(deps, { site: q.site, ...range, language: q.language }),
    ]);
    const rows: ResponsivenessRow[] = pages.map((p) => {
      const middle = median(p.waits);
      return {
        site: q.site,
        page: p.page,
        oldestUnansweredAt: p.pendingSince,
        waitingSeconds:
          p.pendingSince === null ? null : Math.max(0, Math.round((now - Date.parse(p.pendingSince)) / 1000)),
        medianResponseSeconds: middle === null ? null : Math.round(middle),
        answered: p.waits.length,
      };
    });
    const key = (r: ResponsivenessRow) => (q.sort === 'waiting' ? r.waitingSeconds : r.medianResponseSeconds);
    rows.sort((a, b) => (key(b) ?? -1) - (key(a) ?? -1) || (a.page < b.page ? -1 : 1));
    return c.json({
      overall,
      total: rows.length,
      rows: rows.slice(q.offset, q.offset + q.limit),
    } satisfies ResponsivenessResponse);
  });
}
