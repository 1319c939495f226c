import { compose, setValue } from '../../edit';
import { pathOf, propertyNode, valueNode } from '../../json';
import { appProtocol, PLACEHOLDER_IP, protocolPortText } from '../../spectrum/app';
import type { Rule } from '../types';

/**
 * 11000 for `origin_direct: []` without `origin_dns`. The API checks "exactly one origin" by the
 * length of the list (an empty list and a missing one are the same to it), so the answer is 11000,
 * "invalid origin configuration", not 11002: there is no address that could be invalid. With
 * `origin_dns` also present, origin-exactly-one already reports both origins.
 */
export const rule: Rule = {
  name: 'origin-direct-empty',
  reports: ['11000'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const node = valueNode(app, 'origin_direct');
    if (node?.type !== 'array' || node.children?.length || propertyNode(app, 'origin_dns')) return;
    const protocol = appProtocol(app);
    const origin = `${protocol?.transport ?? 'tcp'}://${PLACEHOLDER_IP}:${protocol ? protocolPortText(protocol) : '<port>'}`;
    report({
      id: '11000',
      node,
      message: '`origin_direct` is empty, so the application has no origin: add the origin address, such as `tcp://<ip>:<port>`.',
      fixes: () => [{ title: `Write origin_direct ["${origin}"] (edit the IP)`, kind: 'placeholder', edits: compose(doc, [setValue(doc, pathOf(node), [origin])]) }],
    });
  },
};
