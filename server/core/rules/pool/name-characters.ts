import { compose, replaceNode } from '../../edit';
import { POOL_FIELDS, typed } from '../../lb/fields';
import type { Rule } from '../types';

const VALID = /^[A-Za-z0-9_-]+$/;

/** A pool `name` of letters, digits, `-` and `_` only. */
export const rule: Rule = {
  name: 'name-characters',
  reports: ['pool-name-characters'],
  kinds: ['pool'],
  fieldByField: true,
  check({ doc, target, report }) {
    const node = typed(target.node, POOL_FIELDS, 'name');
    if (node?.type !== 'string') return;
    const name = node.value as string;
    if (VALID.test(name)) return;
    const suggested = name.trim().replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
    const bad = [...new Set(name.replace(/[A-Za-z0-9_-]/g, ''))].map((c) => (c === ' ' ? 'spaces' : `\`${c}\``));
    report({
      id: 'pool-name-characters',
      node,
      message: name === ''
        ? 'The pool `name` is empty; use letters, digits, `-` and `_`.'
        : `A pool \`name\` may contain only letters, digits, \`-\` and \`_\`, not ${bad.join(', ')}${suggested ? `; for example \`"${suggested}"\`` : ''}.`,
      // Renaming changes what people and scripts see: offered, never applied automatically.
      fixes: suggested ? () => [{ title: `Rename to "${suggested}"`, kind: 'choice', edits: compose(doc, [replaceNode(doc, node, suggested)]) }] : undefined,
    });
  },
};
