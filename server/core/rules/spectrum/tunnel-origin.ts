import { stringValue, valueNode } from '../../json';
import { dnsOriginReplaced } from '../../spectrum/app';
import { isTunnelHostname } from '../../spectrum/values';
import type { Rule } from '../types';

/** `origin_dns.name` pointing at a Cloudflare Tunnel (`<UUID>.cfargotunnel.com`), which Spectrum cannot use. */
export const rule: Rule = {
  name: 'tunnel-origin',
  reports: ['tunnel-origin'],
  kinds: ['spectrum-app'],
  check({ target, report }) {
    const node = valueNode(valueNode(target.node, 'origin_dns'), 'name');
    const name = stringValue(node);
    if (name === undefined || !isTunnelHostname(name)) return;
    if (dnsOriginReplaced(target.node)) return; // 11041 says what to do instead
    report({
      id: 'tunnel-origin',
      node,
      message: `\`${name}\` is a Cloudflare Tunnel hostname, which a Spectrum application cannot use as its origin: use \`origin_direct\` with the private IP and \`virtual_network_id\` instead.`,
    });
  },
};
