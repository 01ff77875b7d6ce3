import type { Glossary } from './options.ts';
import { isDefinedHere } from './rules/abbreviation-definitions.ts';
import { forEachSentence, type RuleContext, reportFinding } from './rules/context.ts';
import type { PhraseRule, RuleBase } from './rules/types.ts';
import { compileWords, matchesWord } from './rules/word-pattern.ts';

const GLOSSARY_LINK = 'https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style';

const CYRILLIC_WORD = /^[а-яёәіңғүұқөһ-]+$/iu;
/** Russian adjective endings and a final vowel, soft sign or й: what inflection replaces. */
const CYRILLIC_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|[аеёиоуыэюяьйәіөүұ])$/u;

/**
 * A glossary word as a pattern that matches its inflected forms: a Kazakh or Russian word of five letters or
 * more by its stem («бюрократия» → «бюрократи*»: бюрократией; «нұсқаулық» → «нұсқаулы*»: нұсқаулығы, since
 * к, қ, п voice before a vowel), an English word with its plural (one word alone: a phrase's `|` separates
 * whole phrases). A word the agency wrote as a pattern (`*`, `|`) is kept as written.
 */
function inflectedPattern(word: string, alone: boolean): string {
  if (/[*|]/u.test(word)) return word;
  const lower = word.toLowerCase();
  // An abbreviation takes a Kazakh case ending after a hyphen: «БЖЗҚ-ға».
  if (alone && word.length >= 2 && word === word.toUpperCase() && /\p{L}/u.test(word))
    return `${lower}|${lower}-*`;
  if (CYRILLIC_WORD.test(lower)) {
    if (lower.length < 5) return lower;
    const stem = lower.replace(CYRILLIC_ENDING, '').replace(/[кқп]$/u, '');
    return stem.length >= 4 ? `${stem}*` : lower;
  }
  if (!alone || !/^[a-z]+$/u.test(lower)) return lower;
  const plural = lower.endsWith('y')
    ? `${lower.slice(0, -1)}ies`
    : lower.endsWith('s')
      ? `${lower}es`
      : `${lower}s`;
  return `${lower}|${plural}`;
}

/** A glossary term («личный кабинет») as a phrase whose words match their inflected forms. */
function termPattern(term: string): string {
  const words = term.trim().split(/\s+/u);
  return words.map((word) => inflectedPattern(word, words.length === 1)).join(' ');
}

/** The agency's preferred words, as a phrase rule: «произвести оплату» → «оплатить». */
export function preferredRule(glossary: Glossary): PhraseRule | undefined {
  const entries = (glossary.preferred ?? []).flatMap(({ use, avoid }) =>
    avoid.map((match) => ({ match: termPattern(match), replace: [use] })),
  );
  if (entries.length === 0) return undefined;
  return {
    id: 'glossary/preferred',
    kind: 'phrase',
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
    entries,
  };
}

/** Words the agency never uses, as a phrase rule with severity `error`. */
export function bannedRule(glossary: Glossary): PhraseRule | undefined {
  const banned = glossary.banned ?? [];
  if (banned.length === 0) return undefined;
  return {
    id: 'glossary/banned',
    kind: 'phrase',
    severity: 'error',
    link: GLOSSARY_LINK,
    message: {
      en: '“{text}” is on your organisation’s list of words not to use.',
      ru: '«{text}» — в списке слов, которые ваша организация не использует.',
      kk: '«{text}» — ұйымыңыз қолданбайтын сөздер тізімінде.',
    },
    entries: banned.map((match) => ({ match: termPattern(match), replace: [] })),
  };
}

const UNDEFINED_TERM: RuleBase = {
  id: 'glossary/undefined-term',
  severity: 'warning',
  link: GLOSSARY_LINK,
  message: {
    en: 'Explain “{text}” the first time you use it, for example in brackets after it.',
    ru: 'Объясните «{text}» при первом упоминании, например в скобках после слова.',
    kk: '«{text}» сөзін алғаш қолданғанда түсіндіріңіз, мысалы, одан кейін жақша ішінде.',
  },
};

/**
 * Terms that must be defined at first use: the first use must be followed by a bracket, dash or colon, or, for
 * a one-word term, be defined as the packs define abbreviations («Единый накопительный пенсионный фонд
 * (ЕНПФ)», «(далее – ЕНПФ)», «ЕНПФ, то есть …»); `definitionWords` are the packs' words of that idiom.
 */
export function runUndefinedTerms(
  glossary: Glossary,
  ctx: RuleContext,
  definitionWords: ReadonlySet<string>,
): void {
  const terms = (glossary.define ?? []).map((term) => ({
    words: termPattern(term)
      .split(' ')
      .map((w) => compileWords([w])),
    done: false,
  }));
  if (terms.length === 0) return;
  const { doc } = ctx;
  forEachSentence(ctx, (sentence) => {
    for (let i = sentence.firstWord; i < sentence.endWord; i++) {
      for (const term of terms) {
        if (term.done) continue;
        const matched = term.words.every(
          (m, k) => i + k < sentence.endWord && matchesWord(m, doc.words[i + k]?.norm ?? ''),
        );
        if (!matched) continue;
        term.done = true;
        const first = doc.words[i];
        const last = doc.words[i + term.words.length - 1];
        if (!first || !last) continue;
        if (/^\s*[(:—–-]/u.test(doc.text.slice(last.end, last.end + 3))) continue;
        const abbreviation = first.text.split('-')[0] ?? first.text;
        if (term.words.length === 1 && isDefinedHere({ doc, sentence, w: i, abbreviation, definitionWords }))
          continue;
        reportFinding(ctx, UNDEFINED_TERM, first.start, last.end);
      }
    }
  });
}
