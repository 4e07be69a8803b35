import { APPROPRIATION_STATUSES, SUPPORT_KINDS, type CommitmentEvent } from '@hstf/domain';
import { z } from 'zod';
import type { EventSchemas, ExpectNoDrift, SchemaDrift } from './schema-drift';
import { agencyCode, aggregateId, instant, positiveQuantity, stateCode, text } from './schema-parts';

// Notes are free text the deciders take as given, blank included.
const appropriation = z.enum(APPROPRIATION_STATUSES);

const period = z
  .strictObject({ from: instant, to: instant })
  .refine(({ from, to }) => Date.parse(to) > Date.parse(from), {
    message: 'must end after it starts',
    path: ['to'],
  });

export const COMMITMENT_EVENT_SCHEMAS = {
  SupportPledged: z.strictObject({
    commitmentId: aggregateId,
    agency: agencyCode,
    taskForce: stateCode,
    kind: z.enum(SUPPORT_KINDS),
    quantity: positiveQuantity,
    unit: text,
    period,
    appropriation,
    note: z.string().optional(),
    pledgedAt: instant,
  }),
  SupportDelivered: z.strictObject({
    commitmentId: aggregateId,
    agency: agencyCode,
    deliveryId: text,
    quantity: positiveQuantity,
    unit: text,
    deliveredAt: instant,
    note: z.string().optional(),
    recordedAt: instant,
  }),
  CommitmentAdjusted: z.strictObject({
    commitmentId: aggregateId,
    agency: agencyCode,
    quantity: positiveQuantity.optional(),
    appropriation: appropriation.optional(),
    period: period.optional(),
    reason: text,
    adjustedAt: instant,
  }),
  CommitmentWithdrawn: z.strictObject({
    commitmentId: aggregateId,
    agency: agencyCode,
    reason: text,
    withdrawnAt: instant,
  }),
} satisfies EventSchemas<CommitmentEvent>;

type _NoDrift = ExpectNoDrift<SchemaDrift<typeof COMMITMENT_EVENT_SCHEMAS, CommitmentEvent>>;
