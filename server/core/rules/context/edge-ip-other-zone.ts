import { according } from '../../context/source';
import { parseIp } from '../../context/network';
import { accountOf, appDnsName, appZoneLabel, inOwnZone, relatedInContext } from '../../context/rule-support';
import { elements, stringValue, valueNode } from '../../json';
import type { Rule } from '../types';

/** 11033: a static edge IP already used by an application of another zone. */
export const rule: Rule = {
  name: 'edge-ip-other-zone',
  reports: ['11033'],
  kinds: ['spectrum-app'],
  check(ctx) {
    const account = accountOf(ctx);
    const apps = account?.spectrum_apps;
    if (!account || !apps?.length) return;
    const edge = valueNode(ctx.target.node, 'edge_ips');
    if (stringValue(valueNode(edge, 'type')) !== 'static') return;
    for (const node of elements(valueNode(edge, 'ips'))) {
      const ip = parseIp(stringValue(node) ?? '');
      if (!ip) continue;
      const key = ip.toNormalizedString();
      const index = apps.findIndex(
        (a) => !inOwnZone(account, a) && a.edge_ips?.type === 'static' && (Array.isArray(a.edge_ips.ips) ? a.edge_ips.ips : []).some((x) => typeof x === 'string' && parseIp(x)?.toNormalizedString() === key),
      );
      if (index < 0) continue;
      const other = apps[index];
      const zone = appZoneLabel(other, account);
      ctx.report({
        id: '11033',
        node,
        message: `${stringValue(node)} is already used by ${appDnsName(other) ?? other.id ?? 'an application'} in zone ${zone}, ${according(account)}. Use another edge IP, or remove it from that application first (a leftover application of a deleted zone needs Cloudflare support).`,
        related: relatedInContext(account, `/spectrum_apps/${index}`, `Application in zone ${zone} using ${stringValue(node)}`),
      });
    }
  },
};
