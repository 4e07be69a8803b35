import { DIRECTIVE_PRIORITIES, type DirectiveEvent } from '@hstf/domain';
import { z } from 'zod';
import type { EventSchemas, ExpectNoDrift, SchemaDrift } from './schema-drift';
import { addressee, addressees, agencyCode, aggregateId, instant, revision, text } from './schema-parts';

const priority = z.enum(DIRECTIVE_PRIORITIES);

export const DIRECTIVE_EVENT_SCHEMAS = {
  DirectiveIssued: z.strictObject({
    directiveId: aggregateId,
    title: text,
    body: text,
    priority,
    addressees,
    authority: text,
    effectiveAt: instant,
    expiresAt: instant.optional(),
    acknowledgeBy: instant,
    issuedAt: instant,
    revision: z.literal(1),
  }),
  DirectiveAcknowledged: z.strictObject({
    directiveId: aggregateId,
    addressee,
    acknowledgedBy: agencyCode,
    revision,
    acknowledgedAt: instant,
    late: z.boolean(),
    note: text.optional(),
  }),
  DirectiveAmended: z.strictObject({
    directiveId: aggregateId,
    revision: revision.min(2),
    changes: z.strictObject({
      title: text.optional(),
      body: text.optional(),
      priority: priority.optional(),
      acknowledgeBy: instant.optional(),
      expiresAt: instant.optional(),
      addedAddressees: addressees.optional(),
    }),
    reason: text,
    amendedAt: instant,
  }),
  DirectiveSuperseded: z.strictObject({
    directiveId: aggregateId,
    supersededBy: aggregateId,
    reason: text,
    supersededAt: instant,
  }),
  DirectiveRescinded: z.strictObject({ directiveId: aggregateId, reason: text, rescindedAt: instant }),
  DirectiveAcknowledgementOverdue: z.strictObject({
    directiveId: aggregateId,
    addressee,
    revision,
    acknowledgeBy: instant,
    markedAt: instant,
  }),
} satisfies EventSchemas<DirectiveEvent>;

type _NoDrift = ExpectNoDrift<SchemaDrift<typeof DIRECTIVE_EVENT_SCHEMAS, DirectiveEvent>>;
