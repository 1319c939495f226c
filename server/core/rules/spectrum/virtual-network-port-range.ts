import type { Node } from 'jsonc-parser';
import type { JsonDocument } from '../../document';
import { type EditStep, compose, setValue } from '../../edit';
import type { Fix } from '../../findings';
import { pathOf, propertyNode, valueNode } from '../../json';
import { appProtocol, appVirtualNetworkId, directEntries, originPortSpec } from '../../spectrum/app';
import { formatOrigin, formatPortSpec, type PortSpec } from '../../spectrum/values';
import type { Rule } from '../types';

/**
 * 11043: no port ranges with `virtual_network_id`, neither in `origin_port` nor in an `origin_direct`
 * address. The fix keeps the first port and makes `protocol` a single port to match. It is a choice,
 * not a safe fix: it drops ports, and the alternative (one application per port) is the user's call.
 * The range-length rule stays quiet with a virtual network, so each range is reported once.
 */
export const rule: Rule = {
  name: 'virtual-network-port-range',
  reports: ['11043'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    if (appVirtualNetworkId(app) === undefined) return;
    const ranges: Array<{ node: Node; spec: PortSpec; value: unknown; what: string }> = [];
    // origin_port counts only next to origin_dns; next to origin_direct it is ignored (and reported
    // as such). The API names both places for 11043, so a range next to origin_dns is reported even
    // when 11041 asks to replace origin_dns (whose fix writes a single port).
    const portNode = valueNode(app, 'origin_port');
    const portSpec = originPortSpec(portNode);
    if (portNode && portSpec?.isRange && propertyNode(app, 'origin_dns')) {
      ranges.push({ node: portNode, spec: portSpec, value: portSpec.start, what: `\`origin_port\` "${formatPortSpec(portSpec)}"` });
    }
    for (const e of directEntries(app)) {
      if (!e.parsed.ok || !e.parsed.ports.isRange) continue;
      const single = formatOrigin(e.parsed.scheme, e.parsed.host, String(e.parsed.ports.start));
      ranges.push({ node: e.node, spec: e.parsed.ports, value: single, what: `\`${e.text}\`` });
    }
    const protocolNode = valueNode(app, 'protocol');
    const protocol = appProtocol(app);
    for (const r of ranges) {
      report({
        id: '11043',
        node: r.node,
        message: `${r.what} is a port range, and virtual network origins take a single port: use one port (one application per port).`,
        fixes: () => [singlePortFix(doc, r.node, r.value, r.spec.start, protocolNode, protocol)],
      });
    }
  },
};

function singlePortFix(doc: JsonDocument, node: Node, value: unknown, port: number, protocolNode: Node | undefined, protocol: ReturnType<typeof appProtocol>): Fix {
  const steps: EditStep[] = [setValue(doc, pathOf(node), value)];
  // Edge port N maps to origin port N's offset: the first edge port goes with the first origin port.
  const edge = protocol?.isRange ? `${protocol.transport}/${protocol.start}` : undefined;
  if (edge && protocolNode) steps.push(setValue(doc, pathOf(protocolNode), edge));
  return { title: `Use port ${port}${edge ? ` and protocol ${edge}` : ''}`, kind: 'choice', edits: compose(doc, steps) };
}
