import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { type PageSummary, PageUrlSchema } from '../../contract/feedback.ts';
import { canonicalPage } from '../canonical-page.ts';
import type { FeedbackStore } from '../storage/store.ts';
import { errorResponse } from './errors.ts';

/**
 * Whether an If-None-Match header names `etag` (RFC 9110 §13.1.2): `*`, or a comma-separated list of entity
 * tags compared weakly — `W/"x"` matches `"x"`, as caches and browsers send a weakened tag back.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  // An entity tag holds no comma or quote inside its quotes, so splitting on commas is exact.
  return header.split(',').some((tag) => opaque(tag) === wanted);
}

/** `GET /api/v1/sites/{site}/summary?page=URL`: what citizens see on the page. Public and cacheable. */
export function summaryRoutes(store: FeedbackStore) {
  const app = new Hono();
  app.get('/:site/summary', async (c) => {
    c.header('access-control-allow-origin', '*');
    const site = await store.getSite(c.req.param('site'));
    if (!site)
      return errorResponse(c, 404, 'unknown_site', `No site is registered as "${c.req.param('site')}".`);
    // The same check as a submission's page, so every page a summary can be asked for could have been voted on.
    const raw = z.safeParse(PageUrlSchema, c.req.query('page') ?? '');
    if (!raw.success)
      return errorResponse(
        c,
        400,
        'invalid_request',
        'Query parameter `page` must be an absolute http(s) URL.',
        [{ path: 'page', message: raw.error.issues[0]?.message ?? 'an absolute http(s) URL' }],
      );
    const page = canonicalPage(raw.data);
    const totals = await store.pageTotals(site.id, page);
    const shown = totals.votes >= site.minVotes;
    const summary: PageSummary = {
      site: site.id,
      page,
      votes: shown ? totals.votes : null,
      usefulShare: shown ? Math.round((totals.yes / totals.votes) * 100) / 100 : null,
      responses: totals.responses,
    };
    const body = JSON.stringify(summary);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    c.header('etag', etag);
    c.header('cache-control', 'public, max-age=60');
    if (matchesIfNoneMatch(c.req.header('if-none-match'), etag)) return c.body(null, 304);
    return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
  return app;
}
