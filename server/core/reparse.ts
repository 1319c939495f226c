import { lastStartingAtOrBefore } from './sorted';
import type { Node, ParseError } from 'jsonc-parser';
import { parseJsonTree } from './json-tree';
import { detached } from './detach';

/** jsonc-parser's nodes are read-only to its users; the re-parse is the one place that moves them. */
type Movable = { -readonly [K in keyof Node]: Node[K] };

/** The edit between two texts: the old text's `[start, oldEnd)` became `delta` characters longer. */
export interface Change {
  start: number;
  oldEnd: number;
  delta: number;
}

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

  if (change.delta !== 0) move(root, change, old);
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

/** Moves every node after the change by its length change and grows the nodes around it; `skip` is being replaced. */
function move(node: Node, c: Change, skip: Node): void {
  if (node === skip) return;
  if (node.offset >= c.oldEnd) {
    shift(node, c.delta);
    return;
  }
  if (node.offset + node.length < c.start) return;
  (node as Movable).length += c.delta;
  for (const child of node.children ?? []) move(child, c, skip);
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
