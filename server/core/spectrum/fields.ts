import type { Node } from 'jsonc-parser';
import { matchesType } from '../schema/check';
import { SPECTRUM_APP_SCHEMA, spectrumField } from '../schema/spectrum-app';
import { fieldMap } from '../schema/walk';
import { propertyNode, valueNode } from '../json';
import { objectFact } from '../object-fact';
import type { FieldSpec } from '../schema/types';

/**
 * Typed getters over an application, driven by the schema. Each returns undefined when the value is
 * missing or has a type (or enum value) that another rule already reports, so value rules stay quiet
 * on values the wrong-type and invalid-enum-value rules own: one problem, one diagnostic.
 */

/** The value node at `path` when it and every object on the way have their schema type. */
export function typedNode(app: Node, path: string[]): Node | undefined {
  let cur: Node | undefined = app;
  let fields: FieldSpec[] | undefined = SPECTRUM_APP_SCHEMA.fields;
  for (const name of path) {
    if (cur?.type !== 'object') return undefined;
    cur = valueNode(cur, name);
    // The spec of the path so far, read level by level as the walk goes down.
    const spec: FieldSpec | undefined = fields && fieldMap(fields).get(name);
    fields = spec?.fields;
    if (!cur || (spec && !matchesType(cur, spec.type))) return undefined;
  }
  return cur;
}

/** An enum field's value when it is exactly one of the allowed values. */
export function enumValue(app: Node, path: string[]): string | undefined {
  const node = typedNode(app, path);
  const spec = spectrumField(path);
  if (node?.type !== 'string' || !spec?.enum) return undefined;
  return spec.enum.includes(node.value) ? (node.value as string) : undefined;
}

export function boolField(app: Node, path: string[]): boolean | undefined {
  const node = typedNode(app, path);
  return node?.type === 'boolean' ? (node.value as boolean) : undefined;
}

export function stringField(app: Node, path: string[]): string | undefined {
  const node = typedNode(app, path);
  return node?.type === 'string' ? (node.value as string) : undefined;
}

/** `edge_ips.type` as the API reads it: absent `edge_ips` or absent `type` mean dynamic; undefined when invalid. */
export const edgeIpsMode = objectFact((app): 'dynamic' | 'static' | undefined => {
  if (!propertyNode(app, 'edge_ips')) return 'dynamic';
  const edge = typedNode(app, ['edge_ips']);
  if (!edge) return undefined;
  if (!propertyNode(edge, 'type')) return 'dynamic';
  return enumValue(app, ['edge_ips', 'type']) as 'dynamic' | 'static' | undefined;
});

/**
 * Boolean `proxy_protocol` of old clients: a legacy form, not a wrong type. The wrong-type rule
 * leaves it to the legacy-field rule.
 */
export function isLegacyValue(spec: FieldSpec, node: Node, path: string[]): boolean {
  return path.length === 1 && spec.name === 'proxy_protocol' && node.type === 'boolean';
}
