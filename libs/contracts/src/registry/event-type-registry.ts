import type { Event } from '@hstf/domain';
import type { z } from 'zod';
import { FieldError, fieldErrors } from './field-errors';
import { InvalidEventDataError, UnknownEventTypeError } from './registry-errors';

/** One schema version of one event type. */
export interface EventTypeDefinition<T extends string = string> {
  readonly type: T;
  readonly version: number;
  /** Validates `data` at this version. */
  readonly schema: z.ZodType;
  /**
   * Lifts data of `version - 1`, already validated by that version's schema, to this version; required from
   * version 2 on. Typed `never` so that an upcaster may declare the exact shape of the version it reads.
   */
  readonly upcastFrom?: (previous: never) => unknown;
}

export type ValidationResult =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export interface Upcasted<D> {
  readonly version: number;
  readonly data: D;
}

type DataOf<E extends Event, T extends string> = Extract<E, { readonly type: T }>['data'];

/**
 * Type string and schema version to schema and upcaster, registered explicitly (never from class names,
 * which minifiers and rehydrated JSON do not keep). `validate` guards appends; `upcast` serves reads.
 */
export class EventTypeRegistry<E extends Event = Event> {
  private readonly versions = new Map<string, EventTypeDefinition[]>();

  register(definition: EventTypeDefinition<E['type']>): this {
    const { type, version, upcastFrom } = definition;
    const next = (this.versions.get(type)?.length ?? 0) + 1;
    if (version !== next) {
      throw new RangeError(
        `${type}: register schema versions in order from 1; expected v${next}, got v${version}`,
      );
    }
    if (version === 1 && upcastFrom) throw new RangeError(`${type} v1 has nothing to upcast from`);
    if (version > 1 && !upcastFrom)
      throw new RangeError(`${type} v${version} needs an upcaster from v${version - 1}`);
    this.versions.set(type, [...(this.versions.get(type) ?? []), definition]);
    return this;
  }

  types(): string[] {
    return [...this.versions.keys()];
  }

  currentVersion(type: string): number {
    return this.chain(type).length;
  }

  validate(type: E['type'], version: number, data: unknown): ValidationResult {
    const parsed = this.definition(type, version).schema.safeParse(data);
    return parsed.success
      ? { ok: true, data: parsed.data }
      : { ok: false, errors: fieldErrors(parsed.error) };
  }

  /**
   * Lifts stored data to the current version. Current data is returned as is, as it was validated before it
   * was appended; older data is validated at every step, so a faulty upcaster fails loudly rather than
   * feeding a decider or a projection something of the wrong shape.
   */
  upcast<T extends E['type']>(type: T, version: number, data: unknown): Upcasted<DataOf<E, T>> {
    const chain = this.chain(type);
    this.definition(type, version);
    if (version === chain.length) return { version, data: data as DataOf<E, T> };
    let lifted = this.parseOrThrow(type, version, data);
    for (let v = version + 1; v <= chain.length; v++) {
      const upcaster = chain[v - 1].upcastFrom as (previous: unknown) => unknown;
      lifted = this.parseOrThrow(type, v, upcaster(lifted));
    }
    return { version: chain.length, data: lifted as DataOf<E, T> };
  }

  private parseOrThrow(type: E['type'], version: number, data: unknown): unknown {
    const result = this.validate(type, version, data);
    if (!result.ok) throw new InvalidEventDataError(type, version, result.errors);
    return result.data;
  }

  private chain(type: string): EventTypeDefinition[] {
    const chain = this.versions.get(type);
    if (!chain) throw new UnknownEventTypeError(type, undefined, this.types().join(', ') || '(none)');
    return chain;
  }

  private definition(type: string, version: number): EventTypeDefinition {
    const chain = this.chain(type);
    const definition = Number.isInteger(version) ? chain[version - 1] : undefined;
    if (!definition) throw new UnknownEventTypeError(type, version, `1..${chain.length}`);
    return definition;
  }
}
