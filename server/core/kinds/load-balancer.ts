import type { Node } from 'jsonc-parser';
import { propertyNode, valueNode } from '../json';
import { kindGlobs, type Detector } from './types';

/** Keys of the objects a load balancer refers to or is confused with: pools, Spectrum apps, health results. */
const FOREIGN_KEYS = ['origins', 'protocol', 'origin_direct', 'origin_dns', 'pop_health', 'expected_codes'];

/**
 * A load balancer (`POST /zones/{zone_id}/load_balancers`): its pools in failover order, a list
 * `default_pools` or a string `fallback_pool`, which only load balancers have.
 */
export const loadBalancer: Detector = {
  kind: 'load-balancer',
  globs: kindGlobs('lb', 'load_balancers'),
  hint: /"(default_pools|fallback_pool)"/,
  looksLike(node: Node): boolean {
    if (FOREIGN_KEYS.some((k) => propertyNode(node, k) !== undefined)) return false;
    return valueNode(node, 'default_pools')?.type === 'array' || valueNode(node, 'fallback_pool')?.type === 'string';
  },
};
