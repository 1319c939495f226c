import { directEntries, hasVirtualNetwork } from '../../spectrum/app';
import { isDocumentationAddress, nonPublicRange } from '../../spectrum/values';
import type { Rule } from '../types';

/** ipaddr.js range names as a sentence says them. */
const RANGE_NAMES: Record<string, string> = {
  private: 'a private address',
  loopback: 'a loopback address',
  linkLocal: 'a link-local address',
  uniqueLocal: 'a unique local (private) IPv6 address',
  carrierGradeNat: 'a carrier-grade NAT address',
  unspecified: 'the unspecified address',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
  benchmarking: 'a benchmarking address',
};

/**
 * A loopback, private or reserved origin IP is only reachable through a virtual network. The
 * documentation blocks (192.0.2.0/24, 2001:db8::/32...) are left alone: they are the examples of
 * Cloudflare's own pages, and "set `virtual_network_id`" would be the wrong advice for them.
 */
export const rule: Rule = {
  name: 'private-origin-without-virtual-network',
  reports: ['private-origin-without-virtual-network'],
  kinds: ['spectrum-app'],
  check({ target, report }) {
    if (hasVirtualNetwork(target.node)) return;
    for (const e of directEntries(target.node)) {
      if (!e.parsed.ok) continue;
      const range = nonPublicRange(e.parsed.ip);
      if (!range || isDocumentationAddress(e.parsed.ip)) continue;
      report({
        id: 'private-origin-without-virtual-network',
        node: e.node,
        message: `\`${e.parsed.host}\` is ${RANGE_NAMES[range] ?? `in the \`${range}\` range`}, which Cloudflare cannot reach over the Internet: use a public IP, or set \`virtual_network_id\` to the network that routes to it.`,
      });
    }
  },
};
