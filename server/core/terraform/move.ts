import type { ModelNode } from './hcl-tree';
import type { FoundResource } from './model';

/** A model node with the mark of the last move that reached it. */
type Movable = ModelNode & { moved?: number };
let moves = 0;

/**
 * Moves a resource's record taken over from an earlier version by `delta`: its labels' spans, every
 * node of its model and its version forms with their rewrites. Its syntax has moved already.
 */
export function moveModel(f: FoundResource, delta: number): void {
  if (delta === 0) return;
  f.typeAt.offset += delta;
  f.nameAt.offset += delta;
  // A mapping may hang one node under two parents: each moves once (a mark per move, cheaper than a set).
  const mark = ++moves;
  const stack: Movable[] = [f.node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.moved === mark) continue;
    n.moved = mark;
    n.offset += delta;
    if (n.colonOffset !== undefined) n.colonOffset += delta;
    const children = n.children;
    if (children) for (let i = 0; i < children.length; i++) stack.push(children[i]);
    if (n.nulls) for (const p of n.nulls) stack.push(p);
  }
  for (const form of f.forms ?? []) {
    form.offset += delta;
    for (const e of form.edits ?? []) e.offset += delta;
  }
}
