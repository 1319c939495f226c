import { compose, replaceNode } from '../../edit';
import { valueNode } from '../../json';
import { apiMessage } from '../../schema/check';
import type { Rule } from '../types';

const MIN = 10;
const MAX = 3600;

/** 1002 `interval is not in range [min, 3600]`: outside what any plan accepts (plan minimums are context rules). */
export const rule: Rule = {
  name: 'interval-range',
  reports: ['1002'],
  kinds: ['monitor'],
  fieldByField: true,
  check({ doc, target, report }) {
    const value = valueNode(target.node, 'interval');
    if (value?.type !== 'number') return; // the wrong-type rule's
    const v = value.value as number;
    if (v >= MIN && v <= MAX) return;
    const to = v < MIN ? 60 : MAX;
    report({
      id: '1002',
      node: value,
      message: `\`interval\` ${v} fails the API validation ${apiMessage(`interval is not in range [${MIN}, ${MAX}]`)} (the minimum is 15 without Enterprise); use ${MIN}-${MAX} seconds.`,
      fixes: () => [{ title: `Set interval ${to}${to === 60 ? ' (the default)' : ''}`, kind: 'choice', edits: compose(doc, [replaceNode(doc, value, to)]) }],
    });
  },
};
