import type { Node } from 'jsonc-parser';
import type { JsonDocument } from '../../document';
import { compose, insertAfter, remove, setValue } from '../../edit';
import type { Fix, FixEnv } from '../../findings';
import { pathOf, propertyNode, stringValue, valueNode } from '../../json';
import { appProtocol, appVirtualNetworkId, dnsOriginPort, PLACEHOLDER_IP, resolveAll } from '../../spectrum/app';
import { formatOrigin, isHostname, isIP } from '../../spectrum/values';
import type { Rule } from '../types';

/**
 * 11041: an application with `virtual_network_id` must use `origin_direct`. The fix swaps
 * `origin_dns` (and `origin_port`) for `origin_direct` with one address: one fix per address the
 * hostname resolves to, or a placeholder address when nothing resolves.
 */
export const rule: Rule = {
  name: 'virtual-network-origin-direct',
  reports: ['11041'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const vnet = propertyNode(app, 'virtual_network_id');
    const dnsProp = propertyNode(app, 'origin_dns');
    // Both origins at once is 11000, whose "Keep origin_direct" fix settles this too.
    if (!dnsProp || appVirtualNetworkId(app) === undefined || propertyNode(app, 'origin_direct')) return;
    const name = stringValue(valueNode(dnsProp.children?.[1], 'name'))?.trim();
    report({
      id: '11041',
      node: dnsProp,
      message: `${name ? `\`${name}\`` : 'This `origin_dns`'} is a DNS origin, but with \`virtual_network_id\` the origin must be the private IP itself: put it in \`origin_direct\`.`,
      related: [{ message: 'The virtual network is set here.', range: doc.rangeOf(vnet!.offset, vnet!.length) }],
      fixes: (env) => swapFixes(doc, app, env),
    });
  },
};

async function swapFixes(doc: JsonDocument, app: Node, env: FixEnv): Promise<Fix[]> {
  const protocol = appProtocol(app);
  const transport = protocol?.transport ?? 'tcp';
  const port = dnsOriginPort(app, protocol, true);
  const name = stringValue(valueNode(valueNode(app, 'origin_dns'), 'name'))?.trim();
  const path = pathOf(app);
  // A virtual network origin takes one port (11043): a range protocol shrinks to its first port with it, as 11043's fix does.
  const protocolNode = valueNode(app, 'protocol');
  const edge = protocol?.isRange && protocolNode ? `${protocol.transport}/${protocol.start}` : undefined;
  const andEdge = edge ? ` and protocol ${edge}` : '';
  const swap = (ip: string) => {
    const origin = formatOrigin(transport, ip, port ?? '<port>');
    return {
      origin,
      edits: compose(doc, [
        insertAfter(doc, path, 'origin_direct', [origin], 'origin_dns'),
        remove(doc, [...path, 'origin_dns']),
        ...(propertyNode(app, 'origin_port') ? [remove(doc, [...path, 'origin_port'])] : []),
        ...(edge ? [setValue(doc, pathOf(protocolNode!), edge)] : []),
      ]),
    };
  };
  const literal = name?.replace(/^\[(.*)\]$/, '$1');
  const exact = literal !== undefined && isIP(literal);
  const addresses = exact ? [literal] : name && isHostname(name) ? await resolveAll(name, env) : [];
  if (addresses.length === 0) {
    const { origin, edits } = swap(PLACEHOLDER_IP);
    return [{ title: `Replace origin_dns with origin_direct ["${origin}"]${andEdge} (edit the IP)`, kind: 'placeholder', edits }];
  }
  return addresses.map((ip) => {
    const { origin, edits } = swap(ip);
    return {
      title: exact ? `Replace origin_dns with origin_direct ["${origin}"]${andEdge}` : `Replace origin_dns with origin_direct ["${origin}"]${andEdge} (${name} resolves to it)`,
      // An IP literal is the one reading; resolved addresses are the user's pick (DNS may answer with public IPs).
      kind: port === undefined ? 'placeholder' : exact && protocol ? 'safe' : 'choice',
      edits,
    };
  });
}
