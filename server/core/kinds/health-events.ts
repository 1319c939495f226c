import type { Node } from 'jsonc-parser';
import { elements, propertyNode, valueNode } from '../json';
import type { Detector } from './types';

/**
 * One health-check event of `GET /user/load_balancing_analytics/events`: a `pool` (or a timestamp)
 * with `origins` whose items carry `failure_reason`. Found as the items of an envelope's `result` or
 * of a saved array.
 */
export const healthEvents: Detector = {
  kind: 'health-events',
  globs: [],
  hint: /"failure_reason"/,
  looksLike(node: Node): boolean {
    const origins = valueNode(node, 'origins');
    if (origins?.type !== 'array') return false;
    const reasons = elements(origins).some((o) => o.type === 'object' && propertyNode(o, 'failure_reason') !== undefined);
    return reasons && (propertyNode(node, 'pool') !== undefined || propertyNode(node, 'timestamp') !== undefined);
  },
};
