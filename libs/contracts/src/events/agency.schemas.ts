import { REGISTRABLE_AGENCY_KINDS, STATE_OR_LOCAL_AGENCY_CODE, type AgencyEvent } from '@hstf/domain';
import { z } from 'zod';
import type { EventSchemas, ExpectNoDrift, SchemaDrift } from './schema-drift';
import { agencyCode, instant, stateCode, text } from './schema-parts';

// Only state and local agencies are registered at run time, with their state's USPS code as a prefix.
const registrableCode = z
  .string()
  .regex(STATE_OR_LOCAL_AGENCY_CODE, 'must be a state or local agency code such as TX-DPS');

export const AGENCY_EVENT_SCHEMAS = {
  AgencyRegistered: z
    .strictObject({
      code: registrableCode,
      name: text,
      kind: z.enum(REGISTRABLE_AGENCY_KINDS),
      state: stateCode,
      registeredAt: instant,
    })
    .refine(({ code, state }) => code.startsWith(`${state}-`), {
      message: "must start with the agency's state code",
      path: ['code'],
    }),
  AgencyRenamed: z.strictObject({ code: agencyCode, previousName: text, name: text, renamedAt: instant }),
} satisfies EventSchemas<AgencyEvent>;

type _NoDrift = ExpectNoDrift<SchemaDrift<typeof AGENCY_EVENT_SCHEMAS, AgencyEvent>>;
