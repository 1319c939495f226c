import type { Node } from 'jsonc-parser';
import { isUnknown } from './terraform/hcl-tree';

/** Small typed accessors over jsonc-parser nodes; duplicate keys resolve to the last one, as JSON.parse does. */

export function propertyNode(obj: Node | undefined, key: string): Node | undefined {
  if (!obj || obj.type !== 'object' || !obj.children) return undefined;
  for (let i = obj.children.length - 1; i >= 0; i--) {
    const p = obj.children[i];
    if (p.children?.[0]?.value === key) return p;
  }
  return undefined;
}

/** The value node of `obj[key]`, or undefined when the key is absent or has no value yet. */
export function valueNode(obj: Node | undefined, key: string): Node | undefined {
  return propertyNode(obj, key)?.children?.[1];
}

/** Value node at a path of keys and indexes below `node`. */
export function nodeAt(node: Node | undefined, path: Array<string | number>): Node | undefined {
  let cur = node;
  for (const seg of path) {
    if (!cur) return undefined;
    if (typeof seg === 'number') cur = cur.type === 'array' ? cur.children?.[seg] : undefined;
    else cur = valueNode(cur, seg);
  }
  return cur;
}

export function keyNode(prop: Node | undefined): Node | undefined {
  return prop?.type === 'property' ? prop.children?.[0] : undefined;
}

/** Property nodes of an object, in document order. */
export function properties(obj: Node | undefined): Node[] {
  return obj?.type === 'object' && obj.children ? obj.children : [];
}

export function propertyName(prop: Node): string | undefined {
  const k = prop.children?.[0]?.value;
  return typeof k === 'string' ? k : undefined;
}

/**
 * Whether a value is of `type`, or comes from an expression (a Terraform variable or reference) whose
 * type is not known: a check of the elements' types in a list never reports `[var.host]`.
 */
export function mayBe(node: Node, type: Node['type']): boolean {
  return node.type === type || isUnknown(node);
}

export function elements(arr: Node | undefined): Node[] {
  return arr?.type === 'array' && arr.children ? arr.children : [];
}

export function stringValue(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

export function numberValue(node: Node | undefined): number | undefined {
  return node?.type === 'number' ? (node.value as number) : undefined;
}

export function booleanValue(node: Node | undefined): boolean | undefined {
  return node?.type === 'boolean' ? (node.value as boolean) : undefined;
}

/** The JSON type name of a node as a user would say it. */
/** A value's JSON type as a sentence names it: `a string`, `an array`, `null`. */
export function typePhrase(node: Node): string {
  if (node.type === 'null') return 'null';
  return (/^[aeiou]/.test(node.type) ? 'an ' : 'a ') + node.type;
}

/** RFC 6901 JSON pointer of a node. */
export function pointerOf(node: Node): string {
  return toPointer(pathOf(node));
}

/**
 * The path of keys and indexes from the root to a node. As jsonc-parser's `getNodePath`, but an array
 * index is found by offset (children are in document order), not by a scan of a list of thousands.
 */
export function pathOf(node: Node): Array<string | number> {
  const path: Array<string | number> = [];
  let child = node;
  for (let parent = node.parent; parent?.children; child = parent, parent = parent.parent) {
    if (parent.type === 'property') path.push(parent.children[0].value);
    else if (parent.type === 'array') {
      const i = indexIn(parent.children, child);
      if (i >= 0) path.push(i);
    }
  }
  return path.reverse();
}

function indexIn(items: Node[], node: Node): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].offset < node.offset) lo = mid + 1;
    else if (items[mid].offset > node.offset) hi = mid - 1;
    else return items[mid] === node ? mid : items.indexOf(node);
  }
  return items.indexOf(node);
}

export function toPointer(path: Array<string | number>): string {
  let out = '';
  for (const s of path) {
    const seg = typeof s === 'number' ? String(s) : s;
    // Most keys need no escape: the replacements run only for those that do.
    out += '/' + (seg.includes('~') || seg.includes('/') ? seg.replace(/~/g, '~0').replace(/\//g, '~1') : seg);
  }
  return out;
}

export function fromPointer(pointer: string): Array<string | number> {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** The node a diagnostic about a whole object should point at: the key that holds it, else its opening brace. */
export function anchorOf(node: Node): { offset: number; length: number } {
  const parent = node.parent;
  if (parent?.type === 'property' && parent.children?.[1] === node) {
    const k = parent.children[0];
    return { offset: k.offset, length: k.length };
  }
  return { offset: node.offset, length: 1 };
}
