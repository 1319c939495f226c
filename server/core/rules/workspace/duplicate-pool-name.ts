import { according } from '../../context/source';
import { accountOf, fileName, isTarget, lookUp, relatedInContext, relatedTo, someRelated } from '../../context/rule-support';
import { stringValue, valueNode } from '../../json';
import type { Rule } from '../types';

/**
 * Pool names are unique in an account: two pools of the workspace with one name, or a pool whose name
 * an existing pool with another id already has.
 */
export const rule: Rule = {
  name: 'duplicate-pool-name',
  reports: ['duplicate-pool-name'],
  kinds: ['pool'],
  scope: 'document',
  check(ctx) {
    const node = valueNode(ctx.target.node, 'name');
    const name = stringValue(node);
    if (!node || !name) return;
    const id = stringValue(valueNode(ctx.target.node, 'id'));
    const same = (otherId: string | undefined) => id !== undefined && otherId === id;
    const clashes = lookUp(ctx, 'poolsByName', name).filter((p) => !isTarget(ctx, p) && !same(p.id));
    if (clashes.length) {
      const first = clashes[0];
      const { related, more } = someRelated(clashes, (p) => relatedTo(ctx, p.nameRange ? { path: p.path, range: p.nameRange } : p, `Pool "${name}"`));
      ctx.report({
        id: 'duplicate-pool-name',
        node,
        message: `Another pool ${first.path === (ctx.options.path ?? '').replace(/\\/g, '/') ? 'in this file' : `in ${fileName(first.path)}`}${more} is also named "${name}"; pool names must be unique in the account. Rename one of them.`,
        related,
      });
      return;
    }
    const account = accountOf(ctx);
    const pools = account?.pools ?? [];
    // Without ids on both sides, a pool of the same name is taken to be the same pool (its desired state).
    const index = pools.findIndex((p) => p.name === name && id !== undefined && p.id !== undefined && p.id !== id);
    if (index < 0 || !account) return;
    ctx.report({
      id: 'duplicate-pool-name',
      node,
      message: `The existing pool ${pools[index].id} is already named "${name}", ${according(account)}; pool names must be unique in the account. Rename this pool.`,
      related: relatedInContext(account, `/pools/${index}`, `Pool "${name}" (${pools[index].id})`),
    });
  },
};
