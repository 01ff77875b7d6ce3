import { normalizeWord } from '../text/normalize.ts';
import type { WordPattern } from './types.ts';

/** A compiled word pattern: exact forms and stem prefixes, already normalised like words are. */
export interface WordMatcher {
  exact: Set<string>;
  prefixes: string[];
  except: Set<string>;
}

/** Compiles `a|b*` patterns (see `WordPattern`) and an exception list into one matcher. */
export function compileWords(patterns: readonly WordPattern[], except: readonly string[] = []): WordMatcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const pattern of patterns) {
    for (const alternative of pattern.split('|')) {
      const form = normalizeWord(alternative.trim());
      if (!form) continue;
      if (form.endsWith('*')) prefixes.push(form.slice(0, -1));
      else exact.add(form);
    }
  }
  return { exact, prefixes, except: new Set(except.map(normalizeWord)) };
}

/** Whether a normalised word matches. */
export function matchesWord(matcher: WordMatcher, norm: string): boolean {
  if (matcher.except.has(norm)) return false;
  if (matcher.exact.has(norm)) return true;
  for (const prefix of matcher.prefixes) if (norm.startsWith(prefix)) return true;
  return false;
}
