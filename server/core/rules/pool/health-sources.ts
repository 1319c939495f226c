import { compose, replaceNode } from '../../edit';
import { elements, valueNode } from '../../json';
import { POOL_FIELDS, typed } from '../../lb/fields';
import type { Rule } from '../types';

const ALLOWED = ['regional', 'global'];

/** `health_sources` is `null` or exactly `["regional", "global"]`, and `regional` needs `check_regions`. */
export const rule: Rule = {
  name: 'health-sources',
  reports: ['pool-health-sources'],
  kinds: ['pool'],
  check({ doc, target, report }) {
    const node = typed(target.node, POOL_FIELDS, 'health_sources');
    if (node?.type !== 'array') return;
    const items = elements(node);
    if (items.some((i) => i.type !== 'string' || !ALLOWED.includes(i.value))) return; // the enum and type rules'
    const values = items.map((i) => i.value as string);
    const exact = values.length === 2 && ALLOWED.every((a) => values.includes(a));
    const regions = valueNode(target.node, 'check_regions');
    const hasRegions = regions?.type === 'array' && elements(regions).length > 0;
    if (!exact) {
      // A fix removes its problem: without regions, ["regional", "global"] would only trade this error for the next.
      const fix = hasRegions
        ? { title: 'Write ["regional", "global"]', value: ALLOWED }
        : { title: 'Write null (the pool has no check_regions for regional health)', value: null };
      report({
        id: 'pool-health-sources',
        node,
        message: `\`health_sources\` is either \`null\` or exactly \`["regional", "global"]\`, not \`${JSON.stringify(values)}\`.`,
        fixes: () => [{ title: fix.title, kind: 'safe', edits: compose(doc, [replaceNode(doc, node, fix.value)]) }],
      });
      return;
    }
    if (hasRegions) return;
    report({
      id: 'pool-health-sources',
      node,
      message: `\`regional\` health needs at least one region in \`check_regions\`, but ${regions ? '`check_regions` is empty' : 'the pool sets no `check_regions`'}; add regions, or set \`health_sources\` to \`null\`.`,
    });
  },
};
