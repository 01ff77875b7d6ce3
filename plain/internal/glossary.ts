import type { Glossary } from './options.ts';
import { forEachSentence, type RuleContext, reportFinding } from './rules/context.ts';
import type { PhraseRule, RuleBase } from './rules/types.ts';
import { compileWords, matchesWord } from './rules/word-pattern.ts';

const GLOSSARY_LINK = 'https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style';

/** The agency's preferred words, as a phrase rule: «произвести оплату» → «оплатить». */
export function preferredRule(glossary: Glossary): PhraseRule | undefined {
  const entries = (glossary.preferred ?? []).flatMap(({ use, avoid }) =>
    avoid.map((match) => ({ match, replace: [use] })),
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
    entries: banned.map((match) => ({ match, replace: [] })),
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

/** Terms that must be defined at first use: the first use must be followed by a bracket, dash or colon. */
export function runUndefinedTerms(glossary: Glossary, ctx: RuleContext): void {
  const terms = (glossary.define ?? []).map((term) => ({
    words: term
      .trim()
      .split(/\s+/u)
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
        reportFinding(ctx, UNDEFINED_TERM, first.start, last.end);
      }
    }
  });
}
