import type { Node } from 'jsonc-parser';
import type { Target } from '../kinds/types';
import { propertyName, propertyNode } from '../json';
import { closeFieldNames, editDistance } from './check';
import { fieldMap } from './walk';
import type { FieldSpec } from './types';

/**
 * The absent fields a key may be a misspelling of (`expected_code` for `expected_codes`): those at the
 * smallest edit distance among the close ones. The unknown-field check offers them as renames.
 */
export function renameCandidates(name: string, obj: Node, fields: FieldSpec[]): string[] {
  const close = closeFieldNames(name, fields).filter((c) => !propertyNode(obj, c));
  const d = close.map((c) => editDistance(name.toLowerCase().replace(/-/g, '_'), c));
  const min = Math.min(...d);
  return close.filter((_, i) => d[i] === min);
}

/**
 * The fields of `obj` written under a misspelt key that has one rename candidate (`origin_direkt`).
 * In a request body the unknown-field check reports that key with its rename, so the checks of a
 * missing field count the field as written: one problem, one diagnostic. Saved responses get no
 * unknown-field finding, so there nothing counts as written.
 */
export function misspeltFields(target: Target, obj: Node, fields: FieldSpec[]): Set<string> {
  const out = new Set<string>();
  if (target.role !== 'request') return out;
  const known = fieldMap(fields);
  for (const prop of obj.children ?? []) {
    const name = propertyName(prop);
    if (name === undefined || known.has(name)) continue;
    const close = renameCandidates(name, obj, fields);
    if (close.length === 1) out.add(close[0]!);
  }
  return out;
}
