import { z } from 'zod';
import type { Event } from '@hstf/domain';
import { EventTypeRegistry } from './event-type-registry';
import { InvalidEventDataError } from './registry-errors';

// A sample type through three versions: v2 split `name` in two, v3 turned `priority` text into a number.
const v1 = z.strictObject({ name: z.string(), priority: z.enum(['low', 'high']) });
const v2 = z.strictObject({ given: z.string(), family: z.string(), priority: z.enum(['low', 'high']) });
const v3 = z.strictObject({
  given: z.string(),
  family: z.string(),
  priority: z.number().int().min(1).max(5),
});
type SampleRenamed = Event<'SampleRenamed', z.output<typeof v3>>;

const registry = new EventTypeRegistry<SampleRenamed>()
  .register({ type: 'SampleRenamed', version: 1, schema: v1 })
  .register({
    type: 'SampleRenamed',
    version: 2,
    schema: v2,
    upcastFrom: ({ name, priority }: z.output<typeof v1>): z.output<typeof v2> => {
      const [given, ...family] = name.split(' ');
      return { given, family: family.join(' '), priority };
    },
  })
  .register({
    type: 'SampleRenamed',
    version: 3,
    schema: v3,
    upcastFrom: (previous: z.output<typeof v2>): z.output<typeof v3> => ({
      ...previous,
      priority: previous.priority === 'high' ? 5 : 1,
    }),
  });

describe('upcasting on read', () => {
  it('lifts v1 through every upcaster to the current version', () => {
    const lifted = registry.upcast('SampleRenamed', 1, { name: 'Ada King Lovelace', priority: 'high' });
    expect(lifted).toEqual({ version: 3, data: { given: 'Ada', family: 'King Lovelace', priority: 5 } });
    const given: string = lifted.data.given;
    expect(given).toBe('Ada');
  });

  it('lifts v2 through the remaining upcaster only', () => {
    expect(
      registry.upcast('SampleRenamed', 2, { given: 'Ada', family: 'Lovelace', priority: 'low' }),
    ).toEqual({
      version: 3,
      data: { given: 'Ada', family: 'Lovelace', priority: 1 },
    });
  });

  it('returns current data as stored, since it was validated before it was appended', () => {
    const data = { given: 'Ada', family: 'Lovelace', priority: 2 };
    expect(registry.upcast('SampleRenamed', 3, data).data).toBe(data);
  });

  it('refuses stored data that does not match its own version', () => {
    expect(() => registry.upcast('SampleRenamed', 1, { name: 'Ada', priority: 'urgent' })).toThrow(
      InvalidEventDataError,
    );
    expect(() => registry.upcast('SampleRenamed', 1, { name: 'Ada', priority: 'urgent' })).toThrow(
      /^SampleRenamed v1 data is invalid: priority: /,
    );
  });

  it('fails loudly when an upcaster produces data the next version refuses', () => {
    const broken = new EventTypeRegistry()
      .register({ type: 'SampleRenamed', version: 1, schema: v1 })
      .register({ type: 'SampleRenamed', version: 2, schema: v2, upcastFrom: () => ({ given: 'Ada' }) });
    expect(() => broken.upcast('SampleRenamed', 1, { name: 'Ada', priority: 'low' })).toThrow(
      'SampleRenamed v2 data is invalid: family: ',
    );
  });

  it('refuses an unknown type or version with a clear message', () => {
    expect(() => registry.upcast('SampleRenamed', 4, {})).toThrow(
      'has no schema version 4; registered versions: 1..3',
    );
    const untyped = registry as unknown as EventTypeRegistry;
    expect(() => untyped.upcast('Other', 1, {})).toThrow('unknown event type "Other"');
  });
});
