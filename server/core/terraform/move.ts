import type { ModelNode } from './hcl-tree';
import type { FoundResource } from './model';

/**
 * Moves a resource's record taken over from an earlier version by `delta`: its labels' spans, every
 * node of its model and its version forms with their rewrites. Its syntax has moved already.
 */
export function moveModel(f: FoundResource, delta: number): void {
  if (delta === 0) return;
  f.typeAt.offset += delta;
  f.nameAt.offset += delta;
  // A mapping may hang one node under two parents: each moves once.
  const seen = new Set<ModelNode>();
  const stack: ModelNode[] = [f.node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (seen.has(n)) continue;
    seen.add(n);
    n.offset += delta;
    if (n.colonOffset !== undefined) n.colonOffset += delta;
    for (const c of n.children ?? []) stack.push(c);
  }
  for (const form of f.forms ?? []) {
    form.offset += delta;
    for (const e of form.edits ?? []) e.offset += delta;
  }
}
