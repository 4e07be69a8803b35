import {
  AFFILIATION_KINDS,
  CASE_NUMBER,
  COURT_ID,
  COURT_OUTCOMES,
  DRUG_KINDS,
  EVIDENCE_BASES,
  INCIDENT_REFERENCE,
  MAX_DOCKET_ENTRY,
  SEIZURE_KINDS,
  type ReportEvent,
} from '@hstf/domain';
import { z } from 'zod';
import type { EventSchemas, ExpectNoDrift, SchemaDrift } from './schema-drift';
import { agencyCode, aggregateId, instant, positiveQuantity, stateCode, text } from './schema-parts';

const incident = z
  .string()
  .regex(INCIDENT_REFERENCE, 'must be an incident reference such as HSTF-TX-2026-000417');
const incidents = z.array(incident).min(1);
const count = z.number().int().nonnegative();
const affiliation = z.strictObject({ kind: z.enum(AFFILIATION_KINDS), name: text.optional() });
const arrest = z.strictObject({
  incident,
  affiliation,
  evidence: z.array(z.enum(EVIDENCE_BASES)).min(1),
});
const charging = z.strictObject({
  court: z.string().regex(COURT_ID, 'must be a PACER district court id such as txsd'),
  caseNumber: z.string().regex(CASE_NUMBER, 'must be a federal case number such as 4:26-cr-00123'),
});
const docket = charging.extend({ entry: z.number().int().min(1).max(MAX_DOCKET_ENTRY) });
const seizureKey = z.strictObject({
  incident,
  kind: z.enum(SEIZURE_KINDS),
  drug: z.enum(DRUG_KINDS).optional(),
});
const period = z
  .strictObject({ from: instant, to: instant })
  .refine(({ from, to }) => Date.parse(to) > Date.parse(from), {
    message: 'must end after it starts',
    path: ['to'],
  });

export const REPORT_EVENT_SCHEMAS = {
  ReportOpened: z.strictObject({
    reportId: aggregateId,
    taskForce: stateCode,
    operation: text,
    period,
    participants: z.array(agencyCode).min(1),
    openedAt: instant,
  }),
  ArrestsReported: z.strictObject({
    reportId: aggregateId,
    taskForce: stateCode,
    reportingAgency: agencyCode,
    count,
    arrests: z.array(arrest).min(1),
    reportedAt: instant,
  }),
  SeizuresReported: z.strictObject({
    reportId: aggregateId,
    taskForce: stateCode,
    reportingAgency: agencyCode,
    seizures: z.array(seizureKey.extend({ quantity: positiveQuantity, unit: text })).min(1),
    reportedAt: instant,
  }),
  ArrestsCharged: z.strictObject({
    reportId: aggregateId,
    taskForce: stateCode,
    incidents,
    count,
    charging,
    chargedAt: instant,
  }),
  ArrestsCourtVerified: z.strictObject({
    reportId: aggregateId,
    taskForce: stateCode,
    incidents,
    count,
    docket,
    outcome: z.enum(COURT_OUTCOMES),
    verifiedAt: instant,
  }),
  AffiliationProved: z.strictObject({
    reportId: aggregateId,
    taskForce: stateCode,
    incidents,
    docket,
    finding: text,
    provedAt: instant,
  }),
  ReportRevised: z.strictObject({
    reportId: aggregateId,
    taskForce: stateCode,
    reason: text,
    changes: z.strictObject({
      addedArrests: z
        .array(arrest.extend({ reportedBy: agencyCode }))
        .min(1)
        .optional(),
      withdrawnArrests: incidents.optional(),
      correctedAffiliations: z.array(z.strictObject({ incident, affiliation })).min(1).optional(),
      withdrawnSeizures: z.array(seizureKey).min(1).optional(),
    }),
    revisedAt: instant,
  }),
} satisfies EventSchemas<ReportEvent>;

type _NoDrift = ExpectNoDrift<SchemaDrift<typeof REPORT_EVENT_SCHEMAS, ReportEvent>>;
