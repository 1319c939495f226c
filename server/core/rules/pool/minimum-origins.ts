import { compose, replaceNode } from '../../edit';
import { enabledOrigins, origins, POOL_FIELDS, typed } from '../../lb/fields';
import type { Rule } from '../types';

/** `minimum_origins` at most the number of enabled origins, or the pool can never be healthy. */
export const rule: Rule = {
  name: 'minimum-origins',
  reports: ['pool-minimum-origins'],
  kinds: ['pool'],
  check({ doc, target, report }) {
    const node = typed(target.node, POOL_FIELDS, 'minimum_origins');
    if (node?.type !== 'number') return;
    const min = node.value as number;
    const count = enabledOrigins(target.node);
    // No minimum is documented (0 is sent by SDKs on purpose): only a threshold above the enabled origins is wrong.
    // With no origins at all, the empty list is what is wrong (1002).
    if (count === undefined || origins(target.node).length === 0 || min <= count.atMost) return;
    const enabled = count.atMost;
    report({
      id: 'pool-minimum-origins',
      node,
      message: `\`minimum_origins\` is ${min} but the pool has ${enabled === 0 ? 'no enabled origin' : `${count.exact ? 'only' : 'at most'} ${enabled} enabled origin${enabled === 1 ? '' : 's'}`}, so it can never be healthy; lower it or enable more origins.`,
      fixes: enabled > 0 ? () => [{ title: `Set minimum_origins ${enabled}`, kind: 'choice', edits: compose(doc, [replaceNode(doc, node, enabled)]) }] : undefined,
    });
  },
};
