/**
 * Personal data in free text: found in the citizen's browser before sending (shown redacted for them to
 * confirm) and again on the server before storage. One module, so both sides agree on what is personal.
 */

/** Kinds of personal data the detector knows. */
export type PersonalDataKind = 'email' | 'phone' | 'iin' | 'card' | 'document';

/** One piece of personal data, with UTF-16 offsets into the text. */
export interface PersonalDataMatch {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// The digit kinds all hold a run of at least six digits and separators; most comments have none.
const NUMBER_RUN = /\d[\d\s().-]{4,}\d/;
// Runs of digits with the separators people type in numbers: spaces, dashes, dots, brackets.
const DIGIT_RUN = /\+?\d[\d\s().-]{5,24}\d/g;
// Kazakhstan passport: N and 8 digits; ID card and other documents: № or a keyword before 6–10 digits.
const PASSPORT = /\b[NnNн№]\s?\d{8}\b/gu;
const DOCUMENT_WITH_KEYWORD =
  /(?:№|no\.?|nr\.?|номер|паспорт\p{L}*|удостоверени\p{L}*|куәлі\p{L}*|төлқұжат\p{L}*|id|document\p{L}*|документ\p{L}*)\s*(?:№\s*)?(\d[\d\s-]{4,12}\d)/giu;

/**
 * Whether 12 digits are a valid Kazakhstan IIN or BIN: the check digit is the weighted sum of the first 11
 * digits modulo 11 (weights 1–11; if that gives 10, weights 3–11, 1, 2; a second 10 is invalid).
 */
export function isValidIinBin(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const sum = (weights: number[]) => weights.reduce((acc, w, i) => acc + w * (d[i] ?? 0), 0) % 11;
  let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return check !== 10 && check === d[11];
}

/** Luhn checksum, as every payment card number carries. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return digits.length > 0 && sum % 10 === 0;
}

function phoneLike(raw: string, digits: string): boolean {
  // Kazakhstan and Russia: +7 or 8 and ten digits; international: + and 8–15 digits (E.164).
  if (/^(?:7|8)\d{10}$/.test(digits) && /^(?:\+7|8|7)/.test(raw.replace(/[\s(]/g, ''))) return true;
  return raw.startsWith('+') && digits.length >= 8 && digits.length <= 15;
}

function classifyDigits(raw: string): PersonalDataKind | undefined {
  const digits = raw.replace(/\D/g, '');
  if (digits.length === 12 && isValidIinBin(digits)) return 'iin';
  if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits) && !raw.startsWith('+')) return 'card';
  if (phoneLike(raw, digits)) return 'phone';
  // Local phone numbers written with separators: 8 (7172) 55-66-77 is caught above; 55-66-77 alone is not.
  return undefined;
}

/** Finds personal data in a text, sorted by position, without overlaps. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  // Every kind needs an @ or a long number; most comments have neither, and the patterns, tried at each
  // position (the email one at each letter), are the costliest step of a submission's scrubbing.
  if (text.includes('@'))
    for (const m of text.matchAll(EMAIL))
      found.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
  if (NUMBER_RUN.test(text)) findNumbers(text, found);
  return withoutOverlaps(found);
}

/** Phone, IIN/BIN, card and document numbers. */
function findNumbers(text: string, found: PersonalDataMatch[]): void {
  for (const m of text.matchAll(DIGIT_RUN)) {
    const raw = m[0].replace(/[\s(.-]+$/, '');
    const kind = classifyDigits(raw);
    if (kind) found.push({ kind, start: m.index, end: m.index + raw.length });
  }
  for (const m of text.matchAll(PASSPORT))
    found.push({ kind: 'document', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(DOCUMENT_WITH_KEYWORD)) {
    const number = m[1] ?? '';
    const start = m.index + m[0].length - number.length;
    found.push({ kind: 'document', start, end: start + number.length });
  }
}

/** Sorted by position; of overlapping matches the first (and longest) wins. */
function withoutOverlaps(found: PersonalDataMatch[]): PersonalDataMatch[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: PersonalDataMatch[] = [];
  for (const match of found) {
    const last = result[result.length - 1];
    if (last && match.start < last.end) continue;
    result.push(match);
  }
  return result;
}

/** Placeholders that replace personal data, in every language of the widget (they show in the dashboard). */
export const REDACTION_MARK: Record<PersonalDataKind, string> = {
  email: '[email]',
  phone: '[phone]',
  iin: '[IIN]',
  card: '[card]',
  document: '[document]',
};

/** The text with every piece of personal data replaced by its placeholder, and what was replaced. */
export function redactPersonalData(text: string): { text: string; redacted: PersonalDataMatch[] } {
  const redacted = findPersonalData(text);
  let out = '';
  let at = 0;
  for (const match of redacted) {
    out += text.slice(at, match.start) + REDACTION_MARK[match.kind];
    at = match.end;
  }
  return { text: out + text.slice(at), redacted };
}
