import type { LanguageCode, Messages, RuleBase } from './types.ts';

/** Values a message template may mention. */
export interface MessageValues {
  text: string;
  suggestion?: string;
  value?: number;
  limit?: number;
  /** An example in the text's language: an abbreviation with its full name. */
  example?: string;
}

/**
 * Fills `{text}`, `{suggestion}`, `{value}`, `{limit}`, `{example}` in the rule's message for the UI language.
 * Words are quoted on one line, each run of spaces and line breaks as one space: a phrase may run across a line
 * break ("in order⏎to"), and a message is one line in a report.
 */
export function formatMessage(rule: RuleBase, ui: LanguageCode, values: MessageValues): string {
  const templates: Messages =
    values.suggestion !== undefined && rule.messageWithSuggestion ? rule.messageWithSuggestion : rule.message;
  return templates[ui].replace(/\{(text|suggestion|value|limit|example)\}/g, (_, key: keyof MessageValues) =>
    String(values[key] ?? '').replace(/\s+/gu, ' '),
  );
}
