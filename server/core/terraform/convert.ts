import type { Node } from 'jsonc-parser';
import type { TargetKind } from '../kinds/types';
import { schemaFor } from '../schema/by-kind';
import type { JsonType } from '../schema/types';
import { matchesType, schemaVisits } from '../schema/walk';
import type { ModelNode } from './hcl-tree';

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * Terraform converts a primitive value to the type of the attribute it is given to: a number or a bool
 * to a string (`expected_codes = 200` sends "200"), a string holding a number or `true`/`false` back.
 * The model of a resource holds what the provider sends, so no check reports a type Terraform fixes
 * and the value checks see the converted value. A value that does not convert is left for wrong-type.
 */
export function convertPrimitives(kind: TargetKind, resource: ModelNode): void {
  const schema = schemaFor(kind);
  if (!schema) return;
  for (const { spec, value } of schemaVisits(resource as Node, schema.fields)) {
    const leaf = value as ModelNode | undefined;
    if (!leaf || leaf.unknown || matchesType(leaf as Node, spec.type)) continue;
    const converted = conversion(leaf, spec.type);
    if (converted) Object.assign(leaf, converted);
  }
}

/** The number a literal stands for where Terraform wants a number: a number, or a string holding one. */
export function numberOf(leaf: ModelNode | undefined): number | undefined {
  if (leaf?.type === 'number') return leaf.value as number;
  return leaf?.type === 'string' && NUMBER.test(leaf.value as string) ? Number(leaf.value) : undefined;
}

function conversion(leaf: ModelNode, types: JsonType[]): Pick<ModelNode, 'type' | 'value'> | undefined {
  if ((leaf.type === 'number' || leaf.type === 'boolean') && types.includes('string')) return { type: 'string', value: String(leaf.value) };
  if (leaf.type !== 'string') return undefined;
  const s = leaf.value as string;
  const n = numberOf(leaf);
  if ((types.includes('number') || types.includes('integer')) && n !== undefined) return { type: 'number', value: n };
  if (types.includes('boolean') && (s === 'true' || s === 'false')) return { type: 'boolean', value: s === 'true' };
  return undefined;
}
