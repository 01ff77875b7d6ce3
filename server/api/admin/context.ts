import type { Context } from 'hono';
import * as z from 'zod/mini';
import { MAX_RANGE_DAYS, type Role } from '../../../contract/admin.ts';
import { fieldErrors } from '../../../contract/feedback.ts';
import type { LoginLimiter } from '../../auth/login-limiter.ts';
import type { Sessions, SignedIn } from '../../auth/sessions.ts';
import type { AccountRecord } from '../../storage/admin-store.ts';
import type { HeardStore } from '../../storage/store.ts';
import { errorResponse } from '../errors.ts';

/** What the admin routers share. */
export interface AdminDeps {
  store: HeardStore;
  sessions: Sessions;
  /** Failed sign-ins per username and per client. */
  loginLimiter: LoginLimiter;
  /** An opaque daily-salted key of the client's address (never the address). */
  clientKey: (c: Context) => string;
  /** The origin browsers use to reach the dashboard (scheme://host[:port]), as the proxy or socket says. */
  origin: (c: Context) => string;
  now: () => Date;
  /** Called after a site changes, so cached copies (the feedback route's) are dropped. */
  siteChanged: (id: string) => void;
}

/** Hono environment of the admin routers: the signed-in account, set by the session middleware. */
export interface AdminEnv {
  Variables: { signedIn: SignedIn };
}

/** The body of a 400: every field that failed, like the feedback route. */
function invalid(c: Context, error: z.core.$ZodError) {
  return errorResponse(c, 400, 'invalid_request', 'Some fields are missing or invalid.', fieldErrors(error));
}

/** The JSON body validated against a contract schema, or the 400 to answer. */
export async function parseBody<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
): Promise<z.output<S> | Response> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return errorResponse(c, 400, 'invalid_json', 'The body must be JSON in UTF-8.');
  }
  const parsed = z.safeParse(schema, json);
  return parsed.success ? parsed.data : invalid(c, parsed.error);
}

/** The query string validated against a contract schema (unknown parameters are errors), or the 400. */
export function parseQuery<S extends z.ZodMiniType>(c: Context, schema: S): z.output<S> | Response {
  const parsed = z.safeParse(schema, c.req.query());
  return parsed.success ? parsed.data : invalid(c, parsed.error);
}

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** Whether the account's role is at least `role`. */
export function hasRole(account: AccountRecord, role: Role): boolean {
  return RANK[account.role] >= RANK[role];
}

/** Whether the account may see the site. */
export function canSee(account: AccountRecord, site: string): boolean {
  return account.sites === 'all' || account.sites.includes(site);
}

/** The 403 for a role too low, or undefined when the role suffices. */
export function requireRole(c: Context<AdminEnv>, role: Role): Response | undefined {
  if (hasRole(c.var.signedIn.account, role)) return undefined;
  return errorResponse(c, 403, 'forbidden_role', `This needs the ${role} role; ask an admin.`);
}

/** The 403 for a site the account may not see (whether or not it exists), or undefined when allowed. */
export function requireSite(c: Context<AdminEnv>, site: string): Response | undefined {
  if (canSee(c.var.signedIn.account, site)) return undefined;
  return errorResponse(
    c,
    403,
    'forbidden_site',
    `Your account has no access to site "${site}"; ask an admin.`,
  );
}

/**
 * The 403 unless the account is an admin of every site: managing accounts and registering sites could
 * otherwise grant more than the admin has (an admin of one site creating an account for all).
 */
export function requireFullAdmin(c: Context<AdminEnv>): Response | undefined {
  const denied = requireRole(c, 'admin');
  if (denied || c.var.signedIn.account.sites === 'all') return denied;
  return errorResponse(c, 403, 'forbidden_site', 'This needs an admin of all sites; ask one.');
}

/** The 400 for a range whose start is after its end or that spans `MAX_RANGE_DAYS` or more, or undefined. */
export function checkRange(c: Context, range: { from: string; to: string }): Response | undefined {
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
  if (days >= 0 && days < MAX_RANGE_DAYS) return undefined;
  return errorResponse(c, 400, 'invalid_request', 'Some fields are missing or invalid.', [
    {
      path: 'from',
      message:
        days < 0
          ? `must not be after to (${range.to})`
          : `must be less than ${MAX_RANGE_DAYS} days before to (${range.to})`,
    },
  ]);
}
