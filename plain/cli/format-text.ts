import { AUDIENCES, type AudienceProfile } from '../internal/audiences.ts';
import type { Report } from '../internal/report-schema.ts';
import type { LanguageCode } from '../internal/rules/types.ts';

type Severity = Report['findings'][number]['severity'];

/** The words of the people's report, in the language its messages are in. */
interface Labels {
  languageNames: Record<LanguageCode, string>;
  language: string;
  confidence: string;
  grade: string;
  score: string;
  readingTime: (minutes: string) => string;
  textLabel: string;
  text: (m: Report['metrics'], average: string) => string;
  audience: string;
  fits: (fits: boolean) => string;
  findings: string;
  counts: (c: Record<Severity, number>) => string;
  none: string;
  severity: Record<Severity, string>;
}

const RU_PLURAL = new Intl.PluralRules('ru');
/** Russian noun after a number: 1 абзац, 2 абзаца, 5 абзацев. */
const ru = (n: number, one: string, few: string, many: string) =>
  `${n} ${{ one, few }[RU_PLURAL.select(n) as 'one' | 'few'] ?? many}`;
const en = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const LABELS: Record<LanguageCode, Labels> = {
  en: {
    languageNames: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
    language: 'language',
    confidence: 'confidence',
    grade: 'grade',
    score: 'score',
    readingTime: (minutes) => `reading time ${minutes} min`,
    textLabel: 'text',
    text: (m, average) =>
      `${en(m.words, 'word')}, ${en(m.sentences, 'sentence')}, ${en(m.paragraphs, 'paragraph')}, ${average} ${m.averageSentenceLength === 1 ? 'word' : 'words'} per sentence`,
    audience: 'audience',
    fits: (fits) => (fits ? 'fits' : 'does not fit'),
    findings: 'findings',
    counts: (c) => `${en(c.error, 'error')}, ${en(c.warning, 'warning')}, ${en(c.suggestion, 'suggestion')}`,
    none: 'no findings',
    severity: { error: 'error', warning: 'warning', suggestion: 'suggestion' },
  },
  ru: {
    languageNames: { kk: 'казахский', ru: 'русский', en: 'английский' },
    language: 'язык',
    confidence: 'уверенность',
    grade: 'класс',
    score: 'оценка',
    readingTime: (minutes) => `время чтения ${minutes} мин`,
    textLabel: 'текст',
    text: (m, average) =>
      `${ru(m.words, 'слово', 'слова', 'слов')}, ${ru(m.sentences, 'предложение', 'предложения', 'предложений')}, ${ru(m.paragraphs, 'абзац', 'абзаца', 'абзацев')}, средняя длина предложения: ${average}`,
    audience: 'аудитория',
    fits: (fits) => (fits ? 'подходит' : 'не подходит'),
    findings: 'замечания',
    counts: (c) =>
      `${ru(c.error, 'ошибка', 'ошибки', 'ошибок')}, ${ru(c.warning, 'предупреждение', 'предупреждения', 'предупреждений')}, ${ru(c.suggestion, 'совет', 'совета', 'советов')}`,
    none: 'замечаний нет',
    severity: { error: 'ошибка', warning: 'предупреждение', suggestion: 'совет' },
  },
  // Kazakh nouns stay singular after a number.
  kk: {
    languageNames: { kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі' },
    language: 'тіл',
    confidence: 'сенімділік',
    grade: 'сынып',
    score: 'балл',
    readingTime: (minutes) => `оқу уақыты ${minutes} мин`,
    textLabel: 'мәтін',
    text: (m, average) =>
      `${m.words} сөз, ${m.sentences} сөйлем, ${m.paragraphs} абзац, сөйлемнің орташа ұзындығы: ${average} сөз`,
    audience: 'аудитория',
    fits: (fits) => (fits ? 'сәйкес келеді' : 'сәйкес келмейді'),
    findings: 'ескертпелер',
    counts: (c) => `${c.error} қате, ${c.warning} ескерту, ${c.suggestion} ұсыныс`,
    none: 'ескертпе жоқ',
    severity: { error: 'қате', warning: 'ескерту', suggestion: 'ұсыныс' },
  },
};

/**
 * Line and column (1-based) of UTF-16 offsets, for editors' "file:line:col" links: the line starts are found
 * once and searched, so a long file with many findings is not scanned from the top for each.
 */
function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

/** A built-in audience by its name in `ui`, with the id that `--audience` takes; any other by its id. */
function audienceName(id: string, ui: LanguageCode): string {
  const name = (AUDIENCES as Record<string, AudienceProfile | undefined>)[id]?.name?.[ui];
  return name ? `${name} (${id})` : id;
}

/**
 * A report for people: summary first, then one line per finding in `file:line:col` form, labelled in `ui`,
 * the language of the findings' messages.
 */
export function formatText(file: string, text: string, report: Report, ui: LanguageCode): string {
  const t = LABELS[ui];
  // Numbers as the language writes them (2,5 in Russian and Kazakh).
  const decimal = new Intl.NumberFormat(ui, { maximumFractionDigits: 2 });
  const oneDecimal = new Intl.NumberFormat(ui, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const m = report.metrics;
  // Labels line up in a column, whichever language they are in.
  const width =
    Math.max(...[t.language, t.grade, t.textLabel, t.audience, t.findings].map((l) => l.length)) + 3;
  const label = (name: string) => `  ${name.padEnd(width)}`;
  const lines = [
    `${file}`,
    `${label(t.language)}${t.languageNames[report.language.code]} (${report.language.code}, ${t.confidence} ${decimal.format(report.language.confidence)})`,
    `${label(t.grade)}${oneDecimal.format(m.grade)}   ${t.score} ${report.score}/100   ${t.readingTime(decimal.format(m.readingTimeMinutes))}`,
    `${label(t.textLabel)}${t.text(m, decimal.format(m.averageSentenceLength))}`,
    `${label(t.audience)}${audienceName(report.audience.id, ui)}: ${t.fits(report.audience.fits)} — ${report.audience.advice}`,
  ];
  if (report.findings.length === 0) {
    lines.push(`${label(t.findings)}${t.none}`);
  } else {
    const counts: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
    for (const f of report.findings) counts[f.severity]++;
    lines.push(`${label(t.findings)}${t.counts(counts)}`);
    const severityWidth = Math.max(...Object.values(t.severity).map((s) => s.length));
    const position = positions(text);
    for (const f of report.findings) {
      const at = position(f.start);
      const suggestion = f.suggestions.length ? ` → ${f.suggestions.slice(0, 3).join(' / ')}` : '';
      lines.push(
        `  ${file}:${at.line}:${at.column}  ${t.severity[f.severity].padEnd(severityWidth)} ${f.message}${suggestion}  [${f.rule}]`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
