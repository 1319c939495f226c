import { entry } from '../../catalog';
import { isHttpType, monitorType, MONITOR_FIELDS, typed } from '../../lb/fields';
import type { Rule } from '../types';

/** Health checks read only the first 10 KB of the body. */
const WINDOW = 10 * 1024;

/** An `expected_body` longer than the part of the body that is read can never be found. */
export const rule: Rule = {
  name: 'expected-body-size',
  reports: ['response-body-mismatch-error'],
  kinds: ['monitor'],
  check({ target, report }) {
    const m = target.node;
    if (!isHttpType(monitorType(m))) return;
    const node = typed(m, MONITOR_FIELDS, 'expected_body');
    if (node?.type !== 'string') return;
    const bytes = Buffer.byteLength(node.value as string, 'utf8');
    if (bytes <= WINDOW) return;
    report({
      id: 'response-body-mismatch-error',
      node,
      message: `\`expected_body\` is ${(bytes / 1024).toFixed(1)} KB, but only the first 10 KB of a response are read, so every check fails with "${entry('response-body-mismatch-error').title}"; use a short string that appears near the start of the body.`,
    });
  },
};
