import { z } from 'zod';

const code = z.string().min(1);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');

/**
 * The metadata as read back from the store. Loose, not strict: keys added by a later version must survive
 * the parse, because they were hashed and verification must see them.
 */
export const storedMetadataSchema = z.looseObject({
  actor: z.looseObject({ sub: code, role: code, agency: code.optional() }),
  commandId: code,
  correlationId: code,
  causationId: code,
  occurredAt: z.iso.datetime({ offset: true }),
  scope: z.looseObject({
    states: z.array(code),
    agencies: z.array(code),
    restricted: z.literal(true).optional(),
  }),
  prevHash: sha256Hex,
  hash: sha256Hex,
  schemaVersion: z.number().int().positive(),
});
