import type { IncomingMessage } from '@hstf/messaging';
import { z } from 'zod';
import { ProjectedEvent, upcastData } from './projected-event';

// The relay writes positions as strings (JSON has no 64-bit integers); a number is accepted too.
const position = z.union([z.string().regex(/^-?\d+$/), z.number().int()]).transform((v) => BigInt(v));
const codes = z.array(z.string().min(1));

/** The relay's JSON envelope. Loose where later versions may add fields. */
const envelopeSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  streamId: z.string().min(1),
  streamPosition: position,
  globalPosition: position,
  data: z.unknown(),
  metadata: z.looseObject({
    scope: z.looseObject({ states: codes, agencies: codes, restricted: z.literal(true).optional() }),
    actor: z.looseObject({ sub: z.string(), role: z.string(), agency: z.string().optional() }).optional(),
    occurredAt: z.string().optional(),
    recordedAt: z.string().optional(),
  }),
});

export class MalformedEventMessage extends Error {
  override readonly name = 'MalformedEventMessage';
  constructor(
    readonly where: string,
    reason: string,
  ) {
    super(`Malformed event message at ${where}: ${reason}`);
  }
}

/** A message of `hstf.events.v1` (Kafka or in-process) as a projected event. */
export function fromMessage(message: IncomingMessage): ProjectedEvent {
  const where = `${message.topic}[${message.partition}]@${message.offset}`;
  let json: unknown;
  try {
    json = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    throw new MalformedEventMessage(where, `not JSON (${(error as Error).message})`);
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new MalformedEventMessage(where, problems.join('; '));
  }
  const { id, type, schemaVersion, streamId, streamPosition, globalPosition, data, metadata } = parsed.data;
  return {
    id,
    type,
    schemaVersion,
    streamId,
    streamPosition,
    globalPosition,
    data: upcastData(type, schemaVersion, data),
    scope: {
      states: metadata.scope.states,
      agencies: metadata.scope.agencies,
      ...(metadata.scope.restricted === true ? { restricted: true as const } : {}),
    },
    ...(metadata.actor ? { actor: metadata.actor } : {}),
    ...(metadata.occurredAt ? { occurredAt: metadata.occurredAt } : {}),
    ...(metadata.recordedAt ? { recordedAt: metadata.recordedAt } : {}),
  };
}
