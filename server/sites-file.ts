import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { SiteIdSchema } from '../contract/feedback.ts';
import type { FeedbackStore, Site } from './storage/store.ts';

/** A sites file provisions sites without clicking: `[{ "id", "name", "origins": [...] }]`. */
export const SitesFileSchema = z.array(
  z.strictObject({
    id: SiteIdSchema,
    name: z.string().check(z.minLength(1)),
    origins: z.array(
      z.string().check(z.regex(/^https?:\/\/[^/\s]+$/, 'an origin such as https://www.gov.kz (no path)')),
    ),
    minVotes: z._default(z.int().check(z.gte(1)), 10),
    retentionDays: z._default(z.nullable(z.int().check(z.gte(1))), null),
  }),
);

/** Reads, validates and applies a sites file; returns the sites it registered. */
export async function provisionSites(path: string, store: FeedbackStore): Promise<Site[]> {
  const parsed = z.safeParse(SitesFileSchema, JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') || 'file'}: ${issue?.message}`);
  }
  for (const site of parsed.data) await store.upsertSite(site);
  return parsed.data;
}
