// `npm run sites -- add <id> <name> <origin>... [--min-votes N] [--retention-days N|off]` and
// `npm run sites -- list`: provision sites from the command line, against the store the environment
// configures. `add` on a site that exists changes what it is given and keeps the rest.
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { ConfigError, loadConfig } from './config.ts';
import { applySiteSettings, SiteSettingsSchema } from './sites-file.ts';
import { openStore } from './start.ts';
import type { FeedbackStore } from './storage/store.ts';

const USAGE =
  'usage: npm run sites -- add <id> <name> [<origin>...] [--min-votes N] [--retention-days N|off] | list';

/** The command-line option that sets a settings field, to name it in an error. */
const OPTION_OF: Record<string, string> = { minVotes: '--min-votes', retentionDays: '--retention-days' };

const parseSitesArgs = (argv: string[]) =>
  parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'min-votes': { type: 'string' },
      'retention-days': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });

/** Runs one sites command; returns the exit code. */
export async function runSitesCommand(
  argv: string[],
  store: FeedbackStore,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  let parsedArgs: ReturnType<typeof parseSitesArgs>;
  try {
    parsedArgs = parseSitesArgs(argv);
  } catch (error) {
    // Node's own text ("Unknown option '--id'. To specify a positional argument…") and the usage.
    err(`sites: ${error instanceof Error ? (error.message.split('. ')[0] ?? error.message) : String(error)}`);
    err(USAGE);
    return 2;
  }
  const { values, positionals } = parsedArgs;
  if (values.help) {
    out(USAGE);
    return 0;
  }
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
  const retention = values['retention-days'];
  const minVotes = values['min-votes'];
  // A number option is a whole number as typed: Number('abc') would reach the schema as NaN, unnamed.
  for (const [option, value] of [
    ['--min-votes', minVotes],
    ['--retention-days', retention === 'off' ? undefined : retention],
  ] as const) {
    if (value !== undefined && !/^\d+$/u.test(value)) {
      err(
        `sites: ${option}: a whole number${option === '--retention-days' ? ' of days, or off' : ''}, not "${value}"`,
      );
      return 2;
    }
  }
  const parsed = z.safeParse(SiteSettingsSchema, {
    id,
    name,
    // Left out, the origins (and the other settings) of a site that exists are kept.
    ...(origins.length > 0 ? { origins } : {}),
    ...(minVotes === undefined ? {} : { minVotes: Number(minVotes) }),
    ...(retention === undefined ? {} : { retentionDays: retention === 'off' ? null : Number(retention) }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'site';
    err(`sites: ${OPTION_OF[field] ?? field}: ${issue?.message}`);
    return 2;
  }
  const existed = (await store.getSite(parsed.data.id)) !== undefined;
  const site = await applySiteSettings(store, parsed.data);
  out(
    `${existed ? 'updated' : 'registered'} ${site.id} (${site.origins.join(', ') || 'no origins'}; min votes ${site.minVotes}; retention ${site.retentionDays ?? 'off'})`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { databaseUrl, dataDir } = loadConfig(process.env);
    // Without the time zone: a command run from a shell that lacks HEARD_TIME_ZONE must not rebuild counters.
    const store = await openStore({ databaseUrl, dataDir });
    process.exitCode = await runSitesCommand(process.argv.slice(2), store, console.log, console.error);
    await store.close();
  } catch (error) {
    console.error(`heard: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  }
}
