import { compose, setValue } from '../../edit';
import { pathOf, valueNode } from '../../json';
import { enumValue, stringField } from '../../spectrum/fields';
import type { Rule } from '../types';

/** Virtual network origins carry TCP and UDP applications only, not HTTP or HTTPS ones. */
export const rule: Rule = {
  name: 'virtual-network-traffic-type',
  reports: ['virtual-network-traffic-type'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const traffic = enumValue(app, ['traffic_type']);
    if (!stringField(app, ['virtual_network_id']) || (traffic !== 'http' && traffic !== 'https')) return;
    const node = valueNode(app, 'traffic_type')!;
    const vnet = valueNode(app, 'virtual_network_id')!;
    report({
      id: 'virtual-network-traffic-type',
      node,
      message: `An application with \`virtual_network_id\` must carry plain TCP or UDP: set \`traffic_type\` to \`"direct"\`, or use a public origin for ${traffic.toUpperCase()}.`,
      related: [{ message: 'The virtual network is set here.', range: doc.rangeOf(vnet.offset, vnet.length) }],
      fixes: () => [{ title: 'Write "direct"', kind: 'choice', edits: compose(doc, [setValue(doc, pathOf(node), 'direct')]) }],
    });
  },
};
