// The one form a page address is stored and looked up in: the collector, the dashboard and the store's
// migrations all use it.
import { redactPersonalData } from '../contract/pii.ts';

/** What is scrubbed from a page address's path. */
const PATH_PERSONAL_DATA = ['email', 'phone', 'iin', 'card'] as const;

/** A path segment with personal data replaced by placeholders; unchanged (encoding and all) when it has none. */
function scrubSegment(segment: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    decoded = segment;
  }
  // A vehicle's plate only as a whole segment (`/fines/777ABC02`): inside a slug the same shape is a
  // product's or a route's name («paracetamol-500mg10», «100km15»), and replacing it would merge pages.
  if (isWholePlate(decoded)) return '[plate]';
  // Not 'document': a path's «id123456» or «№…» names the page (a news item, a form), not a person, and
  // replacing it would merge different pages into one.
  const { text, redacted } = redactPersonalData(decoded, PATH_PERSONAL_DATA);
  if (redacted.length === 0) return segment;
  // The placeholders keep their brackets, so the dashboard shows `/profile/[email]/edit`.
  return encodeURIComponent(text).replace(/%5B/g, '[').replace(/%5D/g, ']');
}

/** Whether a path segment is nothing but a vehicle's registration plate. */
function isWholePlate(segment: string): boolean {
  const [plate, ...more] = redactPersonalData(segment, ['plate']).redacted;
  return plate !== undefined && more.length === 0 && plate.start === 0 && plate.end === segment.length;
}

/**
 * The page a vote is about, as stored and looked up: the same page always gives the same string, and none of
 * what may identify the citizen is kept. Host in lower case without a default port (the URL parser does
 * that); no user name or password, query string or fragment; no path parameters (`;jsessionid=…`); e-mail
 * addresses, phone, IIN/BIN and card numbers in the path replaced as in comments, and a segment that is a
 * vehicle's plate; and no trailing
 * slash but the root's, so `/ru/services/` and `/ru/services` are one page.
 */
export function canonicalPage(page: string): string {
  const url = new URL(page);
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  const path = url.pathname
    .split('/')
    .map((segment) => scrubSegment(segment.split(';', 1)[0] ?? ''))
    .join('/')
    .replace(/\/+$/, '');
  url.pathname = path || '/';
  return url.toString();
}
