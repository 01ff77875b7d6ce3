// Reads the development corpora from ../shared/corpora (beside the repository, never copied into it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the corpora live: HEARD_CORPORA, else ../shared/corpora beside the repository. */
export const CORPORA_DIR =
  process.env.HEARD_CORPORA ?? resolve(import.meta.dirname, '../../../shared/corpora');

/** Whether the corpora are present (they are not in a clone without ../shared). */
export function corporaAvailable(): boolean {
  return existsSync(CORPORA_DIR);
}

function read(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/** OneStopEnglish levels, easiest first. */
export const LEVELS = ['ele', 'int', 'adv'] as const;
export type Level = (typeof LEVELS)[number];

/** Each OneStopEnglish article in its three versions. */
export function oneStopArticles(): { name: string; texts: Record<Level, string> }[] {
  const base = join(CORPORA_DIR, 'onestop-english', 'Texts-SeparatedByReadingLevel');
  const folder: Record<Level, string> = { ele: 'Ele-Txt', int: 'Int-Txt', adv: 'Adv-Txt' };
  const names = readdirSync(join(base, folder.ele)).map((f) => f.replace(/-ele\.txt$/, ''));
  return names.flatMap((name) => {
    const paths = LEVELS.map((level) => join(base, folder[level], `${name}-${level}.txt`));
    if (!paths.every((p) => existsSync(p))) return [];
    const [ele, int, adv] = paths.map(read) as [string, string, string];
    return [{ name, texts: { ele, int, adv } }];
  });
}

/** Aligned sentence pairs: `harder` is the sentence from the higher level. */
export function oneStopSentencePairs(): { file: string; easier: string; harder: string }[] {
  const base = join(CORPORA_DIR, 'onestop-english', 'Sentence-Aligned');
  // File names put the first-named level's sentence first: ADV-ELE → adv then ele.
  const files: [string, boolean][] = [
    ['ADV-ELE.txt', true],
    ['ADV-INT.txt', true],
    ['ELE-INT.txt', false],
  ];
  return files.flatMap(([file, firstIsHarder]) =>
    read(join(base, file))
      .split('*******')
      .map((block) => block.trim().split(/\r?\n/))
      .filter((lines): lines is [string, string] => lines.length === 2)
      .map(([first, second]) => ({
        file,
        easier: firstIsHarder ? second : first,
        harder: firstIsHarder ? first : second,
      })),
  );
}

/** One NTREX line: an English sentence (rarely two) and its Kazakh and Russian translations. */
export interface NtrexLine {
  en: string;
  ru: string;
  kk: string;
}

/**
 * NTREX passages: consecutive lines of one document joined into passages of about 80–250 English words; each
 * keeps its lines.
 */
export function ntrexPassages(): (NtrexLine & { id: string; lines: NtrexLine[] })[] {
  const dir = join(CORPORA_DIR, 'ntrex-kk-ru-en');
  const lines = (file: string) => read(join(dir, file)).split(/\r?\n/);
  const en = lines('newstest2019-src.eng.txt');
  const ru = lines('newstest2019-ref.rus.txt');
  const kk = lines('newstest2019-ref.kaz.txt');
  const docs = lines('DOCUMENT_IDS.tsv').map((l) => l.split('\t')[0] ?? '');
  const passages: (NtrexLine & { id: string; lines: NtrexLine[] })[] = [];
  let current: { id: string; en: string[]; ru: string[]; kk: string[]; words: number } | undefined;
  const flush = () => {
    if (current && current.words >= 80) {
      passages.push({
        id: current.id,
        en: current.en.join('\n'),
        ru: current.ru.join('\n'),
        kk: current.kk.join('\n'),
        lines: current.en.map((line, i) => ({
          en: line,
          ru: current?.ru[i] ?? '',
          kk: current?.kk[i] ?? '',
        })),
      });
    }
    current = undefined;
  };
  for (let i = 0; i < en.length; i++) {
    const doc = docs[i] ?? '';
    const line = { en: en[i] ?? '', ru: ru[i] ?? '', kk: kk[i] ?? '' };
    if (!line.en.trim()) continue;
    if (current && (current.id.split('#')[0] !== doc || current.words >= 200)) flush();
    current ??= { id: `${doc}#${i}`, en: [], ru: [], kk: [], words: 0 };
    current.en.push(line.en);
    current.ru.push(line.ru);
    current.kk.push(line.kk);
    current.words += line.en.split(/\s+/).length;
  }
  flush();
  return passages;
}
