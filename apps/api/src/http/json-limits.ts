import { FieldProblem } from './problem';

/** Deeper than any command body (addressees.states[0] is three), far below what a validator recurses over. */
export const MAX_DEPTH = 16;
/** Values in one body: a directive to every state and agency is a few hundred. */
export const MAX_VALUES = 5000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls but tab, line feed and carriage return; DEL; C1 controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Keys that name the prototype chain are never a field of ours, and what walks objects may follow them.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Checked =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly errors: FieldProblem[] };

const pathOf = (parent: string, key: string | number): string =>
  typeof key === 'number' ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`;

/**
 * What every JSON body must be before any validation runs: bounded in depth and size (a validator that
 * recurses would otherwise overflow its stack on 10,000 levels), every string a well-formed Unicode text
 * without control characters, and in normal form C, so that one name has one spelling in every read
 * model. Walks without recursion; answers every offending field by its path.
 */
export function checkJsonBody(body: unknown): Checked {
  const errors: FieldProblem[] = [];
  const root = { value: body };
  const stack: {
    holder: Record<string | number, unknown>;
    key: string | number;
    path: string;
    depth: number;
  }[] = [{ holder: root as unknown as Record<string, unknown>, key: 'value', path: '', depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const { holder, key, path, depth } = stack.pop()!;
    const value = holder[key];
    const field = path === '' ? 'body' : path;
    if (++values > MAX_VALUES)
      return { ok: false, errors: [{ field: 'body', reason: `has more than ${MAX_VALUES} values` }] };
    if (typeof value === 'string') {
      const reason = stringProblem(value);
      if (reason) errors.push({ field, reason });
      else holder[key] = value.normalize('NFC');
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH)
      return { ok: false, errors: [{ field, reason: `is nested deeper than ${MAX_DEPTH} levels` }] };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ holder: value as never, key: i, path: pathOf(path, i), depth: depth + 1 });
      continue;
    }
    const children: (typeof stack)[number][] = [];
    for (const name of Object.keys(value)) {
      const reason = FORBIDDEN_KEYS.has(name) ? 'is not an accepted field name' : stringProblem(name);
      if (reason) errors.push({ field: pathOf(path, name), reason });
      else
        children.push({
          holder: value as Record<string, unknown>,
          key: name,
          path: pathOf(path, name),
          depth: depth + 1,
        });
    }
    // Pushed last to first, so that fields are checked, and their problems listed, in the body's order.
    stack.push(...children.reverse());
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: root.value };
}

function stringProblem(value: string): string | undefined {
  if (LONE_SURROGATE.test(value)) return 'contains a lone surrogate, which is not a character';
  const control = CONTROL.exec(value);
  if (control)
    return `contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return undefined;
}
