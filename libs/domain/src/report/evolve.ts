import { assertNever } from '../shared';
import { ArrestInput } from './commands';
import { ReportEvent } from './events';
import { OpenedReport, ReportedArrest, ReportedSeizure, ReportState, seizureKeyOf } from './state';

const withAgency = (agencies: readonly string[], agency: string): readonly string[] =>
  agencies.includes(agency) ? agencies : [...agencies, agency];

/** A second agency's report of an arrest adds it to the reporters and its evidence to the basis. */
function addArrests<A extends ArrestInput>(
  arrests: readonly ReportedArrest[],
  reported: readonly A[],
  agency: (arrest: A) => string,
): readonly ReportedArrest[] {
  const byIncident = new Map(arrests.map((arrest) => [arrest.incident, arrest]));
  for (const input of reported) {
    const known = byIncident.get(input.incident);
    byIncident.set(
      input.incident,
      known
        ? {
            ...known,
            reportedBy: withAgency(known.reportedBy, agency(input)),
            evidence: [...new Set([...known.evidence, ...input.evidence])],
          }
        : {
            incident: input.incident,
            affiliation: input.affiliation,
            evidence: [...input.evidence],
            reportedBy: [agency(input)],
          },
    );
  }
  return [...byIncident.values()];
}

/** Applies `change` to the arrests of the listed incidents, leaving the others as they are. */
function changeArrests(
  arrests: readonly ReportedArrest[],
  incidents: readonly string[],
  change: (arrest: ReportedArrest) => ReportedArrest,
): readonly ReportedArrest[] {
  const listed = new Set(incidents);
  return arrests.map((arrest) => (listed.has(arrest.incident) ? change(arrest) : arrest));
}

function revise(state: OpenedReport, event: Extract<ReportEvent, { type: 'ReportRevised' }>): OpenedReport {
  const {
    addedArrests = [],
    withdrawnArrests = [],
    correctedAffiliations = [],
    withdrawnSeizures = [],
  } = event.data.changes;
  const withdrawn = new Set(withdrawnArrests);
  const corrected = new Map(correctedAffiliations.map((c) => [c.incident, c.affiliation]));
  const gone = new Set(withdrawnSeizures.map(seizureKeyOf));
  const arrests = addArrests(state.arrests, addedArrests, (arrest) => arrest.reportedBy)
    .filter((arrest) => !withdrawn.has(arrest.incident))
    .map((arrest) => {
      const affiliation = corrected.get(arrest.incident);
      return affiliation ? { ...arrest, affiliation } : arrest;
    });
  return { ...state, arrests, seizures: state.seizures.filter((s) => !gone.has(seizureKeyOf(s))) };
}

export function evolve(state: ReportState, event: ReportEvent): ReportState {
  if (event.type === 'ReportOpened') {
    const { reportId, taskForce, operation, period, participants } = event.data;
    return {
      status: 'open',
      reportId,
      taskForce,
      operation,
      period: { from: period.from, to: period.to },
      participants: [...participants],
      arrests: [],
      seizures: [],
    };
  }
  // decide never emits into a report not opened; a replay of a damaged stream folds to nothing rather than throw.
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ArrestsReported': {
      const { arrests, reportingAgency } = event.data;
      return { ...state, arrests: addArrests(state.arrests, arrests, () => reportingAgency) };
    }
    case 'SeizuresReported': {
      const { seizures, reportingAgency } = event.data;
      const byKey = new Map<string, ReportedSeizure>(state.seizures.map((s) => [seizureKeyOf(s), s]));
      for (const seizure of seizures) {
        const key = seizureKeyOf(seizure);
        const known = byKey.get(key);
        byKey.set(
          key,
          known
            ? { ...known, reportedBy: withAgency(known.reportedBy, reportingAgency) }
            : { ...seizure, reportedBy: [reportingAgency] },
        );
      }
      return { ...state, seizures: [...byKey.values()] };
    }
    case 'ArrestsCharged': {
      const { incidents, charging } = event.data;
      const document = { court: charging.court, caseNumber: charging.caseNumber };
      return {
        ...state,
        arrests: changeArrests(state.arrests, incidents, (a) => ({ ...a, charged: document })),
      };
    }
    case 'ArrestsCourtVerified': {
      const { incidents, docket, outcome } = event.data;
      return {
        ...state,
        arrests: changeArrests(state.arrests, incidents, (a) => ({
          ...a,
          courtVerified: { docket: { ...docket }, outcome },
        })),
      };
    }
    case 'AffiliationProved': {
      const { incidents, docket, finding } = event.data;
      return {
        ...state,
        arrests: changeArrests(state.arrests, incidents, (a) => ({
          ...a,
          affiliationProved: { docket: { ...docket }, finding },
        })),
      };
    }
    case 'ReportRevised':
      return revise(state, event);
    default:
      return assertNever(event);
  }
}
