import { fileName, isTarget, lookUp, relatedTo, sameId, someRelated, thisApp } from '../../context/rule-support';
import { elements, valueNode } from '../../json';
import { clashText, portsOverlap } from '../../workspace/summarize';
import type { Rule } from '../types';

/** A static edge IP used by two applications of the workspace on overlapping ports of one transport. */
export const rule: Rule = {
  name: 'duplicate-edge-ip',
  reports: ['duplicate-edge-ip'],
  kinds: ['spectrum-app'],
  scope: 'document',
  check(ctx) {
    const self = thisApp(ctx);
    if (self.edgeType !== 'static' || !self.protocol) return;
    const others = [...new Set(self.edgeIps.flatMap((e) => lookUp(ctx, 'appsByEdgeIp', e.ip)))].filter((o) => !isTarget(ctx, o) && portsOverlap(self, o) && !sameId(self, o));
    if (!others.length) return;
    const nodes = elements(valueNode(valueNode(ctx.target.node, 'edge_ips'), 'ips'));
    for (const mine of self.edgeIps) {
      const clashes = others.flatMap((o) => o.edgeIps.filter((e) => e.ip === mine.ip).map((e) => ({ app: o, at: e })));
      if (!clashes.length) continue;
      const node = nodes.find((n) => n.offset === ctx.doc.offsetAt(mine.range.start));
      const first = clashes[0].app;
      const where = first.path === self.path ? 'in this file' : `in ${fileName(first.path)}`;
      const { related, more } = someRelated(clashes, (c) => relatedTo(ctx, { path: c.app.path, range: c.at.range }, `${c.app.dnsName ?? 'Application'} on ${c.app.protocol}`));
      ctx.report({
        id: 'duplicate-edge-ip',
        node,
        message: `${mine.ip} is also the edge IP of ${first.dnsName ?? 'another application'} ${where}${more} ${clashText(first.protocol, self.protocol)}. Use another edge IP, or ports the other application does not use.`,
        related,
      });
    }
  },
};
