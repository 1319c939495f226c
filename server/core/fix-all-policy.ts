import { findNodeAtOffset, parseTree, type Node } from 'jsonc-parser';
import { applyEdits } from './edit';
import type { Finding, Fix } from './findings';

/*
 * Which fixes fix-all (and so fix-on-save) may apply, decided here once for every rule: a lone `safe`
 * fix of a finding the user sees, that keeps every value the user wrote except the flagged one, and
 * removes nothing. A removal ("Remove ip_firewall") stays a quick fix the user picks.
 */

/** The fix fix-all would apply for this finding, if any. */
export function fixAllChoice(fixes: Fix[]): Fix | undefined {
  const safe = fixes.filter((x) => x.kind === 'safe');
  return safe.length === 1 && safe[0].edits.length > 0 ? safe[0] : undefined;
}

/** Whether applying `fix` to `text` keeps every value outside the finding's own node and removes no value. */
export function keepsUserValues(text: string, finding: Finding, fix: Fix): boolean {
  const opts = { allowTrailingComma: true, disallowComments: false };
  const before = parseTree(text, [], opts);
  const after = parseTree(applyEdits(text, fix.edits), [], opts);
  if (!before || !after) return false;
  if (countValues(after) < countValues(before)) return false;
  const problem = problemNode(before, finding.offset);
  const kept = new Map<string, number>();
  for (const key of leaves(after)) kept.set(key, (kept.get(key) ?? 0) + 1);
  for (const key of leaves(before, problem)) {
    const n = kept.get(key) ?? 0;
    if (n === 0) return false;
    kept.set(key, n - 1);
  }
  return true;
}

/** The node a finding is about: the whole property when it points at a key (a rename keeps the value). */
function problemNode(root: Node, offset: number): Node | undefined {
  const node = findNodeAtOffset(root, offset, false);
  const prop = node?.parent;
  if (node && prop?.type === 'property' && prop.children?.[0] === node) return prop;
  return node;
}

/** Values and array elements, at any depth: a fix that lowers the count removed something. */
function countValues(node: Node): number {
  let n = node.type === 'property' ? 0 : 1;
  for (const c of node.children ?? []) n += node.type === 'property' && c === node.children![0] ? 0 : countValues(c);
  return n;
}

/** Scalars and empty containers as `path=value`, array positions blurred (removing an element shifts the rest). */
function leaves(node: Node, skip?: Node, path = '', out: string[] = []): string[] {
  if (node === skip) return out;
  if (node.type === 'object' || node.type === 'array') {
    if (!node.children?.length) out.push(`${path}=${node.type === 'object' ? '{}' : '[]'}`);
    for (const c of node.children ?? []) {
      if (c === skip) continue;
      if (c.type === 'property') {
        const [k, v] = c.children ?? [];
        if (v) leaves(v, skip, `${path}/${String(k?.value)}`, out);
      } else leaves(c, skip, `${path}/*`, out);
    }
    return out;
  }
  out.push(`${path}=${node.type}:${JSON.stringify(node.value)}`);
  return out;
}
