import { according } from '../../context/source';
import { accountOf } from '../../context/rule-support';
import { booleanValue, propertyNode, stringValue, valueNode } from '../../json';
import { ENTERPRISE_FIELDS, planName } from '../../spectrum/plans';
import type { Rule } from '../types';

/**
 * Enterprise-only settings on Pro or Business. Quiet for values that leave the setting off, for
 * Pay-as-you-go (10012 reports every extra field) and for Argo when 11026 already does.
 */
export const rule: Rule = {
  name: 'enterprise-only-field',
  reports: ['enterprise-only-field'],
  kinds: ['spectrum-app'],
  check(ctx) {
    const account = accountOf(ctx);
    const plan = account?.plan;
    if (!account || (plan !== 'pro' && plan !== 'business') || account.spectrum === 'payg') return;
    const app = ctx.target.node;
    for (const field of ENTERPRISE_FIELDS) {
      const prop = propertyNode(app, field);
      if (!prop) continue;
      const value = valueNode(app, field);
      if (isOff(field, value)) continue;
      if (field === 'argo_smart_routing' && account.entitlements?.argo_smart_routing === false) continue;
      ctx.report({
        id: 'enterprise-only-field',
        node: prop,
        message: `\`${field}\` is an Enterprise setting and the zone is on the ${planName(plan)} plan, ${according(account)}. Remove it, or use an Enterprise zone.`,
      });
    }
  },
};

function isOff(field: string, value: ReturnType<typeof valueNode>): boolean {
  if (!value) return false;
  if (field === 'proxy_protocol' || field === 'tls') return stringValue(value) === 'off';
  if (field === 'ip_firewall' || field === 'argo_smart_routing') return booleanValue(value) === false;
  return false;
}
