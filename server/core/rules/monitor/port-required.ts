import { compose, insertAfter, replaceNode } from '../../edit';
import type { Fix } from '../../findings';
import { pathOf, propertyNode, valueNode } from '../../json';
import { monitorType } from '../../lb/fields';
import type { Rule } from '../types';

/**
 * Usual ports per type, offered as choices: `tcp` and `udp_icmp` have no default, so the user picks
 * (the service's port is not in the monitor); `smtp` is 25 or the submission port 587.
 */
const COMMON_PORTS: Record<string, number[]> = { tcp: [443, 80, 22], udp_icmp: [53], smtp: [25, 587] };

/** `tcp`, `udp_icmp` and `smtp` monitors need a `port` (absent, `0` and `null` mean "protocol default", which they lack). */
export const rule: Rule = {
  name: 'port-required',
  reports: ['monitor-port-required'],
  kinds: ['monitor'],
  check({ doc, target, report }) {
    const m = target.node;
    const type = monitorType(m);
    if (type !== 'tcp' && type !== 'udp_icmp' && type !== 'smtp') return;
    const port = valueNode(m, 'port');
    if (propertyNode(m, 'port') && !(port?.type === 'null' || (port?.type === 'number' && port.value === 0))) return;
    const path = pathOf(m);
    const set = (n: number): Fix => ({
      title: `Set port ${n}`,
      kind: 'choice',
      edits: compose(doc, [port ? replaceNode(doc, port, n) : insertAfter(doc, path, 'port', n, 'type')]),
    });
    report({
      id: 'monitor-port-required',
      node: port ?? propertyNode(m, 'type')!,
      message: `A \`${type}\` monitor has no default port: set \`port\` to the port the origins serve${port ? `, not ${port.value}` : ''}.`,
      fixes: () => COMMON_PORTS[type].map(set),
    });
  },
};
