import { personalDataProblem, REFERENCE_SHAPE } from '../../privacy';
import { Decision, instantProblem, reject, textProblem, TextShape } from '../../shared';
import { PlacementRef } from '../commands';
import {
  isPlacementKind,
  MAX_OUTREACH_ITEMS_PER_COMMAND,
  MAX_OUTREACH_TEXT,
  PLACEMENT_KINDS,
} from '../vocabulary';
import { placementKeyOf } from '../state';

/** A rule's answer when it refuses; undefined when the rule is satisfied. */
export type Refusal = Decision<never> | undefined;

export const firstRefusal = (...checks: (() => Refusal)[]): Refusal => {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return undefined;
};

/** The first refusal of a check over every item of a list. */
export const eachRefusal = <T>(items: readonly T[], check: (item: T, index: number) => Refusal): Refusal => {
  for (const [i, item] of items.entries()) {
    const refusal = check(item, i);
    if (refusal) return refusal;
  }
  return undefined;
};

// The personal-data check reads dates against the year the command is decided in, not the machine's clock.
const yearOf = (now: string): number => new Date(Date.parse(now)).getUTCFullYear();

/**
 * A reference names a record (a venue, a station, a train, a tip line's record), never a person: the
 * shared shape (upper-case letters, digits and - : . / _ #, with a number), and nothing that reads as
 * personal data or a personal name. The API refuses the same with a 400; this is the rule itself.
 */
export function requireReference(field: string, value: string, outreachId: string, now: string): Refusal {
  if (typeof value !== 'string' || !REFERENCE_SHAPE.test(value) || !/\d/.test(value))
    return reject(
      'OUTREACH_INVALID_REFERENCE',
      `The ${field} ${String(value)} of outreach ${outreachId} is not a reference such as AMTRAK-TRAIN-421 (upper-case letters, digits and - : . / _ #, with a number).`,
    );
  const problem = personalDataProblem(value, 'reference', yearOf(now));
  return problem
    ? reject(
        'OUTREACH_PERSONAL_DATA',
        `The ${field} of outreach ${outreachId} ${problem}; outreach is coordinated by reference only.`,
      )
    : undefined;
}

/** Free text or a line: not blank, storable, not too long, and no personal data. */
export function requireText(
  field: string,
  value: string | undefined,
  outreachId: string,
  shape: TextShape,
  now: string,
  max = MAX_OUTREACH_TEXT,
): Refusal {
  if (value === undefined || value.trim() === '')
    return reject('OUTREACH_BLANK_FIELD', `The ${field} of outreach ${outreachId} must not be blank.`);
  const problem =
    textProblem(value, shape) ?? (value.length > max ? `is longer than ${max} characters` : undefined);
  if (problem) return reject('OUTREACH_INVALID_TEXT', `The ${field} of outreach ${outreachId} ${problem}.`);
  const personal = personalDataProblem(value, 'text', yearOf(now));
  return personal
    ? reject(
        'OUTREACH_PERSONAL_DATA',
        `The ${field} of outreach ${outreachId} ${personal}; outreach is coordinated by reference only.`,
      )
    : undefined;
}

/** A note may be left out, but what it says is checked as text. */
export const optionalText = (
  field: string,
  value: string | undefined,
  outreachId: string,
  now: string,
): Refusal => (value === undefined ? undefined : requireText(field, value, outreachId, 'text', now));

/** A count is a whole number within its bounds: never negative, never beyond what a read model holds. */
export function requireCount(
  field: string,
  value: number,
  outreachId: string,
  bounds: { readonly min: number; readonly max: number },
): Refusal {
  return Number.isInteger(value) && value >= bounds.min && value <= bounds.max
    ? undefined
    : reject(
        'OUTREACH_INVALID_COUNT',
        `The ${field} of outreach ${outreachId} must be a whole number from ${bounds.min} to ${bounds.max}, not ${value}.`,
      );
}

/** An instant of something that has happened: on the calendar, and not after the command is decided. */
export function requirePastInstant(field: string, value: string, outreachId: string, now: string): Refusal {
  const problem = instantProblem(value);
  if (problem)
    return reject('OUTREACH_INVALID_INSTANT', `The ${field} ${value} of outreach ${outreachId} ${problem}.`);
  return Date.parse(value) > Date.parse(now)
    ? reject(
        'OUTREACH_IN_FUTURE',
        `The ${field} ${value} of outreach ${outreachId} is after ${now}: only what has happened is recorded.`,
      )
    : undefined;
}

export function requireItems(what: string, count: number, outreachId: string): Refusal {
  if (count === 0)
    return reject('OUTREACH_NOTHING_LISTED', `Outreach ${outreachId}: the ${what} list is empty.`);
  if (count > MAX_OUTREACH_ITEMS_PER_COMMAND)
    return reject(
      'OUTREACH_TOO_MANY_ITEMS',
      `Outreach ${outreachId}: ${count} ${what} in one request; send at most ${MAX_OUTREACH_ITEMS_PER_COMMAND} at a time.`,
    );
  return undefined;
}

export function requirePlacementRef(ref: PlacementRef, outreachId: string, now: string): Refusal {
  if (!isPlacementKind(ref.placement))
    return reject(
      'OUTREACH_UNKNOWN_PLACEMENT_KIND',
      `Outreach ${outreachId} names a placement ${ref.placement}; posters hang in one of ${PLACEMENT_KINDS.join(', ')}.`,
    );
  return requireReference(`${ref.placement} reference`, ref.reference, outreachId, now);
}

/** Each station or train once in one request: two counts of one place in one request are one too many. */
export function requireDistinctPlacements(items: readonly PlacementRef[], outreachId: string): Refusal {
  const seen = new Set<string>();
  for (const item of items) {
    const key = placementKeyOf(item);
    if (seen.has(key))
      return reject(
        'OUTREACH_DUPLICATE_PLACEMENT',
        `The ${item.placement} ${item.reference} is listed twice in one request on outreach ${outreachId}.`,
      );
    seen.add(key);
  }
  return undefined;
}
