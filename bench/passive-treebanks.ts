// An outside check of the passive-voice rules against sentences whose passives linguists marked: Universal
// Dependencies treebanks (CoNLL-U), read from clones you make yourself (not in the repository):
//   English EWT (CC BY-SA 4.0): github.com/UniversalDependencies/UD_English-EWT, en_ewt-ud-dev/test.conllu
//   Russian GSD (CC BY-SA 4.0): github.com/UniversalDependencies/UD_Russian-GSD, ru_gsd-ud-dev/test.conllu
//   Kazakh KTB (CC BY-SA 4.0): github.com/UniversalDependencies/UD_Kazakh-KTB, kk_ktb-ud-test.conllu
// What counts as a passive the rules should find, from the annotation:
//   en: a word with an `aux:pass` dependent ("was approved", "got fired"): the be/get passive.
//   ru: a short passive participle (`Variant=Short`, `Voice=Pass`: «утверждено»), and a verb in -ся/-сь with
//     an `nsubj:pass` dependent («заявление подаётся»).
//   kk: a verb marked `Voice=Pass` that is a predicate (root, conjunct, complement, parataxis), not a
//     participle modifying a noun («енгізілген заң») or a converb inside a clause, which the rule leaves.
// A finding is right when it overlaps such a word; such a word is found when a finding overlaps it. The
// officialese and jargon rules are switched off, so no passive finding is deferred to them.
// Run: npx tsx bench/passive-treebanks.ts FILE.conllu... [--errors FILE] (the language is the file name's
// first two letters)
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyze } from '../plain/index.ts';
import type { LanguageCode } from '../plain/internal/rules/types.ts';
import { pct, printTable } from './lib/table.ts';

interface Token {
  id: number;
  form: string;
  feats: string;
  head: number;
  deprel: string;
  start: number;
  end: number;
}

interface Sentence {
  text: string;
  tokens: Token[];
}

/** The sentences of a CoNLL-U file with each word's place in `# text` (a multiword token's parts share it). */
function readTreebank(path: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const lines = block.split('\n');
    const text = lines.find((l) => l.startsWith('# text = '))?.slice(9);
    if (!text) continue;
    const tokens: Token[] = [];
    let cursor = 0;
    let span: { last: number; start: number; end: number } | undefined;
    for (const line of lines) {
      if (!line || line.startsWith('#')) continue;
      const [id = '', form = '', , , , feats = '', head = '', deprel = ''] = line.split('\t');
      const range = /^(\d+)-(\d+)$/.exec(id);
      if (range) {
        const start = text.indexOf(form, cursor);
        span = { last: Number(range[2]), start, end: start < 0 ? -1 : start + form.length };
        if (start >= 0) cursor = start + form.length;
        continue;
      }
      if (!/^\d+$/.test(id)) continue; // empty nodes (8.1)
      const n = Number(id);
      let start: number;
      let end: number;
      if (span && n <= span.last) {
        ({ start, end } = span);
      } else {
        start = text.indexOf(form, cursor);
        end = start < 0 ? -1 : start + form.length;
        if (start >= 0) cursor = end;
      }
      tokens.push({ id: n, form, feats, head: Number(head), deprel, start, end });
    }
    sentences.push({ text, tokens });
  }
  return sentences;
}

const hasFeature = (t: Token, feature: string) => t.feats.split('|').includes(feature);
const PREDICATE = /^(?:root|conj|ccomp|parataxis|xcomp)$/;

/** The words the annotation marks as passives the rules are meant to find. */
function goldPassives(language: LanguageCode, tokens: Token[]): Token[] {
  const dependents = (t: Token, deprel: string) => tokens.some((d) => d.head === t.id && d.deprel === deprel);
  switch (language) {
    case 'en':
      return tokens.filter((t) => dependents(t, 'aux:pass'));
    case 'ru':
      return tokens.filter(
        (t) =>
          (hasFeature(t, 'Variant=Short') && hasFeature(t, 'Voice=Pass')) ||
          (/(?:ся|сь)$/u.test(t.form.toLowerCase()) && dependents(t, 'nsubj:pass')),
      );
    case 'kk':
      return tokens.filter((t) => hasFeature(t, 'Voice=Pass') && PREDICATE.test(t.deprel));
  }
}

const PASSIVE_RULES: Record<LanguageCode, string[]> = {
  en: ['en/passive'],
  ru: ['ru/passive-short-participle', 'ru/passive-reflexive'],
  kk: ['kk/passive'],
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const errorsPath = (() => {
  const i = process.argv.indexOf('--errors');
  return i > 0 ? process.argv[i + 1] : undefined;
})();
const files = process.argv.slice(2).filter((a, i, all) => a.endsWith('.conllu') && all[i - 1] !== '--errors');
if (files.length === 0) {
  console.error('usage: npx tsx bench/passive-treebanks.ts FILE.conllu... [--errors FILE]');
  process.exit(2);
}

const rows: (string | number)[][] = [];
const errors: string[] = [];
for (const file of files) {
  const language = basename(file).slice(0, 2) as LanguageCode;
  if (!(language in PASSIVE_RULES)) throw new Error(`${file}: the name must start with en_, ru_ or kk_`);
  const off = Object.fromEntries([`${language}/officialese`, `${language}/jargon`].map((id) => [id, false]));
  let gold = 0;
  let found = 0;
  let findings = 0;
  let right = 0;
  for (const sentence of readTreebank(file)) {
    const marked = goldPassives(language, sentence.tokens).filter((t) => t.start >= 0);
    const passives = analyze(sentence.text, { language, rules: off }).findings.filter((f) =>
      PASSIVE_RULES[language].includes(f.rule),
    );
    gold += marked.length;
    findings += passives.length;
    for (const t of marked) {
      if (passives.some((f) => overlaps(f, t))) found++;
      else errors.push(`${language}\tmissed\t${t.form}\t${t.deprel}\t${sentence.text}`);
    }
    for (const f of passives) {
      if (marked.some((t) => overlaps(f, t))) right++;
      else errors.push(`${language}\twrong\t${f.text}\t${f.rule}\t${sentence.text}`);
    }
  }
  const precision = right / Math.max(1, findings);
  const recall = found / Math.max(1, gold);
  rows.push([
    basename(file),
    gold,
    findings,
    pct(precision),
    pct(recall),
    pct((2 * precision * recall) / Math.max(1e-9, precision + recall)),
  ]);
}
printTable(
  'Passives marked in treebanks, and the passive rules',
  ['treebank', 'marked', 'findings', 'precision', 'recall', 'F1'],
  rows,
);
if (errorsPath) writeFileSync(errorsPath, `${errors.join('\n')}\n`);
