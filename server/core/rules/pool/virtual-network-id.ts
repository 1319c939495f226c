import { documentedMessage } from '../../catalog';
import { compose, replaceNode } from '../../edit';
import { ORIGIN_FIELDS, origins, typed } from '../../lb/fields';
import { isUuid } from '../../spectrum/values';
import { apiMessage } from '../../schema/check';
import type { Rule } from '../types';

/** 1002 `virtual_network_id must be valid UUID`. */
export const rule: Rule = {
  name: 'virtual-network-id',
  reports: ['1002'],
  kinds: ['pool'],
  check({ doc, target, report }) {
    for (const { node: o, index } of origins(target.node)) {
      const node = typed(o, ORIGIN_FIELDS, 'virtual_network_id');
      if (node?.type !== 'string') continue;
      const text = node.value as string;
      if (isUuid(text)) continue;
      const trimmed = text.trim().replace(/^\{(.*)\}$/, '$1').trim();
      const fixable = trimmed !== text && isUuid(trimmed);
      report({
        id: '1002',
        node,
        message: `\`origins[${index}].virtual_network_id\` fails the API validation ${apiMessage(documentedMessage('1002', 'virtual_network_id must'))}${fixable ? `: write \`"${trimmed}"\`` : '; use the UUID of the virtual network (`cloudflared tunnel vnet list`)'}.`,
        fixes: fixable ? () => [{ title: `Write "${trimmed}"`, kind: 'safe', edits: compose(doc, [replaceNode(doc, node, trimmed)]) }] : undefined,
      });
    }
  },
};
