import { according } from '../../context/source';
import { accountOf, lookUp, oncePerLint } from '../../context/rule-support';
import { propertyNode, stringValue, valueNode } from '../../json';
import type { AccountContext } from '../../context/types';
import type { MonitorSummary, PoolSummary } from '../../workspace/types';
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
  scope: 'document',
  check(ctx) {
    const account = accountOf(ctx);
    const q = account?.quotas;
    if (!account || !q) return;
    const node = ctx.target.node;
    const at = propertyNode(node, ctx.target.kind === 'pool' ? 'name' : 'type') ?? node;

    if (ctx.target.kind === 'monitor') {
      if (q.monitors === undefined) return;
      const id = stringValue(valueNode(node, 'id'));
      if (isExistingMonitor(account, id)) return;
      // Every new monitor body of the workspace, this one included.
      const count = (account.monitors?.length ?? 0) + oncePerLint(ctx, 'new-monitors', () => newMonitors(account, lookUp(ctx, 'monitors', '')));
      if (count > q.monitors) {
        ctx.report({ id: '1006', node: at, message: `With this monitor the account would have ${count} monitors, above its quota of ${q.monitors}, ${according(account)}. Reuse an existing monitor, or delete unused ones.` });
      }
      return;
    }

    const id = stringValue(valueNode(node, 'id'));
    const name = stringValue(valueNode(node, 'name'));
    const existing = existingPoolIndex(account, id, name);
    // Totals over every pool body of the workspace, this one included: the same for each pool here.
    const totals = oncePerLint(ctx, 'pool-totals', () => poolTotals(account, lookUp(ctx, 'pools', '')));
    if (q.pools !== undefined && existing < 0) {
      const count = (account.pools?.length ?? 0) + totals.newPools;
      if (count > q.pools) ctx.report({ id: '1006', node: at, message: `With this pool the account would have ${count} pools, above its quota of ${q.pools}, ${according(account)}. Reuse or delete unused pools.` });
    }
    if (q.origins !== undefined) {
      const count = totals.endpoints;
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

/**
 * New pools, and endpoints of the account's pools with the workspace's version of a pool replacing the
 * context's (same id or name).
 */
function poolTotals(account: AccountContext, pools: PoolSummary[]): { newPools: number; endpoints: number } {
  const replaced = new Set<number>();
  let newPools = 0;
  let endpoints = 0;
  for (const p of pools) {
    const i = existingPoolIndex(account, p.id, p.name);
    if (i < 0) newPools++;
    else replaced.add(i);
    endpoints += p.origins;
  }
  (account.pools ?? []).forEach((p, i) => {
    if (!replaced.has(i)) endpoints += Array.isArray(p.origins) ? p.origins.length : 0;
  });
  return { newPools, endpoints };
}

function isExistingMonitor(account: AccountContext, id: string | undefined): boolean {
  return id !== undefined && (account.monitors ?? []).some((m) => m.id === id);
}

function newMonitors(account: AccountContext, monitors: MonitorSummary[]): number {
  return monitors.filter((m) => !m.response && !isExistingMonitor(account, m.id)).length;
}

function existingPoolIndex(account: AccountContext, id: string | undefined, name: string | undefined): number {
  return (account.pools ?? []).findIndex((p) => (id !== undefined && p.id === id) || (name !== undefined && p.name === name));
}

