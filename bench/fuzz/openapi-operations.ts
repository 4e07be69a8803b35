/** The part of an OpenAPI 3 document the fuzzer reads. */
export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, OpenApiOperation>>;
  readonly components?: { readonly schemas?: Record<string, JsonSchema> };
}

interface OpenApiOperation {
  readonly parameters?: { readonly name: string; readonly in: string; readonly schema?: JsonSchema }[];
  readonly requestBody?: { readonly content?: Record<string, { readonly schema?: JsonSchema }> };
  readonly responses?: Record<string, unknown>;
}

export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly example?: unknown;
  readonly properties?: Record<string, JsonSchema>;
  readonly items?: JsonSchema;
  readonly required?: readonly string[];
  readonly allOf?: readonly JsonSchema[];
}

export interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly schema: JsonSchema;
}

/** One operation as the fuzzer drives it: where, with what, and which answers it documents. */
export interface FuzzOperation {
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly Parameter[];
  readonly body?: JsonSchema;
  /** The 2xx statuses the document promises. */
  readonly success: readonly number[];
  /** An SSE feed: the answer is read up to its headers, then closed. */
  readonly stream: boolean;
}

export function operationsOf(doc: OpenApiDocument): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = (operation.parameters ?? [])
        .filter((p): p is Parameter => p.in === 'path' || p.in === 'query' || p.in === 'header')
        .map((p) => ({ name: p.name, in: p.in, schema: p.schema ?? { type: 'string' } }));
      const body = operation.requestBody?.content?.['application/json']?.schema;
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters,
        ...(body ? { body } : {}),
        success: Object.keys(operation.responses ?? {})
          .map(Number)
          .filter((status) => status >= 200 && status < 300),
        stream: path.startsWith('/feeds/'),
      });
    }
  }
  return operations;
}

export function resolve(schema: JsonSchema, doc: OpenApiDocument): JsonSchema {
  if (schema.$ref) {
    const name = schema.$ref.split('/').at(-1) as string;
    return resolve(doc.components?.schemas?.[name] ?? {}, doc);
  }
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0], doc);
  return schema;
}

/** A plausible value of the schema, from its examples: the base a mutation then breaks in one place. */
export function exampleOf(schema: JsonSchema, doc: OpenApiDocument, depth = 0): unknown {
  const s = resolve(schema, doc);
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (depth > 6) return null;
  if (s.type === 'object' || s.properties) {
    return Object.fromEntries(
      Object.entries(s.properties ?? {}).map(([name, field]) => [name, exampleOf(field, doc, depth + 1)]),
    );
  }
  if (s.type === 'array') return [exampleOf(s.items ?? {}, doc, depth + 1)];
  if (s.type === 'number' || s.type === 'integer') return 1;
  if (s.type === 'boolean') return true;
  return 'text';
}

/** Every field of a body, nested ones included, as the path of keys that reaches it. */
export function fieldsOf(schema: JsonSchema, doc: OpenApiDocument, prefix: string[] = []): string[][] {
  const s = resolve(schema, doc);
  if (prefix.length > 6 || !s.properties) return [];
  return Object.entries(s.properties).flatMap(([name, field]) => [
    [...prefix, name],
    ...fieldsOf(field, doc, [...prefix, name]),
  ]);
}
