import type { Edit, Point, Range, Tree } from 'web-tree-sitter';
import { changeBetween, type Change } from '../reparse';
import { parseHcl } from './parser';
import { copyTree, moveSyntax, type Reuse, type Source, type SyntaxNode } from './syntax';

/**
 * What a `.tf` version keeps for the next one: the parser's tree (WASM memory: freed when the next
 * version takes it over, or by `releaseHcl`), its text, and the plain copy with its source holder.
 */
export interface HclState {
  tree: Tree | undefined;
  text: string;
  source: Source;
  syntax: SyntaxNode;
}

/** A parse of a text: the copy, the items kept from the previous version (with how far each moved). */
export interface HclParse {
  state: HclState;
  /** Items of the top-level body taken over from the previous version's copy, and the distance each moved. */
  kept: Map<SyntaxNode, number>;
  /** The edit from the previous version's text, when the text was parsed from it. */
  change?: Change;
}

/**
 * Parses `text`. With `previous` (still holding its tree), the tree is told the edit between the two
 * texts and parsed again from it, and every top-level item outside the edit and outside the ranges the
 * parser reports as changed is taken over from the previous copy instead of being copied again. The
 * previous tree is freed either way; the new one is kept only with `keep`.
 */
export function parseHclIncrementally(text: string, previous: HclState | undefined, keep: boolean): HclParse {
  const old = previous?.tree;
  if (previous) previous.tree = undefined;
  const kept = new Map<SyntaxNode, number>();
  let tree: Tree;
  let source: Source;
  let syntax: SyntaxNode;
  let change: Change | undefined;
  if (old && previous) {
    change = changeBetween(previous.text, text);
    let changed: Range[];
    try {
      old.edit(treeEdit(previous.text, text, change));
      tree = parseHcl(text, old);
      changed = old.getChangedRanges(tree);
    } finally {
      old.delete();
    }
    // The holder is taken over with the nodes: they all read the new text from now on.
    source = previous.source;
    source.text = text;
    syntax = copyTree(tree, source, reuseOutside(previous.syntax, change, changed, kept));
  } else {
    tree = parseHcl(text);
    source = { text };
    syntax = copyTree(tree, source);
  }
  if (!keep) tree.delete();
  return { state: { tree: keep ? tree : undefined, text, source, syntax }, kept, ...(change ? { change } : {}) };
}

/** Frees a kept parser tree (a document closed, or replaced without being parsed from). */
export function releaseHcl(state: HclState | undefined): void {
  state?.tree?.delete();
  if (state) state.tree = undefined;
}

/**
 * Offers the previous copy's top-level item that stood where a new one stands, when neither the edit
 * (with one character of room either side, the parser's lookahead) nor a changed range touches it, it
 * has the same type and length and no syntax error: moved to its new offsets and noted in `kept`.
 */
function reuseOutside(previous: SyntaxNode, change: Change, changed: Range[], kept: Map<SyntaxNode, number>): Reuse {
  const body = previous.children.find((c) => c.type === 'body');
  const byStart = new Map<number, SyntaxNode>();
  for (const item of body?.children ?? []) byStart.set(item.startIndex, item);
  const newEnd = change.oldEnd + change.delta;
  return (type, start, end) => {
    const delta = end < change.start ? 0 : start > newEnd ? change.delta : undefined;
    if (delta === undefined) return undefined;
    const item = byStart.get(start - delta);
    // An item with an error may be recovered differently in another context: it is copied again.
    if (!item || item.hasError || item.type !== type || item.endIndex - item.startIndex !== end - start) return undefined;
    if (changed.some((r) => r.startIndex <= end && start <= r.endIndex)) return undefined;
    if (delta !== 0) moveSyntax(item, delta);
    kept.set(item, delta);
    return item;
  };
}

/** The parser's edit for the change from `before` to `after`: indices and rows/columns in UTF-16 units. */
function treeEdit(before: string, after: string, change: Change): Edit {
  const startPosition = pointAt(before, change.start);
  return {
    startIndex: change.start,
    oldEndIndex: change.oldEnd,
    newEndIndex: change.oldEnd + change.delta,
    startPosition,
    oldEndPosition: pointAt(before, change.oldEnd, change.start, startPosition),
    newEndPosition: pointAt(after, change.oldEnd + change.delta, change.start, startPosition),
  };
}

/** The row (the parser counts `\n` only) and column of `index`, counted from a known point `from`. */
function pointAt(text: string, index: number, from = 0, at: Point = { row: 0, column: 0 }): Point {
  let row = at.row;
  let lineStart = from - at.column;
  for (let i = text.indexOf('\n', from); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: index - lineStart };
}
