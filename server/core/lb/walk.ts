import type { Node } from 'jsonc-parser';
import { matchesType } from '../schema/check';
import type { FieldSpec } from '../schema/types';

/**
 * Schema walk for Load Balancing objects, which nest objects inside arrays (a pool's `origins`).
 * Paths hold names and array indexes: `['origins', 0, 'weight']`.
 */
export type LbPath = Array<string | number>;

export interface LbVisit {
  spec: FieldSpec;
  /** The property node for a field; undefined for an array item. */
  prop?: Node;
  /** The value node; undefined while a property's value is still being typed. */
  value: Node | undefined;
  path: LbPath;
}

/**
 * Every present field and array item that has a spec, depth first. Descends only into values of the
 * documented type, so a wrong-typed parent is reported once and its contents are not looked at.
 */
export function* walkLb(obj: Node, fields: FieldSpec[], path: LbPath = []): Generator<LbVisit> {
  if (obj.type !== 'object' || !obj.children) return;
  const byName = fieldMap(fields);
  for (const prop of obj.children) {
    const name = prop.children?.[0]?.value;
    const spec = typeof name === 'string' ? byName.get(name) : undefined;
    if (!spec) continue;
    const value = prop.children?.[1];
    const here = [...path, spec.name];
    yield { spec, prop, value, path: here };
    if (value) yield* below(value, spec, here);
  }
}

function* below(value: Node, spec: FieldSpec, path: LbPath): Generator<LbVisit> {
  if (!matchesType(value, spec.type)) return;
  if (value.type === 'object' && spec.fields) yield* walkLb(value, spec.fields, path);
  if (value.type === 'array' && spec.items) {
    const items = value.children ?? [];
    for (let i = 0; i < items.length; i++) {
      yield { spec: spec.items, value: items[i], path: [...path, i] };
      yield* below(items[i], spec.items, [...path, i]);
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
export function* walkLbObjects(obj: Node, fields: FieldSpec[]): Generator<{ node: Node; fields: FieldSpec[]; path: LbPath }> {
  if (obj.type !== 'object') return;
  yield { node: obj, fields, path: [] };
  for (const v of lbVisits(obj, fields)) {
    if (v.value?.type === 'object' && v.spec.fields && matchesType(v.value, v.spec.type)) yield { node: v.value, fields: v.spec.fields, path: v.path };
  }
}

/** The path with indexes replaced by `[]`, for matching a field wherever it is: `origins[].weight`. */
export function fieldName(path: LbPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? '[]' : (out ? '.' : '') + seg;
  return out;
}

const visitCache = new WeakMap<Node, { fields: FieldSpec[]; visits: LbVisit[] }>();

/** `walkLb` of a whole target, computed once per parse and shared by the rules that read it. */
export function lbVisits(obj: Node, fields: FieldSpec[]): readonly LbVisit[] {
  const hit = visitCache.get(obj);
  if (hit && hit.fields === fields) return hit.visits;
  const visits = [...walkLb(obj, fields)];
  visitCache.set(obj, { fields, visits });
  return visits;
}
