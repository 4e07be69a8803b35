import type { Event } from '@hstf/domain';
import type { z } from 'zod';

type DataOf<E extends Event, T> = Extract<E, { readonly type: T }>['data'];

/** A zod schema for the data of every event type of an aggregate, each assignable to the domain's type. */
export type EventSchemas<E extends Event> = { readonly [T in E['type']]: z.ZodType<DataOf<E, T>> };

type KeysOnlyInOne<A, B> = Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>;

/**
 * The paths (`changes.title`) where a schema's output and the domain's data do not have the same fields,
 * through nested objects, unions and arrays. Assignability alone misses one case: a field the domain adds
 * as optional, which the strict schema would then refuse at run time.
 */
export type FieldDrift<A, B> = A extends readonly (infer X)[]
  ? B extends readonly (infer Y)[]
    ? FieldDrift<X, Y>
    : never
  : A extends object
    ? B extends object
      ? | (KeysOnlyInOne<A, B> & string)
        | {
            [K in keyof A & keyof B & string]: `${K}.${FieldDrift<NonNullable<A[K]>, NonNullable<B[K]>>}`;
          }[keyof A & keyof B & string]
      : never
    : never;

/** `Event.field` for every drifted field of every event type; `never` when schemas and domain agree. */
export type SchemaDrift<S extends EventSchemas<E>, E extends Event> = {
  [T in E['type'] & string]: `${T}.${FieldDrift<z.output<S[T]>, DataOf<E, T>>}`;
}[E['type'] & string];

/** Use as `type _NoDrift = ExpectNoDrift<SchemaDrift<...>>`: the compiler names each drifted field. */
export type ExpectNoDrift<T extends never> = T;
