// `npm run sites -- add <id> <name> <origin>... [--min-votes N] [--retention-days N]` and `npm run sites -- list`:
// provision sites from the command line, against the store the environment configures.
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { ConfigError, loadConfig } from './config.ts';
import { SitesFileSchema } from './sites-file.ts';
import { openStore } from './start.ts';
import type { FeedbackStore } from './storage/store.ts';

const USAGE =
  'usage: npm run sites -- add <id> <name> <origin>... [--min-votes N] [--retention-days N] | list';

/** Runs one sites command; returns the exit code. */
export async function runSitesCommand(
  argv: string[],
  store: FeedbackStore,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { 'min-votes': { type: 'string' }, 'retention-days': { type: 'string' } },
  });
  const [command, id, name, ...origins] = positionals;
  if (command === 'list') {
    for (const site of await store.listSites()) {
      out(
        `${site.id}\t${site.name}\t${site.origins.join(' ')}\tmin votes ${site.minVotes}\tretention ${site.retentionDays ?? '-'}`,
      );
    }
    return 0;
  }
  if (command !== 'add' || !id || !name) {
    err(USAGE);
    return 2;
  }
  const parsed = z.safeParse(SitesFileSchema, [
    {
      id,
      name,
      origins,
      ...(values['min-votes'] ? { minVotes: Number(values['min-votes']) } : {}),
      ...(values['retention-days'] ? { retentionDays: Number(values['retention-days']) } : {}),
    },
  ]);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    err(`sites: ${issue?.path.slice(1).join('.') || 'site'}: ${issue?.message}`);
    return 2;
  }
  const [site] = parsed.data;
  if (!site) return 2;
  await store.upsertSite(site);
  out(`registered ${site.id} (${site.origins.join(', ') || 'no origins'})`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const store = await openStore(loadConfig(process.env));
    process.exitCode = await runSitesCommand(process.argv.slice(2), store, console.log, console.error);
    await store.close();
  } catch (error) {
    console.error(`heard: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  }
}
