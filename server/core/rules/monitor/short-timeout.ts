import type { Node } from 'jsonc-parser';
import { entry } from '../../catalog';
import { compose, replaceNode, setValue, type EditStep } from '../../edit';
import type { Fix } from '../../findings';
import { isHttpType, monitorNumber, monitorType, MONITOR_FIELDS, typed } from '../../lb/fields';
import type { Rule } from '../types';
import { pathOf } from '../../json';

const DEFAULT_TIMEOUT = 5;
/** Below this many seconds the docs expect "HTTP timeout occurred". */
const SHORT = 3;

/** An http(s) `timeout` of 1-2 s predicts the health-check failure "HTTP timeout occurred". */
export const rule: Rule = {
  name: 'short-timeout',
  reports: ['http-timeout-occurred'],
  kinds: ['monitor'],
  check({ doc, target, report }) {
    const m = target.node;
    if (!isHttpType(monitorType(m))) return;
    const node = typed(m, MONITOR_FIELDS, 'timeout');
    if (node?.type !== 'number' || node.value >= SHORT || node.value < 1) return; // the range rule has < 1
    const timeout = node.value as number;
    report({
      id: 'http-timeout-occurred',
      node,
      message: `A \`timeout\` of ${timeout} s often fails health checks with "${entry('http-timeout-occurred').title}" when the origin is slow to answer; allow at least ${SHORT} s (the default is ${DEFAULT_TIMEOUT}).`,
      fixes: () => {
        const fix = raise(m);
        if (!fix) return [];
        const steps: EditStep[] = [replaceNode(doc, node, fix.timeout)];
        if (fix.retries !== undefined) steps.push(setValue(doc, [...pathOf(m), 'retries'], fix.retries));
        const title = `Set timeout ${fix.timeout}${fix.retries !== undefined ? ` and retries ${fix.retries}` : ''}`;
        return [{ title, kind: 'safe', edits: compose(doc, steps) } satisfies Fix];
      },
    });
  },
};

/**
 * The new timeout: the default 5 when `(retries + 1) × 5` stays below `interval`, else the largest
 * timeout of at least 3 s that does; when even 3 s is too long, 3 s with fewer retries.
 */
function raise(m: Node): { timeout: number; retries?: number } | undefined {
  const retries = monitorNumber(m, 'retries');
  const interval = monitorNumber(m, 'interval');
  if (retries === undefined || interval === undefined) return { timeout: DEFAULT_TIMEOUT };
  const fits = (t: number, r: number) => (r + 1) * t < interval;
  if (fits(DEFAULT_TIMEOUT, retries)) return { timeout: DEFAULT_TIMEOUT };
  for (let t = DEFAULT_TIMEOUT - 1; t >= SHORT; t--) if (fits(t, retries)) return { timeout: t };
  for (let r = retries - 1; r >= 0; r--) if (fits(SHORT, r)) return { timeout: SHORT, retries: r };
  return undefined;
}
