import { describe, expect, it } from 'vitest';
import { ADMIN_ENDPOINTS } from '../../../contract/admin.ts';
import { ADMIN_PATH } from '../../../server/api/admin/index.ts';
import { ADMIN_ROUTE_ERRORS, openApiDocument } from '../../../server/api/openapi.ts';
import { createApp } from '../../../server/app.ts';
import { DASHBOARD_PATH } from '../../../server/dashboard/routes.ts';
import { SqliteStore } from '../../../server/storage/sqlite.ts';
import { WIDGET_PATH } from '../../../server/widget-files.ts';

type Operation = {
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { headers?: Record<string, unknown> }>;
  parameters?: { name: string; schema: { pattern?: string } }[];
};
const document = openApiDocument('test') as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties: Record<string, { pattern?: string }> }> };
};
const operation = (path: string, method: string): Operation => {
  const found = document.paths[path]?.[method];
  if (!found) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
  return found;
};

describe('the OpenAPI document', () => {
  it('describes every API route the app registers (the dashboard and widget files are not API)', async () => {
    const store = new SqliteStore(':memory:');
    const registered = createApp({ store })
      .routes.filter((r) => r.method !== 'ALL')
      .filter((r) => !r.path.startsWith(DASHBOARD_PATH) && !r.path.startsWith(WIDGET_PATH))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    await store.close();
    expect(registered.length).toBeGreaterThan(20);
    expect(registered).toContain(`get ${ADMIN_PATH}/pages`);
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(documented).toEqual(expect.arrayContaining([...new Set(registered)]));
  });

  it('names only real admin routes in its table of their errors', () => {
    const routes = ADMIN_ENDPOINTS.map((e) => `${e.method.toUpperCase()} ${e.path}`);
    expect(routes).toEqual(expect.arrayContaining(Object.keys(ADMIN_ROUTE_ERRORS)));
  });

  it('gives every operation but the preflight and itself a 500, and the admin routes their 401/404/409', () => {
    for (const [path, item] of Object.entries(document.paths))
      for (const [method, op] of Object.entries(item)) {
        if (method === 'options' || path === '/api/openapi.json' || path === '/healthz') continue;
        expect(Object.keys(op.responses), `${method} ${path}`).toContain('500');
      }
    expect(operation('/api/v1/admin/login', 'post').responses).toHaveProperty('401');
    expect(operation('/api/v1/admin/sites', 'post').responses).toHaveProperty('409');
    expect(operation('/api/v1/admin/accounts/{username}', 'delete').responses).toHaveProperty('404');
    expect(operation('/healthz', 'get').responses).toHaveProperty('503');
  });

  it('documents the headers a client acts on, and the text/plain body sendBeacon sends', () => {
    const feedback = operation('/api/v1/feedback', 'post');
    expect(Object.keys(feedback.requestBody?.content ?? {})).toEqual(['application/json', 'text/plain']);
    expect(feedback.responses['429']?.headers).toHaveProperty('Retry-After');
    expect(operation('/api/v1/admin/login', 'post').responses['429']?.headers).toHaveProperty('Retry-After');
    const summary = operation('/api/v1/sites/{site}/summary', 'get');
    for (const status of ['200', '304'])
      expect(Object.keys(summary.responses[status]?.headers ?? {})).toEqual(
        expect.arrayContaining(['ETag', 'Cache-Control']),
      );
    expect(operation('/api/v1/admin/pages', 'get').responses['200']?.headers).toHaveProperty('Cache-Control');
  });

  it('constrains ids and pages as the server does', () => {
    const submission = document.components.schemas.FeedbackSubmission?.properties ?? {};
    const id = new RegExp(submission.id?.pattern ?? '$^');
    for (const accepted of ['0b8f3a52-6a7e-4c1e-9d2b-3f4e5a6b7c8d', '0B8F3A52-6A7E-4C1E-9D2B-3F4E5A6B7C8D'])
      expect(id.test(accepted)).toBe(true);
    const page = new RegExp(submission.page?.pattern ?? '$^');
    expect(page.test('https://www.gov.kz/ru/')).toBe(true);
    expect(page.test('mailto:ivan@mail.ru')).toBe(false);
    const query = operation('/api/v1/sites/{site}/summary', 'get').parameters?.find((p) => p.name === 'page');
    expect(query?.schema.pattern).toBe(submission.page?.pattern);
  });
});
