import { COMMON_NAMES } from './common-names';

/**
 * The command center coordinates victim assistance by reference only: no survivor's name, Social
 * Security number, date of birth, phone number, e-mail or street address may enter it. Every free-text
 * and reference field of the referral, forfeiture and outreach records goes through this one check,
 * which answers why a value looks like personal data (the end of a sentence), or undefined.
 *
 * It reads the value as a person would: full-width and other Unicode digits as digits, invisible
 * characters removed, and digits spaced or dotted apart put back together.
 */
export type PersonalDataField = 'text' | 'reference';

// Decimal digits of every script: after NFKC the only ones left are those of other scripts (Arabic-Indic,
// Devanagari ...), each a run of ten from its zero.
const OTHER_DIGIT = /\p{Nd}/u;
const ASCII_DIGIT = /[0-9]/;

function asciiDigit(character: string): string {
  if (ASCII_DIGIT.test(character)) return character;
  const code = character.codePointAt(0) as number;
  let zero = code;
  while (zero > code - 9 && OTHER_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String(code - zero);
}

// A record's id (a tasking's, a report's) names a record, not a person; its hex digits can run like a
// phone or Social Security number, so it is read as a gap.
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The value as the checks read it: NFKC, every digit ASCII, no invisible formatting characters. */
export function readable(value: string): string {
  return [...value.normalize('NFKC').replace(/\p{Cf}/gu, '')]
    .map((c) => (OTHER_DIGIT.test(c) ? asciiDigit(c) : c))
    .join('');
}

// Separators a number is written with; spaced or dotted digits are read as one number.
const SEP = String.raw`[\s.\-–—_/\\]`;
/** Digits kept apart by spaces or dots only, put back together ("1 2 3 4 5 6 7 8 9"). */
const squeezed = (text: string): string => text.replace(/(\d)[\s.]+(?=\d)/g, '$1');
/** Single digits each followed by one separator, a way of writing a number no one uses by mistake. */
const SPELLED_OUT = new RegExp(String.raw`(?<!\d)(?:\d${SEP}){8,}\d(?!\d)`);

// Between the groups of a number: one separator, spaced or not, or spaces alone.
const GAP = String.raw`(?:\s*[.\-–—_/\\]\s*|\s+)?`;
const SSN = new RegExp(String.raw`(?<![\d])\d{3}${GAP}\d{2}${GAP}\d{4}(?![\d])`);
const SSN_CUE = /\b(?:ssn|social\s+security|s\.s\.n\.?)\b/i;
// NANP: optional +1, area code and exchange starting 2-9, brackets or separators between the groups.
const PHONE = new RegExp(
  String.raw`(?<![\d])(?:\+?1${SEP}*)?\(?[2-9]\d{2}\)?${SEP}*[2-9]\d{2}${SEP}*\d{4}(?![\d])`,
);
const INTERNATIONAL_PHONE = /\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}/;
const LOCAL = String.raw`[\p{L}\p{N}._%+-]+`;
const LABEL = String.raw`[\p{L}\p{N}-]+`;
const TLD = String.raw`(?:com|org|net|gov|edu|mil|us|io|info|biz|co|me)\b`;
// name@host.tld, with or without spaces around @ and the dots.
const EMAIL = new RegExp(String.raw`${LOCAL}\s*@\s*${LABEL}(?:\s*\.\s*${LABEL})*\s*\.\s*\p{L}{2,}`, 'u');
// Written around the filters: name (at) host (dot) tld, name at host dot com.
const AT = String.raw`(?:\s*[([{]\s*at\s*[)\]}]\s*|\s+at\s+)`;
const DOT = String.raw`(?:\s*[([{]\s*dot\s*[)\]}]\s*|\s+dot\s+)`;
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`${LOCAL}${AT}${LABEL}(?:(?:${DOT}|\.)${LABEL})*(?:${DOT}${TLD}|\.${TLD})`,
  'iu',
);
const BRACKETED_AT = /[([{]\s*at\s*[)\]}]/i;

// Street types, capitalised or in capitals: "Elm Street", "ELM ST", never "take place" or "will drive".
const STREET_TYPES = [
  'Street',
  'St',
  'Avenue',
  'Ave',
  'Road',
  'Rd',
  'Boulevard',
  'Blvd',
  'Lane',
  'Ln',
  'Drive',
  'Dr',
  'Court',
  'Ct',
  'Way',
  'Place',
  'Pl',
  'Terrace',
  'Ter',
  'Highway',
  'Hwy',
  'Parkway',
  'Pkwy',
  'Circle',
  'Cir',
  'Trail',
  'Trl',
  'Square',
  'Sq',
  'Alley',
  'Plaza',
].flatMap((type) => [type, type.toUpperCase()]);
const STREET = new RegExp(
  String.raw`(?<![\p{L}\d])\d{1,5}[A-Za-z]?\s+(?:(?:[NSEW]|North|South|East|West|NORTH|SOUTH|EAST|WEST)\.?\s+)?(?:[\p{Lu}\d][\p{L}\d'’-]*\s+){1,3}(?:${STREET_TYPES.join('|')})(?![\p{L}])`,
  'u',
);
const PO_BOX = /\bp\.?\s*o\.?\s*box\s*\d+/i;
const APARTMENT = /\b(?:apt|apartment)\.?\s*#?\s*\d+[a-z]?\b/i;

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const NUMERIC_DATE = new RegExp(String.raw`(?<!\d)(\d{1,4})${SEP}(\d{1,2})${SEP}(\d{1,4})(?!\d)`, 'g');
const NAMED_DATE = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTHS})\.?,?\s+(\d{4})|(${MONTHS})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b`,
  'giu',
);
const BIRTH_CUE = /\b(?:dob|d\.o\.b|born|birth|birthday|birthdate|date\s+of\s+birth)\b/i;
// A full date this long ago is most likely someone's birth date: the records here are this decade's.
const BIRTH_YEARS_AGO = 12;

/** The years of the full calendar dates the text holds (day, month and year). */
function datesIn(text: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const parts = match.slice(1, 4).map(Number);
    const year = parts.find((p, i) => (i === 0 || i === 2) && p >= 1900 && p <= 2200);
    const [a, b, c] = parts;
    const plausible = year !== undefined && (year === a ? b <= 12 && c <= 31 : a <= 31 && b <= 31);
    if (plausible) years.push(year);
  }
  for (const match of text.matchAll(NAMED_DATE)) years.push(Number(match[3] ?? match[6]));
  return years;
}

function birthDateProblem(text: string, thisYear: number): string | undefined {
  const years = datesIn(text);
  if (years.length === 0) return undefined;
  if (BIRTH_CUE.test(text)) return 'holds what reads as a date of birth';
  if (years.some((year) => year <= thisYear - BIRTH_YEARS_AGO))
    return 'holds a date that reads as a date of birth';
  return undefined;
}

const WORD = /[\p{L}'’]+/gu;
const strip = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A reference names a record, never a person: upper-case letters, digits and - : . / _ # only, with at
 * least one digit, and none of its words a common given name or surname (the list in common-names.ts).
 */
export const REFERENCE_SHAPE = /^[A-Z0-9](?:[A-Z0-9\-:./_#]{1,78}[A-Z0-9])?$/;

function nameIn(text: string): string | undefined {
  const name = (text.match(WORD) ?? []).find((word) => COMMON_NAMES.has(strip(word)));
  // The word is not quoted: a refusal's reason is kept in the access log, which no one can take it out of.
  return name === undefined ? undefined : 'holds a word that reads as a personal name';
}

function referenceShapeProblem(original: string): string | undefined {
  if (!REFERENCE_SHAPE.test(original))
    return 'must be a reference such as DOJ-REM-2026-0042: upper-case letters, digits and - : . / _ # only';
  if (!/\d/.test(original)) return 'must hold a number: a reference such as DOJ-REM-2026-0042';
  return undefined;
}

export function personalDataProblem(
  value: string,
  field: PersonalDataField = 'text',
  thisYear: number = new Date().getUTCFullYear(),
): string | undefined {
  const text = readable(value);
  if (field === 'reference') {
    const name = nameIn(text);
    if (name) return name;
  }
  const found = dataProblem(text.replace(UUID, ' '), thisYear);
  if (found || field === 'text') return found;
  return referenceShapeProblem(value);
}

function dataProblem(text: string, thisYear: number): string | undefined {
  const together = squeezed(text);
  if (SSN.test(text) || SSN.test(together) || (SSN_CUE.test(text) && /\d{4}/.test(together)))
    return 'holds what reads as a Social Security number';
  if (PHONE.test(text) || PHONE.test(together) || INTERNATIONAL_PHONE.test(text))
    return 'holds what reads as a phone number';
  if (SPELLED_OUT.test(text)) return 'holds what reads as a phone or Social Security number, spelled out';
  if (
    EMAIL.test(text) ||
    OBFUSCATED_EMAIL.test(text) ||
    (BRACKETED_AT.test(text) && /[([{]\s*dot\s*[)\]}]/i.test(text))
  )
    return 'holds what reads as an e-mail address';
  if (STREET.test(text) || PO_BOX.test(text) || APARTMENT.test(text))
    return 'holds what reads as a street address';
  return birthDateProblem(text, thisYear);
}
