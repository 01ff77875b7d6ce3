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
  let message = '';
  for (const part of partsOf(templates[ui])) {
    if (typeof part === 'string') message += part;
    else message += oneLine(String(values[part.key] ?? ''));
  }
  return message;
}

type TemplatePart = string | { key: keyof MessageValues };

/** Each template split once into its literal text and the values it names: a text of a thousand findings fills it a thousand times. */
const compiled = new Map<string, readonly TemplatePart[]>();

function partsOf(template: string): readonly TemplatePart[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template
      .split(/\{(text|suggestion|value|limit|example)\}/g)
      .map((piece, i): TemplatePart => (i % 2 === 1 ? { key: piece as keyof MessageValues } : piece))
      .filter((part) => part !== '');
    compiled.set(template, parts);
  }
  return parts;
}

function oneLine(value: string): string {
  return /\s/u.test(value) ? value.replace(/\s+/gu, ' ') : value;
}
