import type { Glossary } from './options.ts';
import { isDefinedHere } from './rules/abbreviation-definitions.ts';
import { adjacent, type RuleContext, reportFinding } from './rules/context.ts';
import type { LanguageCode, RuleBase } from './rules/types.ts';
import { compileWords, matchesWord, type WordMatcher } from './rules/word-pattern.ts';
import type { Sentence } from './text/document.ts';
import { normalizeWord } from './text/normalize.ts';

const GLOSSARY_LINK = 'https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style';

/** What the glossary needs of the analysis: each paragraph's language, and that language pack's stemmer. */
export interface GlossaryLanguages {
  languageOf(paragraph: number): LanguageCode;
  stemmer(language: LanguageCode): (norm: string) => string;
  /** The packs' words of the legal idiom that defines an abbreviation («далее», «бұдан әрі», "hereinafter"). */
  definitionWords: ReadonlySet<string>;
  /** Whether a glossary rule is switched on (`rules` option). */
  enabled(rule: string): boolean;
}

/** A word this short is matched only as written: its stem would be one or two letters that many words share. */
const SHORTEST_STEMMED = 4;

/** One word of a glossary term, and how a word of the text is told to be one of its forms. */
interface TermWord {
  /** The agency's own pattern (`stem*`, `a|b`), or the word itself as written. */
  written: WordMatcher;
  /** The word, normalised, when its inflected forms match too (four letters or more, no pattern). */
  inflected: string | undefined;
  /** An abbreviation, normalised, which takes a Kazakh case ending after a hyphen («БЖЗҚ-ға»). */
  abbreviation: string | undefined;
}

interface Term {
  words: TermWord[];
  /** The suggestions (`preferred`'s `use`). */
  replace: string[];
}

/** `a b|c d` lists whole phrases; `a|b` (no space) lists forms of one word, as in the packs' phrase rules. */
function termsOf(match: string, replace: string[]): Term[] {
  const trimmed = match.trim();
  const phrases = trimmed.includes(' ') ? trimmed.split('|') : [trimmed];
  return phrases.map((phrase) => termOf(phrase, replace));
}

function termOf(phrase: string, replace: string[]): Term {
  const words = phrase
    .trim()
    .split(/\s+/u)
    .map((word): TermWord => {
      const pattern = /[*|]/u.test(word);
      const norm = normalizeWord(word);
      const letters = [...norm].length;
      return {
        written: compileWords([word]),
        inflected: !pattern && letters >= SHORTEST_STEMMED ? norm : undefined,
        abbreviation:
          !pattern && letters >= 2 && word === word.toUpperCase() && /\p{L}/u.test(word) ? norm : undefined,
      };
    });
  return { words, replace };
}

/**
 * Stems as a language's light stemmer leaves them, made comparable across the forms of one word: Russian
 * «бюрократия» stems to «бюрократи» and «бюрократией» to «бюрократ»; Kazakh voices a final к, қ, п before an
 * ending («нұсқаулығы» → «нұсқаулығ», of «нұсқаулық»); English drops a final e before -ed and -ing.
 */
const COMPARABLE: Record<LanguageCode, (stem: string) => string> = {
  ru: (stem) => stem.replace(/[иь]$/u, ''),
  kk: (stem) => stem.replace(/ғ$/u, 'қ').replace(/г$/u, 'к').replace(/б$/u, 'п'),
  en: (stem) => stem.replace(/e$/u, ''),
};

/** How words of one language are compared with terms: stems, found once per form. */
interface Stems {
  /** The stemmer's stem of a normalised word. */
  stem(norm: string): string;
  /** The stem, comparable with other forms' (`COMPARABLE`). */
  key(norm: string): string;
}

function stemsOf(language: LanguageCode, stemmer: (norm: string) => string): Stems {
  const stems = new Map<string, string>();
  const stem = (norm: string) => {
    let found = stems.get(norm);
    if (found === undefined) {
      found = stemmer(norm);
      stems.set(norm, found);
    }
    return found;
  };
  return { stem, key: (norm) => COMPARABLE[language](stem(norm)) };
}

/** How a word of the text matches a term's word: as written (a pattern too), or as a form of it. */
function matchOf(word: TermWord, norm: string, stems: Stems): 'written' | 'form' | undefined {
  if (matchesWord(word.written, norm)) return 'written';
  const { abbreviation, inflected } = word;
  if (abbreviation && norm.startsWith(`${abbreviation}-`)) return 'form';
  if (!inflected) return undefined;
  // The term with an ending the stemmer takes off («кабинетке», «қызметі»), or a form sharing its stem
  // («личном» for «личный»). Derived words keep more of their letters: «налоговый» is not «налог».
  if (norm.startsWith(inflected) && stems.stem(norm).length <= inflected.length) return 'form';
  return stems.key(norm) === stems.key(inflected) ? 'form' : undefined;
}

/** How many letters a word of the text shares with every term word it may match, to look terms up by. */
const KEY = 2;

/**
 * Terms by the first letters their first word's forms begin with: a form, a pattern's stem and an
 * inflected form all begin with the letters the word as written begins with (stemmers cut endings only).
 * Terms whose pattern is shorter than that are checked at every word.
 */
function indexTerms(terms: readonly Term[]): { byStart: Map<string, Term[]>; always: Term[] } {
  const byStart = new Map<string, Term[]>();
  const always: Term[] = [];
  for (const term of terms) {
    const first = term.words[0];
    if (!first) continue;
    const beginnings = [...first.written.exact, ...first.written.prefixes];
    if (beginnings.some((form) => form.length < KEY)) {
      always.push(term);
      continue;
    }
    for (const start of new Set(beginnings.map((form) => form.slice(0, KEY)))) {
      const list = byStart.get(start);
      if (list) list.push(term);
      else byStart.set(start, [term]);
    }
  }
  return { byStart, always };
}

/**
 * Terms found in the paragraphs of `ctx`: at each word, the longest term that starts there, then the one with
 * more words as written («big houses» over «big house» for "big houses"), then the first listed; no overlaps.
 * With `firstOnly`, only the first found.
 */
function findTerms(
  ctx: RuleContext,
  terms: readonly Term[],
  languages: GlossaryLanguages,
  found: (term: Term, first: number, last: number, sentence: Sentence) => void,
  firstOnly = false,
): void {
  const { doc } = ctx;
  const { byStart, always } = indexTerms(terms);
  const order = new Map(terms.map((term, i) => [term, i]));
  const stemsByLanguage = new Map<LanguageCode, Stems>();
  for (const p of ctx.paragraphs) {
    const paragraph = doc.paragraphs[p];
    if (!paragraph) continue;
    const language = languages.languageOf(p);
    let stems = stemsByLanguage.get(language);
    if (!stems) {
      stems = stemsOf(language, languages.stemmer(language));
      stemsByLanguage.set(language, stems);
    }
    for (let s = paragraph.firstSentence; s < paragraph.endSentence; s++) {
      const sentence = doc.sentences[s];
      if (!sentence) continue;
      for (let i = sentence.firstWord; i < sentence.endWord; i++) {
        let best: Term | undefined;
        let bestWritten = -1;
        const candidates = byStart.get(doc.words[i]?.norm.slice(0, KEY) ?? '') ?? [];
        for (const term of always.length ? [...candidates, ...always] : candidates) {
          if (best && term.words.length < best.words.length) continue;
          let written = 0;
          const matched = term.words.every((word, k) => {
            const at = doc.words[i + k];
            const before = doc.words[i + k - 1];
            if (!at || i + k >= sentence.endWord || (k > 0 && before && !adjacent(doc, before, at)))
              return false;
            const match = matchOf(word, at.norm, stems);
            if (match === 'written') written++;
            return match !== undefined;
          });
          if (!matched) continue;
          if (
            !best ||
            term.words.length > best.words.length ||
            written > bestWritten ||
            (written === bestWritten && (order.get(term) ?? 0) < (order.get(best) ?? 0))
          ) {
            best = term;
            bestWritten = written;
          }
        }
        if (!best) continue;
        const last = i + best.words.length - 1;
        found(best, i, last, sentence);
        if (firstOnly) return;
        i = last;
      }
    }
  }
}

/** The id of the glossary's rule for words the agency gives its own word for. */
export const PREFERRED_ID = 'glossary/preferred';

const PREFERRED = {
  id: PREFERRED_ID,
  severity: 'warning',
  link: GLOSSARY_LINK,
  message: {
    en: 'Your organisation’s glossary prefers another word for “{text}”.',
    ru: 'Глоссарий вашей организации предлагает другое слово вместо «{text}».',
    kk: 'Ұйымыңыздың глоссарийі «{text}» орнына басқа сөзді ұсынады.',
  },
  messageWithSuggestion: {
    en: 'Your organisation’s glossary says: write “{suggestion}”, not “{text}”.',
    ru: 'По глоссарию вашей организации пишите «{suggestion}», а не «{text}».',
    kk: 'Ұйымыңыздың глоссарийі бойынша «{text}» емес, «{suggestion}» деп жазыңыз.',
  },
} as const satisfies RuleBase;

const BANNED = {
  id: 'glossary/banned',
  severity: 'error',
  link: GLOSSARY_LINK,
  message: {
    en: '“{text}” is on your organisation’s list of words not to use.',
    ru: '«{text}» — в списке слов, которые ваша организация не использует.',
    kk: '«{text}» — ұйымыңыз қолданбайтын сөздер тізімінде.',
  },
} as const satisfies RuleBase;

const UNDEFINED_TERM = {
  id: 'glossary/undefined-term',
  severity: 'warning',
  link: GLOSSARY_LINK,
  // An abbreviation the glossary lists and a pack finds undefined is one thing to fix, not two: the pack's
  // message shows its full name in the shape to write.
  deferTo: ['kk/undefined-abbreviation', 'ru/undefined-abbreviation', 'en/undefined-abbreviation'],
  message: {
    en: 'Explain “{text}” the first time you use it, for example in brackets after it.',
    ru: 'Объясните «{text}» при первом упоминании, например в скобках после слова.',
    kk: '«{text}» сөзін алғаш қолданғанда түсіндіріңіз, мысалы, одан кейін жақша ішінде.',
  },
} as const satisfies RuleBase;

/** The glossary's rules, for what they defer to (`RuleBase.deferTo`). */
export const GLOSSARY_RULES: readonly RuleBase[] = [PREFERRED, BANNED, UNDEFINED_TERM];

/**
 * The agency glossary's three rules over the paragraphs of `ctx`. Each word of a term matches its inflected
 * forms, by the stemmer of the paragraph's language: a `preferred` phrase to `avoid` is a warning offering
 * `use`, a `banned` word an error, and a `define` term must be explained at its first use.
 */
export function runGlossary(glossary: Glossary, ctx: RuleContext, languages: GlossaryLanguages): void {
  const { doc } = ctx;
  const report = (rule: RuleBase, term: Term, first: number, last: number) => {
    const start = doc.words[first]?.start ?? 0;
    reportFinding(ctx, rule, start, doc.words[last]?.end ?? start, term.replace);
  };
  const preferred = (glossary.preferred ?? []).flatMap(({ use, avoid }) =>
    avoid.flatMap((match) => termsOf(match, [use])),
  );
  if (preferred.length && languages.enabled(PREFERRED.id))
    findTerms(ctx, preferred, languages, (term, first, last) => report(PREFERRED, term, first, last));
  const banned = (glossary.banned ?? []).flatMap((match) => termsOf(match, []));
  if (banned.length && languages.enabled(BANNED.id))
    findTerms(ctx, banned, languages, (term, first, last) => report(BANNED, term, first, last));
  if (languages.enabled(UNDEFINED_TERM.id)) {
    for (const define of glossary.define ?? []) {
      // Only the first use of any of the term's phrases must be explained.
      findTerms(
        ctx,
        termsOf(define, []),
        languages,
        (term, first, last, sentence) => {
          if (!isDefinedAt(ctx, term, first, last, sentence, languages.definitionWords))
            report(UNDEFINED_TERM, term, first, last);
        },
        true,
      );
    }
  }
}

/**
 * Whether a term is explained where it is first used: followed by a bracket, dash or colon («субсидия
 * (денежная помощь)», «МРП — это …»), or, for one word, defined as the packs define abbreviations («Единый
 * накопительный пенсионный фонд (ЕНПФ)», «(далее – ЕНПФ)», «ЕНПФ, то есть …»), its hyphenated ending aside.
 */
function isDefinedAt(
  ctx: RuleContext,
  term: Term,
  first: number,
  last: number,
  sentence: Sentence,
  definitionWords: ReadonlySet<string>,
): boolean {
  const { doc } = ctx;
  const end = doc.words[last]?.end ?? 0;
  if (/^\s*[(:—–-]/u.test(doc.text.slice(end, end + 3))) return true;
  const word = doc.words[first];
  if (term.words.length !== 1 || !word) return false;
  const abbreviation = word.text.split('-')[0] ?? word.text;
  return isDefinedHere({ doc, sentence, w: first, abbreviation, definitionWords });
}
