import { according } from '../../context/source';
import { accountOf } from '../../context/rule-support';
import { stringValue, valueNode } from '../../json';
import { allowedProtocols, planName } from '../../spectrum/plans';
import { appProtocol } from '../../spectrum/app';
import type { Rule } from '../types';

/**
 * 13002: a protocol the zone's plan does not allow (reference §2.6): Free none; Pro and Business SSH
 * (tcp/22) and Minecraft (tcp/25565); Business also RDP (tcp/3389); Enterprise any TCP/UDP, and the
 * only plan for HTTP/HTTPS applications.
 */
export const rule: Rule = {
  name: 'plan-protocol',
  reports: ['13002'],
  kinds: ['spectrum-app'],
  check(ctx) {
    const account = accountOf(ctx);
    const plan = account?.plan;
    if (!account || !plan || plan === 'enterprise') return;
    const app = ctx.target.node;
    const protocolNode = valueNode(app, 'protocol');
    const p = appProtocol(app);
    if (!p || !protocolNode) return;
    const allowed = allowedProtocols(plan);
    const names = allowed.map((a) => `${a.name} (${a.protocol})`);
    const list = names.length ? `allows only ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]}` : 'includes no Spectrum protocols';
    const text = stringValue(protocolNode)!;
    if (!allowed.some((a) => a.protocol === text || a.named === text)) {
      ctx.report({
        id: '13002',
        node: protocolNode,
        message: `${text} is not available on the ${planName(plan)} plan, ${according(account)}: it ${list}. ${allowed.length ? 'Use one of those, or' : 'Use'} an Enterprise zone for other ports.`,
      });
      return;
    }
    const traffic = valueNode(app, 'traffic_type');
    const t = stringValue(traffic);
    if (traffic && (t === 'http' || t === 'https')) {
      ctx.report({
        id: '13002',
        node: traffic,
        message: `${t.toUpperCase()} applications are not available on the ${planName(plan)} plan, ${according(account)}: it ${list} as direct TCP. Set \`traffic_type\` to "direct", or use an Enterprise zone.`,
      });
    }
  },
};
