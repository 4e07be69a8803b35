import {
  CO_LEAD_DEPARTMENTS,
  MEMBER_CAPABILITIES,
  TASK_FORCE_OBJECTIVES,
  type TaskForceEvent,
} from '@hstf/domain';
import { z } from 'zod';
import type { EventSchemas, ExpectNoDrift, SchemaDrift } from './schema-drift';
import { agencyCode, instant, stateCode, text } from './schema-parts';

// The deciders refuse an empty or repeated list of capabilities or objectives.
const uniqueList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'must not repeat an entry');

export const TASK_FORCE_EVENT_SCHEMAS = {
  TaskForceEstablished: z.strictObject({
    state: stateCode,
    dojCoLead: agencyCode,
    dhsCoLead: agencyCode,
    authority: text,
    establishedAt: instant,
  }),
  MemberAgencyEnrolled: z.strictObject({
    state: stateCode,
    agency: agencyCode,
    capabilities: uniqueList(z.enum(MEMBER_CAPABILITIES)),
    enrolledAt: instant,
  }),
  MemberAgencyWithdrawn: z.strictObject({
    state: stateCode,
    agency: agencyCode,
    reason: text,
    withdrawnAt: instant,
  }),
  CoLeadDesignated: z.strictObject({
    state: stateCode,
    department: z.enum(CO_LEAD_DEPARTMENTS),
    agency: agencyCode,
    previousCoLead: agencyCode,
    enrolledAsMember: z.boolean(),
    designatedAt: instant,
  }),
  ObjectivesSet: z.strictObject({
    state: stateCode,
    objectives: uniqueList(z.enum(TASK_FORCE_OBJECTIVES)),
    setAt: instant,
  }),
} satisfies EventSchemas<TaskForceEvent>;

type _NoDrift = ExpectNoDrift<SchemaDrift<typeof TASK_FORCE_EVENT_SCHEMAS, TaskForceEvent>>;
