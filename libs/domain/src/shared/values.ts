/**
 * What every value a decider accepts must be, whatever the aggregate: storable by every read model and
 * shown the same way to every reader. Each check answers why a value fails, as the end of a sentence
 * ("is not ..."), or undefined when it passes; the aggregates' rules turn that into their refusals.
 */

/** Every time lies in this window: the read models store timestamps, and nothing real is outside it. */
export const EARLIEST_INSTANT = '1970-01-01T00:00:00Z';
export const LATEST_INSTANT = '2200-01-01T00:00:00Z';

// Events carry ISO-8601 instants with an offset only; Date.parse alone accepts many loose formats and
// rolls over impossible dates (2026-02-30 is 2 March), so the fields are checked one by one.
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function instantProblem(value: string): string | undefined {
  const match = ISO_INSTANT.exec(value);
  if (!match) return 'is not an ISO-8601 instant with an offset, such as 2026-12-01T12:00:00Z';
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const offsetHours = match[8] === undefined ? 0 : Number(match[8]);
  const offsetMinutes = match[9] === undefined ? 0 : Number(match[9]);
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 14 &&
    offsetMinutes <= 59;
  if (!valid) return 'is not a date and time of the calendar';
  const at = Date.parse(value);
  if (!(at >= Date.parse(EARLIEST_INSTANT) && at < Date.parse(LATEST_INSTANT))) {
    return `is outside ${EARLIEST_INSTANT} to ${LATEST_INSTANT}`;
  }
  return undefined;
}

export const isInstant = (value: string): boolean => instantProblem(value) === undefined;

/**
 * 'line' is a name, a title, a code or a unit, shown in lists and grouped on: one line, and no invisible
 * formatting characters, which would make two look-alike names count as two ('agents' and 'agents' with a
 * zero-width space). 'text' is free text, which may run over several lines and be tabbed.
 */
export type TextShape = 'line' | 'text';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls but tab, line feed and carriage return; DEL; C1 controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LINE_BREAK = /[\t\n\r\u2028\u2029]/u;
// Format characters: zero-width spaces and joiners, bidirectional overrides and marks, the BOM ...
const INVISIBLE = /\p{Cf}/u;

const codePoint = (character: string): string =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export function textProblem(value: string, shape: TextShape): string | undefined {
  // A lone surrogate is no character at all: stored, it turns into U+FFFD or fails the write.
  if (LONE_SURROGATE.test(value)) return 'contains a lone surrogate, which is not a character';
  const control = CONTROL.exec(value);
  if (control) return `contains the control character ${codePoint(control[0])}`;
  if (value.normalize('NFC') !== value) return 'is not in Unicode normal form C';
  if (shape === 'text') return undefined;
  // Only the two shapes exist; anything else is a programming error, not a line to check more loosely.
  if (shape !== 'line') throw new Error(`Unknown text shape ${String(shape)}`);
  const lineBreak = LINE_BREAK.exec(value);
  if (lineBreak) return `contains ${codePoint(lineBreak[0])}; it must be one line`;
  const invisible = INVISIBLE.exec(value);
  if (invisible) return `contains the invisible formatting character ${codePoint(invisible[0])}`;
  return undefined;
}

/** Quantities of support: agents, vehicles, analyst-hours, dollars. */
export const MAX_QUANTITY = 1_000_000_000;
export const QUANTITY_DECIMALS = 3;

export function quantityProblem(quantity: number): string | undefined {
  if (!Number.isFinite(quantity) || quantity <= 0) return 'must be a positive number';
  if (quantity > MAX_QUANTITY) return `must be at most ${MAX_QUANTITY}`;
  const scaled = quantity * 10 ** QUANTITY_DECIMALS;
  // Binary rounding of a decimal such as 0.1 leaves a tiny remainder; a fourth decimal leaves a real one.
  if (Math.abs(scaled - Math.round(scaled)) > 1e-6 || Math.round(scaled) === 0) {
    return `must have at most ${QUANTITY_DECIMALS} decimals`;
  }
  return undefined;
}
