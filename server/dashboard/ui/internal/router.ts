/**
 * The dashboard's place lives in the URL's hash (`#/pages?site=…&from=…`), so views can be bookmarked, shared
 * and reached with Back, and the collector serves one page for all of them. Values are checked with the
 * contract's schemas: a hand-edited URL cannot put an invalid filter into a request.
 */
import * as z from 'zod/mini';
import { DaySchema, OrderSchema, type PageSort, PageSortSchema } from '../../../../contract/admin.ts';
import { LanguageSchema, PageUrlSchema, SiteIdSchema } from '../../../../contract/feedback.ts';

/** The views of the dashboard. */
export const VIEWS = ['pages', 'page', 'responsiveness', 'sites', 'accounts', 'password'] as const;
/** A view name. */
export type ViewName = (typeof VIEWS)[number];

/** Which feedback a view shows. */
export interface Filters {
  site?: string;
  from?: string;
  to?: string;
  language?: 'kk' | 'ru' | 'en';
}

/** Where the dashboard is: a view and its parameters. */
export interface Route {
  view: ViewName | 'unknown';
  filters: Filters;
  sort?: PageSort;
  order?: 'asc' | 'desc';
  /** The page URL of the page-detail view. */
  page?: string;
  /** Responsiveness order. */
  by?: 'waiting' | 'median';
}

function valid<S extends z.ZodMiniType>(schema: S, value: string | null): z.infer<S> | undefined {
  if (value === null) return undefined;
  const parsed = z.safeParse(schema, value);
  return parsed.success ? parsed.data : undefined;
}

const ResponsivenessSortSchema = z.enum(['waiting', 'median']);

/** Reads a route from `location.hash`; an empty hash is the pages table. */
export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const params = new URLSearchParams(search);
  const name = path || 'pages';
  const view = (VIEWS as readonly string[]).includes(name) ? (name as ViewName) : 'unknown';
  const filters: Filters = {};
  const site = valid(SiteIdSchema, params.get('site'));
  const from = valid(DaySchema, params.get('from'));
  const to = valid(DaySchema, params.get('to'));
  const language = valid(LanguageSchema, params.get('language'));
  if (site) filters.site = site;
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (language) filters.language = language;
  const route: Route = { view, filters };
  const sort = valid(PageSortSchema, params.get('sort'));
  const order = valid(OrderSchema, params.get('order'));
  const page = valid(PageUrlSchema, params.get('page'));
  const by = valid(ResponsivenessSortSchema, params.get('by'));
  if (sort) route.sort = sort;
  if (order) route.order = order;
  if (page) route.page = page;
  if (by) route.by = by;
  return route;
}

/** The hash for a route, with parameters in a stable order. */
export function routeHref(route: Route): string {
  const params = new URLSearchParams();
  const { site, from, to, language } = route.filters;
  for (const [key, value] of Object.entries({
    site,
    from,
    to,
    language,
    page: route.page,
    sort: route.sort,
    order: route.order,
    by: route.by,
  })) {
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return `#/${route.view === 'unknown' ? 'pages' : route.view}${search ? `?${search}` : ''}`;
}

/** Goes to a route; the shell hears `hashchange` and renders it. */
export function navigate(route: Route): void {
  location.hash = routeHref(route);
}
