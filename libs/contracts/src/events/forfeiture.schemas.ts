import {
  ASSET_KINDS,
  centsOf,
  COURT_ID,
  FORFEITURE_REFERENCE,
  MAX_AMOUNT_USD,
  PETITION_REFERRAL_ID,
  type ForfeitureEvent,
} from '@hstf/domain';
import { z } from 'zod';
import type { EventSchemas, ExpectNoDrift, SchemaDrift } from './schema-drift';
import { agencyCode, aggregateId, instant, stateCode, text } from './schema-parts';

// References name records, never people (see libs/domain/src/forfeiture/references.ts); amounts are
// dollars and cents.
const reference = z
  .string()
  .regex(FORFEITURE_REFERENCE, 'must be a reference such as REM-BP-2026-000123')
  .regex(/\d/, 'must hold a number');
const usd = z
  .number()
  .positive()
  .max(MAX_AMOUNT_USD)
  .refine(
    (amount) => Math.abs(amount * 100 - centsOf(amount)) <= 1e-6,
    'must have at most 2 decimals (cents)',
  );
const base = { forfeitureId: aggregateId, taskForce: stateCode };
const petition = { ...base, petitionReference: reference };

export const FORFEITURE_EVENT_SCHEMAS = {
  ForfeitureOpened: z.strictObject({
    ...base,
    caseReference: reference,
    court: z.string().regex(COURT_ID, 'must be a PACER district court id such as azd'),
    seizingAgency: agencyCode,
    assets: z
      .array(z.strictObject({ kind: z.enum(ASSET_KINDS), value: usd, description: text.optional() }))
      .min(1),
    amountSeized: usd,
    openedAt: instant,
  }),
  ForfeitureOrdered: z.strictObject({
    ...base,
    orderReference: reference,
    amountForfeited: usd,
    orderedAt: instant,
  }),
  PlacedInRemissionPool: z.strictObject({
    ...base,
    placementReference: reference,
    amount: usd,
    placedAt: instant,
  }),
  RemissionPetitionFiled: z.strictObject({
    ...petition,
    referralId: z
      .string()
      .regex(PETITION_REFERRAL_ID, 'must be the lower-case uuid of a referral')
      .optional(),
    filedAt: instant,
  }),
  RemissionPetitionReviewStarted: z.strictObject({ ...petition, startedAt: instant }),
  RemissionPetitionGranted: z.strictObject({ ...petition, amount: usd, grantedAt: instant }),
  RemissionPetitionDenied: z.strictObject({ ...petition, reason: text, deniedAt: instant }),
  RemissionPetitionPaid: z.strictObject({
    ...petition,
    amount: usd,
    paymentReference: reference,
    paidAt: instant,
  }),
} satisfies EventSchemas<ForfeitureEvent>;

type _NoDrift = ExpectNoDrift<SchemaDrift<typeof FORFEITURE_EVENT_SCHEMAS, ForfeitureEvent>>;
