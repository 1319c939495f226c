import type { Node } from 'jsonc-parser';
import { ORIGIN_FIELDS, origins, typed } from '../../lb/fields';
import type { Rule } from '../types';

/** Origin names must be unique within a pool. */
export const rule: Rule = {
  name: 'duplicate-origin-names',
  reports: ['pool-origin-name-duplicate'],
  kinds: ['pool'],
  check({ doc, target, report }) {
    const first = new Map<string, { node: Node; index: number }>();
    for (const { node: o, index } of origins(target.node)) {
      const name = typed(o, ORIGIN_FIELDS, 'name');
      if (name?.type !== 'string' || name.value === '') continue;
      const earlier = first.get(name.value);
      if (!earlier) {
        first.set(name.value, { node: name, index });
        continue;
      }
      report({
        id: 'pool-origin-name-duplicate',
        node: name,
        message: `\`origins[${earlier.index}]\` already has the name "${name.value}"; give each origin of the pool its own name.`,
        related: [{ message: `The first origin named "${name.value}".`, range: doc.rangeOf(earlier.node.offset, earlier.node.length) }],
      });
    }
  },
};
