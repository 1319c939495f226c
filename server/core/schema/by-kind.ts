import type { TargetKind } from '../kinds/types';
import { LOAD_BALANCER_SCHEMA } from './load-balancer';
import { MONITOR_SCHEMA } from './monitor';
import { POOL_SCHEMA } from './pool';
import { SPECTRUM_APP_SCHEMA } from './spectrum-app';
import type { FieldSpec, ObjectSchema } from './types';

/** The field schemas hovers, completion and the generated JSON Schemas read, per linted kind. */
export const SCHEMAS: readonly ObjectSchema[] = [SPECTRUM_APP_SCHEMA, MONITOR_SCHEMA, POOL_SCHEMA, LOAD_BALANCER_SCHEMA];

export function schemaFor(kind: TargetKind | undefined): ObjectSchema | undefined {
  return kind ? SCHEMAS.find((s) => s.kind === kind) : undefined;
}

/** One step below an object (a field name) or an array (an index). */
export type SchemaPath = Array<string | number>;

/**
 * The spec of the value at `path` below an object of `schema`: names step into `fields`, indexes into
 * `items`. Undefined when the path leaves what the schema describes (unknown field, free-form object).
 */
export function fieldAt(schema: ObjectSchema, path: SchemaPath): FieldSpec | undefined {
  let fields: FieldSpec[] | undefined = schema.fields;
  let spec: FieldSpec | undefined;
  for (const seg of path) {
    if (typeof seg === 'number') {
      spec = spec?.items;
      if (!spec) return undefined;
    } else {
      spec = fields?.find((f) => f.name === seg);
      if (!spec) return undefined;
    }
    fields = spec.fields;
  }
  return spec;
}

/** The fields an object at `path` may have: the schema's top level for [], else the nested object's fields. */
export function fieldsAt(schema: ObjectSchema, path: SchemaPath): FieldSpec[] | undefined {
  if (path.length === 0) return schema.fields;
  return fieldAt(schema, path)?.fields;
}

/** The dotted name a user reads (`dns.type`, `origins[].address`). */
export function dottedName(path: SchemaPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? '[]' : (out ? '.' : '') + seg;
  return out;
}
