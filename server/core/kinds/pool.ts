import type { Node } from 'jsonc-parser';
import { elements, propertyNode, valueNode } from '../json';
import { kindGlobs, type Detector } from './types';

/** Pool-level keys that, next to an `origins` array, make the object a pool. */
const POOL_KEYS = ['name', 'monitor', 'monitor_group', 'minimum_origins', 'check_regions', 'origin_steering', 'load_shedding', 'notification_email', 'notification_filter', 'health_sources', 'latitude', 'longitude'];
/** Keys of load balancers, Spectrum apps and health-check events, which also have origins or names. */
const FOREIGN_KEYS = ['default_pools', 'fallback_pool', 'protocol', 'timestamp', 'pool', 'pop_health', 'origin_direct'];
/** Keys that only health results put on an origin. */
const HEALTH_ORIGIN_KEYS = ['failure_reason', 'healthy', 'changed', 'rtt'];

/**
 * A Load Balancing pool: an `origins` array of endpoint objects plus a pool-level key. A `null`
 * `origins` (no origins at all, which the API rejects) needs a pool-level key other than `name`.
 */
export const pool: Detector = {
  kind: 'pool',
  globs: kindGlobs('pool', 'pools'),
  hint: /"origins"/,
  looksLike(node: Node): boolean {
    const origins = valueNode(node, 'origins');
    if (origins?.type !== 'array' && origins?.type !== 'null') return false;
    if (FOREIGN_KEYS.some((k) => propertyNode(node, k) !== undefined)) return false;
    if (origins.type === 'null') return POOL_KEYS.some((k) => k !== 'name' && propertyNode(node, k) !== undefined);
    const items = elements(origins);
    if (items.some((o) => o.type === 'object' && HEALTH_ORIGIN_KEYS.some((k) => propertyNode(o, k) !== undefined))) return false;
    const endpoints = items.some((o) => propertyNode(o, 'address') !== undefined);
    return endpoints || POOL_KEYS.some((k) => propertyNode(node, k) !== undefined);
  },
};
