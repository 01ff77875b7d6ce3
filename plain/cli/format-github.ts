// `--format github`: findings as GitHub Actions workflow commands. The runner turns each line into an
// annotation on the file and line it names, shown on the pull request's changed files and in the run's
// summary, which is where a content team looks when a check fails.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Report } from '../internal/report-schema.ts';
import type { Severity } from '../internal/rules/types.ts';
import { positions } from './format-text.ts';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  suggestion: 'notice',
};

/** A message: the runner reads a line break or a `%` escape as the end of the command. */
const escapeData = (s: string) => s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');

/** A property's value also ends at `,` (the next property) and `:` (the message). */
const escapeProperty = (s: string) => escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

function command(
  kind: 'error' | 'warning' | 'notice',
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const said = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${kind} ${said}::${escapeData(message)}\n`;
}

/**
 * One annotation per finding, at its line and columns in `text` (the file as read), titled with the rule's
 * id; and a notice with what to change first when the text does not fit its audience. Standard input has no
 * file to annotate (`file` undefined): its annotations go to the run's summary.
 */
export function formatGithub(file: string | undefined, text: string, report: Report): string {
  const at = positions(text);
  let out = '';
  for (const finding of report.findings) {
    const start = at(finding.start);
    // The end is exclusive; the annotation's last column is the finding's last character.
    const end = at(Math.max(finding.start, finding.end - 1));
    out += command(
      COMMAND[finding.severity],
      {
        file,
        line: start.line,
        endLine: end.line,
        col: start.column,
        endColumn: end.column,
        title: finding.rule,
      },
      finding.message,
    );
  }
  if (!report.audience.fits)
    out += command('notice', { file, title: `audience ${report.audience.id}` }, report.audience.advice);
  return out;
}
