import { compose, remove, setValue } from '../../edit';
import { pathOf, valueNode } from '../../json';
import { boolField, enumValue, stringField } from '../../spectrum/fields';
import type { Rule } from '../types';

/**
 * An application with `virtual_network_id` must send no Proxy Protocol header. Legacy forms that turn
 * it on (`proxy_protocol: true`, `spp: true`) count too; the legacy-field rule then offers no
 * conversion, since this fix is the one that helps.
 */
export const rule: Rule = {
  name: 'virtual-network-proxy-protocol',
  reports: ['virtual-network-proxy-protocol'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    if (!stringField(app, ['virtual_network_id'])) return;
    const vnet = valueNode(app, 'virtual_network_id')!;
    const related = [{ message: 'The virtual network is set here.', range: doc.rangeOf(vnet.offset, vnet.length) }];
    const pp = valueNode(app, 'proxy_protocol');
    const on = pp?.type === 'boolean' ? (pp.value === true ? 'true' : undefined) : enumValue(app, ['proxy_protocol']);
    if (pp && on && on !== 'off') {
      report({
        id: 'virtual-network-proxy-protocol',
        node: pp,
        message: `An application with \`virtual_network_id\` must have \`proxy_protocol\` \`"off"\`, not \`${pp.type === 'boolean' ? on : `"${on}"`}\`.`,
        related,
        fixes: () => [{ title: 'Write "off"', kind: 'safe', edits: compose(doc, [setValue(doc, pathOf(pp), 'off')]) }],
      });
    }
    if (boolField(app, ['spp']) === true) {
      const spp = valueNode(app, 'spp')!;
      report({
        id: 'virtual-network-proxy-protocol',
        node: spp,
        message: 'An application with `virtual_network_id` must send no Proxy Protocol header; remove the legacy `spp` switch.',
        related,
        fixes: () => [{ title: 'Remove spp', kind: 'safe', edits: compose(doc, [remove(doc, [...pathOf(app), 'spp'])]) }],
      });
    }
  },
};
