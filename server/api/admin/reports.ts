import { Hono } from 'hono';
import {
  type PageDetail,
  PageDetailQuerySchema,
  PagesQuerySchema,
  type PagesResponse,
  type VotesOverTime,
  VotesQuerySchema,
} from '../../../contract/admin.ts';
import { canonicalPage } from '../../canonical-page.ts';
import { addDays } from '../../local-days.ts';
import {
  counterQuery,
  daysBetween,
  languagesByPage,
  pageRow,
  resolveRange,
  sortRows,
} from '../../reports/pages-table.ts';
import { emptyPageAggregate } from '../../storage/page-aggregates.ts';
import { errorResponse } from '../errors.ts';
import { type AdminDeps, type AdminEnv, checkRange, parseQuery, requireSite } from './context.ts';

/** Read-only reports from the counter tables: `/pages` (the pages table), `/votes`, `/page` (one page). */
export function reportRoutes(deps: AdminDeps) {
  const app = new Hono<AdminEnv>();

  app.get('/pages', async (c) => {
    const q = parseQuery(c, PagesQuerySchema);
    if (q instanceof Response) return q;
    const range = resolveRange(q, deps.now(), deps.store.days);
    const denied = requireSite(c, q.site) ?? checkRange(c, range);
    if (denied) return denied;
    const aggregates = await deps.store.pageAggregates(counterQuery(q.site, range, { language: q.language }));
    const days = daysBetween(range.from, range.to);
    // Pages seen only in the trend windows before the range have no votes in it: not rows of this table.
    const rows = aggregates.filter((a) => a.votes > 0).map((a) => pageRow(q.site, a, days));
    const shown = sortRows(rows, q.sort, q.order).slice(q.offset, q.offset + q.limit);
    // Languages only for the rows shown: per-language day counters of a few pages, not of the whole site.
    const languages = languagesByPage(
      await deps.store.languageVotes({
        site: q.site,
        ...range,
        language: q.language,
        pages: shown.map((r) => r.page),
      }),
    );
    return c.json({
      ...range,
      total: rows.length,
      rows: shown.map((r) => ({ ...r, languages: languages.get(r.page) ?? [] })),
    } satisfies PagesResponse);
  });

  app.get('/votes', async (c) => {
    const q = parseQuery(c, VotesQuerySchema);
    if (q instanceof Response) return q;
    const range = resolveRange(q, deps.now(), deps.store.days);
    const denied = requireSite(c, q.site) ?? checkRange(c, range);
    if (denied) return denied;
    const counted = await deps.store.votesByDay({
      site: q.site,
      ...range,
      language: q.language,
      page: q.page === undefined ? undefined : canonicalPage(q.page),
    });
    const byDay = new Map(counted.map((d) => [d.day, d]));
    const days: VotesOverTime['days'] = [];
    for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
      const d = byDay.get(day);
      days.push({ day, yes: d?.yes ?? 0, no: (d?.votes ?? 0) - (d?.yes ?? 0) });
    }
    return c.json({ ...range, days } satisfies VotesOverTime);
  });

  app.get('/page', async (c) => {
    const q = parseQuery(c, PageDetailQuerySchema);
    if (q instanceof Response) return q;
    const range = resolveRange(q, deps.now(), deps.store.days);
    const denied = requireSite(c, q.site) ?? checkRange(c, range);
    if (denied) return denied;
    if (!(await deps.store.getSite(q.site)))
      return errorResponse(c, 404, 'unknown_site', `No site is registered as "${q.site}".`);
    const page = canonicalPage(q.page);
    const [[aggregate], counted] = await Promise.all([
      deps.store.pageAggregates(counterQuery(q.site, range, { language: q.language, page })),
      deps.store.languageVotes({ site: q.site, ...range, language: q.language, pages: [page] }),
    ]);
    const counts = aggregate ?? emptyPageAggregate(page);
    const row = pageRow(
      q.site,
      counts,
      daysBetween(range.from, range.to),
      languagesByPage(counted).get(page),
    );
    return c.json({
      ...range,
      row,
      reasons: counts.reasons,
      readabilityMeasurements: aggregate?.gradeCount ?? 0,
      responses: await deps.store.listResponses(q.site, page),
    } satisfies PageDetail);
  });
  return app;
}
