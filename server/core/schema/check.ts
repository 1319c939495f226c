import type { Node } from 'jsonc-parser';
import type { FieldSpec, JsonType } from './types';
import { schemaVisits, walkSchemaObjects, type SchemaPath } from './walk';

export { matchesType } from './walk';

/** Schema helpers shared by the wrong-type, enum, unknown-field and required-field rules of every kind. */


/** How a user would name the expected type: "a boolean", "an integer or a string". */
export function describeTypes(types: JsonType[]): string {
  const a = (t: JsonType) => (t === 'integer' || t === 'object' || t === 'array' ? 'an ' : 'a ') + t;
  return types.map(a).join(' or ');
}

/** Optimal string alignment distance (a transposition counts as one edit). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 3) return Math.abs(m - n);
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

const normalise = (s: string) => s.trim().toLowerCase().replace(/[-\s.]/g, '_');

/**
 * Field names close to a misspelt key: case, `-` for `_` and up to two edits (one for names of three
 * characters or fewer, where two edits would match almost anything). Legacy fields are never suggested.
 */
export function closeFieldNames(key: string, fields: FieldSpec[]): string[] {
  const k = normalise(key);
  const max = k.length <= 3 ? 1 : 2;
  return fields
    .filter((f) => !f.legacy)
    .map((f) => ({ name: f.name, d: editDistance(k, f.name) }))
    .filter((x) => x.d <= max)
    .sort((x, y) => x.d - y.d)
    .map((x) => x.name);
}

/** An enum value the way it is written in JSON, so `""` stays visible. */
export const quoteValue = (v: string) => JSON.stringify(v);

/** A present field of an object, with its spec and the path of names below the top object. */
export interface FieldVisit {
  spec: FieldSpec;
  /** The property node (points at the key). */
  prop: Node;
  /** The value node; undefined while the value is still being typed. */
  value: Node | undefined;
  path: string[];
}

const onlyNames = (path: SchemaPath): path is string[] => path.every((s) => typeof s === 'string');

/**
 * Every present field that has a spec, depth first, descending into nested objects whose value has
 * the object type (a wrong-typed parent is reported once, its contents are not looked at). Array
 * items are not visited: `walkSchema` has them.
 */
export function* walkFields(obj: Node, fields: FieldSpec[], path: string[] = []): Generator<FieldVisit> {
  for (const v of schemaVisits(obj, fields)) {
    if (v.prop && onlyNames(v.path)) yield { spec: v.spec, prop: v.prop, value: v.value, path: [...path, ...v.path] };
  }
}

/** Every object the schema describes through object fields (the top object and its nested objects), with their field lists. */
export function* walkObjects(obj: Node, fields: FieldSpec[], path: string[] = []): Generator<{ node: Node; fields: FieldSpec[]; path: string[] }> {
  for (const o of walkSchemaObjects(obj, fields)) {
    if (onlyNames(o.path)) yield { node: o.node, fields: o.fields, path: [...path, ...o.path] };
  }
}

/** A field path as users read it: `dns.type`, `origin_direct[0]`. */
export function displayPath(path: Array<string | number>): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : '.' + s)).join('');
}
