import { lastStartingAtOrBefore } from './sorted';
import type { Node, ParseError } from 'jsonc-parser';
import { parseJsonTree } from './json-tree';
import { detached } from './detach';
import type { TextChange } from './line-starts';

/** jsonc-parser's nodes are read-only to its users; the re-parse is the one place that moves them. */
type Movable = { -readonly [K in keyof Node]: Node[K] };

/** The edit between two texts. */
export type Change = TextChange;

/** An element of the top-level list re-parsed after an edit inside it. */
export interface Reparsed {
  change: Change;
  /** The element's node before and after. */
  old: Node;
  node: Node;
}

/** The smallest region where two texts differ: their common prefix and suffix left out. */
export function changeBetween(a: string, b: string): Change {
  const min = Math.min(a.length, b.length);
  // Whole chunks first: comparing two slices is a block compare, far faster than a loop per character.
  let start = 0;
  while (start + CHUNK <= min && a.slice(start, start + CHUNK) === b.slice(start, start + CHUNK)) start += CHUNK;
  while (start < min && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let tail = 0;
  const room = min - start;
  while (tail + CHUNK <= room && a.slice(a.length - tail - CHUNK, a.length - tail) === b.slice(b.length - tail - CHUNK, b.length - tail)) tail += CHUNK;
  while (tail < room && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return { start, oldEnd: a.length - tail, delta: b.length - a.length };
}

const CHUNK = 4096;

/** The list whose elements are objects of their own: a root array, or an API envelope's `result` array. */
export function topList(root: Node): Node | undefined {
  if (root.type === 'array') return root;
  if (root.type !== 'object') return undefined;
  for (let i = (root.children?.length ?? 0) - 1; i >= 0; i--) {
    const p = root.children![i];
    if (p.children?.[0]?.value === 'result') return p.children[1]?.type === 'array' ? p.children[1] : undefined;
  }
  return undefined;
}

/**
 * Re-parses only the element of the top-level list that an edit stays strictly inside (its first and
 * last characters untouched), when the new element text parses cleanly as one value of the same type.
 * The old tree is updated in place (the element replaced, every later offset moved) and belongs to the
 * new text from then on. Undefined when the edit does not fit: the caller parses the whole text.
 */
export function reparse(root: Node, oldText: string, text: string, tooDeep: (element: string) => boolean): Reparsed | undefined {
  const list = topList(root);
  const items = list?.children;
  if (!list || !items?.length) return undefined;
  const change = changeBetween(oldText, text);
  if (change.start === oldText.length && change.delta === 0) return undefined;
  const index = elementAround(items, change);
  if (index < 0) return undefined;
  const old = items[index];
  // The parser's keys and values are views into the text it is given: not into the whole document's.
  const slice = detached(text.slice(old.offset, old.offset + old.length + change.delta));
  if (slice.includes('\u0000') || tooDeep(slice)) return undefined;
  const errors: ParseError[] = [];
  const node = parseJsonTree(slice, errors);
  if (errors.length || !node || node.type !== old.type || node.offset !== 0 || node.length !== slice.length) return undefined;

  // The replaced element's deferred move dies with it: the new one is placed from the text.
  pending.delete(old);
  pendingIn.get(list)?.delete(old);
  if (change.delta !== 0) move(root, change, old, list);
  place(node, old.offset);
  (node as Movable).parent = list;
  items[index] = node;
  return { change, old, node };
}

/** The index of the element that holds the whole change strictly inside it, or -1. */
function elementAround(items: Node[], { start, oldEnd }: Change): number {
  const lo = lastStartingAtOrBefore(items, start);
  const e = items[lo];
  return e.offset < start && oldEnd < e.offset + e.length ? lo : -1;
}

/**
 * Moves every node after the change by its length change and grows the nodes around it; `skip` is
 * being replaced. An element of `list` after the change moves its own offset only: its descendants
 * wait (see `settle`), so an edit does not walk every later app's nodes.
 */
function move(node: Node, c: Change, skip: Node, list: Node): void {
  if (node === skip) return;
  if (node.offset >= c.oldEnd) {
    if (node.parent === list) defer(node, c.delta, list);
    else shift(node, c.delta);
    return;
  }
  if (node.offset + node.length < c.start) return;
  (node as Movable).length += c.delta;
  for (const child of node.children ?? []) move(child, c, skip, list);
}

/**
 * Elements whose own offset has moved while their descendants' have not yet: by how much they must
 * still move. Within such an element every node is off by the same amount, so comparisons between
 * its nodes (a path, a binary search) hold; whatever reads their offsets settles the element first.
 */
const pending = new WeakMap<Node, number>();
const pendingIn = new WeakMap<Node, Set<Node>>();

function defer(element: Node, delta: number, list: Node): void {
  (element as Movable).offset += delta;
  pending.set(element, (pending.get(element) ?? 0) + delta);
  let set = pendingIn.get(list);
  if (!set) pendingIn.set(list, (set = new Set()));
  set.add(element);
}

function settleElement(element: Node): void {
  const delta = pending.get(element)!;
  pending.delete(element);
  pendingIn.get(element.parent!)?.delete(element);
  if (delta !== 0) for (const child of element.children ?? []) shift(child, delta);
}

/** Gives the offsets of `node` and everything below it their place in the current text. */
export function settle(node: Node): void {
  for (let n: Node | undefined = node; n; n = n.parent) {
    if (pending.has(n)) return settleElement(n);
  }
}

/**
 * Settles the element that holds `node` when it is not `node` itself: the offsets of a target that is an
 * element are right already (its findings are placed from them), those of a target inside one are not.
 */
export function settleAncestors(node: Node): void {
  if (node.parent) settle(node.parent);
}

/** Settles every element of the tree's top-level list. */
export function settleAll(root: Node): void {
  const list = topList(root);
  const set = list && pendingIn.get(list);
  if (set?.size) for (const element of [...set]) settleElement(element);
}

function shift(node: Node, delta: number): void {
  const stack: Node[] = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    const m = n as Movable;
    m.offset += delta;
    if (m.colonOffset !== undefined) m.colonOffset += delta;
    const children = n.children;
    if (children) for (let i = 0; i < children.length; i++) stack.push(children[i]);
  }
}

function place(node: Node, base: number): void {
  shift(node, base);
}
