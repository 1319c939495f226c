import { according } from '../../context/source';
import { parseIp, prefixContaining } from '../../context/network';
import { accountOf } from '../../context/rule-support';
import { elements, stringValue, valueNode } from '../../json';
import type { Rule } from '../types';

/** 11019: a static edge IP outside every BYOIP prefix of the account. */
export const rule: Rule = {
  name: 'edge-ip-prefix',
  reports: ['11019'],
  kinds: ['spectrum-app'],
  check(ctx) {
    const account = accountOf(ctx);
    if (!account?.prefixes || account.entitlements?.byoip === false) return; // 11018 says BYOIP is off
    const edge = valueNode(ctx.target.node, 'edge_ips');
    if (stringValue(valueNode(edge, 'type')) !== 'static') return;
    const cidrs = account.prefixes.map((p) => p.cidr);
    for (const node of elements(valueNode(edge, 'ips'))) {
      const text = stringValue(node);
      const ip = text === undefined ? undefined : parseIp(text);
      if (!ip || prefixContaining(account, ip)) continue; // invalid IPs are the edge-ips-shape rule's
      ctx.report({
        id: '11019',
        node,
        message:
          `${text} is not inside any BYOIP prefix of the account, ${according(account)}` +
          (cidrs.length ? ` (prefixes: ${cidrs.join(', ')}). ` : ', which has no prefixes. ') +
          'Use an address from one of the account\'s prefixes; if it is yours, check that the prefix is onboarded to this account and that the token has the IP Prefixes permission.',
      });
    }
  },
};
