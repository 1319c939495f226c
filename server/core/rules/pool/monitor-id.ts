import { POOL_FIELDS, typed } from '../../lb/fields';
import type { Rule } from '../types';

/** Monitor (and pool) ids as the API writes them. */
const LB_ID = /^[0-9a-f]{32}$/i;

/** A pool's `monitor` is a monitor id: 32 hexadecimal characters, not a template's placeholder. */
export const rule: Rule = {
  name: 'monitor-id',
  reports: ['pool-monitor-id'],
  kinds: ['pool'],
  fieldByField: true,
  check({ target, report }) {
    const node = typed(target.node, POOL_FIELDS, 'monitor');
    if (node?.type !== 'string') return;
    const id = node.value as string;
    // An empty string is how the API writes "no monitor".
    if (id === '' || LB_ID.test(id)) return;
    const placeholder = /^[A-Z][A-Z0-9_]*$/.test(id) || /^(<.*>|\$\{.*\}|\{\{.*\}\})$/.test(id.trim());
    report({
      id: 'pool-monitor-id',
      node,
      message: `${placeholder ? `\`${id}\` is a placeholder` : `\`${id}\` is not a monitor id`}: monitor ids are 32 hexadecimal characters, such as \`f1aba936b94213e5b8dca0c0dbf1f9cc\`. Write the \`id\` of the pool's monitor.`,
    });
  },
};
