import { z } from 'zod';
import { EventTypeRegistry } from './event-type-registry';
import { UnknownEventTypeError } from './registry-errors';

const registry = new EventTypeRegistry().register({
  type: 'DirectiveAcknowledged',
  version: 1,
  schema: z.strictObject({
    directiveId: z.uuid(),
    addressee: z.strictObject({ kind: z.enum(['state', 'agency']), code: z.string().min(2) }),
    notes: z.array(z.string().max(10)).optional(),
  }),
});

const valid = {
  directiveId: '5b1c3f0e-8d4a-4f7e-9a51-0c2d7e6f1a10',
  addressee: { kind: 'agency', code: 'FBI' },
};

describe('validating event data before it is appended', () => {
  it('accepts data that matches its type and version', () => {
    expect(registry.validate('DirectiveAcknowledged', 1, valid)).toEqual({ ok: true, data: valid });
  });

  it('lists every field error with its path and reason', () => {
    const result = registry.validate('DirectiveAcknowledged', 1, {
      directiveId: 'not-a-uuid',
      addressee: { kind: 'county', code: 'FBI' },
      notes: ['ok', 'far too long a note'],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['directiveId', 'addressee.kind', 'notes[1]']);
    expect(result.errors.every((e) => e.reason.length > 0)).toBe(true);
  });

  it('refuses fields the schema does not declare, so nothing unvetted reaches the store', () => {
    const result = registry.validate('DirectiveAcknowledged', 1, { ...valid, victimName: 'x' });
    expect(result).toMatchObject({ ok: false, errors: [{ path: '(root)' }] });
    expect(!result.ok && result.errors[0].reason).toContain('victimName');
  });

  it('names the registered types when a type is unknown', () => {
    expect(() => registry.validate('DirectiveIssued', 1, valid)).toThrow(UnknownEventTypeError);
    expect(() => registry.validate('DirectiveIssued', 1, valid)).toThrow(
      'unknown event type "DirectiveIssued"; registered types: DirectiveAcknowledged',
    );
  });

  it('names the registered versions when a version is unknown', () => {
    for (const version of [0, 2, 1.5]) {
      expect(() => registry.validate('DirectiveAcknowledged', version, valid)).toThrow(
        `event type "DirectiveAcknowledged" has no schema version ${version}; registered versions: 1..1`,
      );
    }
  });
});

describe('registering schema versions', () => {
  const schema = z.strictObject({});

  it('lists the registered types and their current versions', () => {
    expect(registry.types()).toEqual(['DirectiveAcknowledged']);
    expect(registry.currentVersion('DirectiveAcknowledged')).toBe(1);
  });

  it('takes versions in order from 1', () => {
    expect(() =>
      new EventTypeRegistry().register({ type: 'X', version: 2, schema, upcastFrom: () => ({}) }),
    ).toThrow('expected v1, got v2');
    const twice = new EventTypeRegistry().register({ type: 'X', version: 1, schema });
    expect(() => twice.register({ type: 'X', version: 1, schema })).toThrow('expected v2, got v1');
  });

  it('wants an upcaster from version 2 on, and none on version 1', () => {
    expect(() =>
      new EventTypeRegistry().register({ type: 'X', version: 1, schema, upcastFrom: () => ({}) }),
    ).toThrow('nothing to upcast from');
    const v1 = new EventTypeRegistry().register({ type: 'X', version: 1, schema });
    expect(() => v1.register({ type: 'X', version: 2, schema })).toThrow('needs an upcaster from v1');
  });
});
