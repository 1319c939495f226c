import { according } from '../../context/source';
import { accountOf } from '../../context/rule-support';
import { stringValue, valueNode } from '../../json';
import type { Rule } from '../types';

/** 11018: static `edge_ips` (BYOIP) on an account without the BYOIP entitlement. */
export const rule: Rule = {
  name: 'byoip-entitlement',
  reports: ['11018'],
  kinds: ['spectrum-app'],
  check(ctx) {
    const account = accountOf(ctx);
    if (account?.entitlements?.byoip !== false) return;
    const type = valueNode(valueNode(ctx.target.node, 'edge_ips'), 'type');
    if (stringValue(type) !== 'static') return;
    ctx.report({
      id: '11018',
      node: type,
      message: `Static edge IPs need BYOIP, which is not enabled for the account, ${according(account)}. Use dynamic edge IPs (with \`dns.type\` "CNAME"), or ask the account team to enable BYOIP.`,
    });
  },
};
