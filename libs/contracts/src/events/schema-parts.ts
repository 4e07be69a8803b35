import { AGENCY_CODE, STATE_CODES } from '@hstf/domain';
import { z } from 'zod';

// The domain's own rules, restated as schemas: the registry must refuse what a decider would never produce,
// and never refuse what one does.

export const text = z.string().regex(/\S/, 'must not be blank');

// Same shape as the deciders accept: an ISO-8601 instant with an offset, seconds optional.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const instant = z
  .string()
  .regex(ISO_INSTANT, 'must be an ISO-8601 instant with an offset')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be a real date and time');

export const aggregateId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a lower-case UUID');

export const stateCode = z.enum(STATE_CODES);

export const agencyCode = z
  .string()
  .regex(AGENCY_CODE, 'must be an agency code such as FBI, ICE-HSI or TX-DPS');

export const addressees = z.strictObject({ states: z.array(stateCode), agencies: z.array(agencyCode) });

export const addressee = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('state'), code: stateCode }),
  z.strictObject({ kind: z.literal('agency'), code: agencyCode }),
]);

export const positiveQuantity = z.number().positive();

export const revision = z.number().int().positive();
