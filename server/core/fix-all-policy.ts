import { findNodeAtOffset, type Node } from 'jsonc-parser';
import { applyEdits } from './edit';
import { parseJsonTree } from './json-tree';
import type { Finding, Fix } from './findings';
import { isTerraformPath } from './terraform/document';
import { parseTerraform } from './terraform/front-end';

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

/**
 * Whether applying `fix` to `text` keeps every value outside the finding's own node and removes no value.
 * `path` names the document: a Terraform file's values are its resources' (compared on the whole
 * file, since a part of an HCL file does not parse alone). `clean` is the tree of `text` when the caller
 * has one parsed without errors (the lint's): no fix then parses the whole text, nor the part it changes
 * before the change (the tree's own nodes are that parse).
 */
export function keepsUserValues(text: string, finding: Finding, fix: Fix, path?: string, clean?: Node): boolean {
  if (fix.edits.length === 0) return true;
  // The lint's model of the text, when given, is the tree before the fix: only the fixed text is parsed.
  if (isTerraformPath(path)) return keepsValues(clean ?? (parseTerraform(text).root as Node), parseTerraform(applyEdits(text, fix.edits)).root as Node, 0, finding.offset, fix.edits);
  const root = clean ?? treeOf(text);
  if (!root) return false;
  // Only the smallest object or array around the edits can change: compare that, not the document.
  const start = Math.min(...fix.edits.map((e) => e.offset));
  const end = Math.max(...fix.edits.map((e) => e.offset + e.length));
  const scope = enclosing(root, start, end);
  const beforeText = text.slice(scope.offset, scope.offset + scope.length);
  const shifted = fix.edits.map((e) => ({ ...e, offset: e.offset - scope.offset }));
  // Offsets in `before` count from `base`: the document's start for the tree's own nodes, else the scope's.
  const base = clean ? 0 : scope.offset;
  const before = clean ? scope : parseJsonTree(beforeText);
  const after = parseJsonTree(applyEdits(beforeText, shifted));
  if (!before || !after) return false;
  return keepsValues(before, after, base, finding.offset, fix.edits);
}

/** The comparison of `keepsUserValues` on two trees; `before`'s offsets count from `base` of the text `offset` and `edits` are in. */
function keepsValues(before: Node, after: Node, base: number, offset: number, edits: Fix['edits']): boolean {
  const problem = problemNode(before, offset - base);
  // A fix that rewrites only the flagged value may reshape it (a header list into an object); one that
  // reaches past it must leave as many values as there were.
  const withinProblem = problem !== undefined && edits.every((e) => problem.offset + base <= e.offset && e.offset + e.length <= problem.offset + base + problem.length);
  if (!withinProblem && countValues(after) < countValues(before)) return false;
  const kept = new Map<string, number>();
  for (const key of leaves(after)) kept.set(key, (kept.get(key) ?? 0) + 1);
  for (const key of leaves(before, problem)) {
    const n = kept.get(key) ?? 0;
    if (n === 0) return false;
    kept.set(key, n - 1);
  }
  return true;
}

/** Fix-all asks about many fixes of one text: its tree is parsed once. */
let lastTree: { text: string; root: Node | undefined } | undefined;
function treeOf(text: string): Node | undefined {
  if (lastTree?.text !== text) lastTree = { text, root: parseJsonTree(text) };
  return lastTree.root;
}

/** The innermost object or array whose brackets lie outside [start, end]; the root when none does. */
function enclosing(root: Node, start: number, end: number): Node {
  let best = root;
  for (let node: Node | undefined = root; node; ) {
    const inner: Node | undefined = (node.children ?? []).find((c) => c.offset < start && end < c.offset + c.length);
    if (!inner) break;
    if ((inner.type === 'object' || inner.type === 'array') && inner.offset < start && end < inner.offset + inner.length) best = inner;
    node = inner;
  }
  return best;
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
