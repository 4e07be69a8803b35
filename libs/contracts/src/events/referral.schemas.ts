import { REFERRAL_CHANNELS, REFERRAL_OUTCOMES, type ReferralEvent } from '@hstf/domain';
import { z } from 'zod';
import type { EventSchemas, ExpectNoDrift, SchemaDrift } from './schema-drift';
import { agencyCode, aggregateId, instant, stateCode, text } from './schema-parts';

const channel = z.enum(REFERRAL_CHANNELS);
const step = {
  referralId: aggregateId,
  receivingAgency: agencyCode,
  taskForce: stateCode,
  channel,
  note: z.string().optional(),
};

export const REFERRAL_EVENT_SCHEMAS = {
  ReferralMade: z.strictObject({
    referralId: aggregateId,
    caseReference: text,
    channel,
    referringAgency: agencyCode,
    receivingAgency: agencyCode,
    taskForce: stateCode,
    taskingId: aggregateId.optional(),
    reportId: aggregateId.optional(),
    note: z.string().optional(),
    madeAt: instant,
  }),
  ReferralAccepted: z.strictObject({ ...step, acceptedAt: instant }),
  ReferralStarted: z.strictObject({ ...step, startedAt: instant }),
  ReferralClosed: z.strictObject({ ...step, outcome: z.enum(REFERRAL_OUTCOMES), closedAt: instant }),
} satisfies EventSchemas<ReferralEvent>;

type _NoDrift = ExpectNoDrift<SchemaDrift<typeof REFERRAL_EVENT_SCHEMAS, ReferralEvent>>;
