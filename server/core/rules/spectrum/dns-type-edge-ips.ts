import { compose, setValue } from '../../edit';
import { nodeAt, pathOf } from '../../json';
import { edgeIpsMode, enumValue } from '../../spectrum/fields';
import type { Rule } from '../types';

/** 11004: `dns.type` must match the edge IP mode: CNAME for dynamic (or absent) `edge_ips`, ADDRESS for static. */
export const rule: Rule = {
  name: 'dns-type-edge-ips',
  reports: ['11004'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const type = enumValue(app, ['dns', 'type']);
    const mode = edgeIpsMode(app);
    if (!type || !mode) return;
    const expected = mode === 'static' ? 'ADDRESS' : 'CNAME';
    if (type === expected) return;
    const node = nodeAt(app, ['dns', 'type'])!;
    const edge = nodeAt(app, ['edge_ips', 'type']);
    const because = mode === 'static' ? 'static (BYOIP) `edge_ips`' : edge ? 'dynamic `edge_ips`' : 'dynamic edge IPs (the default without `edge_ips`)';
    report({
      id: '11004',
      node,
      message: `\`dns.type\` must be \`"${expected}"\` with ${because}, not \`"${type}"\`.`,
      related: edge ? [{ message: `\`edge_ips.type\` is "${mode}" here.`, range: doc.rangeOf(edge.offset, edge.length) }] : undefined,
      fixes: () => [{ title: `Write "${expected}"`, kind: 'safe', edits: compose(doc, [setValue(doc, pathOf(node), expected)]) }],
    });
  },
};
