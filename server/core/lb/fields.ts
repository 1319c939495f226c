import type { Node } from 'jsonc-parser';
import { elements, pathOf, propertyNode, valueNode } from '../json';
import { schemaFor } from '../schema/by-kind';
import { MONITOR_SCHEMA } from '../schema/monitor';
import { POOL_SCHEMA } from '../schema/pool';
import { matchesType } from '../schema/check';
import type { FieldSpec, ObjectSchema } from '../schema/types';
import type { TargetKind } from '../kinds/types';
import { isUnknown } from '../terraform/hcl-tree';
import type { FlaggedNode } from '../terraform/model';

/**
 * Typed getters over monitors and pools, driven by their schemas. Each returns undefined when the
 * value is missing or has a type, enum value or range that another rule already reports, so value
 * rules stay quiet on values the generic rules own: one problem, one diagnostic.
 */

/** The schema of a Load Balancing kind (monitor, pool, load balancer). */
export function lbSchema(kind: TargetKind): ObjectSchema | undefined {
  return kind === 'spectrum-app' ? undefined : schemaFor(kind);
}

function specIn(fields: FieldSpec[] | undefined, name: string): FieldSpec | undefined {
  return fields?.find((f) => f.name === name);
}

/** The value node of `obj[name]` when its JSON type matches the field's spec (fields: the object's spec list). */
export function typed(obj: Node | undefined, fields: FieldSpec[] | undefined, name: string): Node | undefined {
  const node = valueNode(obj, name);
  const spec = specIn(fields, name);
  if (!node || !spec || !matchesType(node, spec.type)) return undefined;
  if (spec.type.includes('integer') && !spec.type.includes('number') && node.type === 'number' && !Number.isInteger(node.value)) return undefined;
  return node;
}

export function typedString(obj: Node | undefined, fields: FieldSpec[] | undefined, name: string): string | undefined {
  const n = typed(obj, fields, name);
  return n?.type === 'string' ? (n.value as string) : undefined;
}

export function typedBoolean(obj: Node | undefined, fields: FieldSpec[] | undefined, name: string): boolean | undefined {
  const n = typed(obj, fields, name);
  return n?.type === 'boolean' ? (n.value as boolean) : undefined;
}

/** A number inside the field's documented range (the range rules report the others). */
export function typedNumber(obj: Node | undefined, fields: FieldSpec[] | undefined, name: string): number | undefined {
  const n = typed(obj, fields, name);
  const spec = specIn(fields, name);
  if (n?.type !== 'number' || !spec) return undefined;
  const v = n.value as number;
  if (spec.minimum !== undefined && v < spec.minimum) return undefined;
  if (spec.maximum !== undefined && v > spec.maximum) return undefined;
  return v;
}

/** Whether the key is present at all, whatever its value. */
export const has = (obj: Node | undefined, name: string) => propertyNode(obj, name) !== undefined;

// Monitors

export const MONITOR_FIELDS = MONITOR_SCHEMA.fields;
export type MonitorType = 'http' | 'https' | 'tcp' | 'udp_icmp' | 'icmp_ping' | 'smtp';
const MONITOR_TYPES = new Set(specIn(MONITOR_FIELDS, 'type')!.enum);

/** The monitor's type: the default `http` when absent, undefined when invalid (the enum rule reports it). */
export function monitorType(m: Node): MonitorType | undefined {
  if (!has(m, 'type')) return 'http';
  const t = typedString(m, MONITOR_FIELDS, 'type');
  return t !== undefined && MONITOR_TYPES.has(t) ? (t as MonitorType) : undefined;
}

/** `expected_codes`: one status code (`200`) or one class (`2xx`). */
export const EXPECTED_CODES = /^[1-5](\d\d|xx)$/;

export const isHttpType = (t: MonitorType | undefined) => t === 'http' || t === 'https';

/** A monitor number: the field's value when valid, its default when absent, undefined when invalid. */
export function monitorNumber(m: Node, name: 'timeout' | 'retries' | 'interval'): number | undefined {
  if (!has(m, name)) return specIn(MONITOR_FIELDS, name)!.default as number;
  return typedNumber(m, MONITOR_FIELDS, name);
}

// Pools

export const POOL_FIELDS = POOL_SCHEMA.fields;
export const ORIGIN_FIELDS = specIn(POOL_FIELDS, 'origins')!.items!.fields!;

/** The pool's origin objects, with their index (other items are the wrong-type rule's). */
export function origins(pool: Node): Array<{ node: Node; index: number }> {
  const list = typed(pool, POOL_FIELDS, 'origins');
  return elements(list)
    .map((node, index) => ({ node, index }))
    .filter((o) => o.node.type === 'object');
}

/**
 * At most how many of the pool's origins are enabled, and whether exactly: an element from an
 * expression (Terraform) may be one. Undefined when a `dynamic` block stands for any number of them.
 */
export function enabledOrigins(pool: Node): { atMost: number; exact: boolean } | undefined {
  let atMost = 0;
  let exact = true;
  for (const o of elements(typed(pool, POOL_FIELDS, 'origins'))) {
    if ((o as FlaggedNode).repeated) return undefined;
    if (isUnknown(o) || isUnknown(valueNode(o, 'enabled'))) exact = false;
    if (isUnknown(o) || (o.type === 'object' && originEnabled(o))) atMost++;
  }
  return { atMost, exact };
}

/** Whether an origin is enabled: `enabled` defaults to true. */
export function originEnabled(o: Node): boolean {
  return typedBoolean(o, ORIGIN_FIELDS, 'enabled') !== false;
}

/** The JSON path of a property (jsonc-parser's `getNodePath` gives a property node its object's path). */
export function propertyPath(prop: Node): Array<string | number> {
  const key = prop.children?.[0]?.value;
  return [...(prop.parent ? pathOf(prop.parent) : []), String(key)];
}
