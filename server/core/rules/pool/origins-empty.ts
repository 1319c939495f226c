import { compose, replaceNode } from '../../edit';
import { valueNode } from '../../json';
import { POOL_FIELDS, typed } from '../../lb/fields';
import { apiMessage } from '../../schema/check';
import type { Rule } from '../types';

/** 1002 `the origin list length must be in range [1, …]`: a pool with no origins (an empty list, or `null`). */
export const rule: Rule = {
  name: 'origins-empty',
  reports: ['1002'],
  kinds: ['pool'],
  check({ doc, target, report }) {
    const none = valueNode(target.node, 'origins');
    const node = none?.type === 'null' ? none : typed(target.node, POOL_FIELDS, 'origins');
    if (!node || (node.type !== 'null' && (node.type !== 'array' || (node.children?.length ?? 0) > 0))) return;
    // Without an address the required-field rule keeps flagging the origin until the user adds one.
    const skeleton = { name: 'origin-1' };
    report({
      id: '1002',
      node,
      message: `${node.type === 'null' ? '`origins` is `null`: the' : 'The'} pool has no origins, which fails the API validation ${apiMessage('the origin list length must be in range [1, …]')}; add at least one origin with an \`address\`.`,
      fixes: () => [{ title: 'Add an origin (then set its address)', kind: 'placeholder', edits: compose(doc, [replaceNode(doc, node, [skeleton])]) }],
    });
  },
};
