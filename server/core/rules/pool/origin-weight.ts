import { compose, replaceNode } from '../../edit';
import type { Fix } from '../../findings';
import { ORIGIN_FIELDS, origins, typed } from '../../lb/fields';
import type { Rule } from '../types';

/** An origin `weight` from 0 to 1, in steps of 0.01. */
export const rule: Rule = {
  name: 'origin-weight',
  reports: ['pool-origin-weight'],
  kinds: ['pool'],
  fieldByField: true,
  check({ doc, target, report }) {
    for (const { node: o, index } of origins(target.node)) {
      const node = typed(o, ORIGIN_FIELDS, 'weight');
      if (node?.type !== 'number') continue;
      const w = node.value as number;
      const where = `\`origins[${index}].weight\``;
      const set = (v: number, kind: Fix['kind'], why = ''): Fix => ({ title: `Set weight ${v}${why}`, kind, edits: compose(doc, [replaceNode(doc, node, v)]) });
      if (w < 0 || w > 1) {
        // A whole number up to 100 reads as a percent (50 -> 0.5); 1.5 does not, and 1 stays the first choice.
        const percent = w > 1 && w <= 100 && Number.isInteger(w) ? w / 100 : undefined;
        report({
          id: 'pool-origin-weight',
          node,
          message: `${where} ${w} is outside 0-1${percent !== undefined ? `; for ${w} % write ${percent}` : ''}.`,
          fixes: () => [set(w < 0 ? 0 : 1, 'choice'), ...(percent !== undefined ? [set(percent, 'choice', ` (${w} %)`)] : [])],
        });
        continue;
      }
      const rounded = Math.round(w * 100) / 100;
      if (Math.abs(w - rounded) < 1e-9) continue;
      report({
        id: 'pool-origin-weight',
        node,
        message: `${where} ${w} is not a multiple of 0.01; use ${rounded}.`,
        fixes: () => [set(rounded, 'safe')],
      });
    }
  },
};
