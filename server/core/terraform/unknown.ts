import { isUnknown, type ModelNode } from './hcl-tree';
import type { TerraformResource } from './model';

/** Where the expressions are: an unknown attribute's whole span (its name too), else the unknown element's. */
export function unknownSpans(resources: TerraformResource[]): Array<{ offset: number; length: number }> {
  const out: Array<{ offset: number; length: number }> = [];
  const visit = (n: ModelNode) => {
    if (isUnknown(n)) {
      const p = n.parent;
      const at = p?.type === 'property' && p.children?.[1] === n ? p : n;
      out.push({ offset: at.offset, length: at.length });
      return;
    }
    for (const c of n.children ?? []) visit(c);
  };
  for (const r of resources) visit(r.node);
  return out.sort((a, b) => a.offset - b.offset);
}

/** Whether a finding's range lies inside an unknown span (so it is about something not evaluated). */
export function insideUnknown(spans: ReadonlyArray<{ offset: number; length: number }>, offset: number, length: number): boolean {
  return spans.some((s) => s.offset <= offset && offset + length <= s.offset + s.length);
}
