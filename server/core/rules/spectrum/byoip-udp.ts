import { nodeAt, valueNode } from '../../json';
import { appProtocol } from '../../spectrum/app';
import { edgeIpsMode } from '../../spectrum/fields';
import type { Rule } from '../types';

/** Static (BYOIP) edge IPs do not support UDP applications. */
export const rule: Rule = {
  name: 'byoip-udp',
  reports: ['byoip-udp'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const protocol = appProtocol(app);
    if (protocol?.transport !== 'udp' || edgeIpsMode(app) !== 'static') return;
    const type = nodeAt(app, ['edge_ips', 'type'])!;
    const proto = valueNode(app, 'protocol')!;
    report({
      id: 'byoip-udp',
      node: type,
      message: 'Static (BYOIP) edge IPs do not support UDP applications; use dynamic edge IPs (and `dns.type` `"CNAME"`) for this `udp/...` application.',
      related: [{ message: 'The UDP protocol is set here.', range: doc.rangeOf(proto.offset, proto.length) }],
    });
  },
};
