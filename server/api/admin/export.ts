import { Hono } from 'hono';
import { type ExportQuery, ExportQuerySchema, isConcealed } from '../../../contract/admin.ts';
import { canonicalPage } from '../../canonical-page.ts';
import { CSV_HEADER, csvLine } from '../../reports/csv.ts';
import { resolveRange } from '../../reports/pages-table.ts';
import type { FeedbackFilter, Keyset } from '../../storage/admin-store.ts';
import {
  type AdminDeps,
  type AdminEnv,
  checkRange,
  parseQuery,
  requireRole,
  requireSite,
} from './context.ts';

/** Rows read per query: small enough that one batch never holds the event loop for long. */
export const EXPORT_BATCH = 1_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The export as a byte stream, read in keyset batches on demand: the client's pace sets ours, memory stays at
 * one batch, and other requests run between batches (a synchronous SQLite query never blocks them for long).
 */
export function exportStream(
  deps: Pick<AdminDeps, 'store'>,
  filter: FeedbackFilter,
  format: ExportQuery['format'],
  batchSize = EXPORT_BATCH,
  hiddenComments: ExportQuery['hiddenComments'] = 'omit',
) {
  const encoder = new TextEncoder();
  let after: Keyset | undefined;
  let first = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      // The BOM lets spreadsheet programs read Kazakh and Russian text as UTF-8.
      controller.enqueue(encoder.encode(format === 'csv' ? `\uFEFF${CSV_HEADER}` : '['));
    },
    async pull(controller) {
      await yieldToEventLoop();
      const rows = await deps.store.exportBatch(filter, batchSize, after);
      let chunk = '';
      for (const stored of rows) {
        // A hidden (or spam) comment leaves the server only when an editor asked for it by name.
        const row =
          isConcealed(stored.status) && hiddenComments === 'omit' ? { ...stored, comment: null } : stored;
        chunk += format === 'csv' ? csvLine(row) : `${first ? '' : ','}\n${JSON.stringify(row)}`;
        first = false;
      }
      const last = rows.at(-1);
      if (last) after = { receivedAt: last.receivedAt, id: last.id };
      if (rows.length < batchSize) {
        if (format === 'json') chunk += '\n]\n';
        controller.enqueue(encoder.encode(chunk));
        controller.close();
      } else controller.enqueue(encoder.encode(chunk));
    },
  });
}

/** `GET /export?format=csv|json&site=…`: every counted submission matching the filters, streamed. */
export function exportRoutes(deps: AdminDeps) {
  return new Hono<AdminEnv>().get('/', async (c) => {
    const q = parseQuery(c, ExportQuerySchema);
    if (q instanceof Response) return q;
    const range = resolveRange(q, deps.now(), deps.store.days);
    const denied =
      requireSite(c, q.site) ??
      checkRange(c, range) ??
      (q.hiddenComments === 'include' ? requireRole(c, 'editor') : undefined);
    if (denied) return denied;
    const filter: FeedbackFilter = {
      site: q.site,
      ...range,
      language: q.language,
      page: q.page === undefined ? undefined : canonicalPage(q.page),
      status: q.status,
      includeHidden: true,
    };
    const name = `heard-${q.site}-${range.from}-${range.to}.${q.format}`;
    return new Response(exportStream(deps, filter, q.format, EXPORT_BATCH, q.hiddenComments), {
      headers: {
        'content-type':
          q.format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
