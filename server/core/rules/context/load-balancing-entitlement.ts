import { according } from '../../context/source';
import { accountOf } from '../../context/rule-support';
import { propertyNode } from '../../json';
import type { Rule } from '../types';

/** Monitors and pools on an account without Load Balancing: the API answers with empty ranges (`[0, 0]`, `[1, 0]`). */
export const rule: Rule = {
  name: 'load-balancing-entitlement',
  reports: ['load-balancing-not-enabled'],
  kinds: ['monitor', 'pool'],
  check(ctx) {
    const { target, report } = ctx;
    const account = accountOf(ctx);
    if (account?.entitlements?.load_balancing !== false) return;
    const what = target.kind === 'pool' ? 'pool' : 'monitor';
    report({
      id: 'load-balancing-not-enabled',
      node: propertyNode(target.node, target.kind === 'pool' ? 'origins' : 'type') ?? propertyNode(target.node, 'name') ?? target.node,
      message: `Load Balancing is not enabled for the account, ${according(account)}, so this ${what} would be rejected (the API says \`${what === 'pool' ? 'the origin list length must be in range [1, 0]' : 'interval is not in range [0, 0]'}\`). Enable Load Balancing first.`,
    });
  },
};
