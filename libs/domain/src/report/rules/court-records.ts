import { accept, Decision, reject } from '../../shared';
import { ChargeArrests, ProveAffiliation, VerifyArrestsInCourt } from '../commands';
import { ReportEvent } from '../events';
import { COURT_OUTCOMES, isCourtOutcome } from '../provenance';
import { caseLabel, chargingDocumentProblem, docketProblem, DocketReference, sameCase } from '../references';
import { OpenedReport, ReportedArrest } from '../state';
import {
  firstRefusal,
  Refusal,
  requireCount,
  requireIncidents,
  requireParticipatingActor,
  requireText,
} from './checks';

/**
 * The tiers nest: an arrest is charged only once reported, and court-verified only once charged, so that
 * no tier ever counts more than the one before it. An arrest the report does not hold, though a charging
 * document names it, is added to the report first, by a revision that says why the tally was short.
 */
function arrestsOf(
  report: OpenedReport,
  incidents: readonly string[],
): { readonly arrests: readonly ReportedArrest[] } | NonNullable<Refusal> {
  const byIncident = new Map(report.arrests.map((arrest) => [arrest.incident, arrest]));
  const found: ReportedArrest[] = [];
  for (const incident of incidents) {
    const arrest = byIncident.get(incident);
    if (arrest === undefined)
      return reject(
        'REPORT_INCIDENT_NOT_REPORTED',
        `Report ${report.reportId} holds no arrest of incident ${incident}; add it with a revision before recording a court step on it.`,
      );
    found.push(arrest);
  }
  return { arrests: found };
}

function checked(
  report: OpenedReport,
  command: ChargeArrests | VerifyArrestsInCourt | ProveAffiliation,
  step: (arrest: ReportedArrest) => Refusal,
): Refusal {
  const { reportId, incidents } = command.data;
  return firstRefusal(
    () => requireParticipatingActor(command.meta, report),
    () => requireCount('incidents', incidents.length, reportId),
    () => requireIncidents(incidents, report, 'incident'),
    () => {
      const found = arrestsOf(report, incidents);
      if (!('arrests' in found)) return found;
      return found.arrests.reduce<Refusal>((refusal, arrest) => refusal ?? step(arrest), undefined);
    },
  );
}

const docketRefusal = (docket: DocketReference, reportId: string): Refusal => {
  const problem = docketProblem(docket);
  return problem
    ? reject('REPORT_INVALID_DOCKET', `The docket reference on report ${reportId} ${problem}.`)
    : undefined;
};

/** A docket speaks of the case the arrest was charged in, not of another. */
const sameCaseAsCharged = (arrest: ReportedArrest, docket: DocketReference, reportId: string): Refusal =>
  arrest.charged && !sameCase(arrest.charged, docket)
    ? reject(
        'REPORT_DOCKET_OF_ANOTHER_CASE',
        `Incident ${arrest.incident} on report ${reportId} was charged in ${caseLabel(arrest.charged)}; the docket cited is of ${caseLabel(docket)}.`,
      )
    : undefined;

export function chargeArrests(command: ChargeArrests, report: OpenedReport): Decision<ReportEvent> {
  const { reportId, incidents, charging } = command.data;
  const problem = chargingDocumentProblem(charging);
  if (problem)
    return reject(
      'REPORT_INVALID_CHARGING_DOCUMENT',
      `The charging document on report ${reportId} ${problem}.`,
    );
  const refusal = checked(report, command, (arrest) =>
    arrest.charged
      ? reject(
          'REPORT_ALREADY_CHARGED',
          `Incident ${arrest.incident} on report ${reportId} was already charged in ${caseLabel(arrest.charged)}.`,
        )
      : undefined,
  );
  if (refusal) return refusal;
  return accept({
    type: 'ArrestsCharged',
    data: {
      reportId,
      taskForce: report.taskForce,
      incidents: [...incidents],
      count: incidents.length,
      charging: { court: charging.court, caseNumber: charging.caseNumber },
      chargedAt: command.meta.now,
    },
  });
}

export function verifyArrestsInCourt(
  command: VerifyArrestsInCourt,
  report: OpenedReport,
): Decision<ReportEvent> {
  const { reportId, incidents, docket, outcome } = command.data;
  if (!isCourtOutcome(outcome))
    return reject(
      'REPORT_UNKNOWN_OUTCOME',
      `The outcome ${outcome} on report ${reportId} is not one of ${COURT_OUTCOMES.join(', ')}.`,
    );
  const refusal =
    docketRefusal(docket, reportId) ??
    checked(report, command, (arrest) => {
      if (!arrest.charged)
        return reject(
          'REPORT_NOT_CHARGED',
          `Incident ${arrest.incident} on report ${reportId} has no charging document yet; a court verifies charged arrests only.`,
        );
      if (arrest.courtVerified)
        return reject(
          'REPORT_ALREADY_COURT_VERIFIED',
          `Incident ${arrest.incident} on report ${reportId} was already verified in court (${arrest.courtVerified.outcome}).`,
        );
      return sameCaseAsCharged(arrest, docket, reportId);
    });
  if (refusal) return refusal;
  return accept({
    type: 'ArrestsCourtVerified',
    data: {
      reportId,
      taskForce: report.taskForce,
      incidents: [...incidents],
      count: incidents.length,
      docket: { court: docket.court, caseNumber: docket.caseNumber, entry: docket.entry },
      outcome,
      verifiedAt: command.meta.now,
    },
  });
}

/** Membership must be proved in court: only a court's finding, in the case the arrest was charged in, proves it. */
export function proveAffiliation(command: ProveAffiliation, report: OpenedReport): Decision<ReportEvent> {
  const { reportId, incidents, docket, finding } = command.data;
  const refusal =
    requireText('court finding', finding, reportId, 'line') ??
    docketRefusal(docket, reportId) ??
    checked(report, command, (arrest) => {
      if (!arrest.charged)
        return reject(
          'REPORT_NOT_CHARGED',
          `Incident ${arrest.incident} on report ${reportId} has no charging document; an affiliation is proved only in a case that charges it.`,
        );
      if (arrest.affiliationProved)
        return reject(
          'REPORT_AFFILIATION_ALREADY_PROVED',
          `The affiliation of incident ${arrest.incident} on report ${reportId} was already proved (${arrest.affiliationProved.finding}).`,
        );
      return sameCaseAsCharged(arrest, docket, reportId);
    });
  if (refusal) return refusal;
  return accept({
    type: 'AffiliationProved',
    data: {
      reportId,
      taskForce: report.taskForce,
      incidents: [...incidents],
      docket: { court: docket.court, caseNumber: docket.caseNumber, entry: docket.entry },
      finding,
      provedAt: command.meta.now,
    },
  });
}
