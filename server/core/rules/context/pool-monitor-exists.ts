import { according } from '../../context/source';
import { accountOf, lookUp } from '../../context/rule-support';
import { stringValue, valueNode } from '../../json';
import type { Rule } from '../types';

/** A pool's `monitor` must be the id of a monitor of the account (context) or of the workspace. */
export const rule: Rule = {
  name: 'pool-monitor-exists',
  reports: ['unknown-monitor'],
  kinds: ['pool'],
  scope: 'document',
  check(ctx) {
    const account = accountOf(ctx);
    if (!account?.monitors) return;
    const node = valueNode(ctx.target.node, 'monitor');
    const id = stringValue(node);
    if (!node || !id) return;
    if (account.monitors.some((m) => m.id === id)) return;
    if (lookUp(ctx, 'monitorsById', id).length) return;
    const known = account.monitors.map((m) => m.id).filter(Boolean);
    ctx.report({
      id: 'unknown-monitor',
      node,
      message: `No monitor has the id ${id}, neither in the workspace nor in the account, ${according(account)}.${known.length ? ` Known monitors: ${known.slice(0, 5).join(', ')}${known.length > 5 ? ', ...' : ''}.` : ''} Create the monitor first, or use an existing id.`,
    });
  },
};
