import type { Node } from 'jsonc-parser';
import { propertyNode, stringValue, valueNode } from '../json';
import { kindGlobs, type Detector } from './types';

/** Keys only a monitor has; any one of them on an object that is not something else is enough. */
const MONITOR_KEYS = ['expected_codes', 'expected_body', 'follow_redirects', 'allow_insecure', 'probe_zone', 'consecutive_up', 'consecutive_down'];
/** Keys a monitor shares with other configurations; they count only together with a monitor `type`. */
const TIMING_KEYS = ['interval', 'timeout', 'retries', 'method'];
/** Keys that make an object a Spectrum app, pool, load balancer, health event or a well-known unrelated file. */
const FOREIGN_KEYS = ['protocol', 'origins', 'default_pools', 'fallback_pool', 'origin_direct', 'origin_dns', 'pool', 'pop_health', 'dependencies', 'devDependencies', 'compilerOptions', 'scripts'];

/** `type` values as people write them (`HTTPS`, `ICMP-PING`, `udp-icmp`), so a misspelt type still finds its rules. */
export function looseMonitorType(text: string): boolean {
  return /^(https?|tcp|smtp|udp[-_ ]?icmp|icmp[-_ ]?ping)$/i.test(text.trim());
}

/** A Load Balancing monitor: monitor-only keys, or a monitor `type` with timing settings. */
export const monitor: Detector = {
  kind: 'monitor',
  globs: kindGlobs('monitor', 'monitors'),
  hint: /"(expected_codes|expected_body|follow_redirects|allow_insecure|probe_zone|consecutive_up|consecutive_down|interval|retries|timeout)"/,
  looksLike(node: Node): boolean {
    if (FOREIGN_KEYS.some((k) => propertyNode(node, k) !== undefined)) return false;
    if (MONITOR_KEYS.some((k) => propertyNode(node, k) !== undefined)) return true;
    const type = stringValue(valueNode(node, 'type'));
    return type !== undefined && looseMonitorType(type) && TIMING_KEYS.some((k) => propertyNode(node, k) !== undefined);
  },
};
