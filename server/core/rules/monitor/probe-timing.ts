import { anchorOf, valueNode } from '../../json';
import { monitorNumber } from '../../lb/fields';
import type { Rule } from '../types';

/** `(retries + 1) × timeout` must stay below `interval`, or checks overlap. Absent values count with their defaults. */
export const rule: Rule = {
  name: 'probe-timing',
  reports: ['monitor-probe-timing'],
  kinds: ['monitor'],
  check({ target, report }) {
    const m = target.node;
    const timeout = monitorNumber(m, 'timeout');
    const retries = monitorNumber(m, 'retries');
    const interval = monitorNumber(m, 'interval');
    if (timeout === undefined || retries === undefined || interval === undefined) return;
    const total = (retries + 1) * timeout;
    if (total < interval) return;
    const node = valueNode(m, 'interval') ?? valueNode(m, 'timeout') ?? valueNode(m, 'retries');
    const at = anchorOf(m);
    report({
      id: 'monitor-probe-timing',
      ...(node ? { node } : { offset: at.offset, length: at.length }),
      message: `A check can take \`(retries + 1) × timeout\` = ${retries + 1} × ${timeout} = ${total} s, which is not below \`interval\` ${interval} s; lower \`retries\` or \`timeout\`, or raise \`interval\` above ${total}.`,
    });
  },
};
