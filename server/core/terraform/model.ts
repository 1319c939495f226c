import type { SyntaxNode } from './syntax';
import { convertPrimitives, numberOf } from './convert';
import type { TargetKind } from '../kinds/types';
import type { VersionForm } from './version';
import { blockBody, blockLabels, blockType, bodyItems, braces, container, expressionNode, leaf, nodeSpan, objectOf, property, unknownNode, type ModelNode } from './hcl-tree';
import { LIST_BLOCKS, META_ARGUMENTS, PATH_PARAMETERS, RESOURCE_KINDS, V4_MAPS, V4_RENAMES, V4_SINGLE_LISTS } from './resources';

/**
 * A resource body as the API object it creates: attributes and blocks become fields, the v4 forms
 * are mapped to the API's shape (resources.ts lists what is and is not mapped).
 */

export interface ModelFlags {
  /** A node made by a mapping (not one piece of HCL syntax): fixes do not write at it. */
  synthetic?: true;
  /** An object written as a block body (`dns { ... }`), not as an object literal. */
  block?: true;
  /** A list element that stands for any number of elements (a `dynamic` block's). */
  repeated?: true;
}
export type FlaggedNode = ModelNode & ModelFlags;

export interface TerraformResource {
  type: string;
  name: string;
  kind: TargetKind;
  /** The body's object (the target node). */
  node: FlaggedNode;
}

/** The body of a block as an object node spanning its braces. */
export function bodyObject(block: SyntaxNode, text: string, kind: TargetKind, top: boolean): FlaggedNode {
  const at = braces(block);
  const props: ModelNode[] = [];
  const groups = new Map<string, SyntaxNode[]>();
  const order: Array<SyntaxNode | string> = [];
  for (const item of bodyItems(blockBody(block))) {
    const name = blockType(item) ?? item.namedChildren[0];
    if (!name || name.type !== 'identifier') continue;
    // `dynamic "origins" { ... }` generates blocks of its label's type.
    const key = name.text === 'dynamic' && item.type !== 'attribute' ? blockLabels(item)[0]?.value : name.text;
    if (key === undefined || (top && (META_ARGUMENTS.has(key) || PATH_PARAMETERS.has(key)))) continue;
    if (item.type === 'attribute') {
      order.push(item);
      continue;
    }
    if (!groups.has(key)) {
      groups.set(key, []);
      order.push(key);
    }
    groups.get(key)!.push(item);
  }
  for (const o of order) {
    if (typeof o !== 'string') {
      const name = o.namedChildren[0]!;
      const expr = o.namedChildren.find((c) => c?.type === 'expression');
      const eq = o.children.find((c) => c?.type === '=');
      const value = expr ? expressionNode(expr, text) : unknownNode(o.endIndex, 0);
      props.push(property(name.text, nodeSpan(name), value, eq?.startIndex));
      continue;
    }
    const blocks = groups.get(o)!;
    const first = blocks[0]!;
    const keyAt = isDynamic(first) ? blockLabels(first)[0]! : nodeSpan(blockType(first)!);
    if (!LIST_BLOCKS.has(o) && blocks.some(isDynamic)) {
      // A dynamic single block (`dns`): whether there is one is unknown, so is the field's value.
      props.push(property(o, keyAt, unknownNode(first.startIndex, blocks[blocks.length - 1]!.endIndex - first.startIndex)));
    } else if (blocks.length === 1 && !LIST_BLOCKS.has(o)) {
      props.push(property(o, keyAt, bodyObject(first, text, kind, false)));
    } else {
      // A dynamic block stands for any number of elements at its place, each made from its `content`.
      const items = blocks.map((b) => (isDynamic(b) ? repeated(b, text, kind) : bodyObject(b, text, kind, false)));
      const start = items[0]!.offset;
      const last = items[items.length - 1]!;
      const list: FlaggedNode = container('array', start, last.offset + last.length - start, items);
      list.synthetic = true;
      props.push(property(o, keyAt, list));
    }
  }
  const obj: FlaggedNode = objectOf(at.offset, at.length, props);
  obj.block = true;
  return obj;
}

const isDynamic = (block: SyntaxNode) => blockType(block)?.text === 'dynamic';

/**
 * The element a `dynamic` block gives a list of blocks: its `content` body, where the literals hold for
 * every block it makes and the iterator's values are unknown; unknown without one. Either stands for
 * any number of elements.
 */
function repeated(block: SyntaxNode, text: string, kind: TargetKind): FlaggedNode {
  const content = bodyItems(blockBody(block)).find((c) => c.type === 'block' && blockType(c)?.text === 'content');
  const n: FlaggedNode = content ? bodyObject(content, text, kind, false) : unknownNode(block.startIndex, block.endIndex - block.startIndex);
  n.repeated = true;
  return n;
}

/**
 * Maps the provider's forms of one resource body to the API's shape, in place: v4 renames, port range and
 * header blocks, v5's lowercase origin `host` header. The provider version decides nothing here: each
 * form has one meaning, and a form of the other version is reported by its own check.
 */
export function mapV4(kind: TargetKind, obj: FlaggedNode): void {
  const renames = V4_RENAMES[kind];
  for (const p of obj.children ?? []) {
    const key = p.children?.[0];
    if (renames && key && typeof key.value === 'string' && renames[key.value] && !has(obj, renames[key.value]!)) key.value = renames[key.value];
  }
  if (kind === 'spectrum-app') mapPortRange(obj);
  for (const m of V4_SINGLE_LISTS) if (m.kind === kind) for (const list of at(obj, m.path)) unwrapSingle(list);
  for (const m of V4_MAPS) if (m.kind === kind) for (const list of at(obj, m.path)) blocksToMap(list, m.key, m.value);
  // v5 writes a pool origin's Host header as `host` (the provider's model maps it to the API's `Host`).
  if (kind === 'pool') {
    for (const header of at(obj, ['origins', '*', 'header'])) {
      const synthetic = (header as FlaggedNode).synthetic;
      for (const p of header.type === 'object' && !synthetic ? (header.children ?? []) : []) if (p.children?.[0]?.value === 'host') p.children[0].value = 'Host';
    }
  }
}

const has = (obj: ModelNode, key: string) => obj.children?.some((p) => p.children?.[0]?.value === key) ?? false;

function valueOf(obj: ModelNode | undefined, key: string): ModelNode | undefined {
  return obj?.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
}

/** The value nodes at a path of keys (`*`: every element of a list). */
function at(node: ModelNode, path: readonly string[]): ModelNode[] {
  let cur: ModelNode[] = [node];
  for (const seg of path) {
    cur = cur.flatMap((n) => (seg === '*' ? (n.type === 'array' ? (n.children ?? []) : []) : [valueOf(n, seg)].filter((v): v is ModelNode => v !== undefined)));
  }
  return cur;
}

/** Replaces `value` in its property (keeping the key). */
function replaceValue(old: ModelNode, value: ModelNode): void {
  const p = old.parent;
  if (!p?.children) return;
  p.children[1] = value;
  value.parent = p;
}

/**
 * A list of blocks (HCL, or `.tf.json`'s array of them) that stands for one object: one block is that
 * object. More blocks, or a dynamic one, make it unknown: which one the provider sends is its choice.
 */
function unwrapSingle(list: ModelNode): void {
  if (list.type !== 'array') return;
  const items = list.children ?? [];
  const only = items[0];
  if (items.length === 1 && only?.type === 'object' && !(only as FlaggedNode).repeated) replaceValue(list, only);
  else if ((list as FlaggedNode).synthetic) replaceValue(list, unknownNode(list.offset, list.length));
}

/** v4 `origin_port_range { start = 1000 end = 2000 }` is the API's `origin_port: "1000-2000"`. */
function mapPortRange(app: FlaggedNode): void {
  if (has(app, 'origin_port')) return;
  const p = app.children?.find((c) => c.children?.[0]?.value === 'origin_port_range');
  const range = p?.children?.[1];
  if (!p || !range || range.type !== 'object') return;
  // Terraform converts a numeric string to the number `start` and `end` take.
  const start = numberOf(valueOf(range, 'start'));
  const end = numberOf(valueOf(range, 'end'));
  p.children![0]!.value = 'origin_port';
  const known = start !== undefined && end !== undefined;
  const v: FlaggedNode = known ? leaf('string', `${start}-${end}`, range.offset, range.length) : unknownNode(range.offset, range.length);
  v.synthetic = true;
  replaceValue(range, v);
}

/** A list of `{ <key> = "X", <value> = [..] }` blocks as the map `{ "X": [..] }`; unknown when a name is not a literal. */
function blocksToMap(list: ModelNode, keyField: string, valueField: string): void {
  if (list.type !== 'array') return;
  const props: ModelNode[] = [];
  for (const item of list.children ?? []) {
    const k = valueOf(item, keyField);
    const v = valueOf(item, valueField);
    if (k?.type !== 'string' || !v) {
      replaceValue(list, unknownNode(list.offset, list.length));
      return;
    }
    const p: FlaggedNode = property(k.value as string, k, v);
    p.synthetic = true;
    props.push(p);
  }
  const obj: FlaggedNode = container('object', list.offset, list.length, props);
  obj.synthetic = true;
  replaceValue(list, obj);
}

/** A checked resource block found in a file, with its model (and its version forms once asked for). */
export interface FoundResource {
  type: string;
  typeAt: { offset: number; length: number };
  name: string;
  nameAt: { offset: number; length: number };
  kind: TargetKind;
  node: FlaggedNode;
  keyword: SyntaxNode;
  block: SyntaxNode;
  forms?: VersionForm[];
}

/**
 * The checked resources of a file's top-level body, each as the API object. `kept` gives the earlier
 * version's record of a block taken over unchanged (already moved), instead of building it again.
 */
export function resourcesOf(body: SyntaxNode | undefined, text: string, kept?: (block: SyntaxNode) => FoundResource | undefined): FoundResource[] {
  const out: FoundResource[] = [];
  for (const item of bodyItems(body)) {
    const known = kept?.(item);
    if (known) {
      out.push(known);
      continue;
    }
    if (item.type !== 'block' || blockType(item)?.text !== 'resource') continue;
    const [type, name] = blockLabels(item);
    const kind = type && RESOURCE_KINDS[type.value];
    if (!type || !name || !kind) continue;
    const node = bodyObject(item, text, kind, true);
    mapV4(kind, node);
    convertPrimitives(kind, node);
    out.push({ type: type.value, typeAt: type, name: name.value, nameAt: name, kind, node, keyword: blockType(item)!, block: item });
  }
  return out;
}
