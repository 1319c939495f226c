import { valueNode } from '../../json';
import { appVirtualNetworkId } from '../../spectrum/app';
import { isUuid } from '../../spectrum/values';
import { virtualNetworkFixes } from '../../spectrum/virtual-network-fixes';
import type { Rule } from '../types';

/**
 * 11045: `virtual_network_id` must be a UUID (any letter case). Without account context there is no
 * way to know which network was meant, so no fix; with it, one fix per virtual network of the account.
 */
export const rule: Rule = {
  name: 'virtual-network-uuid',
  reports: ['11045'],
  kinds: ['spectrum-app'],
  fieldByField: true,
  check({ doc, target, options, report }) {
    const app = target.node;
    const id = appVirtualNetworkId(app);
    const node = valueNode(app, 'virtual_network_id');
    if (id === undefined || !node || isUuid(id)) return;
    report({
      id: '11045',
      node,
      message: `\`${id}\` is not a UUID: use the \`id\` of a virtual network (8-4-4-4-12 hexadecimal digits, such as \`f70ff985-a4ef-4643-bbbc-4a0ed4fc8415\`).`,
      fixes: options.account ? () => virtualNetworkFixes(doc, app, node, options.account) : undefined,
    });
  },
};
