import { compose, insertAfter } from '../../edit';
import { pathOf, propertyNode, stringValue, valueNode } from '../../json';
import { appProtocol, checkedDnsOrigin, hostInName, ipInName, originPortSpec, originPortValue, portlessDnsType } from '../../spectrum/app';
import { parsePortSpec } from '../../spectrum/values';
import type { Rule } from '../types';

/**
 * 11001: a non-SRV `origin_dns` (absent `type` is `""`, A and AAAA) needs `origin_port`, and an
 * `origin_port` next to `origin_dns` must be a port 1-65535 or an upward range. Wrong JSON types are
 * the wrong-type rule's; `origin_port` next to `origin_direct` is origin-port-without-origin-dns's.
 */
export const rule: Rule = {
  name: 'origin-dns-port',
  reports: ['11001'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const origin = checkedDnsOrigin(app);
    if (!origin) return;
    const { prop: dnsProp, dns } = origin;
    const portProp = propertyNode(app, 'origin_port');

    if (portProp) {
      const node = portProp.children?.[1];
      if (!node || (node.type !== 'number' && node.type !== 'string') || originPortSpec(node)) return;
      report({ id: '11001', node, message: `\`origin_port\` ${describeBadPort(node.value as number | string)}: use a port 1-65535 such as \`22\`, or a range such as \`"3000-4000"\`.` });
      return;
    }

    // With both origins present 11000 reports the app; the port only matters once origin_dns is kept.
    if (propertyNode(app, 'origin_direct')) return;
    // An IP as the name, or a port inside it, is the problem to fix first (its fix provides the port).
    const name = stringValue(valueNode(dns, 'name'));
    if (name !== undefined && (ipInName(name) || hostInName(name)?.port !== undefined)) return;
    const typeNode = valueNode(dns, 'type');
    const type = portlessDnsType(dns);
    if (type === undefined) return; // SRV carries the port; other values: enum / wrong-type rules
    const protocol = appProtocol(app);
    const value = protocol ? originPortValue(protocol) : undefined;
    const kind = type === '' ? (typeNode ? '`""` (A and AAAA)' : 'no `type` (A and AAAA)') : `\`${type}\``;
    report({
      id: '11001',
      node: dnsProp,
      message: `\`origin_dns\` with ${kind} resolves addresses only, so the port must be given: add \`origin_port\`${value !== undefined ? ` ${JSON.stringify(value)}` : ''}.`,
      fixes:
        value === undefined
          ? undefined
          : () => [
              {
                title: `Add origin_port ${JSON.stringify(value)}`,
                kind: 'safe',
                edits: compose(doc, [insertAfter(doc, pathOf(app), 'origin_port', value, 'origin_dns')]),
              },
            ],
    });
  },
};

function describeBadPort(v: number | string): string {
  if (typeof v === 'number') return Number.isInteger(v) ? `${v} is outside 1-65535` : `${v} is not a whole number`;
  const p = parsePortSpec(v.trim());
  return p.ok ? `"${v}" has blanks around the port` : `"${v}" is invalid: ${p.problem}`;
}
