import type { Node } from 'jsonc-parser';
import type { JsonDocument } from '../../document';
import { compose, setValue } from '../../edit';
import type { Fix } from '../../findings';
import { pathOf, propertyNode, valueNode } from '../../json';
import { appProtocol, appVirtualNetworkId, directEntries, originPortSpec, originPortValue } from '../../spectrum/app';
import { formatOrigin, formatPortSpec, formatProtocol, portCount, portSpecOfLength, type PortSpec, type Protocol } from '../../spectrum/values';
import type { Rule } from '../types';

/** One origin port range and how to write it back with other ports. */
interface OriginRange {
  node: Node;
  spec: PortSpec;
  what: string;
  rewrite: (p: PortSpec) => unknown;
  title: (p: PortSpec) => string;
}

/**
 * Edge ports map by offset onto the origin range, so an origin range (`origin_port` next to
 * `origin_dns`, or an `origin_direct` address) must hold as many ports as the `protocol` range, and
 * needs a range in `protocol` at all. Quiet with an invalid protocol (protocol-format reports it) and
 * with a virtual network (11043 reports every range there).
 */
export const rule: Rule = {
  name: 'origin-range-length',
  reports: ['origin-range-length'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const protocol = appProtocol(app);
    if (!protocol || appVirtualNetworkId(app) !== undefined) return;
    const ranges: OriginRange[] = [];
    const portNode = valueNode(app, 'origin_port');
    const portSpec = originPortSpec(portNode);
    if (portNode && portSpec?.isRange && propertyNode(app, 'origin_dns') && !propertyNode(app, 'origin_direct')) {
      ranges.push({
        node: portNode,
        spec: portSpec,
        what: `\`origin_port\` "${formatPortSpec(portSpec)}"`,
        rewrite: originPortValue,
        title: (p) => `Set origin_port to ${JSON.stringify(originPortValue(p))}`,
      });
    }
    for (const e of directEntries(app)) {
      if (!e.parsed.ok || !e.parsed.ports.isRange) continue;
      const { scheme, host } = e.parsed;
      ranges.push({
        node: e.node,
        spec: e.parsed.ports,
        what: `\`${e.text}\``,
        rewrite: (p) => formatOrigin(scheme, host, formatPortSpec(p)),
        title: (p) => `Write ${formatOrigin(scheme, host, formatPortSpec(p))}`,
      });
    }
    const protocolNode = valueNode(app, 'protocol');
    for (const r of ranges) {
      const n = portCount(r.spec);
      const edge = portCount(protocol);
      if (protocol.isRange && n === edge) continue;
      const message = protocol.isRange
        ? `${r.what} holds ${n} ports but \`protocol\` \`${formatProtocol(protocol)}\` holds ${edge}: make the origin range ${edge} ports long.`
        : `${r.what} is a range, but \`protocol\` \`${formatProtocol(protocol)}\` is a single port: use one origin port, or a \`protocol\` range of ${n} ports.`;
      report({ id: 'origin-range-length', node: r.node, message, fixes: () => alignFixes(doc, r, protocol, protocolNode, ranges) });
    }
  },
};


function alignFixes(doc: JsonDocument, r: OriginRange, protocol: Protocol, protocolNode: Node | undefined, all: OriginRange[]): Fix[] {
  const set = (p: PortSpec, kind: Fix['kind']): Fix => ({ title: r.title(p), kind, edits: compose(doc, [setValue(doc, pathOf(r.node), r.rewrite(p))]) });
  // Keep the origin start, adjust the end: the one repair that leaves the edge ports as they are.
  const aligned = portSpecOfLength(r.spec.start, portCount(protocol));
  if (protocol.isRange) return aligned ? [set(aligned, 'safe')] : [];
  const fixes: Fix[] = aligned ? [set(aligned, 'choice')] : [];
  // Or widen the protocol, when every origin range agrees on the length.
  const widened = portSpecOfLength(protocol.start, portCount(r.spec));
  if (widened && protocolNode && all.every((o) => portCount(o.spec) === portCount(r.spec))) {
    const text = `${protocol.transport}/${formatPortSpec(widened)}`;
    fixes.push({ title: `Set protocol to ${text}`, kind: 'choice', edits: compose(doc, [setValue(doc, pathOf(protocolNode), text)]) });
  }
  return fixes;
}
