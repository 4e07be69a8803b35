/**
 * The documented formats of the references a report carries, so that an inspector general or a journalist
 * can look each one up in public records:
 * - an incident reference is issued by the state's task force for one arrest or one seizure, so that every
 *   agency taking part reports it under the same reference: `HSTF-<state>-<year>-<six digits>`, e.g.
 *   `HSTF-TX-2026-000417`;
 * - a court is a U.S. district court by its PACER court id, lower case, e.g. `txsd` (Southern District of
 *   Texas), `dcd`, `nmid`;
 * - a case number is a federal criminal or magistrate case as PACER writes it: `<office>:<yy>-<cr|mj>-
 *   <five digits>`, with the judge's initials optionally after, e.g. `4:26-cr-00123` or `1:26-mj-00042-JLH`;
 * - a docket reference is the court and case number with the entry number of the docket, e.g. entry 57.
 */
export const INCIDENT_REFERENCE = /^HSTF-([A-Z]{2})-(\d{4})-(\d{6})$/;
export const COURT_ID = /^[a-z]{2}[a-z]{0,2}d$/;
export const CASE_NUMBER = /^\d:\d{2}-(?:cr|mj)-\d{5}(?:-[A-Z]{1,4})?$/;
export const MAX_DOCKET_ENTRY = 100_000;

/** The charging document (indictment, information or complaint) behind charged arrests. */
export interface ChargingDocument {
  readonly court: string;
  readonly caseNumber: string;
}

/** The docket entry that shows what a court did. */
export interface DocketReference extends ChargingDocument {
  readonly entry: number;
}

/** Why an incident reference is not one of the given state's, as the end of a sentence; undefined when it is. */
export function incidentProblem(reference: string, state: string): string | undefined {
  const match = INCIDENT_REFERENCE.exec(reference);
  if (!match) return 'is not an incident reference such as HSTF-TX-2026-000417';
  if (match[1] !== state) return `is a reference of the ${match[1]} task force, not of ${state}`;
  return undefined;
}

export function chargingDocumentProblem(document: ChargingDocument): string | undefined {
  if (!COURT_ID.test(document.court)) {
    return `names the court ${document.court}, which is not a PACER district court id such as txsd`;
  }
  if (!CASE_NUMBER.test(document.caseNumber)) {
    return `names the case ${document.caseNumber}, which is not a federal case number such as 4:26-cr-00123`;
  }
  return undefined;
}

export function docketProblem(docket: DocketReference): string | undefined {
  const problem = chargingDocumentProblem(docket);
  if (problem) return problem;
  if (!Number.isInteger(docket.entry) || docket.entry < 1 || docket.entry > MAX_DOCKET_ENTRY) {
    return `names docket entry ${docket.entry}, which is not a whole number from 1 to ${MAX_DOCKET_ENTRY}`;
  }
  return undefined;
}

export const sameCase = (a: ChargingDocument, b: ChargingDocument): boolean =>
  a.court === b.court && a.caseNumber === b.caseNumber;

/** `txsd 4:26-cr-00123`, and `, entry 57` for a docket: how a reference reads in a sentence or a list. */
export const caseLabel = (document: ChargingDocument): string => `${document.court} ${document.caseNumber}`;
export const docketLabel = (docket: DocketReference): string => `${caseLabel(docket)}, entry ${docket.entry}`;
