import { compose, remove, setValue } from '../../edit';
import { fieldText } from '../../field-text';
import { elements, pathOf, propertyNode, valueNode } from '../../json';
import { edgeIpsMode, typedNode } from '../../spectrum/fields';
import { isIP } from '../../spectrum/values';
import type { Rule } from '../types';

/**
 * The two shapes of `edge_ips` do not mix: dynamic takes `connectivity`, static takes a non-empty
 * `ips` list of IP addresses. Enum values (`type`, `connectivity`) are the invalid-enum-value rule's.
 */
export const rule: Rule = {
  name: 'edge-ips-shape',
  reports: ['edge-ips-shape'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const edge = typedNode(app, ['edge_ips']);
    const mode = edgeIpsMode(app);
    if (!edge || !mode) return;
    const path = pathOf(edge);
    const ipsProp = propertyNode(edge, 'ips');
    const connProp = propertyNode(edge, 'connectivity');
    const typeNode = valueNode(edge, 'type');
    if (mode === 'static') {
      if (connProp) {
        report({
          id: 'edge-ips-shape',
          node: connProp.children![0],
          message: '`connectivity` applies to dynamic edge IPs only; with static edge IPs the addresses in `ips` decide the IP versions. Remove it.',
          fixes: () => [{ title: 'Remove connectivity', kind: 'safe', edits: compose(doc, [remove(doc, [...path, 'connectivity'])]) }],
        });
      }
      if (!ipsProp) {
        report({
          id: 'edge-ips-shape',
          node: typeNode ?? edge,
          message: `Static edge IPs need \`ips\`, a list of at least one of your BYOIP addresses; add it, or use ${fieldText(doc, 'type', 'dynamic')}.`,
        });
        return;
      }
      const ips = typedNode(app, ['edge_ips', 'ips']);
      if (!ips) return; // wrong type: wrong-type reports it
      if (elements(ips).length === 0) {
        report({ id: 'edge-ips-shape', node: ips, message: '`ips` is empty: list at least one of your BYOIP addresses.' });
        return;
      }
      for (const item of elements(ips)) {
        if (item.type !== 'string') continue;
        const text = item.value as string;
        if (isIP(text)) continue;
        const bare = text.replace(/^\[(.*)\]$/, '$1');
        report({
          id: 'edge-ips-shape',
          node: item,
          message: isIP(bare)
            ? `Write the address \`${bare}\` without brackets in \`ips\`.`
            : `\`${text}\` is not an IP address; \`ips\` lists IPv4 or IPv6 addresses (no prefix length, port or hostname).`,
          fixes: isIP(bare) ? () => [{ title: `Write ${bare}`, kind: 'safe', edits: compose(doc, [setValue(doc, pathOf(item), bare)]) }] : undefined,
        });
      }
    } else if (ipsProp) {
      report({
        id: 'edge-ips-shape',
        node: ipsProp.children![0],
        message: typeNode
          ? `\`ips\` applies to static edge IPs only; remove it, or set ${fieldText(doc, 'type', 'static')} to use your BYOIP addresses.`
          : `\`ips\` applies to static edge IPs only, and \`edge_ips\` without \`type\` is dynamic; add ${fieldText(doc, 'type', 'static')} to use your BYOIP addresses, or remove \`ips\`.`,
        fixes: () => [{ title: 'Remove ips', kind: 'choice', edits: compose(doc, [remove(doc, [...path, 'ips'])]) }],
      });
    }
  },
};
