import type { Severity } from './rules/types.ts';

/** One problem found in the text, with UTF-16 offsets into the input so any editor can underline it. */
export interface Finding {
  /** Id of the rule that found it, e.g. `ru/officialese`. */
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  /** The text from `start` to `end`. */
  text: string;
  /** What is wrong and what to do, in the requested UI language. */
  message: string;
  /** Replacements to offer, best first; empty when the fix is to rewrite. */
  suggestions: string[];
  /** A page of guidance that explains the rule. */
  link: string;
}
