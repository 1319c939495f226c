import { according } from '../../context/source';
import { accountOf } from '../../context/rule-support';
import { monitorType } from '../../lb/fields';
import { ENTERPRISE_MONITOR_TYPES } from '../../lb/plan-limits';
import { valueNode } from '../../json';
import { planName } from '../../spectrum/plans';
import type { Rule } from '../types';

/** `udp_icmp`, `icmp_ping` and `smtp` monitors need Enterprise. */
export const rule: Rule = {
  name: 'monitor-type-plan',
  reports: ['enterprise-monitor-type'],
  kinds: ['monitor'],
  check(ctx) {
    const { target, report } = ctx;
    const account = accountOf(ctx);
    if (!account?.plan || account.plan === 'enterprise') return;
    const type = monitorType(target.node);
    if (!type || !ENTERPRISE_MONITOR_TYPES.has(type)) return;
    report({
      id: 'enterprise-monitor-type',
      node: valueNode(target.node, 'type'),
      message: `\`${type}\` monitors need Enterprise, and the account is on the ${planName(account.plan)} plan, ${according(account)}. Use an \`http\`, \`https\` or \`tcp\` monitor.`,
    });
  },
};
