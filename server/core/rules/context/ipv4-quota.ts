import { according } from '../../context/source';
import { parseIp } from '../../context/network';
import { accountOf, appDnsName, inOwnZone, lookUp, oncePerLint, thisApp } from '../../context/rule-support';
import { propertyNode, valueNode } from '../../json';
import type { Rule } from '../types';
import type { AppSummary } from '../../workspace/types';
import type { AccountContext } from '../../context/types';

/**
 * 12005: the zone would use more IPv4 addresses than its quota. Counted: distinct static IPv4 edge
 * IPs, plus one address per distinct hostname of applications with dynamic IPv4 edge IPs
 * (applications sharing a hostname share its addresses), over the workspace and the existing
 * applications of the zone. Reported on applications of this document that add an address.
 */
export const rule: Rule = {
  name: 'ipv4-quota',
  reports: ['12005'],
  kinds: ['spectrum-app'],
  scope: 'document',
  check(ctx) {
    const account = accountOf(ctx);
    const quota = account?.quotas?.ipv4;
    if (!account || quota === undefined) return;
    const self = thisApp(ctx);
    const mine = addresses(self);
    if (mine.length === 0) return;

    const existing = existingAddresses(account);
    if (mine.every((m) => existing.has(m))) return; // this application adds nothing new
    const all = oncePerLint(ctx, 'ipv4-addresses', () => {
      // This document's and the other files' applications: the same set for every application here.
      const set = new Set(existing);
      for (const a of lookUp(ctx, 'apps', '')) for (const m of addresses(a)) set.add(m);
      return set;
    });
    if (all.size <= quota) return;

    const statics = [...all].filter((k) => k.startsWith('ip:')).length;
    const node = self.edgeType === 'static' ? valueNode(ctx.target.node, 'edge_ips') : valueNode(valueNode(ctx.target.node, 'dns'), 'name');
    ctx.report({
      id: '12005',
      node: node ?? propertyNode(ctx.target.node, 'protocol'),
      message: `With this application the zone would use ${all.size} IPv4 addresses (${statics} static, ${all.size - statics} for dynamic hostnames), above its quota of ${quota}, ${according(account)}. Share a hostname with another application on different ports, or use fewer static IPs.`,
    });
  },
};

const existingCache = new WeakMap<AccountContext, Set<string>>();

/** The IPv4 addresses the zone's existing applications take (computed once per context). */
function existingAddresses(account: AccountContext): Set<string> {
  let existing = existingCache.get(account);
  if (existing) return existing;
  existing = new Set<string>();
  for (const a of account.spectrum_apps ?? []) {
    if (!inOwnZone(account, a)) continue;
    if (a.edge_ips?.type === 'static') {
      for (const ip of Array.isArray(a.edge_ips.ips) ? a.edge_ips.ips : []) {
        const p = typeof ip === 'string' ? parseIp(ip) : undefined;
        if (p?.kind() === 'ipv4') existing.add('ip:' + p.toString());
      }
    } else if (appDnsName(a) && (a.edge_ips?.connectivity ?? 'all') !== 'ipv6') existing.add('host:' + appDnsName(a));
  }
  existingCache.set(account, existing);
  return existing;
}

/** The IPv4 addresses an application takes: its static IPv4s, or its hostname when dynamic with IPv4. */
function addresses(a: AppSummary): string[] {
  if (a.edgeType === 'static') return a.edgeIps.map((e) => parseIp(e.ip)).filter((p) => p?.kind() === 'ipv4').map((p) => 'ip:' + p!.toString());
  if (a.edgeType === 'dynamic' && a.dnsName && a.connectivity !== 'ipv6') return ['host:' + a.dnsName];
  return [];
}
