import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { OriginSchema } from '../contract/admin.ts';
import { SiteIdSchema } from '../contract/feedback.ts';
import { ConfigError } from './config.ts';
import type { FeedbackStore, Site } from './storage/store.ts';

/** Settings of a new site that its registration leaves out. */
export const SITE_DEFAULTS = { origins: [], minVotes: 10, retentionDays: null } as const;

/** One site's settings as a sites file or `npm run sites -- add` gives them; what is left out is kept. */
export const SiteSettingsSchema = z.strictObject({
  id: SiteIdSchema,
  name: z.string().check(z.minLength(1)),
  // The dashboard's rule: stored as browsers send it, refused when a browser would send it otherwise.
  origins: z.optional(z.array(OriginSchema)),
  minVotes: z.optional(z.int().check(z.gte(1))),
  retentionDays: z.optional(z.nullable(z.int().check(z.gte(1)))),
});

/** A site's settings to apply. */
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

/** A sites file provisions sites without clicking: `[{ "id", "name", "origins": [...] }]`. */
export const SitesFileSchema = z.array(SiteSettingsSchema);

/**
 * Registers a site, or updates the settings given of one that exists and keeps the rest: a sites file applied
 * at every start, or `sites add` run to change a name, must not turn off the retention an admin set in the
 * dashboard. Defaults apply to a new site only.
 */
export async function applySiteSettings(store: FeedbackStore, settings: SiteSettings): Promise<Site> {
  const existing = (await store.getSite(settings.id)) ?? { ...SITE_DEFAULTS, origins: [] };
  const site: Site = {
    id: settings.id,
    name: settings.name,
    origins: settings.origins ?? existing.origins,
    minVotes: settings.minVotes ?? existing.minVotes,
    retentionDays: settings.retentionDays === undefined ? existing.retentionDays : settings.retentionDays,
  };
  await store.upsertSite(site);
  return site;
}

/**
 * Reads, validates and applies a sites file (HEARD_SITES_FILE); returns the sites as they are now. A file
 * that cannot be read, is not JSON or holds a bad setting is a `ConfigError` naming the variable, and then
 * no site of it was applied.
 */
export async function provisionSites(path: string, store: FeedbackStore): Promise<Site[]> {
  const variable = `HEARD_SITES_FILE=${JSON.stringify(path)}`;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${variable}: cannot read the file: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${variable}: not JSON: ${(error as Error).message}`);
  }
  const parsed = z.safeParse(SitesFileSchema, json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `${variable}: ${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'} (expected a list like [{"id": "mod", "name": "Ministry", "origins": ["https://www.gov.kz"]}])`,
    );
  }
  const sites: Site[] = [];
  for (const settings of parsed.data) sites.push(await applySiteSettings(store, settings));
  return sites;
}
