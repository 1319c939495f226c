import { propertyName, propertyNode } from '../../json';
import { lbSchema } from '../../lb/fields';
import { fieldMap, fieldName, walkSchemaObjects } from '../../schema/walk';
import { closeFieldNames, displayPath, editDistance } from '../../schema/check';
import { renameSuggestion } from '../../schema/rename';
import type { Rule } from '../types';

/** Fields people put on the wrong object, with where they belong. */
const MISPLACED: Record<string, Record<string, string>> = {
  monitor: {
    check_regions: 'belongs on the pool, not the monitor: set the health-check regions in the pool\'s `check_regions`.',
    name: 'is not a monitor field: monitors have no name; use `description`.',
  },
  pool: {
    interval: 'is a monitor setting: set it on the monitor the pool references in `monitor`.',
    expected_codes: 'is a monitor setting: set it on the monitor the pool references in `monitor`.',
    steering_policy: 'is a load balancer setting; a pool steers between its origins with `origin_steering.policy`.',
  },
};

/** The origin `header` object has its own rule (only `Host` is supported there). */
const OWNED_ELSEWHERE = new Set(['origins[].header']);

/**
 * Keys the monitor or pool schema does not know, at every level it describes. API responses are left
 * alone: what Cloudflare returned is known to the API.
 */
export const rule: Rule = {
  name: 'lb-unknown-field',
  reports: ['lb-unknown-field'],
  kinds: ['monitor', 'pool'],
  check({ target, report }) {
    const schema = lbSchema(target.kind);
    if (!schema) return;
    const what = target.kind === 'monitor' ? 'a monitor' : 'a pool';
    for (const { node, fields, path } of walkSchemaObjects(target.node, schema.fields)) {
      if (OWNED_ELSEWHERE.has(fieldName(path))) continue;
      const known = fieldMap(fields);
      const where = path.length ? ` of \`${displayPath(path)}\`` : ` of ${what}`;
      for (const prop of node.children ?? []) {
        const name = propertyName(prop);
        const key = prop.children?.[0];
        if (name === undefined || !key || known.has(name)) continue;
        // `$schema` names the generated JSON Schema for editors (schemas/monitor.schema.json, pool.schema.json).
        if (path.length === 0 && name === '$schema') continue;
        const misplaced = path.length === 0 ? MISPLACED[target.kind]?.[name] : undefined;
        if (misplaced) {
          report({ id: 'lb-unknown-field', node: key, message: `\`${name}\` ${misplaced}` });
          continue;
        }
        const close = nearest(name, closeFieldNames(name, fields).filter((c) => !propertyNode(node, c)));
        const { hint, fixes } = renameSuggestion(key, close);
        report({ id: 'lb-unknown-field', node: key, message: `\`${name}\` is not a field${where}.${hint}`, fixes });
      }
    }
  },
};

/** The candidates at the smallest distance: `expected_code` is one edit from `expected_codes`, two from `expected_body`. */
function nearest(name: string, candidates: string[]): string[] {
  const d = candidates.map((c) => editDistance(name.toLowerCase().replace(/-/g, '_'), c));
  const min = Math.min(...d);
  return candidates.filter((_, i) => d[i] === min);
}
