import { lastStartingAtOrBefore } from '../sorted';
import { isUnknown, type ModelNode } from './hcl-tree';
import type { TerraformResource } from './model';

/** Where the expressions are: an unknown attribute's whole span (its name too), else the unknown element's. */
export function unknownSpans(resources: TerraformResource[]): Array<{ offset: number; length: number }> {
  const out: Array<{ offset: number; length: number }> = [];
  for (const r of resources) {
    const base = r.node.offset;
    for (const s of relativeSpans(r.node)) out.push({ offset: base + s.offset, length: s.length });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * A resource's spans relative to its start, found once per model node: a resource kept from the
 * earlier version (the same nodes, moved) is not walked again.
 */
const relative = new WeakMap<ModelNode, Array<{ offset: number; length: number }>>();

function relativeSpans(resource: ModelNode): Array<{ offset: number; length: number }> {
  let spans = relative.get(resource);
  if (spans) return spans;
  spans = [];
  const base = resource.offset;
  const visit = (n: ModelNode) => {
    if (isUnknown(n)) {
      const p = n.parent;
      const at = p?.type === 'property' && p.children?.[1] === n ? p : n;
      spans!.push({ offset: at.offset - base, length: at.length });
      return;
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(resource);
  relative.set(resource, spans);
  return spans;
}

/** Whether a finding's range lies inside an unknown span (so it is about something not evaluated). */
export function insideUnknown(spans: ReadonlyArray<{ offset: number; length: number }>, offset: number, length: number): boolean {
  // Spans come from a tree: nested or apart. A range inside one is inside the outermost that holds it.
  const outer = outermost(spans);
  const s = outer.length ? outer[lastStartingAtOrBefore(outer, offset)] : undefined;
  return s !== undefined && s.offset <= offset && offset + length <= s.offset + s.length;
}

const outers = new WeakMap<object, Array<{ offset: number; length: number }>>();

/** The spans that no other holds, in order (made once per list: every finding of a lint asks). */
function outermost(spans: ReadonlyArray<{ offset: number; length: number }>): Array<{ offset: number; length: number }> {
  let out = outers.get(spans);
  if (!out) {
    out = [];
    for (const s of [...spans].sort((a, b) => a.offset - b.offset || b.length - a.length)) {
      const last = out[out.length - 1];
      if (last && s.offset + s.length <= last.offset + last.length) continue;
      out.push(s);
    }
    outers.set(spans, out);
  }
  return out;
}
