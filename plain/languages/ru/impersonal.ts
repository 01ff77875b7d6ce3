// A reflexive passive said as an impersonal active, the plain Russian of agencies' notices: «Заявление
// рассматривается в течение 10 дней» → «Заявление рассматривают…», «Выдаётся справка» → «Выдают справку».
import { RUSSIAN_FUNCTION_WORDS } from './detection.ts';
import { isKnownLemma, recaseNounPhrase } from './recase.ts';
import { impersonalOf } from './reflexive-passives.ts';

const NOMINATIVE = 0;
const ACCUSATIVE = 3;

/** Pronouns the function-word list lacks. */
const PRONOUNS = new Set([
  'никто',
  'ничто',
  'кто-то',
  'что-то',
  'кто-нибудь',
  'что-нибудь',
  'каждый',
  'каждое',
]);

/** A word that may be the passive's agent in the instrumental («рассматривается комиссией»). */
const INSTRUMENTAL = /(?:ом|ем|ём|ой|ей|ою|ею|ами|ями|ью)$/u;

/**
 * The impersonal active that replaces a reflexive passive `verb`, given the words of its clause `before` it
 * (undefined when more than three) and up to three `after` it: offered where its subject is a noun phrase read
 * with certainty, in the verb's number, whose accusative is its nominative — the whole clause before the verb
 * («Заявление подаётся» → «Заявление подают», «Документы принимаются» → «…принимают»), or right after a verb
 * that opens its clause («Принимаются заявления» → «Принимают заявления»). A subject that would change
 * («Справка выдаётся» → «Справку выдают») or an agent in the instrumental after the verb («рассматривается
 * комиссией»: say who acts) gets nothing to paste.
 */
export function impersonalRussian(
  before: readonly string[] | undefined,
  verb: string,
  after: readonly string[],
): string | undefined {
  const impersonal = impersonalOf(verb);
  if (!impersonal || !before || INSTRUMENTAL.test(after[0] ?? '')) return undefined;
  const plural = /(?:ются|ятся|атся|утся|лись)$/u.test(verb);
  const subject = before.length > 0 ? before : after;
  const phrase = recaseNounPhrase(subject, NOMINATIVE, ACCUSATIVE, isKnownLemma);
  if (!phrase || phrase.plural !== plural) return undefined;
  if (before.length > 0 && phrase.length !== before.length) return undefined;
  const words = subject.slice(0, phrase.length);
  // A pronoun or particle the tables read as a noun («кто считается», «как сообщается») is no subject to keep;
  // a possessive before the noun is («Ваши документы принимаются»).
  const head = words[words.length - 1] ?? '';
  if (RUSSIAN_FUNCTION_WORDS.has(head) || PRONOUNS.has(head)) return undefined;
  return phrase.text === words.join(' ') ? impersonal : undefined;
}
