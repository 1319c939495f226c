import { MONITOR_FIELDS, typed } from '../../lb/fields';
import type { Rule } from '../types';

/** `timeout` 1-10 and `retries` 0-5: the ranges the Terraform provider enforced (the API documents none). */
export const rule: Rule = {
  name: 'timeout-retries-range',
  reports: ['monitor-timeout-retries-range'],
  kinds: ['monitor'],
  check({ target, report }) {
    for (const name of ['timeout', 'retries'] as const) {
      const node = typed(target.node, MONITOR_FIELDS, name);
      const spec = MONITOR_FIELDS.find((f) => f.name === name)!;
      if (node?.type !== 'number') continue;
      const v = node.value as number;
      if (v >= spec.minimum! && v <= spec.maximum!) continue;
      report({
        id: 'monitor-timeout-retries-range',
        node,
        message: `\`${name}\` ${v} is outside ${spec.minimum}-${spec.maximum}${name === 'timeout' ? ' seconds' : ''}; the default is ${spec.default}.`,
      });
    }
  },
};
