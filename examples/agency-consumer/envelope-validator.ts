import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The envelope fields this consumer reads; the schema guarantees them once a message is valid. */
export interface Envelope {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamPosition: string;
  readonly globalPosition: string;
  readonly data: Record<string, unknown>;
  readonly metadata: {
    readonly occurredAt: string;
    readonly scope: { states: string[]; agencies: string[] };
  };
}

export type Validation = { ok: true; envelope: Envelope } | { ok: false; errors: string[] };

/**
 * A validator of message values against the JSON Schema the command center publishes (draft 2020-12). The
 * envelope is a oneOf over event types, discriminated by `type`: a message is checked against its own
 * type's shape, so that an error names what is wrong with it rather than every other type it is not.
 */
export function envelopeValidator(schemaFile: string): (value: Buffer | null) => Validation {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  ajv.addSchema(schema);
  const types = new Set<string>(
    schema.oneOf.map((variant: { $ref: string }) => variant.$ref.split('/').pop()),
  );
  return (value) => {
    let message: unknown;
    try {
      message = JSON.parse(value?.toString() ?? '');
    } catch {
      return { ok: false, errors: ['the value is not JSON'] };
    }
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !types.has(type)) {
      return { ok: false, errors: [`/type ${JSON.stringify(type)} is not a published event type`] };
    }
    const validate = ajv.getSchema(`${schema.$id}#/$defs/${type}`);
    if (validate?.(message)) return { ok: true, envelope: message as Envelope };
    const errors = (validate?.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
    );
    return { ok: false, errors: [...new Set(errors)] };
  };
}
