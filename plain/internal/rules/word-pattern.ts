import { normalizeWord } from '../text/normalize.ts';
import type { WordPattern } from './types.ts';

/** A compiled word pattern: exact forms and stem prefixes, already normalised like words are. */
export interface WordMatcher {
  exact: Set<string>;
  prefixes: string[];
  /** Endings from `*ending` patterns: any word of more letters that ends so (a Kazakh participle in `*ған`). */
  suffixes: string[];
  except: Set<string>;
}

/** Compiles `a|b*` patterns (see `WordPattern`) and an exception list into one matcher. */
export function compileWords(patterns: readonly WordPattern[], except: readonly string[] = []): WordMatcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  for (const pattern of patterns) {
    for (const alternative of pattern.split('|')) {
      const form = normalizeWord(alternative.trim());
      if (!form) continue;
      if (form.endsWith('*')) prefixes.push(form.slice(0, -1));
      else if (form.startsWith('*') && form.length > 1) suffixes.push(form.slice(1));
      else exact.add(form);
    }
  }
  return { exact, prefixes, suffixes, except: new Set(except.map(normalizeWord)) };
}

/** Whether a normalised word matches. */
export function matchesWord(matcher: WordMatcher, norm: string): boolean {
  if (matcher.except.has(norm)) return false;
  if (matcher.exact.has(norm)) return true;
  for (const prefix of matcher.prefixes) if (norm.startsWith(prefix)) return true;
  for (const suffix of matcher.suffixes)
    if (norm.length > suffix.length && norm.endsWith(suffix)) return true;
  return false;
}
