import type { Node } from 'jsonc-parser';
import type { SchemaPath } from './by-kind';
import type { FieldSpec, JsonType } from './types';

export type { SchemaPath };

/**
 * Whether a node has one of the JSON types of a field. `integer` accepts any number: whether a
 * number is whole and in range is a value check that rules with a code of their own report.
 */
export function matchesType(node: Node, types: JsonType[]): boolean {
  switch (node.type) {
    case 'number':
      return types.includes('number') || types.includes('integer');
    case 'string':
    case 'boolean':
    case 'object':
    case 'array':
    case 'null':
      return types.includes(node.type);
    default:
      return false;
  }
}

export interface SchemaVisit {
  spec: FieldSpec;
  /** The property node for a field; undefined for an array item. */
  prop?: Node;
  /** The value node; undefined while a property's value is still being typed. */
  value: Node | undefined;
  path: SchemaPath;
}

/**
 * The walk over an object's documented fields, for every kind: into nested objects and into arrays of
 * objects (a pool's `origins`), with paths of names and array indexes (`['origins', 0, 'weight']`).
 * Every present field and array item that has a spec, depth first, appended to `out`. Descends only
 * into values of the documented type, so a wrong-typed parent is reported once and its contents are
 * not looked at. (A plain recursion: nested generators cost a resumption per level for every visit.)
 */
function walkFields(obj: Node, fields: FieldSpec[], path: SchemaPath, out: SchemaVisit[]): void {
  if (obj.type !== 'object' || !obj.children) return;
  const byName = fieldMap(fields);
  for (const prop of obj.children) {
    const name = prop.children?.[0]?.value;
    const spec = typeof name === 'string' ? byName.get(name) : undefined;
    if (!spec) continue;
    const value = prop.children?.[1];
    const here = [...path, spec.name];
    out.push({ spec, prop, value, path: here });
    if (value) walkBelow(value, spec, here, out);
  }
}

function walkBelow(value: Node, spec: FieldSpec, path: SchemaPath, out: SchemaVisit[]): void {
  if (!matchesType(value, spec.type)) return;
  if (value.type === 'object' && spec.fields) walkFields(value, spec.fields, path, out);
  if (value.type === 'array' && spec.items) {
    const items = value.children ?? [];
    for (let i = 0; i < items.length; i++) {
      const here = [...path, i];
      out.push({ spec: spec.items, value: items[i], path: here });
      walkBelow(items[i], spec.items, here, out);
    }
  }
}

const fieldMaps = new WeakMap<FieldSpec[], Map<string, FieldSpec>>();

/** The fields of a schema level by name, built once per level (a pool may hold thousands of origins). */
export function fieldMap(fields: FieldSpec[]): Map<string, FieldSpec> {
  let m = fieldMaps.get(fields);
  if (!m) fieldMaps.set(fields, (m = new Map(fields.map((f) => [f.name, f]))));
  return m;
}

/** Every object the schema describes, with its field list: the top object, nested objects, objects in arrays. */
export function walkSchemaObjects(obj: Node, fields: FieldSpec[]): Array<{ node: Node; fields: FieldSpec[]; path: SchemaPath }> {
  if (obj.type !== 'object') return [];
  const out = [{ node: obj, fields, path: [] as SchemaPath }];
  for (const v of schemaVisits(obj, fields)) {
    if (v.value?.type === 'object' && v.spec.fields && matchesType(v.value, v.spec.type)) out.push({ node: v.value, fields: v.spec.fields, path: v.path });
  }
  return out;
}

/**
 * The walk of the target whose rules are running. One entry: the rules of a target run one after
 * another, and keeping every target's walk (as many visits as the document has values) cost more
 * memory than the tree itself.
 */
let lastVisits: { obj: Node; fields: FieldSpec[]; visits: SchemaVisit[] } | undefined;

/** The schema walk of a whole target, computed once per target and shared by the rules that read it. */
export function schemaVisits(obj: Node, fields: FieldSpec[]): readonly SchemaVisit[] {
  if (lastVisits?.obj === obj && lastVisits.fields === fields) return lastVisits.visits;
  const visits: SchemaVisit[] = [];
  walkFields(obj, fields, [], visits);
  lastVisits = { obj, fields, visits };
  return visits;
}
