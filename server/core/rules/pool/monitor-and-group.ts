import { compose, remove } from '../../edit';
import { pathOf, propertyNode } from '../../json';
import type { Rule } from '../types';

/** A pool uses `monitor` or `monitor_group`, never both. */
export const rule: Rule = {
  name: 'monitor-and-group',
  reports: ['pool-monitor-and-group'],
  kinds: ['pool'],
  check({ doc, target, report }) {
    const monitor = propertyNode(target.node, 'monitor');
    const group = propertyNode(target.node, 'monitor_group');
    if (!monitor || !group) return;
    const second = monitor.offset > group.offset ? monitor : group;
    const firstKey = (second === monitor ? group : monitor).children![0];
    const path = pathOf(target.node);
    report({
      id: 'pool-monitor-and-group',
      node: second,
      message: 'The pool sets both `monitor` and `monitor_group`; keep only one of them.',
      related: [{ message: 'The other one is here.', range: doc.rangeOf(firstKey.offset, firstKey.length) }],
      fixes: () => [
        { title: 'Keep monitor (remove monitor_group)', kind: 'choice', edits: compose(doc, [remove(doc, [...path, 'monitor_group'])]) },
        { title: 'Keep monitor_group (remove monitor)', kind: 'choice', edits: compose(doc, [remove(doc, [...path, 'monitor'])]) },
      ],
    });
  },
};
