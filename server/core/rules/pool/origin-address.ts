import { documentedMessage } from '../../catalog';
import { compose, insertAfter, replaceNode } from '../../edit';
import type { Fix } from '../../findings';
import { pathOf, valueNode } from '../../json';
import { has, ORIGIN_FIELDS, origins, POOL_FIELDS, typedBoolean, typedString } from '../../lb/fields';
import { originIp } from '../../lb/origins';
import { isHostname, nonPublicRange } from '../../spectrum/values';
import { referencesResource } from '../../terraform/references';
import { apiMessage } from '../../schema/check';
import type { Rule } from '../types';

/**
 * 1002 `Origin address is invalid or is not globally routable and has health monitoring enabled`: an
 * origin `address` that is not an IP or hostname (a URL, `ip:port`), or, on an enabled pool with a
 * monitor, a loopback, private or reserved IP without `virtual_network_id`.
 */
export const rule: Rule = {
  name: 'origin-address',
  reports: ['1002'],
  kinds: ['pool'],
  check({ doc, target, report }) {
    // The only API text seen rejects a non-routable origin that "has health monitoring enabled".
    // In Terraform, `monitor = cloudflare_load_balancer_monitor.x.id` is a monitor too.
    const monitor = ['monitor', 'monitor_group'].some((k) => !!typedString(target.node, POOL_FIELDS, k)) || referencesResource(valueNode(target.node, 'monitor'), 'cloudflare_load_balancer_monitor');
    const monitored = typedBoolean(target.node, POOL_FIELDS, 'enabled') !== false && monitor;
    for (const { node: o, index } of origins(target.node)) {
      const address = typedString(o, ORIGIN_FIELDS, 'address');
      const value = valueNode(o, 'address');
      if (address === undefined || !value) continue;
      const where = `\`origins[${index}].address\``;
      const ip = originIp(address);
      if (ip) {
        const range = nonPublicRange(ip);
        if (!range || has(o, 'virtual_network_id') || !monitored) continue;
        report({
          id: '1002',
          node: value,
          message: `${where} ${address} is ${describeRange(range)} address, and the pool is enabled with a monitor, which fails the API validation ${apiMessage(documentedMessage('1002', 'Origin address is invalid or is not globally'))}; use a public address, or set \`virtual_network_id\` to the virtual network that reaches it.`,
        });
        continue;
      }
      if (isHostname(address.trim())) continue;
      const parts = splitUrl(address);
      const path = pathOf(o);
      const fixes: Array<() => Fix> = [];
      if (parts) {
        const portClash = parts.port !== undefined && has(o, 'port');
        if (!portClash) {
          fixes.push(() => ({
            title: parts.port !== undefined ? `Write address "${parts.host}" and port ${parts.port}` : `Write "${parts.host}"`,
            kind: 'safe',
            edits: compose(doc, [replaceNode(doc, value, parts.host), ...(parts.port !== undefined ? [insertAfter(doc, path, 'port', parts.port, 'address')] : [])]),
          }));
        }
      }
      report({
        id: '1002',
        node: value,
        message: parts
          ? `${where} is an IP address or hostname only, which fails the API validation ${apiMessage('Origin address is invalid')} as written; write \`"${parts.host}"\`${parts.port !== undefined ? ` and put the port in \`port\`` : ''}.`
          : `${where} \`"${address}"\` is not an IP address or hostname, which fails the API validation ${apiMessage('Origin address is invalid')}.`,
        fixes: fixes.length ? () => fixes.map((f) => f()) : undefined,
      });
    }
  },
};

function describeRange(range: string): string {
  const names: Record<string, string> = {
    private: 'a private',
    loopback: 'a loopback',
    linkLocal: 'a link-local',
    carrierGradeNat: 'a carrier-grade NAT',
    uniqueLocal: 'a unique local (private)',
    reserved: 'a reserved (documentation or special-use)',
    unspecified: 'the unspecified',
    multicast: 'a multicast',
    broadcast: 'the broadcast',
  };
  return names[range] ?? `a non-public (${range})`;
}

/** `https://app.example.com/health`, `192.0.2.1:8080`, `[2001:db8::1]:443` split into host and port. */
function splitUrl(text: string): { host: string; port?: number } | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(\[[^\]]+\]|[^/:?#]+)(?::(\d{1,5}))?(?:[/?#].*)?$/i.exec(text.trim());
  if (!m) return undefined;
  const host = m[1].replace(/^\[(.*)\]$/, '$1');
  if (!originIp(host) && !isHostname(host)) return undefined;
  const port = m[2] === undefined ? undefined : Number(m[2]);
  if (port !== undefined && port > 65535) return undefined;
  return { host, port };
}
