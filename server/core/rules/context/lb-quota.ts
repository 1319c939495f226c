import { according } from '../../context/source';
import { accountOf, otherMonitors, otherPools } from '../../context/rule-support';
import { elements, pointerOf, propertyNode, stringValue, valueNode } from '../../json';
import type { AccountContext } from '../../context/types';
import type { MonitorSummary } from '../../workspace/types';
import type { Rule } from '../types';

/**
 * 1006: the account would exceed its quota of monitors, pools or endpoints. Objects of the workspace
 * that match an existing one of the context (same id, or for pools the same name) are not new.
 * Reported on new objects of this document only.
 */
export const rule: Rule = {
  name: 'lb-quota',
  reports: ['1006'],
  kinds: ['monitor', 'pool'],
  check(ctx) {
    const account = accountOf(ctx);
    const q = account?.quotas;
    if (!account || !q) return;
    const node = ctx.target.node;
    const pointer = pointerOf(node);
    const at = propertyNode(node, ctx.target.kind === 'pool' ? 'name' : 'type') ?? node;

    if (ctx.target.kind === 'monitor') {
      if (q.monitors === undefined) return;
      const id = stringValue(valueNode(node, 'id'));
      if (isExistingMonitor(account, id)) return;
      const count = (account.monitors?.length ?? 0) + newMonitors(account, otherMonitors(ctx, pointer)) + 1;
      if (count > q.monitors) {
        ctx.report({ id: '1006', node: at, message: `With this monitor the account would have ${count} monitors, above its quota of ${q.monitors}, ${according(account)}. Reuse an existing monitor, or delete unused ones.` });
      }
      return;
    }

    const id = stringValue(valueNode(node, 'id'));
    const name = stringValue(valueNode(node, 'name'));
    const existing = existingPoolIndex(account, id, name);
    const others = otherPools(ctx, pointer).filter((p) => !p.response);
    if (q.pools !== undefined && existing < 0) {
      const count = (account.pools?.length ?? 0) + others.filter((p) => existingPoolIndex(account, p.id, p.name) < 0).length + 1;
      if (count > q.pools) ctx.report({ id: '1006', node: at, message: `With this pool the account would have ${count} pools, above its quota of ${q.pools}, ${according(account)}. Reuse or delete unused pools.` });
    }
    if (q.origins !== undefined) {
      // Endpoints: the context's pools, with the workspace's version of a pool replacing the context's.
      const replaced = new Set<number>([existing, ...others.map((p) => existingPoolIndex(account, p.id, p.name))].filter((i) => i >= 0));
      let count = elements(valueNode(node, 'origins')).length + others.reduce((n, p) => n + p.origins, 0);
      (account.pools ?? []).forEach((p, i) => {
        if (!replaced.has(i)) count += Array.isArray(p.origins) ? p.origins.length : 0;
      });
      if (count > q.origins) {
        ctx.report({
          id: '1006',
          node: propertyNode(node, 'origins') ?? at,
          message: `The account's pools would have ${count} endpoints, above its quota of ${q.origins}, ${according(account)}. Remove endpoints, or raise the quota.`,
        });
      }
    }
  },
};

function isExistingMonitor(account: AccountContext, id: string | undefined): boolean {
  return id !== undefined && (account.monitors ?? []).some((m) => m.id === id);
}

function newMonitors(account: AccountContext, monitors: MonitorSummary[]): number {
  return monitors.filter((m) => !m.response && !isExistingMonitor(account, m.id)).length;
}

function existingPoolIndex(account: AccountContext, id: string | undefined, name: string | undefined): number {
  return (account.pools ?? []).findIndex((p) => (id !== undefined && p.id === id) || (name !== undefined && p.name === name));
}

