/**
 * The references a forfeiture carries. They name records, never people: a survivor's petition is known by
 * the remission administrator's reference alone. The API also refuses a reference that reads as a personal
 * name (apps/api/src/http/personal-data.ts); here the shape, which every record stores and shows alike:
 * - a case reference as the court's docket writes it, upper case, e.g. `CR-18-00422-PHX-DJH` (Backpage);
 * - a court order's reference, e.g. `ECF-2044`;
 * - a placement in the remission pool and a payment by the reference of their transfer, e.g.
 *   `AFF-2026-000731`;
 * - a petition by the remission administrator's reference, e.g. `REM-BP-2026-000123`.
 * The court is a U.S. district court by its PACER court id (`azd`), as in a report (see report/references.ts).
 */
export const FORFEITURE_REFERENCE = /^[A-Z0-9](?:[A-Z0-9\-:./_]{1,62}[A-Z0-9])?$/;

export function forfeitureReferenceProblem(value: string): string | undefined {
  if (typeof value !== 'string' || !FORFEITURE_REFERENCE.test(value))
    return 'is not a reference such as REM-BP-2026-000123 (upper-case letters, digits and - : . / _, at most 64)';
  if (!/\d/.test(value)) return 'is not a reference: a reference holds a number, such as REM-BP-2026-000123';
  return undefined;
}

/** A referral is named by the uuid of its stream (`referral-<uuid>`). */
export const PETITION_REFERRAL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
