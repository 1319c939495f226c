import type { Node } from 'jsonc-parser';
import { valueNode } from '../json';
import type { Detector } from './types';

/**
 * The result of `GET .../load_balancers/pools/{pool_id}/health`: `pop_health` as a map of region to
 * `{ healthy, origins: [{ "<ip>": { failure_reason, ... } }] }` (the API and Go SDK form), or as a
 * single such object (the TypeScript SDK form).
 */
export const poolHealth: Detector = {
  kind: 'pool-health',
  globs: [],
  hint: /"pop_health"/,
  looksLike(node: Node): boolean {
    return valueNode(node, 'pop_health')?.type === 'object';
  },
};
