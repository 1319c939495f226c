import type { Edit } from '../edit';
import { blockBody, blockLabels, blockType, bodyItems, expressionNode } from './hcl-tree';
import type { SyntaxNode } from './syntax';

/**
 * Rewrites between v4 repeated blocks and v5 lists and maps (`origins { }` x2 and `origins = [{ }, { }]`,
 * `header { header = "Host" values = [..] }` and `header = { Host = [..] }`). Each keeps the bodies and
 * values byte for byte and moves only the punctuation around them; anything it cannot carry over
 * exactly (a comment it would drop, a nested block, an expression as a name, blocks apart) gives none.
 */

/** One map entry of a v4 block: `header = "Host"` names it, `values = [..]` is its value. */
export interface MapFields {
  key: string;
  value: string;
}

const BARE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const blank = (s: string) => /^\s*$/.test(s);

/**
 * The line ending of the line at `at` (else of the nearest line before): the rewrite writes the lines'
 * own, and depends on nothing outside the block it rewrites (whose version forms a later version keeps).
 */
function eolOf(text: string, at: number): string {
  const next = text.indexOf('\n', at);
  const line = next >= 0 ? next : text.lastIndexOf('\n', at);
  return line > 0 && text.charCodeAt(line - 1) === 13 ? '\r\n' : '\n';
}

/** The indentation before `offset`, when only blanks precede it on its line. */
function indentAt(text: string, offset: number): string | undefined {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  const before = text.slice(i, offset);
  return blank(before) ? before : undefined;
}

const child = (n: SyntaxNode | undefined, type: string) => n?.children.find((c) => c.type === type);

/** The collection a value expression is: `[..]` (tuple) or `{..}` (object). */
function collection(expr: SyntaxNode | undefined, type: 'tuple' | 'object'): SyntaxNode | undefined {
  const c = expr?.namedChildren[0];
  const v = c?.type === 'collection_value' ? c.namedChildren[0] : undefined;
  return v?.type === type && !v.hasError ? v : undefined;
}

/**
 * The blocks named `name` of a body, when they follow one another with only blanks between (a comment
 * between them would have no place in a list), none has labels or a syntax error, and no `dynamic`
 * block adds more.
 */
export function blockRun(items: SyntaxNode[], name: string, text: string): SyntaxNode[] | undefined {
  if (items.some((it) => it.type === 'block' && blockType(it)?.text === 'dynamic' && blockLabels(it)[0]?.value === name)) return undefined;
  const at = items.flatMap((it, i) => (it.type === 'block' && blockType(it)?.text === name ? [i] : []));
  const run = at.map((i) => items[i]!);
  if (!run.length || at[at.length - 1]! - at[0]! !== at.length - 1) return undefined;
  if (run.some((b) => b.hasError || blockLabels(b).length || !child(b, 'block_start') || !child(b, 'block_end'))) return undefined;
  for (let i = 1; i < run.length; i++) if (!blank(text.slice(run[i - 1]!.endIndex, run[i]!.startIndex))) return undefined;
  return run;
}

/**
 * `origins { .. }` blocks to `origins = [{ .. }, { .. }]`: attributes only, but for the blocks of
 * `nested` (a pool origin's `header`), rewritten to their map in the same edit.
 */
export function blocksToList(run: SyntaxNode[], text: string, nested?: { name: string; fields: MapFields }): Edit[] | undefined {
  const name = run[0]!.namedChildren[0]!;
  const edits: Edit[] = [];
  for (const b of run) {
    const items = bodyItems(blockBody(b));
    if (!items.some((i) => i.type === 'block')) continue;
    const inner = nested && items.every((i) => i.type === 'attribute' || blockType(i)?.text === nested.name) ? blockRun(items, nested.name, text) : undefined;
    const map = inner && blocksToMap(inner, text, nested!.fields, true);
    if (!map) return undefined;
    edits.push(...map);
  }
  edits.push({ offset: name.endIndex, length: child(run[0], 'block_start')!.startIndex - name.endIndex, content: ' = [' });
  for (let i = 1; i < run.length; i++) {
    const from = child(run[i - 1], 'block_end')!.endIndex;
    edits.push({ offset: from, length: child(run[i], 'block_start')!.startIndex - from, content: ', ' });
  }
  edits.push({ offset: child(run[run.length - 1], 'block_end')!.endIndex, length: 0, content: ']' });
  return edits;
}

/**
 * `origins = [{ .. }, { .. }]` to `origins { .. }` blocks, when each object can be a block body as
 * written; the maps of `nested` (a pool origin's `header = { host = .. }`) become blocks in the same edit.
 */
export function listToBlocks(attr: SyntaxNode, expr: SyntaxNode, text: string, nested?: { name: string; fields: MapFields }): Edit[] | undefined {
  const tuple = collection(expr, 'tuple');
  const name = attr.namedChildren[0]!;
  const indent = indentAt(text, attr.startIndex);
  if (!tuple || indent === undefined || tuple.namedChildren.some((c) => c.type === 'comment')) return undefined;
  const objects = tuple.namedChildren.filter((c) => c.type === 'expression').map((e) => collection(e, 'object'));
  if (!objects.length || objects.some((o) => !o || !blockBodyAsWritten(o, text))) return undefined;
  const list = objects as SyntaxNode[];
  const open = child(tuple, 'tuple_start')!;
  const close = child(tuple, 'tuple_end')!;
  if (!blank(text.slice(open.endIndex, list[0]!.startIndex)) || !/^\s*,?\s*$/.test(text.slice(list[list.length - 1]!.endIndex, close.startIndex))) return undefined;
  const edits: Edit[] = [];
  for (const e of nested ? list.flatMap((o) => o.namedChildren.filter((c) => c.type === 'object_elem' && bareKey(c) === nested.name)) : []) {
    const value = e.namedChildren.filter((c) => c.type === 'expression')[1];
    if (!collection(value, 'object')) continue; // an expression stays an attribute
    const blocks = mapToBlocks(nested!.name, e, value!, text, nested!.fields, true);
    if (!blocks) return undefined;
    edits.push(...blocks);
  }
  edits.push({ offset: name.endIndex, length: list[0]!.startIndex - name.endIndex, content: ' ' });
  for (let i = 1; i < list.length; i++) {
    const from = list[i - 1]!.endIndex;
    if (!/^\s*,\s*$/.test(text.slice(from, list[i]!.startIndex))) return undefined;
    edits.push({ offset: from, length: list[i]!.startIndex - from, content: eolOf(text, from) + indent + name.text + ' ' });
  }
  const last = list[list.length - 1]!.endIndex;
  edits.push({ offset: last, length: close.endIndex - last, content: '' });
  return edits;
}

/**
 * Whether an object literal reads as a block body when its braces become a block's: bare names, no
 * commas, one element a line (or one element on a single line).
 */
function blockBodyAsWritten(obj: SyntaxNode, text: string): boolean {
  if (obj.children.some((c) => c.type === ',')) return false;
  const elems = obj.namedChildren.filter((c) => c.type === 'object_elem');
  if (elems.some((e) => bareKey(e) === undefined)) return false;
  const body = text.slice(obj.startIndex, obj.endIndex);
  if (!/[\r\n]/.test(body)) return elems.length <= 1 && !obj.namedChildren.some((c) => c.type === 'comment');
  const parts = obj.namedChildren.filter((c) => c.type === 'object_elem' || c.type === 'comment');
  let prev = child(obj, 'object_start')!.endIndex;
  for (const p of parts) {
    // A comment may end the line of the element before it; an element needs a line of its own.
    if (p.type === 'object_elem' && !/[\r\n]/.test(text.slice(prev, p.startIndex))) return false;
    prev = p.endIndex;
  }
  return /[\r\n]/.test(text.slice(prev, child(obj, 'object_end')!.startIndex));
}

/** An object key written as a bare name. */
function bareKey(elem: SyntaxNode): string | undefined {
  const k = elem.namedChildren[0]?.namedChildren[0];
  return k?.type === 'variable_expr' && k.namedChildCount === 1 ? k.text : undefined;
}

/** A literal string or bare name key, decoded, with its text as written. */
function literalKey(elem: SyntaxNode, text: string): { value: string; written: string } | undefined {
  const k = elem.namedChildren[0];
  const bare = bareKey(elem);
  if (bare !== undefined) return { value: bare, written: bare };
  const v = k && expressionNode(k, text);
  return v?.type === 'string' ? { value: String(v.value), written: k!.text } : undefined;
}

/** `a = 1` lines of one block body (every Terraform fix aligns their `=` afterwards, see fix-guard.ts). */
function attributeLines(indent: string, pairs: Array<[string, string]>): string[] {
  return pairs.map(([k, v]) => `${indent}${k} = ${v}`);
}

/**
 * `header { header = "Host" values = [..] }` blocks to the map `header = { Host = [..] }`: a block of
 * just the two attributes, a literal name each, no comments. `host`: a pool origin's header, which v5
 * writes `header = { host = [..] }` and which holds `Host` only.
 */
export function blocksToMap(run: SyntaxNode[], text: string, fields: MapFields, host: boolean): Edit[] | undefined {
  const entries: Array<[string, string]> = [];
  for (const b of run) {
    const body = blockBody(b);
    const items = bodyItems(body);
    if (!body || items.length !== 2 || body.namedChildren.length !== 2 || items.some((i) => i.type !== 'attribute') || b.namedChildren.some((c) => c.type === 'comment')) return undefined;
    const attr = (n: string) => items.find((i) => i.namedChildren[0]?.text === n)?.namedChildren.find((c) => c.type === 'expression');
    const keyExpr = attr(fields.key);
    const valueExpr = attr(fields.value);
    const key = keyExpr && expressionNode(keyExpr, text);
    if (!keyExpr || !valueExpr || key?.type !== 'string') return undefined;
    const name = String(key.value);
    if (entries.some(([k]) => k === name)) return undefined;
    entries.push([BARE.test(name) ? name : keyExpr.text, valueExpr.text]);
  }
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const indent = indentAt(text, first.startIndex);
  if (indent === undefined) return undefined;
  const label = blockType(first)!.text;
  if (host) {
    if (entries.length !== 1 || entries[0]![0].toLowerCase() !== 'host') return undefined;
    return [{ offset: first.startIndex, length: last.endIndex - first.startIndex, content: `${label} = { host = ${entries[0]![1]} }` }];
  }
  const firstItem = bodyItems(blockBody(first))[0]!;
  const inner = indentAt(text, firstItem.startIndex) ?? indent + '  ';
  const eol = eolOf(text, first.startIndex);
  return [{ offset: first.startIndex, length: last.endIndex - first.startIndex, content: [`${label} = {`, ...attributeLines(inner, entries), `${indent}}`].join(eol) }];
}

/** The map `header = { Host = [..] }` (an attribute, or an element of an object being made a block body) to `header { header = "Host" values = [..] }` blocks: literal keys, no comments. */
export function mapToBlocks(label: string, attr: SyntaxNode, expr: SyntaxNode, text: string, fields: MapFields, host: boolean): Edit[] | undefined {
  const obj = collection(expr, 'object');
  const indent = indentAt(text, attr.startIndex);
  if (!obj || indent === undefined || obj.namedChildren.some((c) => c.type === 'comment')) return undefined;
  const elems = obj.namedChildren.filter((c) => c.type === 'object_elem');
  if (!elems.length || (host && elems.length !== 1)) return undefined;
  const firstIndent = indentAt(text, elems[0]!.startIndex);
  const inner = firstIndent !== undefined && firstIndent.length > indent.length ? firstIndent : indent + '  ';
  const eol = eolOf(text, attr.startIndex);
  const blocks: string[] = [];
  for (const e of elems) {
    const key = literalKey(e, text);
    const value = e.namedChildren.filter((c) => c.type === 'expression')[1];
    if (!key || !value) return undefined;
    if (host && key.value.toLowerCase() !== 'host') return undefined;
    // v4 sends the origin header by its exact name: `Host`.
    const name = host ? '"Host"' : key.written.startsWith('"') ? key.written : JSON.stringify(key.value);
    blocks.push([`${label} {`, ...attributeLines(inner, [[fields.key, name], [fields.value, value.text]]), `${indent}}`].join(eol));
  }
  return [{ offset: attr.startIndex, length: attr.endIndex - attr.startIndex, content: blocks.join(eol + indent) }];
}
