import { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  type FeedbackItem,
  type FeedbackList,
  FeedbackListQuerySchema,
  isConcealed,
  ModerationPatchSchema,
} from '../../../contract/admin.ts';
import { inYearOneOrLater, SubmissionIdSchema } from '../../../contract/feedback.ts';
import { canonicalPage } from '../../canonical-page.ts';
import { resolveRange } from '../../reports/pages-table.ts';
import type { AccountRecord, Keyset, StoredFeedbackItem } from '../../storage/admin-store.ts';
import { errorResponse } from '../errors.ts';
import {
  type AdminDeps,
  type AdminEnv,
  checkRange,
  hasRole,
  parseBody,
  parseQuery,
  requireRole,
  requireSite,
} from './context.ts';

const KeysetSchema = z.tuple([z.iso.datetime().check(inYearOneOrLater), SubmissionIdSchema]);

/** The opaque cursor of a keyset position. */
export const encodeCursor = (k: Keyset) =>
  Buffer.from(JSON.stringify([k.receivedAt, k.id])).toString('base64url');

function decodeCursor(cursor: string): Keyset | undefined {
  try {
    const parsed = z.safeParse(KeysetSchema, JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? { receivedAt: parsed.data[0], id: parsed.data[1] } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An item as the account may see it: the text of a hidden or spam comment only for editors and admins (the
 * ones who can restore it); viewers see that a comment was hidden, not what it said. Spam is concealed too: a
 * hidden comment an editor then marks as spam is reported as spam, and spam is no reading for viewers.
 */
function visibleItem(
  { site: _site, page: _page, ...item }: StoredFeedbackItem,
  account: AccountRecord,
): FeedbackItem {
  return isConcealed(item.status) && !hasRole(account, 'editor') ? { ...item, comment: null } : item;
}

/** `GET /feedback` (a page's feedback, newest first) and `PATCH /feedback/{id}` (moderation, editors). */
export function moderationRoutes(deps: AdminDeps) {
  const app = new Hono<AdminEnv>();

  app.get('/', async (c) => {
    const q = parseQuery(c, FeedbackListQuerySchema);
    if (q instanceof Response) return q;
    const range = resolveRange(q, deps.now(), deps.store.days);
    const denied = requireSite(c, q.site) ?? checkRange(c, range);
    if (denied) return denied;
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
    if (q.cursor !== undefined && !after)
      return errorResponse(c, 400, 'invalid_request', 'Some fields are missing or invalid.', [
        { path: 'cursor', message: 'not a cursor this server gave; start again without it' },
      ]);
    // One more than asked tells whether another page follows.
    const items = await deps.store.listFeedback(
      {
        site: q.site,
        ...range,
        page: canonicalPage(q.page),
        language: q.language,
        status: q.status,
        vote: q.vote,
      },
      q.limit + 1,
      after,
    );
    const shown = items.slice(0, q.limit);
    const last = shown.at(-1);
    return c.json({
      items: shown.map((item) => visibleItem(item, c.var.signedIn.account)),
      nextCursor: items.length > q.limit && last ? encodeCursor(last) : null,
    } satisfies FeedbackList);
  });

  app.patch('/:id', async (c) => {
    const denied = requireRole(c, 'editor');
    if (denied) return denied;
    const body = await parseBody(c, ModerationPatchSchema);
    if (body instanceof Response) return body;
    const id = c.req.param('id');
    const existing = await deps.store.getFeedbackItem(id);
    if (!existing) return errorResponse(c, 404, 'unknown_feedback', `No feedback "${id}".`);
    const forbidden = requireSite(c, existing.site);
    if (forbidden) return forbidden;
    const updated = await deps.store.moderate(id, { status: body.status, tags: body.tags });
    if (!updated) return errorResponse(c, 404, 'unknown_feedback', `No feedback "${id}".`);
    return c.json(visibleItem(updated, c.var.signedIn.account));
  });
  return app;
}
