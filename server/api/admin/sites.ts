import { Hono } from 'hono';
import { AdminSiteSchema, UpdateSiteRequestSchema } from '../../../contract/admin.ts';
import { errorResponse } from '../errors.ts';
import {
  type AdminDeps,
  type AdminEnv,
  canSee,
  parseBody,
  requireFullAdmin,
  requireRole,
  requireSite,
} from './context.ts';

/** `/sites`: everyone lists the sites they may see; admins of all sites register them, admins change theirs. */
export function siteRoutes(deps: AdminDeps) {
  const app = new Hono<AdminEnv>();

  app.get('/', async (c) => {
    const account = c.var.signedIn.account;
    return c.json({ sites: (await deps.store.listSites()).filter((s) => canSee(account, s.id)) });
  });

  app.post('/', async (c) => {
    const denied = requireFullAdmin(c);
    if (denied) return denied;
    const site = await parseBody(c, AdminSiteSchema);
    if (site instanceof Response) return site;
    if (await deps.store.getSite(site.id))
      return errorResponse(
        c,
        409,
        'site_exists',
        `A site "${site.id}" already exists; change it with PATCH.`,
      );
    await deps.store.upsertSite(site);
    deps.siteChanged(site.id);
    return c.json(site, 201);
  });

  app.patch('/:id', async (c) => {
    const id = c.req.param('id');
    const denied = requireRole(c, 'admin') ?? requireSite(c, id);
    if (denied) return denied;
    const changes = await parseBody(c, UpdateSiteRequestSchema);
    if (changes instanceof Response) return changes;
    const site = await deps.store.getSite(id);
    if (!site) return errorResponse(c, 404, 'unknown_site', `No site is registered as "${id}".`);
    const updated = {
      id,
      name: changes.name ?? site.name,
      origins: changes.origins ?? site.origins,
      minVotes: changes.minVotes ?? site.minVotes,
      retentionDays: changes.retentionDays === undefined ? site.retentionDays : changes.retentionDays,
    };
    await deps.store.upsertSite(updated);
    deps.siteChanged(id);
    return c.json(updated);
  });
  return app;
}
