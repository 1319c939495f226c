import type { Node } from 'jsonc-parser';
import { elements, numberValue, stringValue, valueNode } from '../../json';
import type { Rule } from '../types';

/** The TTL ranges the API documents per kind of session affinity. */
const RANGES: Record<string, [number, number]> = { cookie: [1800, 604800], ip_cookie: [1800, 604800], header: [30, 3600] };

/**
 * `session_affinity_ttl` within the range of the `session_affinity` in use: the load balancer's, and
 * each custom rule's overrides (with the load balancer's affinity where a rule does not override it).
 */
export const rule: Rule = {
  name: 'lb-session-affinity-ttl',
  reports: ['lb-session-affinity-ttl'],
  kinds: ['load-balancer'],
  check({ target, report }) {
    const own = stringValue(valueNode(target.node, 'session_affinity'));
    const check = (settings: Node, affinity: string | undefined, name: string) => {
      const node = valueNode(settings, 'session_affinity_ttl');
      const ttl = numberValue(node);
      const range = affinity === undefined ? undefined : RANGES[affinity];
      if (!range || ttl === undefined || (ttl >= range[0] && ttl <= range[1])) return;
      report({
        id: 'lb-session-affinity-ttl',
        node,
        message: `\`${name}\` ${ttl} is outside ${range[0]}-${range[1]} seconds, the range for \`${affinity}\` session affinity.`,
      });
    };
    check(target.node, own, 'session_affinity_ttl');
    elements(valueNode(target.node, 'rules')).forEach((r, i) => {
      const overrides = valueNode(r, 'overrides');
      if (overrides?.type !== 'object') return;
      const affinity = valueNode(overrides, 'session_affinity') ? stringValue(valueNode(overrides, 'session_affinity')) : own;
      check(overrides, affinity, `rules[${i}].overrides.session_affinity_ttl`);
    });
  },
};
