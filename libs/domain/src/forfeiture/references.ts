import { personalDataProblem, REFERENCE_SHAPE } from '../privacy';

/**
 * The references a forfeiture carries. They name records, never people: a survivor's petition is known by
 * the remission administrator's reference alone. Every reference and free text goes through the one check
 * for personal data (libs/domain/src/privacy), here as a rule of the domain as at the API as a 400:
 * - a case reference as the court's docket writes it, upper case, e.g. `CR-18-00422-PHX-DJH` (Backpage);
 * - a court order's reference, e.g. `ECF-2044`;
 * - a placement in the remission pool and a payment by the reference of their transfer, e.g.
 *   `AFF-2026-000731`, `TREAS-2026-004417`;
 * - a petition by the remission administrator's reference, e.g. `REM-BP-2026-000123`.
 * The court is a U.S. district court by its PACER court id (`azd`), as in a report (see report/references.ts).
 */
export const FORFEITURE_REFERENCE = REFERENCE_SHAPE;

/** The year a date in the text would be a date of birth against: the decision's, so that deciders stay pure. */
const yearOf = (now: string): number => new Date(now).getUTCFullYear();

/** Why a value is not a reference of a record (or looks like personal data), or undefined. */
export const forfeitureReferenceProblem = (value: string, now: string): string | undefined =>
  typeof value === 'string' ? personalDataProblem(value, 'reference', yearOf(now)) : 'must be a reference';

/** Why free text looks like personal data, or undefined. */
export const freeTextProblem = (value: string, now: string): string | undefined =>
  personalDataProblem(value, 'text', yearOf(now));

/** A referral is named by the uuid of its stream (`referral-<uuid>`). */
export const PETITION_REFERRAL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
