import type { Event } from '@hstf/domain';
import { z } from 'zod';

/**
 * One record of the access audit, in the spirit of CJIS Security Policy 5.4.1.1: date and time, component,
 * type of event, user identity and outcome, plus what ties it to the request (route, command, ids).
 */
export const ACCESS_RECORD_TYPES = [
  /** A request no other record named: refused before routing, unauthenticated, or a public route. */
  'request',
  'token-accepted',
  'token-refused',
  'command',
  'permission-change',
  'audit-read',
  'audit-export',
] as const;

export type AccessRecordType = (typeof ACCESS_RECORD_TYPES)[number];

const text = z.string().min(1).max(2000);

export const accessRecordSchema = z.strictObject({
  at: z.iso.datetime({ offset: true }),
  component: z.enum(['api', 'cli']),
  type: z.enum(ACCESS_RECORD_TYPES),
  /** The verified subject; absent when a token was refused, since its claims cannot be trusted. */
  subject: text.optional(),
  roles: z.array(text).optional(),
  agency: text.optional(),
  outcome: z.enum(['success', 'failure']),
  reason: text.optional(),
  /** Method and route pattern, e.g. `POST /directives/:id/acknowledgements`, or the CLI command. */
  action: text.optional(),
  /** What was acted on or read: the request path, a stream id, an export's state and period. */
  resource: text.optional(),
  command: text.optional(),
  commandId: text.optional(),
  correlationId: text.optional(),
  /** The client's own id for its request (X-Correlation-Id): recorded, never a link of a trail. */
  clientRequestId: text.optional(),
  status: z.number().int().min(100).max(599).optional(),
  code: text.optional(),
});

export type AccessRecord = z.infer<typeof accessRecordSchema>;

export type AccessRecorded = Event<'AccessRecorded', AccessRecord>;
