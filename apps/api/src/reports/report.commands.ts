import { memberAgencies, TaskForceState } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { CommandRequest, commandsOf, idParam } from '../commands/command-spec';
import { newAggregateId } from '../commands/new-aggregate-id';
import {
  ChargeArrestsDto,
  OpenReportDto,
  ProveAffiliationDto,
  ReportArrestsDto,
  ReportSeizuresDto,
  ReviseReportDto,
  VerifyArrestsInCourtDto,
} from './report.dto';

const report = commandsOf(AGGREGATES.report);

// Court steps name no acting agency: a liaison records them for its own, and the decider checks that its
// agency takes part in the operation, which only the report's stream knows.

/**
 * The OperationalReport aggregate's commands. Each POST records something (a report, arrests, a charging
 * document, a docket) and answers 201.
 */
export const REPORT_COMMANDS = {
  open: report('OpenReport', {
    route: 'POST /reports',
    status: 201,
    mode: 'create',
    id: ({ body, context }: CommandRequest<OpenReportDto>) => body.reportId ?? newAggregateId(context, 'report'),
    agencies: (body) => body.participants.map((code, i) => ({ field: `participants.${i}`, code })),
    // Only members take part in a task force's operations: read in each attempt, for the pure decider.
    context: async (load, { body }) =>
      memberAgencies((await load(AGGREGATES.taskForce, body.taskForce)).state as TaskForceState),
    data: ({ id, body }, members) => ({
      reportId: id,
      taskForce: body.taskForce,
      operation: body.operation,
      period: { from: body.period.from, to: body.period.to },
      participants: body.participants,
      context: { taskForceMembers: members },
    }),
    location: (id) => `/reports/${id}`,
  }),
  arrests: report('ReportArrests', {
    route: 'POST /reports/:id/arrests',
    status: 201,
    mode: 'update',
    id: idParam<ReportArrestsDto>,
    actsFor: ({ body }) => body.reportingAgency,
    agencies: (body) => [{ field: 'reportingAgency', code: body.reportingAgency }],
    data: ({ id, body }) => ({ reportId: id, reportingAgency: body.reportingAgency, arrests: body.arrests }),
  }),
  seizures: report('ReportSeizures', {
    route: 'POST /reports/:id/seizures',
    status: 201,
    mode: 'update',
    id: idParam<ReportSeizuresDto>,
    actsFor: ({ body }) => body.reportingAgency,
    agencies: (body) => [{ field: 'reportingAgency', code: body.reportingAgency }],
    data: ({ id, body }) => ({ reportId: id, reportingAgency: body.reportingAgency, seizures: body.seizures }),
  }),
  charge: report('ChargeArrests', {
    route: 'POST /reports/:id/charges',
    status: 201,
    mode: 'update',
    id: idParam<ChargeArrestsDto>,
    data: ({ id, body }) => ({ reportId: id, incidents: body.incidents, charging: body.charging }),
  }),
  verify: report('VerifyArrestsInCourt', {
    route: 'POST /reports/:id/court-verifications',
    status: 201,
    mode: 'update',
    id: idParam<VerifyArrestsInCourtDto>,
    data: ({ id, body }) => ({
      reportId: id,
      incidents: body.incidents,
      docket: body.docket,
      outcome: body.outcome,
    }),
  }),
  prove: report('ProveAffiliation', {
    route: 'POST /reports/:id/affiliation-findings',
    status: 201,
    mode: 'update',
    id: idParam<ProveAffiliationDto>,
    data: ({ id, body }) => ({ reportId: id, incidents: body.incidents, docket: body.docket, finding: body.finding }),
  }),
  revise: report('ReviseReport', {
    route: 'POST /reports/:id/revisions',
    status: 201,
    mode: 'update',
    id: idParam<ReviseReportDto>,
    agencies: (body) =>
      (body.changes.addArrests ?? []).map((arrest, i) => ({
        field: `changes.addArrests.${i}.reportedBy`,
        code: arrest.reportedBy,
      })),
    data: ({ id, body }) => ({ reportId: id, reason: body.reason, changes: body.changes }),
  }),
};
