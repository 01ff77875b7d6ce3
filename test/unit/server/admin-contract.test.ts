import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ADMIN_ENDPOINTS, OriginSchema } from '../../../contract/admin.ts';
import { type AdminDeps, adminRoutes } from '../../../server/api/admin/index.ts';
import { openApiDocument } from '../../../server/api/openapi.ts';

/** The admin router's routes as `METHOD /path/{param}`, middleware (`ALL`) left out. */
function serverRoutes(): string[] {
  // Building the router registers its routes without touching any dependency.
  const app = adminRoutes({} as AdminDeps);
  const routes = app.routes
    .filter((r) => r.method !== 'ALL')
    .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
  return [...new Set(routes)].sort();
}

const contractRoutes = () => ADMIN_ENDPOINTS.map((e) => `${e.method.toUpperCase()} ${e.path}`).sort();

describe('the admin contract is complete', () => {
  it('lists every route the server answers, and no route the server lacks', () => {
    expect(serverRoutes().length).toBeGreaterThan(15);
    expect(contractRoutes()).toEqual(serverRoutes());
  });

  it('names each route once, logout included', () => {
    expect(new Set(contractRoutes()).size).toBe(ADMIN_ENDPOINTS.length);
    expect(contractRoutes()).toContain('POST /logout');
  });

  it('publishes every route in the OpenAPI document, with its access and success answer', () => {
    const paths = openApiDocument('test').paths as Record<string, Record<string, Record<string, unknown>>>;
    for (const endpoint of ADMIN_ENDPOINTS) {
      const operation = paths[`/api/v1/admin${endpoint.path}`]?.[endpoint.method];
      expect(operation, `${endpoint.method} ${endpoint.path}`).toBeDefined();
      expect(operation?.['x-heard-role']).toBe(endpoint.access);
      expect(Object.keys(operation?.responses as object)).toContain(String(endpoint.response.status));
    }
    const published = Object.entries(paths)
      .filter(([path]) => path.startsWith('/api/v1/admin/'))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((m) => `${m.toUpperCase()} ${path.slice('/api/v1/admin'.length)}`),
      )
      .sort();
    expect(published).toEqual(contractRoutes());
  });
});

describe('a site origin', () => {
  it.each([
    ['https://WWW.GOV.KZ', 'https://www.gov.kz'],
    ['https://www.gov.kz:443', 'https://www.gov.kz'],
    ['http://www.gov.kz:80', 'http://www.gov.kz'],
    ['https://www.gov.kz:8443', 'https://www.gov.kz:8443'],
  ])('is stored as browsers send it: %s → %s', (origin, stored) => {
    expect(z.parse(OriginSchema, origin)).toBe(stored);
  });

  it.each([
    ['https://*.gov.kz', 'no path, query, user name or wildcard'],
    ['https://www.gov.kz?x', 'no path, query, user name or wildcard'],
    ['https://user@www.gov.kz', 'no path, query, user name or wildcard'],
    ['https://www.gov.kz/', 'no path, query, user name or wildcard'],
    ['http://127.1', 'browsers send this origin as http://127.0.0.1'],
    ['https://www.gov.kz:0443', 'browsers send this origin as https://www.gov.kz'],
    ['https://www.gov.kz:99999', 'a port of 1–65535'],
  ])('is refused, saying why, when a browser never sends it as written: %s', (origin, message) => {
    const parsed = z.safeParse(OriginSchema, origin);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join(' ')).toContain(message);
  });
});
