import type { Event } from '@hstf/domain';
import { z } from 'zod';
import type { EventSchemas, ExpectNoDrift, SchemaDrift } from './schema-drift';

// The checks are the compiler's: each `@ts-expect-error` below proves that `npm run typecheck` fails on that
// kind of drift between a schema and the domain's event data.

type Noted = Event<
  'Noted',
  { id: string; note?: string; changes: { title?: string }; tags: readonly string[] }
>;

const exact = {
  Noted: z.strictObject({
    id: z.string(),
    note: z.string().optional(),
    changes: z.strictObject({ title: z.string().optional() }),
    tags: z.array(z.string()),
  }),
} satisfies EventSchemas<Noted>;
type _Exact = ExpectNoDrift<SchemaDrift<typeof exact, Noted>>;

const missingOptional = {
  Noted: z.strictObject({
    id: z.string(),
    changes: z.strictObject({ title: z.string().optional() }),
    tags: z.array(z.string()),
  }),
} satisfies EventSchemas<Noted>;
// @ts-expect-error the schema lacks the optional `note`
type _MissingOptional = ExpectNoDrift<SchemaDrift<typeof missingOptional, Noted>>;

const missingNested = {
  Noted: z.strictObject({
    id: z.string(),
    note: z.string().optional(),
    changes: z.strictObject({}),
    tags: z.array(z.string()),
  }),
} satisfies EventSchemas<Noted>;
// @ts-expect-error the schema lacks `changes.title`
type _MissingNested = ExpectNoDrift<SchemaDrift<typeof missingNested, Noted>>;

const wrongType = {
  // @ts-expect-error `id` is a number in the schema but a string in the domain
  Noted: z.strictObject({ id: z.number(), changes: z.strictObject({}), tags: z.array(z.string()) }),
} satisfies EventSchemas<Noted>;

// @ts-expect-error an event type of the domain has no schema
const missingType = {} satisfies EventSchemas<Noted>;

describe('schema drift checks', () => {
  it('are compile-time only and leave the schemas usable at run time', () => {
    expect(exact.Noted.safeParse({ id: 'a', changes: {}, tags: [] }).success).toBe(true);
    expect([missingOptional, missingNested, wrongType, missingType]).toHaveLength(4);
  });
});
