import { kazakhFrom } from '../internal/advice.ts';
import { AUDIENCES, type AudienceProfile } from '../internal/audiences.ts';
import type { Report } from '../internal/report-schema.ts';
import type { LanguageCode } from '../internal/rules/types.ts';

type Severity = Report['findings'][number]['severity'];
type Target = Report['audience']['misses'][number]['target'];

/** The words of the people's report, in the language its messages are in. */
interface Labels {
  languageNames: Record<LanguageCode, string>;
  language: string;
  confidence: string;
  /** The other languages of a mixed text, each with the lines its paragraphs start on. */
  alsoIn: (languages: readonly { name: string; lines: readonly number[] }[]) => string;
  grade: string;
  score: string;
  /** Reading time: `minutes` as measured, `shown` as written in the language. */
  readingTime: (minutes: number, shown: string) => string;
  textLabel: string;
  text: (m: Report['metrics'], average: string) => string;
  audience: string;
  fits: (fits: boolean) => string;
  /** One missed audience target: the measure, its value, the profile's limit and how far over it the text is. */
  miss: Record<Target, (actual: string, limit: string, by: string) => string>;
  /** Before the finding to fix first, when the text fits its audience but has errors or warnings. */
  fixFirst: string;
  findings: string;
  counts: (c: Record<Severity, number>) => string;
  none: string;
  severity: Record<Severity, string>;
  /** After several files: how many were checked, how many fit their audience, and the findings in all. */
  summary: (files: number, fitting: number, findings: string) => string;
}

const RU_PLURAL = new Intl.PluralRules('ru');
/** The Russian noun's form after a whole number: 1 абзац, 2 абзаца, 5 абзацев (after a decimal: `few`). */
const ruNoun = (n: number, one: string, few: string, many: string) =>
  ({ one, few })[RU_PLURAL.select(n) as 'one' | 'few'] ?? many;
/** A whole number and the Russian noun after it. */
const ru = (n: number, one: string, few: string, many: string) => `${n} ${ruNoun(n, one, few, many)}`;
const en = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const LABELS: Record<LanguageCode, Labels> = {
  en: {
    languageNames: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
    language: 'language',
    confidence: 'confidence',
    alsoIn: (languages) =>
      `also: ${languages.map(({ name, lines }) => `${name} (${lines.length > 1 ? 'lines' : 'line'} ${lines.join(', ')})`).join(', ')}`,
    grade: 'grade',
    score: 'score',
    readingTime: (minutes, shown) =>
      minutes < 1 ? 'reading time under a minute' : `reading time ${shown} min`,
    textLabel: 'text',
    text: (m, average) =>
      `${en(m.words, 'word')}, ${en(m.sentences, 'sentence')}, ${en(m.paragraphs, 'paragraph')}, ${average} ${m.averageSentenceLength === 1 ? 'word' : 'words'} per sentence`,
    audience: 'audience',
    fits: (fits) => (fits ? 'fits' : 'does not fit'),
    fixFirst: 'but fix this first',
    miss: {
      grade: (a, l, b) => `grade ${a}; target ${l} or lower: ${b} over`,
      sentenceLength: (a, l, b) => `${a} words per sentence; target ${l} or fewer: ${b} over`,
      longWordShare: (a, l, b) => `long words ${a}%; target ${l}% or fewer: ${b} percentage points over`,
      passiveShare: (a, l, b) =>
        `passive sentences ${a}%; target ${l}% or fewer: ${b} percentage points over`,
      jargonPer100Words: (a, l, b) => `${a} jargon terms per 100 words; target ${l} or fewer: ${b} over`,
    },
    findings: 'findings',
    counts: (c) => `${en(c.error, 'error')}, ${en(c.warning, 'warning')}, ${en(c.suggestion, 'suggestion')}`,
    none: 'no findings',
    severity: { error: 'error', warning: 'warning', suggestion: 'suggestion' },
    summary: (files, fitting, findings) =>
      `${en(files, 'file')} checked: ${fitting} ${fitting === 1 ? 'fits' : 'fit'} ${files === 1 ? 'its' : 'their'} audience, ${files - fitting} ${files - fitting === 1 ? 'does' : 'do'} not; ${findings} in all`,
  },
  ru: {
    languageNames: { kk: 'казахский', ru: 'русский', en: 'английский' },
    language: 'язык',
    confidence: 'уверенность',
    alsoIn: (languages) =>
      `также: ${languages.map(({ name, lines }) => `${name} (${lines.length > 1 ? 'строки' : 'строка'} ${lines.join(', ')})`).join(', ')}`,
    grade: 'класс',
    score: 'оценка',
    readingTime: (minutes, shown) =>
      minutes < 1 ? 'время чтения меньше минуты' : `время чтения ${shown} мин`,
    textLabel: 'текст',
    text: (m, average) =>
      `${ru(m.words, 'слово', 'слова', 'слов')}, ${ru(m.sentences, 'предложение', 'предложения', 'предложений')}, ${ru(m.paragraphs, 'абзац', 'абзаца', 'абзацев')}, средняя длина предложения: ${average} ${m.averageSentenceLength === Math.trunc(m.averageSentenceLength) ? ruNoun(m.averageSentenceLength, 'слово', 'слова', 'слов') : 'слова'}`,
    audience: 'аудитория',
    fits: (fits) => (fits ? 'подходит' : 'не подходит'),
    fixFirst: 'но сначала исправьте',
    miss: {
      grade: (a, l, b) => `класс: ${a}; цель — не выше ${l}; превышение: ${b}`,
      sentenceLength: (a, l, b) =>
        `слов в предложении в среднем: ${a}; цель — не больше ${l}; превышение: ${b}`,
      longWordShare: (a, l, b) => `длинных слов ${a}%; цель — не больше ${l}%; превышение: ${b} п. п.`,
      passiveShare: (a, l, b) =>
        `предложений в страдательном залоге ${a}%; цель — не больше ${l}%; превышение: ${b} п. п.`,
      jargonPer100Words: (a, l, b) =>
        `терминов жаргона на 100 слов: ${a}; цель — не больше ${l}; превышение: ${b}`,
    },
    findings: 'замечания',
    counts: (c) =>
      `${ru(c.error, 'ошибка', 'ошибки', 'ошибок')}, ${ru(c.warning, 'предупреждение', 'предупреждения', 'предупреждений')}, ${ru(c.suggestion, 'совет', 'совета', 'советов')}`,
    none: 'замечаний нет',
    severity: { error: 'ошибка', warning: 'предупреждение', suggestion: 'совет' },
    summary: (files, fitting, findings) =>
      `проверено файлов: ${files}; подходят своей аудитории: ${fitting}, не подходят: ${files - fitting}; всего ${findings}`,
  },
  // Kazakh nouns stay singular after a number.
  kk: {
    languageNames: { kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі' },
    language: 'тіл',
    confidence: 'сенімділік',
    alsoIn: (languages) =>
      `сондай-ақ: ${languages.map(({ name, lines }) => `${name} (${lines.join(', ')}-${lines.length > 1 ? 'жолдар' : 'жол'})`).join(', ')}`,
    grade: 'сынып',
    score: 'балл',
    readingTime: (minutes, shown) => (minutes < 1 ? 'оқу уақыты бір минуттан аз' : `оқу уақыты ${shown} мин`),
    textLabel: 'мәтін',
    text: (m, average) =>
      `${m.words} сөз, ${m.sentences} сөйлем, ${m.paragraphs} абзац, сөйлемнің орташа ұзындығы: ${average} сөз`,
    audience: 'аудитория',
    fits: (fits) => (fits ? 'сәйкес келеді' : 'сәйкес келмейді'),
    fixFirst: 'бірақ алдымен мұны түзетіңіз',
    miss: {
      grade: (a, l, b) => `мәтін ${a} сынып деңгейінде; мақсат — ${kazakhFrom(l)} аспау; артығы: ${b}`,
      sentenceLength: (a, l, b) => `сөйлемде орташа ${a} сөз; мақсат — ${l} сөзден аспау; артығы: ${b} сөз`,
      longWordShare: (a, l, b) =>
        `ұзын сөздер ${a}%; мақсат — ${l} пайыздан аспау; артығы: ${b} пайыздық тармақ`,
      passiveShare: (a, l, b) =>
        `ырықсыз етістегі сөйлемдер ${a}%; мақсат — ${l} пайыздан аспау; артығы: ${b} пайыздық тармақ`,
      jargonPer100Words: (a, l, b) =>
        `100 сөзге ${a} жаргон термин; мақсат — 100 сөзге ${l} терминнен аспау; артығы: ${b}`,
    },
    findings: 'ескертпелер',
    counts: (c) => `${c.error} қате, ${c.warning} ескерту, ${c.suggestion} ұсыныс`,
    none: 'ескертпе жоқ',
    severity: { error: 'қате', warning: 'ескерту', suggestion: 'ұсыныс' },
    summary: (files, fitting, findings) =>
      `тексерілген файл: ${files}; аудиториясына сай келеді: ${fitting}, сай келмейді: ${files - fitting}; барлығы ${findings}`,
  },
};

/**
 * Line and column (1-based) of UTF-16 offsets, for editors' "file:line:col" links: the line starts are found
 * once and searched, so a long file with many findings is not scanned from the top for each. A line ends at
 * `\n`, `\r\n` or a lone `\r` (old Mac files), as editors count lines.
 */
export function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (const end of text.matchAll(/\r\n?|\n/gu)) starts.push(end.index + end[0].length);
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

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };

/**
 * The languages of a mixed text's paragraphs other than the text's own, in order of first use, each with the
 * lines its paragraphs start on: the grade and the rules read each paragraph in its language.
 */
function otherLanguages(
  report: Report,
  lineOf: (offset: number) => number,
): { code: LanguageCode; lines: number[] }[] {
  const other = new Map<LanguageCode, number[]>();
  for (const paragraph of report.language.paragraphs ?? []) {
    if (paragraph.code === report.language.code) continue;
    const lines = other.get(paragraph.code) ?? [];
    lines.push(lineOf(paragraph.start));
    other.set(paragraph.code, lines);
  }
  return [...other].map(([code, lines]) => ({ code, lines }));
}

/** The first error, else the first warning, of a report whose text fits its audience. */
function firstToFix(report: Report): Report['findings'] {
  if (!report.audience.fits) return [];
  const first =
    report.findings.find((f) => f.severity === 'error') ??
    report.findings.find((f) => f.severity === 'warning');
  return first ? [first] : [];
}

/**
 * The audience by its name in `ui`, with the id that `--audience` takes: a built-in one's, or the custom
 * profile's own if it has one; else by its id.
 */
function audienceName(id: string, ui: LanguageCode, custom: AudienceProfile | undefined): string {
  const profile = custom?.id === id ? custom : (AUDIENCES as Record<string, AudienceProfile | undefined>)[id];
  const name = profile?.name?.[ui];
  return name ? `${name} (${id})` : id;
}

/**
 * A report for people: summary first, then one line per finding in `file:line:col` form, labelled in `ui`,
 * the language of the findings' messages. `audience` is the custom profile the text was checked for, if any.
 */
export function formatText(
  file: string,
  text: string,
  report: Report,
  ui: LanguageCode,
  { audience }: { audience?: AudienceProfile } = {},
): string {
  const t = LABELS[ui];
  // Numbers as the language writes them (2,5 in Russian and Kazakh).
  const decimal = new Intl.NumberFormat(ui, { maximumFractionDigits: 2 });
  const oneDecimal = new Intl.NumberFormat(ui, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const upToOneDecimal = new Intl.NumberFormat(ui, { maximumFractionDigits: 1 });
  const m = report.metrics;
  // Labels line up in a column, whichever language they are in.
  const width =
    Math.max(...[t.language, t.grade, t.textLabel, t.audience, t.findings].map((l) => l.length)) + 3;
  const label = (name: string) => `  ${name.padEnd(width)}`;
  const position = positions(text);
  const mixed = otherLanguages(report, (offset) => position(offset).line);
  const lines = [
    `${file}`,
    `${label(t.language)}${t.languageNames[report.language.code]} (${report.language.code}, ${t.confidence} ${decimal.format(report.language.confidence)})`,
    ...(mixed.length
      ? [
          `${label('')}– ${t.alsoIn(mixed.map(({ code, lines }) => ({ name: t.languageNames[code], lines })))}`,
        ]
      : []),
    `${label(t.grade)}${oneDecimal.format(m.grade)}   ${t.score} ${report.score}/100   ${t.readingTime(m.readingTimeMinutes, decimal.format(m.readingTimeMinutes))}`,
    // One decimal is all a reader acts on: "24.3 words", not "24.33".
    `${label(t.textLabel)}${t.text(m, upToOneDecimal.format(m.averageSentenceLength))}`,
    `${label(t.audience)}${audienceName(report.audience.id, ui, audience)}: ${t.fits(report.audience.fits)} — ${report.audience.advice}`,
    // What to fix first when the numbers fit but a rule says error or warning (a banned word, a very long
    // sentence): "fits" alone next to a poor score would say there is nothing to do.
    ...firstToFix(report).map((f) => `${label('')}– ${t.fixFirst}: ${f.message}`),
    // Every missed target, not only the one the advice starts with.
    ...report.audience.misses.map(
      (m) =>
        `${label('')}– ${t.miss[m.target](upToOneDecimal.format(m.actual), upToOneDecimal.format(m.limit), upToOneDecimal.format(m.by))}`,
    ),
  ];
  if (report.findings.length === 0) {
    lines.push(`${label(t.findings)}${t.none}`);
  } else {
    lines.push(`${label(t.findings)}${t.counts(severityCounts(report.findings))}`);
    const severityWidth = Math.max(...Object.values(t.severity).map((s) => s.length));
    // Errors first, then warnings, then suggestions, each in the order of the text: what to fix comes first.
    const bySeverity = [...report.findings].sort(
      (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
    );
    for (const f of bySeverity) {
      const at = position(f.start);
      const suggestion = f.suggestions.length ? ` → ${f.suggestions.slice(0, 3).join(' / ')}` : '';
      lines.push(
        `  ${file}:${at.line}:${at.column}  ${t.severity[f.severity].padEnd(severityWidth)} ${f.message}${suggestion}  [${f.rule}]`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** How many findings there are of each severity. */
function severityCounts(findings: readonly Report['findings'][number][]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The last line after several files: a folder's state at a glance, in the command's own language. */
export function formatSummary(ui: LanguageCode, reports: readonly Report[]): string {
  const counts = severityCounts(reports.flatMap((r) => r.findings));
  const fitting = reports.filter((r) => r.audience.fits).length;
  return `\n${LABELS[ui].summary(reports.length, fitting, LABELS[ui].counts(counts))}\n`;
}
