import { numberValue, stringValue, valueNode } from '../../json';
import type { Rule } from '../types';

/** The TTL ranges the API documents per kind of session affinity. */
const RANGES: Record<string, [number, number]> = { cookie: [1800, 604800], ip_cookie: [1800, 604800], header: [30, 3600] };

/** `session_affinity_ttl` within the range of the `session_affinity` in use. */
export const rule: Rule = {
  name: 'lb-session-affinity-ttl',
  reports: ['lb-session-affinity-ttl'],
  kinds: ['load-balancer'],
  check({ target, report }) {
    const affinity = stringValue(valueNode(target.node, 'session_affinity'));
    const node = valueNode(target.node, 'session_affinity_ttl');
    const ttl = numberValue(node);
    const range = affinity === undefined ? undefined : RANGES[affinity];
    if (!range || ttl === undefined || (ttl >= range[0] && ttl <= range[1])) return;
    report({
      id: 'lb-session-affinity-ttl',
      node,
      message: `\`session_affinity_ttl\` ${ttl} is outside ${range[0]}-${range[1]} seconds, the range for \`${affinity}\` session affinity.`,
    });
  },
};
