import type { Node } from 'jsonc-parser';
import { compose, remove } from '../../edit';
import type { JsonDocument } from '../../document';
import { pathOf, valueNode } from '../../json';
import { origins } from '../../lb/fields';
import { endpointKey } from '../../lb/origins';
import type { Rule } from '../types';

/**
 * 1002: the same endpoint (address, port and virtual network) twice in one pool. The same address
 * with another port or virtual network is allowed.
 */
export const rule: Rule = {
  name: 'duplicate-origins',
  reports: ['1002'],
  kinds: ['pool'],
  check({ doc, target, report }) {
    const first = new Map<string, { node: Node; index: number }>();
    for (const o of origins(target.node)) {
      const key = endpointKey(o.node);
      if (key === undefined) continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, o);
        continue;
      }
      report({
        id: '1002',
        node: valueNode(o.node, 'address')!,
        message: `\`origins[${o.index}]\` is the same endpoint as \`origins[${earlier.index}]\` (same address, port and virtual network), which fails the API validation for unique origins; remove one, or change its \`port\` or \`virtual_network_id\`.`,
        related: [{ message: `The first origin with this endpoint, origins[${earlier.index}].`, range: rangeOfAddress(doc, earlier.node) }],
        fixes: () => [{ title: `Remove origins[${o.index}]`, kind: 'choice', edits: compose(doc, [remove(doc, pathOf(o.node))]) }],
      });
    }
  },
};

function rangeOfAddress(doc: JsonDocument, origin: Node) {
  const address = valueNode(origin, 'address') ?? origin;
  return doc.rangeOf(address.offset, address.length);
}
