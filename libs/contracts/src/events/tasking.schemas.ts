import type { TaskingEvent } from '@hstf/domain';
import { z } from 'zod';
import type { EventSchemas, ExpectNoDrift, SchemaDrift } from './schema-drift';
import { agencyCode, aggregateId, instant, stateCode, text } from './schema-parts';

export const TASKING_EVENT_SCHEMAS = {
  TaskingAssigned: z.strictObject({
    taskingId: aggregateId,
    taskForce: stateCode,
    leadAgency: agencyCode,
    supportingAgencies: z.array(agencyCode),
    objective: text,
    title: text,
    instructions: text,
    directiveId: text.optional(),
    dueAt: instant,
    assignedAt: instant,
  }),
  TaskingAccepted: z.strictObject({ taskingId: aggregateId, leadAgency: agencyCode, acceptedAt: instant }),
  TaskingDeclined: z.strictObject({
    taskingId: aggregateId,
    leadAgency: agencyCode,
    reason: text,
    declinedAt: instant,
  }),
  TaskingProgressReported: z.strictObject({
    taskingId: aggregateId,
    reportedBy: agencyCode,
    summary: text,
    percentComplete: z.number().min(0).max(100),
    reportedAt: instant,
  }),
  TaskingBlocked: z.strictObject({
    taskingId: aggregateId,
    reason: text,
    by: agencyCode.optional(),
    blockedAt: instant,
  }),
  TaskingUnblocked: z.strictObject({
    taskingId: aggregateId,
    resolution: text,
    by: agencyCode.optional(),
    unblockedAt: instant,
  }),
  TaskingReassigned: z.strictObject({
    taskingId: aggregateId,
    previousLeadAgency: agencyCode,
    leadAgency: agencyCode,
    supportingAgencies: z.array(agencyCode),
    reason: text,
    reassignedAt: instant,
  }),
  TaskingCompleted: z.strictObject({
    taskingId: aggregateId,
    leadAgency: agencyCode,
    outcome: text,
    completedAt: instant,
  }),
  TaskingCancelled: z.strictObject({ taskingId: aggregateId, reason: text, cancelledAt: instant }),
} satisfies EventSchemas<TaskingEvent>;

type _NoDrift = ExpectNoDrift<SchemaDrift<typeof TASKING_EVENT_SCHEMAS, TaskingEvent>>;
