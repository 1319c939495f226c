import { according } from '../../context/source';
import { accountOf } from '../../context/rule-support';
import { compose, replaceNode } from '../../edit';
import { MONITOR_FIELDS, typedNumber } from '../../lb/fields';
import { minimumInterval } from '../../lb/plan-limits';
import { valueNode } from '../../json';
import { planName } from '../../spectrum/plans';
import { apiMessage } from '../../schema/check';
import type { Rule } from '../types';

/** 1002 `interval is not in range [min, 3600]`: below the plan's minimum (values no plan accepts are the static rule's). */
export const rule: Rule = {
  name: 'monitor-interval-plan',
  reports: ['1002'],
  kinds: ['monitor'],
  check(ctx) {
    const { doc, target, report } = ctx;
    const account = accountOf(ctx);
    if (!account?.plan) return;
    const node = valueNode(target.node, 'interval');
    const v = typedNumber(target.node, MONITOR_FIELDS, 'interval');
    if (!node || v === undefined || v < 10 || v > 3600) return;
    const min = minimumInterval(account.plan);
    if (v >= min) return;
    report({
      id: '1002',
      node,
      message: `\`interval\` ${v} is below the ${planName(account.plan)} plan's minimum of ${min} seconds, ${according(account)}; the API answers ${apiMessage(`interval is not in range [${min}, 3600]`)}. Use ${min} or more.`,
      fixes: () => [{ title: `Set interval ${min}`, kind: 'safe', edits: compose(doc, [replaceNode(doc, node, min)]) }],
    });
  },
};
