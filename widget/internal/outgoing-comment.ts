// What leaves the browser of a citizen's comment. Loaded with the form.
import { MAX_COMMENT_LENGTH } from '../../contract/form-rules.ts';
import { type PersonalDataKind, REDACTION_MARK, redactPersonalData } from '../../contract/pii.ts';

/** A comment as it will be sent, and what the citizen must be shown before it is. */
export interface OutgoingComment {
  /** Personal data replaced by the contract's marks; never longer than the contract allows. */
  text: string;
  /** Personal data was replaced. */
  redacted: boolean;
  /** The end was cut off to keep within the contract's limit. */
  shortened: boolean;
}

const KIND_OF_MARK = new Map(
  Object.entries(REDACTION_MARK).map(([kind, mark]) => [mark, kind as PersonalDataKind]),
);
const MARKS = new RegExp(
  Object.values(REDACTION_MARK)
    .map((mark) => mark.replace(/[[\]]/g, '\\$&'))
    .join('|'),
  'g',
);

/**
 * Redacts a comment and keeps it within the contract's limit. A mark can be longer than what it replaces
 * (`№123456` → `№[document]`), so a comment the textarea allowed can outgrow the limit; the collector
 * would refuse it with 400 and the vote, clarity and reasons sent with it would be lost. The end is cut
 * instead, never inside a mark or a surrogate pair, and the citizen is shown the result before sending.
 */
export function outgoingComment(comment: string, limit = MAX_COMMENT_LENGTH): OutgoingComment {
  const { text, redacted } = redactPersonalData(comment);
  if (text.length <= limit) return { text, redacted: redacted.length > 0, shortened: false };
  let cut = limit;
  for (const mark of text.matchAll(MARKS)) {
    if (mark.index >= limit) break;
    if (mark.index + mark[0].length > limit) cut = mark.index;
  }
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
  return { text: text.slice(0, cut).trimEnd(), redacted: redacted.length > 0, shortened: true };
}

/**
 * The outgoing text as the citizen reads it: each of the contract's marks, which the wire keeps so the
 * dashboard and the collector agree, in the citizen's language ("[phone]" → "[телефон]").
 */
export function withLocalMarks(text: string, marks: Record<PersonalDataKind, string>): string {
  return text.replace(MARKS, (mark) => marks[KIND_OF_MARK.get(mark) ?? 'document']);
}
