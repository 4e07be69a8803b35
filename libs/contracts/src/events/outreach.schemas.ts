import {
  AUDIENCES,
  MAX_ATTENDANCE,
  MAX_POSTERS,
  MAX_SCANS,
  PLACEMENT_KINDS,
  REFERENCE_SHAPE,
  SEMINAR_FORMATS,
  TIP_CHANNELS,
  TIP_CLOSURE_REASONS,
  TIP_PRIORITIES,
  type OutreachEvent,
} from '@hstf/domain';
import { z } from 'zod';
import type { EventSchemas, ExpectNoDrift, SchemaDrift } from './schema-drift';
import { agencyCode, aggregateId, instant, stateCode, text } from './schema-parts';

// Outreach is coordinated by reference only (see libs/domain/src/outreach/vocabulary.ts): venues,
// stations, trains and tips are references in the shared shape, and every count is a bounded whole number.
const reference = z
  .string()
  .regex(REFERENCE_SHAPE, 'must be a reference such as AMTRAK-TRAIN-421')
  .regex(/\d/, 'must hold a number');
const whole = (min: number, max: number) => z.number().int().min(min).max(max);
const attendance = z
  .strictObject({ attendees: whole(0, MAX_ATTENDANCE), frontLineStaff: whole(0, MAX_ATTENDANCE) })
  .refine(({ attendees, frontLineStaff }) => frontLineStaff <= attendees, {
    message: 'must not exceed the attendees',
    path: ['frontLineStaff'],
  });
const placementRef = z.strictObject({ placement: z.enum(PLACEMENT_KINDS), reference });
const posterCounts = z.array(placementRef.extend({ posters: whole(1, MAX_POSTERS) })).min(1);
const period = z
  .strictObject({ from: instant, to: instant })
  .refine(({ from, to }) => Date.parse(to) > Date.parse(from), {
    message: 'must end after it starts',
    path: ['to'],
  });
const total = z.number().int().nonnegative();
const base = { outreachId: aggregateId, taskForce: stateCode };
const tip = { ...base, tip: reference, channel: z.enum(TIP_CHANNELS) };

export const OUTREACH_EVENT_SCHEMAS = {
  SeminarHeld: z.strictObject({
    ...base,
    format: z.enum(SEMINAR_FORMATS),
    audience: z.enum(AUDIENCES),
    venue: reference,
    heldAt: instant,
    attendance,
    recordedAt: instant,
  }),
  SeminarAttendanceCorrected: z.strictObject({
    ...base,
    audience: z.enum(AUDIENCES),
    previous: attendance,
    attendance,
    reason: text,
    correctedAt: instant,
  }),
  CampaignLaunched: z.strictObject({
    ...base,
    name: text,
    partners: z.array(agencyCode).min(1),
    launchedAt: instant,
  }),
  PostersPlaced: z.strictObject({
    ...base,
    agency: agencyCode,
    placements: posterCounts,
    total,
    placedAt: instant,
  }),
  PostersRemoved: z.strictObject({
    ...base,
    agency: agencyCode,
    removals: posterCounts,
    total,
    removedAt: instant,
  }),
  ScansRecorded: z.strictObject({
    ...base,
    agency: agencyCode,
    period,
    scans: z.array(placementRef.extend({ scans: whole(0, MAX_SCANS) })).min(1),
    total,
    recordedAt: instant,
  }),
  TipReceived: z.strictObject({
    ...tip,
    poster: placementRef.optional(),
    receivedAt: instant,
    recordedAt: instant,
  }),
  TipTriaged: z.strictObject({
    ...tip,
    priority: z.enum(TIP_PRIORITIES),
    note: text.optional(),
    triagedAt: instant,
  }),
  TipLinked: z
    .strictObject({
      ...tip,
      taskingId: aggregateId.optional(),
      reportId: aggregateId.optional(),
      linkedAt: instant,
    })
    .refine(({ taskingId, reportId }) => (taskingId === undefined) !== (reportId === undefined), {
      message: 'must name exactly one of taskingId and reportId',
      path: ['taskingId'],
    }),
  TipClosed: z.strictObject({
    ...tip,
    reason: z.enum(TIP_CLOSURE_REASONS),
    note: text.optional(),
    closedAt: instant,
  }),
} satisfies EventSchemas<OutreachEvent>;

type _NoDrift = ExpectNoDrift<SchemaDrift<typeof OUTREACH_EVENT_SCHEMAS, OutreachEvent>>;
