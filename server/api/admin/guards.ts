import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../../auth/sessions.ts';
import { errorResponse } from '../errors.ts';
import type { AdminDeps, AdminEnv } from './context.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence beside SameSite=Strict: a request that changes something must be JSON (a form on another site
 * cannot send that without a preflight we never allow) and, when the browser names its origin, come from ours.
 */
export function sameOriginJson(deps: Pick<AdminDeps, 'origin'>): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json')
      return errorResponse(
        c,
        415,
        'unsupported_media_type',
        'Send the request with content-type: application/json.',
      );
    const origin = c.req.header('origin');
    const ours = deps.origin(c);
    if (origin !== undefined && origin !== ours)
      return errorResponse(
        c,
        403,
        'cross_origin',
        `Requests from ${origin} are refused; the dashboard is at ${ours}.`,
      );
    return next();
  };
}

/** Answers 401 unless the session cookie names a live session; sets `signedIn`. */
export function requireSession(deps: Pick<AdminDeps, 'sessions'>): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const signedIn = token ? await deps.sessions.resolve(token) : undefined;
    if (!signedIn)
      return errorResponse(c, 401, 'unauthenticated', 'Sign in first (POST /api/v1/admin/login).');
    c.set('signedIn', signedIn);
    return next();
  };
}

/** Paths a signed-in account that must change its password may still use. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['GET /me', 'POST /me/password', 'POST /logout']);

/** A first or reset password opens nothing but the password change (and sign-out). */
export function passwordChangeGate(mountPath: string): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    if (!c.var.signedIn.account.mustChangePassword) return next();
    const path = new URL(c.req.url).pathname.slice(mountPath.length);
    if (ALLOWED_BEFORE_PASSWORD_CHANGE.has(`${c.req.method} ${path}`)) return next();
    return errorResponse(
      c,
      403,
      'password_change_required',
      'Choose a new password first (POST /api/v1/admin/me/password).',
    );
  };
}
