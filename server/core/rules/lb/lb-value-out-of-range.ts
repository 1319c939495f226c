import { lbSchema } from '../../lb/fields';
import { dottedName } from '../../schema/by-kind';
import { schemaVisits } from '../../schema/walk';
import { displayPath } from '../../schema/check';
import type { Rule } from '../types';

/**
 * Ranges that rules with their own code or advice report: `interval` (1002), `timeout` and
 * `retries` (provider ranges, a warning), `minimum_origins` (compared with the origins) and origin
 * `weight` (range and step).
 */
const OWNED_ELSEWHERE: Record<string, Set<string>> = {
  monitor: new Set(['interval', 'timeout', 'retries']),
  pool: new Set(['minimum_origins', 'origins[].weight']),
};

/** Numbers outside the documented minimum and maximum: ports, counts, percentages, coordinates. */
export const rule: Rule = {
  name: 'lb-value-out-of-range',
  reports: ['lb-value-out-of-range'],
  kinds: ['monitor', 'pool', 'load-balancer'],
  fieldByField: true,
  check({ target, report }) {
    const schema = lbSchema(target.kind);
    if (!schema) return;
    for (const { spec, value, path } of schemaVisits(target.node, schema.fields)) {
      if (value?.type !== 'number' || OWNED_ELSEWHERE[target.kind]?.has(dottedName(path))) continue;
      const v = value.value as number;
      const { minimum: min, maximum: max } = spec;
      if ((min === undefined || v >= min) && (max === undefined || v <= max)) continue;
      const range = min !== undefined && max !== undefined ? `from ${min} to ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
      report({ id: 'lb-value-out-of-range', node: value, message: `\`${displayPath(path)}\` must be ${range}, not ${v}.` });
    }
  },
};
