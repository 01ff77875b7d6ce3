import type { Report } from '../internal/report-schema.ts';

const LANGUAGE_NAMES = { kk: 'Kazakh', ru: 'Russian', en: 'English' } as const;

/** Line and column (1-based) of a UTF-16 offset, for editors' "file:line:col" links. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A report for people: summary first, then one line per finding in `file:line:col` form. */
export function formatText(file: string, text: string, report: Report): string {
  const m = report.metrics;
  const lines = [
    `${file}`,
    `  language   ${LANGUAGE_NAMES[report.language.code]} (${report.language.code}, confidence ${report.language.confidence})`,
    `  grade      ${m.grade}   score ${report.score}/100   reading time ${m.readingTimeMinutes} min`,
    `  text       ${m.words} words, ${m.sentences} sentences, ${m.paragraphs} paragraphs, ${m.averageSentenceLength} words per sentence`,
    `  audience   ${report.audience.id}: ${report.audience.fits ? 'fits' : 'does not fit'} — ${report.audience.advice}`,
  ];
  if (report.findings.length === 0) {
    lines.push('  no findings');
  } else {
    const counts = { error: 0, warning: 0, suggestion: 0 };
    for (const f of report.findings) counts[f.severity]++;
    lines.push(
      `  findings   ${counts.error} errors, ${counts.warning} warnings, ${counts.suggestion} suggestions`,
    );
    for (const f of report.findings) {
      const at = position(text, f.start);
      const suggestion = f.suggestions.length ? ` → ${f.suggestions.slice(0, 3).join(' / ')}` : '';
      lines.push(
        `  ${file}:${at.line}:${at.column}  ${f.severity.padEnd(10)} ${f.message}${suggestion}  [${f.rule}]`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
