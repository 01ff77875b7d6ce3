/**
 * Personal data in free text: found in the citizen's browser before sending (shown redacted for them to
 * confirm) and again on the server before storage. One module, so both sides agree on what is personal.
 *
 * The collector runs it on whatever a client sends, so every pattern stays linear in the text's length: no
 * quantifier inside a quantified group unless a separator the inner part cannot match splits the repeats
 * (a domain's labels and dots), no two quantifiers in a row that can match the same characters (`\s*:?\s*`
 * tried every split of a run of spaces), and the patterns that look around a match read a bounded slice.
 */

/**
 * Kinds of personal data the detector knows; `card` is a payment card or a bank account (IBAN), `address` a home
 * address's house and flat numbers, `plate` a vehicle's registration plate.
 */
export type PersonalDataKind = 'email' | 'phone' | 'iin' | 'card' | 'document' | 'name' | 'address' | 'plate';

/** One piece of personal data, with UTF-16 offsets into the text. */
export interface PersonalDataMatch {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

// What stands for an e-mail's "@": the sign, a space either side by a slip of the thumb, or what people type to
// hide an address from robots: «собака», "at" in brackets, or a bare "at" before a domain and a "dot" (alone,
// "at" is an English word).
const EMAIL_AT =
  /\s?@\s?|\s?[([{]\s?(?:at|собака)\s?[)\]}]\s?|\s(?:собака|собачка)\s|\sat\s(?=[\p{L}\p{N}-]+\s(?:dot|точка)\s)/giu;
// A domain's dot: the sign, spaced, or spelled out as the "@" is.
const DOT = String.raw`(?:\.|\s\.\s|\s?[([{]\s?(?:dot|точка)\s?[)\]}]\s?|\s(?:dot|точка)\s)`;
// The domain right after the "@", up to a top-level domain of letters, which a Kazakh suffix may follow after a
// hyphen («mail.ru-ға»). A label holds no dot, space or bracket, so there is one way to split a domain into
// labels and the match is linear in its length.
const DOMAIN = new RegExp(
  String.raw`[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+)*${DOT}\p{L}{2,}(?![\p{L}\p{N}])`,
  'iuy',
);
const LOCAL_PART_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOT_BEFORE = new RegExp(`${DOT}$`, 'iu');
// The digit kinds all hold a run of at least six digits and separators; most comments have none.
const NUMBER_RUN = /\d[\d\s().\-‐‑‒–]{4,}\d/;
// Runs of digits with the separators people type in numbers: spaces, dashes, dots, brackets.
const DIGIT_RUN = /\+?\d[\d\s().\-‐‑‒–]{4,24}\d/g;
// Kazakhstan passport: N (Latin or Cyrillic Н) and 8 digits, also in two groups of four, as a word of its own
// (see wordStarts).
const PASSPORT = /[NnНн№]\s?\d{4}\s?\d{4}(?![\p{L}\d])/gu;
// ID card and other documents: № or a keyword, as a word of its own ("paid 150000" holds no "id"), before
// 6–12 digits; the ID card also as people shorten it (уд. личн., удв, ЖК for жеке куәлік, ID card). After
// ИИН/ЖСН/БИН/БСН twelve digits are an IIN even with a wrong check digit (a typo), and after ИНН, the
// taxpayer number the IIN replaced, which many still call it.
const DOCUMENT_WITH_KEYWORD =
  /(№|no\.?|nr\.?|номер\p{L}*|нөмір\p{L}*|паспорт\p{L}*|удостоверени\p{L}*|уд\.?\s?л\p{L}*\.?|удв|жк|куәлі\p{L}*|төлқұжат\p{L}*|id(?:\s+card)?(?:\s+number)?(?:\s+is)?|document\p{L}*|документ\p{L}*|(?:иин|инн|жсн|бин|бсн|iin|bin)(?:-?\p{L}+)?)\s*(?::\s*)?(?:№\s*)?(\d[\d\s-]{4,12}\d)/giu;
const IIN_KEYWORD = /^(?:иин|инн|жсн|бин|бсн|iin|bin)/i;
// Mobile numbers without +7 or 8: ten digits, 70x–78x being the operators' codes; alone only as one group
// (7011234567) or grouped as a mobile is (701 123 45 67), with any grouping after a phone keyword.
const MOBILE = /^7[0-8]\d{8}$/;
const MOBILE_GROUPS = /^(?:\d{10}|\(?\d{3}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2})$/;
const PHONE_KEYWORD =
  /(?<!\p{L})(?:тел\p{L}*|tel\p{L}*|phone|mobile|моб\p{L}*|сотов\p{L}*|ұялы|whats\s?app|ватсап|номер\p{L}*|нөмір\p{L}*|звон\p{L}*|қоңырау\p{L}*|call|домашн\p{L}*|связ\p{L}*|хабарлас\p{L}*|байланыс\p{L}*)\.?:?\s*\(?$/iu;
// Words that say the number after them is a phone, whatever its length and grouping (a city number,
// 55-66-77, or a foreign one, 020 7946 0958): not «номер», which also names documents and applications, but
// «домашний» (a home phone) and the words for getting in touch: «для связи», «хабарласыңыз», «байланыс».
// A bracket may open the city's code: «тел. (7172) 55-66-77».
const PHONE_CALL =
  /(?<!\p{L})(?:тел(?:ефон\p{L}*)?|tel(?:ephone)?|phone(?:\s+number)?|mobile|моб(?:ильн\p{L}*)?|сотов\p{L}*|ұялы|whats\s?app|ватсап|(?:по)?звон\p{L}*|қоңырау\p{L}*|call(?:\s+me)?(?:\s+(?:on|at))?|ring\s+me(?:\s+on)?|text\s+me(?:\s+on)?|домашн\p{L}*|связ\p{L}*|хабарлас\p{L}*|байланыс\p{L}*)\.?:?\s*\(?$/iu;
// Kazakhstan IBAN: KZ, two check digits, a bank's three digits and 13 letters or digits, as one word or in
// groups of four (KZ86 125K ZT50 0410 0100); one optional space between characters keeps the pattern linear.
const IBAN = /KZ\d\d(?: ?[\dA-Z]){16}(?![\p{L}\d])/giu;
// A card's sixteen digits right after a word for a card are the card, mistyped or not: a failed Luhn check
// would leave fifteen of them in the text.
const CARD_KEYWORD = /(?<!\p{L})(?:карт\p{L}*|card)(?:\s+(?:номер\p{L}*|нөмір\p{L}*|number|no\.?))?:?\s*$/iu;
const CARD_GROUPS = /^\d{4}([\s-]?)\d{4}\1\d{4}\1\d{4}$/;
// Amounts: thousands grouped by three (1 250 000), or a number followed by a currency; never a phone or card.
const THOUSANDS = /^\d{1,3}(?:[\s.]\d{3})+$/;
// A range of dates (01.01.2024-31.12.2024, 2024-01-01 - 2024-12-31) has 16 digits and may pass Luhn.
const DATE = /\d\.\d{1,2}\.\d{2}|\d{4}-\d{2}-\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY_AFTER = /^\s*(?:тенге|теңге|тг|₸|kzt|tenge|руб|₽|\$|usd|долл|млн|млрд)/iu;

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

/** Whether a Kazakhstan IBAN (spaces allowed) passes the ISO 13616 check: as a number, mod 97 gives 1. */
export function isValidKzIban(iban: string): boolean {
  const compact = iban.replace(/ /g, '').toUpperCase();
  if (!/^KZ\d{2}[\dA-Z]{16}$/.test(compact)) return false;
  // The country and check digits go to the end; letters count as 10–35. Digit by digit, so no BigInt.
  let remainder = 0;
  for (const char of compact.slice(4) + compact.slice(0, 4)) {
    const value = Number.parseInt(char, 36);
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
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

/** A mobile number written without +7 or 8; `before` and `after` are the text around it. */
function mobileWithoutPrefix(raw: string, digits: string, before: string, after: string): boolean {
  if (!MOBILE.test(digits) || THOUSANDS.test(raw)) return false;
  if (PHONE_KEYWORD.test(before)) return true;
  return MOBILE_GROUPS.test(raw) && !CURRENCY_AFTER.test(after);
}

/**
 * Whether 12 digits begin as an IIN or BIN does: an IIN with a birth date (YYMMDD) and a century-and-sex digit
 * 0–6, a BIN with its registration month (YYMM) and an entity-type digit 4–6. One in eleven runs of 12 random
 * digits passes the check digit alone (an amount, two dates run together).
 */
function hasIinBinShape(d: string): boolean {
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  if (month < 1 || month > 12) return false;
  const iin = day >= 1 && day <= 31 && Number(d[6]) <= 6;
  const bin = Number(d[4]) >= 4 && Number(d[4]) <= 6;
  return iin || bin;
}

/** Groups of four that are all years (2017 2018 2019 2020): a list of years, though Luhn may pass it. */
const YEARS = /^(?:(?:19|20)\d\d[\s-]?)+$/;

function classifyDigits(raw: string, before: string, after: string): PersonalDataKind | undefined {
  const digits = raw.replace(/\D/g, '');
  // A dot separates the parts of dates and amounts, never those of an IIN or a card.
  const dotted = raw.includes('.');
  if (
    digits.length === 12 &&
    !dotted &&
    !THOUSANDS.test(raw) &&
    hasIinBinShape(digits) &&
    isValidIinBin(digits)
  )
    return 'iin';
  if (
    digits.length >= 13 &&
    digits.length <= 19 &&
    (passesLuhn(digits) || (CARD_GROUPS.test(raw) && CARD_KEYWORD.test(before))) &&
    !raw.startsWith('+') &&
    !dotted &&
    !THOUSANDS.test(raw) &&
    !DATE.test(raw) &&
    !YEARS.test(raw)
  )
    return 'card';
  // 8 800 and +7 800 are free numbers, always an organisation's: a hotline named in feedback is not personal.
  if (/^[78]?800\d{7}$/.test(digits)) return undefined;
  if (phoneLike(raw, digits) || mobileWithoutPrefix(raw, digits, before, after)) return 'phone';
  // A local number is a phone only after a word that says so («тел. 55-66-77», a town's «2-15-46»): alone,
  // it may be anything.
  if (
    digits.length >= 5 &&
    digits.length <= 15 &&
    PHONE_CALL.test(before) &&
    !dotted &&
    !YEARS.test(raw) &&
    !ISO_DATE.test(raw) &&
    !THOUSANDS.test(raw) &&
    !CURRENCY_AFTER.test(after)
  )
    return 'phone';
  return undefined;
}

/** Finds personal data in a text, sorted by position, without overlaps. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  // Every kind needs an @ (or a word for it), a long number or a KZ; most comments have none, and the
  // patterns, tried at each position, are the costliest step of a submission's scrubbing.
  if (/@|соба[кч]|\bat\b/i.test(text)) findEmails(text, found);
  if (NUMBER_RUN.test(text)) findNumbers(text, found);
  if (NAME_GATE.test(text)) findNames(text, found);
  // A house, a flat and a plate all have digits.
  if (/\d/.test(text)) {
    findAddresses(text, found);
    findPlates(text, found);
  }
  // Every IBAN of Kazakhstan starts with KZ: most comments have no "kz" and skip the pattern.
  if (/kz/i.test(text))
    for (const m of wordStarts(IBAN, text))
      if (isValidKzIban(m[0])) found.push({ kind: 'card', start: m.index, end: m.index + m[0].length });
  return withoutOverlaps(found);
}

/**
 * E-mail addresses, found from their "@": a pattern that started at every letter to look for a local part
 * went over a long word once from each of its letters. The local part is read backwards from the "@", the
 * domain forwards, each within the length an address allows (64 and 255).
 */
function findEmails(text: string, found: PersonalDataMatch[]): void {
  for (const at of text.matchAll(EMAIL_AT)) {
    const start = localPartStart(text, at.index);
    const domainStart = at.index + at[0].length;
    DOMAIN.lastIndex = 0;
    const domain = DOMAIN.exec(text.slice(domainStart, domainStart + 255));
    if (start < at.index && domain) found.push({ kind: 'email', start, end: domainStart + domain[0].length });
  }
}

/** Where the local part ending at `end` starts: its characters, and dots spelled out between them. */
function localPartStart(text: string, end: number): number {
  let start = end;
  for (;;) {
    while (start > 0 && end - start < 64 && LOCAL_PART_CHAR.test(text.charAt(start - 1))) start--;
    if (start === end) return start;
    const dot = DOT_BEFORE.exec(text.slice(Math.max(0, start - 9), start));
    const next = start - (dot?.[0].length ?? 0);
    if (!dot || end - next >= 64 || !LOCAL_PART_CHAR.test(text.charAt(next - 1))) return start;
    start = next;
  }
}

/**
 * Matches of a global pattern that start a word when they start with a letter: no letter or digit of any
 * script right before (№ needs none: "заявка№123456"). `\b` knows only ASCII letters (it never matched
 * before a Cyrillic Н), and a lookbehind in the pattern made every position of the text several times
 * slower to try; this checks only the matches.
 */
function* wordStarts(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > 0 && /\p{L}/u.test(m[0].charAt(0)) && /[\p{L}\d]/u.test(text.charAt(m.index - 1)))
      pattern.lastIndex = m.index + 1;
    else yield m;
  }
}

/** Phone, IIN/BIN, card and document numbers. */
function findNumbers(text: string, found: PersonalDataMatch[]): void {
  for (const m of text.matchAll(DIGIT_RUN)) {
    const raw = m[0].replace(/[\s(.\-‐‑‒–]+$/, '');
    const end = m.index + raw.length;
    // Only the few characters around are looked at, so a long comment costs no more per number.
    const kind = classifyDigits(
      raw,
      text.slice(Math.max(0, m.index - 24), m.index),
      text.slice(end, end + 8),
    );
    // (701) 123-45-67: the bracket before the operator's code goes with the number.
    const bracket = kind === 'phone' && text.charAt(m.index - 1) === '(' && raw.includes(')') ? 1 : 0;
    if (kind) found.push({ kind, start: m.index - bracket, end });
  }
  for (const m of wordStarts(PASSPORT, text))
    found.push({ kind: 'document', start: m.index, end: m.index + m[0].length });
  for (const m of wordStarts(DOCUMENT_WITH_KEYWORD, text)) {
    const number = m[2] ?? '';
    // «№ 2024-05-12» is an order of that date, not a document's number.
    if (ISO_DATE.test(number)) continue;
    const start = m.index + m[0].length - number.length;
    const iin = IIN_KEYWORD.test(m[1] ?? '') && number.replace(/\D/g, '').length === 12;
    found.push({ kind: iin ? 'iin' : 'document', start, end: start + number.length });
  }
}

// A person's full name. Names are ordinary capitalised words, so only the shapes no other words take are
// looked for: a patronymic (Russian -ович/-евна/-ична in any case, Kazakh -ұлы/-қызы, also in Latin), with the
// capitalised given name before it and a surname on either side; a surname with initials («Иванов И. И.»,
// «А.Б. Сапарова»); an English title before a name ("Mrs Brown", "Dr Jane Smith").
const UPPER = String.raw`\p{Lu}`;
const WORD = String.raw`${UPPER}\p{Ll}+(?:-${UPPER}\p{Ll}+)?`;
const PATRONYMIC = String.raw`${UPPER}\p{Ll}+(?:вич|вн|ичн|[ұу]лы|[қк]ызы|uly|qyzy)\p{Ll}*`;
// One initial is also a list's letter («А. Подайте заявление»): with one, the word must end as surnames do.
const SURNAME = String.raw`${UPPER}\p{Ll}*(?:ов|ев|ёв|ин|ын|ск|цк|енк|ук|юк|ян|[ұу]л|[қк]ыз)\p{Ll}{0,3}`;
const TWO_INITIALS = String.raw`${UPPER}\.\s?${UPPER}\.`;
const INITIAL = String.raw`${UPPER}\.`;
const FULL_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    // [Surname] Given-name Patronymic [Surname]
    String.raw`(?:${SURNAME}\s+)?${WORD}\s+${PATRONYMIC}(?:\s+${WORD})?` +
    // Surname I. I. / I. I. Surname, not where a capitalised word follows the initials (then they are its).
    String.raw`|(?:${WORD}\s+${TWO_INITIALS}|${SURNAME}\s+${INITIAL})(?!\s?${WORD})` +
    String.raw`|(?:${TWO_INITIALS}\s?${WORD}|${INITIAL}\s?${SURNAME})` +
    String.raw`|(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+${WORD}(?:\s+${WORD})?` +
    String.raw`)(?![\p{L}\p{N}])`,
  'gu',
);
// Each shape has a patronymic's ending, an initial's dot after a capital, or a title: most comments have none.
const NAME_GATE = /вич|вн[аыеуо]|ичн|[ұу]лы|[қк]ызы|uly|qyzy|\p{Lu}\.|\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\b/u;

function findNames(text: string, found: PersonalDataMatch[]): void {
  for (const m of text.matchAll(FULL_NAME))
    found.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
}

// A home address. The street, microdistrict and town stay: the agency needs to know where the broken road or the
// missing bus is, and a street holds thousands of households. What pins one household is its house and flat
// numbers, so those are redacted:
// - a flat number (кв., квартира, пәтер, apt, flat) always, with the house number written with it («д. 15,
//   кв. 32», «Абай даңғылы 150, 12 пәтер», "15 Abay Ave, apt 32", "flat 4, 12 Kabanbay Batyr St"), and the
//   house-flat shorthand after a street word («ул. Абая 15-32», «Абай көшесі 15-32»);
// - a house number alone only where the writer says the address is theirs: the first number after «живу»,
//   «мой адрес», «мекенжайым», "I live at" in their sentence, unless a word follows it («живу в Алматы 20
//   лет») — but right after «на» or «по» and a street's name it is the house whatever follows («живу на Абая
//   15 уже месяц») — or a house before «тұрамын» («15-үйде тұрамын»). A private house is one household, while a public
//   building's address («ЦОН на Абая 10») says nothing about the citizen and stays.
// Flats have up to three digits, so «1 кв. 2024» (a quarter) is no flat; «120 пәтер» may count a block's flats,
// so a Kazakh flat without its hyphen needs a house before it. One pattern, each alternative bounded; the
// group that matched is what is redacted (the whole match for a flat).
// Its alternatives: a flat, with its house before it and, in English, after it; the shorthand; the house that an
// English street and a flat follow; the first number after the words of a home, where a stop before a capital
// ends the sentence but an abbreviation's does not («ул. Абая»), a house straight after «на Абая»; a house before
// «тұрамын».
const ADDRESS =
  /(?:(?<![\p{L}\d-])(?:(?:д\.?|дом\p{Ll}*|үй)\s?)?\d{1,4}[а-яa-z]?(?:\/\d+)?(?:-?\s?үй\p{Ll}*)?,?\s(?=\S))?(?:(?:[Кк]в(?:артир\p{Ll}*)?|[Пп]әтер\p{Ll}*|[Aa]pt|[Ff]lat)\.?\s?№?\s?\d{1,3}(?![\p{L}\d%]|\s(?:tenge|тенге|теңге|тг|₸))|(\d{1,3})(?:-ші|-шы)?[\s-]пәтер\p{Ll}*)(?:,\s\d{1,4}(?=(?:\s\p{Lu}\p{L}*){1,3}\s(?:St|Street|Ave|Avenue|Rd|Road)\b))?|(?:[Уу]л\.|көшесі|даңғылы)\s?(?:\p{Lu}\p{Ll}+\s)?(\d{1,4}[а-яa-z]?-\d{1,3})(?![\p{L}\d])|(\d{1,4})(?=(?:\s\p{Lu}\p{L}*){1,3}\s(?:St|Street|Ave|Avenue|Rd|Road)\.?,\s(?:[Aa]pt|[Ff]lat))|(?:[Жж]ив(?:у|[её]м)|[Пп]рожива(?:ю|ем)|[Мм]ой адрес|[Мм]екенжай(?:ым|ымыз)|(?:I|[Ww]e) live at|[Mm]y address)(?:\s\p{Ll}{1,3}\.(?=\s\p{Lu})|[^!?\n\d.]|\.(?!\s\p{Lu})){0,48}?(?:(?:д\.|дом\p{Ll}*)\s?(\d{1,4})|(?<=(?:на|по)\s(?:ул\.\s?)?\p{Lu}\p{Ll}+\s)(\d{1,4}[а-яa-z]?(?:\/\d+)?)(?![\p{L}\d-])|(\d{1,4}[а-яa-z]?(?:\/\d+)?)(?![\p{L}\d-]|\s\p{Ll}))|(\d{1,4})(?:-?\s?үй\p{Ll}*|-\p{Ll}{1,4})\sтұра(?:мын|мыз|тын)/dgu;

function findAddresses(text: string, found: PersonalDataMatch[]): void {
  for (const m of wordStarts(ADDRESS, text)) {
    // «120 пәтер» with no house before it counts flats.
    if (m[1] && m.index === m.indices?.[1]?.[0] && !m[0].includes('-')) continue;
    const [start, end] = m.indices?.slice(2).find(Boolean) ?? [m.index, m.index + m[0].length];
    found.push({ kind: 'address', start, end });
  }
}

// A vehicle's registration plate. Since 2012: three digits, two or three letters and the region's code 01–20
// ("123 ABC 02", «777ААА01»: people type the Latin letters with the Cyrillic ones that look the same); before
// that, the region's letter, three digits and three letters ("A 123 BCD"). In capitals, as on the plate, or typed
// in lower case all in one piece ("777aaa01"): spaced in lower case, "100 km 15" is a distance. Not a currency's code ("paid 500 USD 15 days ago"), and not a
// number that runs on into a date («№ 123 ОТ 12.05.2024»).
const PLATE =
  /(?<![\p{L}\d])(?:\d{3}[\s-]?(?!USD|EUR|KZT|RUB)[A-ZАВЕКМНОРСТУХ]{2,3}[\s-]?(?:0[1-9]|1\d|20)(?![.,/]\d)|\d{3}(?!usd|eur|kzt|rub)[a-zавекмнорстух]{2,3}(?:0[1-9]|1\d|20)|[A-ZАВЕКМНОРСТУХ][\s-]?\d{3}[\s-]?[A-ZАВЕКМНОРСТУХ]{3})(?![\p{L}\d])/gu;

function findPlates(text: string, found: PersonalDataMatch[]): void {
  for (const m of text.matchAll(PLATE))
    found.push({ kind: 'plate', start: m.index, end: m.index + m[0].length });
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
  name: '[name]',
  address: '[address]',
  plate: '[plate]',
};

/**
 * The text with every piece of personal data replaced by its placeholder, and what was replaced; `kinds`
 * limits which kinds are replaced.
 */
export function redactPersonalData(
  text: string,
  kinds?: readonly PersonalDataKind[],
): { text: string; redacted: PersonalDataMatch[] } {
  const found = findPersonalData(text);
  const redacted = kinds ? found.filter((match) => kinds.includes(match.kind)) : found;
  let out = '';
  let at = 0;
  for (const match of redacted) {
    out += text.slice(at, match.start) + REDACTION_MARK[match.kind];
    at = match.end;
  }
  return { text: out + text.slice(at), redacted };
}
