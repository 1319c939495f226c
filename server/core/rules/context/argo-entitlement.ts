import { according } from '../../context/source';
import { accountOf } from '../../context/rule-support';
import { compose, replaceNode } from '../../edit';
import { booleanValue, valueNode } from '../../json';
import type { Rule } from '../types';

/** 11026: `argo_smart_routing: true` on an account without Argo Smart Routing. */
export const rule: Rule = {
  name: 'argo-entitlement',
  reports: ['11026'],
  kinds: ['spectrum-app'],
  check(ctx) {
    const account = accountOf(ctx);
    if (account?.entitlements?.argo_smart_routing !== false) return;
    const node = valueNode(ctx.target.node, 'argo_smart_routing');
    if (!node || booleanValue(node) !== true) return;
    const { doc } = ctx;
    ctx.report({
      id: '11026',
      node,
      message: `Argo Smart Routing is not enabled for the account, ${according(account)}. Set \`argo_smart_routing\` to false, or ask the account team to enable Argo.`,
      fixes: () => [{ title: 'Set argo_smart_routing to false', kind: 'choice', edits: compose(doc, [replaceNode(doc, node, false)]) }],
    });
  },
};
