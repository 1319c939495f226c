import { according } from '../../context/source';
import { accountOf } from '../../context/rule-support';
import { compose, insertAfter, remove, replaceNode } from '../../edit';
import type { Fix } from '../../findings';
import { elements, pathOf, propertyNode, stringValue, valueNode } from '../../json';
import { CHECK_REGIONS } from '../../schema/pool';
import { planName } from '../../spectrum/plans';
import type { Rule } from '../types';

const REGIONS = Object.keys(CHECK_REGIONS).filter((r) => r !== 'ALL_REGIONS');
const PROBLEM = '`Probing from every data centre is not allowed with this subscription`';

/**
 * 1002: outside Enterprise a pool must name its health-check regions: `check_regions` null or absent
 * (every data center) and `ALL_REGIONS` are Enterprise only.
 */
export const rule: Rule = {
  name: 'pool-check-regions-plan',
  reports: ['1002'],
  kinds: ['pool'],
  check(ctx) {
    const { doc, target, report } = ctx;
    const account = accountOf(ctx);
    if (!account?.plan || account.plan === 'enterprise') return;
    const pool = target.node;
    const path = pathOf(pool);
    const prop = propertyNode(pool, 'check_regions');
    const value = valueNode(pool, 'check_regions');
    const plan = planName(account.plan);
    const choose = (edit: (region: string) => ReturnType<typeof compose>): Fix[] =>
      REGIONS.map((r) => ({ title: `Probe from ${r} (${CHECK_REGIONS[r]})`, kind: 'choice' as const, edits: edit(r) }));

    if (!value || value.type === 'null') {
      report({
        id: '1002',
        node: value ?? prop ?? propertyNode(pool, 'name') ?? propertyNode(pool, 'origins') ?? pool,
        message: `Without \`check_regions\` the pool probes from every data center, which needs Enterprise; the account is on the ${plan} plan, ${according(account)}, so the API answers ${PROBLEM}. List the regions to probe from.`,
        fixes: () =>
          choose((r) => compose(doc, [value ? replaceNode(doc, value, [r]) : insertAfter(doc, path, 'check_regions', [r], propertyNode(pool, 'monitor') ? 'monitor' : 'name')])),
      });
      return;
    }
    const items = elements(value);
    items.forEach((item, i) => {
      if (stringValue(item) !== 'ALL_REGIONS') return;
      const others = items.filter((x) => stringValue(x) !== 'ALL_REGIONS');
      report({
        id: '1002',
        node: item,
        message: `\`ALL_REGIONS\` needs Enterprise; the account is on the ${plan} plan, ${according(account)}, so the API answers ${PROBLEM}. Name the regions to probe from instead.`,
        fixes: () =>
          others.length
            ? [{ title: 'Remove ALL_REGIONS', kind: 'safe', edits: compose(doc, [remove(doc, [...path, 'check_regions', i])]) }]
            : choose((r) => compose(doc, [replaceNode(doc, item, r)])),
      });
    });
  },
};
