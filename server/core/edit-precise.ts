import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { JsonDocument } from './document';
import type { Edit } from './edit';

/** Edits on a text, where the step's path names what it changes. */
type TextStep = (text: string) => Edit[];
import { modifyInsert, modifyRemove, modifySet } from './edit-modify';
import { parseCached } from './parse-cache';

/**
 * Edit steps that touch only the node they change. jsonc-parser's `modify` re-formats the lines
 * around an insertion or a removal: it expands a compact neighbour (`{ "name": "x" }`), moves or
 * drops the comment after the previous property, and removes comments between two array elements.
 * These steps work on lines instead: a removed property takes its own line (with its comma and its
 * trailing comment) and nothing else; an inserted one gets a line of its own, indented like its
 * sibling. Layouts they do not recognise fall back to `modify` (edit-modify.ts), which is always valid.
 * `edit.ts` exposes them as `setValue`, `remove`, `insertAfter` and `replaceNode`.
 */

type Path = Array<string | number>;

const parse = parseCached;

const end = (n: Node) => n.offset + n.length;

/** Offset of the start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Skips spaces and tabs (never line breaks). */
function skipBlanks(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

interface Layout {
  /** The node is the first thing on its line. */
  startsLine: boolean;
  /** Where the node's line begins. */
  lineStart: number;
  /** Offset of a comma that follows the node on the same line, if any. */
  comma?: number;
  /** The node's last line holds nothing else but a comma and a comment. */
  endsLine: boolean;
  /** End of the node's last line (before the line break) and start of the next line. */
  lineEnd: number;
  nextLine: number;
}

/** How a node sits on its lines: what else shares them. */
function layout(text: string, node: Node): Layout {
  const ls = lineStart(text, node.offset);
  const startsLine = text.slice(ls, node.offset).trim() === '';
  let i = skipBlanks(text, end(node));
  let comma: number | undefined;
  if (text[i] === ',') {
    comma = i;
    i = skipBlanks(text, i + 1);
  }
  if (text.startsWith('//', i)) {
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  } else if (text.startsWith('/*', i)) {
    const close = text.indexOf('*/', i + 2);
    if (close >= 0 && !/[\r\n]/.test(text.slice(i, close))) i = skipBlanks(text, close + 2);
  }
  const atEol = i >= text.length || text[i] === '\n' || text[i] === '\r';
  const eolLength = text.startsWith('\r\n', i) ? 2 : i < text.length ? 1 : 0;
  return { startsLine, lineStart: ls, comma, endsLine: atEol, lineEnd: i, nextLine: i + eolLength };
}

/** Offset of the comma that follows `node`, skipping blanks, line breaks and comments; undefined if none. */
function commaAfter(text: string, node: Node): number | undefined {
  let i = end(node);
  while (i < text.length) {
    const c = text[i];
    if (c === ',') return i;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return undefined;
      i = close + 2;
    } else return undefined;
  }
  return undefined;
}

/** The member of a container a path names: the property node for an object key, the element for an index. */
function memberAt(root: Node, path: Path): Node | undefined {
  const value = findNodeAtLocation(root, path);
  if (!value) return undefined;
  return typeof path[path.length - 1] === 'string' ? value.parent : value;
}

/** Removes one member (property or element), its comma, and its line when it has the line to itself. */
function removeMember(text: string, member: Node): Edit[] | undefined {
  const container = member.parent;
  const siblings = container?.children;
  if (!siblings) return undefined;
  const i = siblings.indexOf(member);
  const next = siblings[i + 1];
  const prev = siblings[i - 1];
  const at = layout(text, member);
  if (at.startsLine && at.endsLine) {
    const line: Edit = { offset: at.lineStart, length: at.nextLine - at.lineStart, content: '' };
    if (next) return at.comma !== undefined ? [line] : undefined;
    if (at.comma !== undefined || !prev) return [line];
    // The last member: the comma before it, on the previous member's line, goes too.
    const c = commaAfter(text, prev);
    return c === undefined ? undefined : [{ offset: c, length: 1, content: '' }, line];
  }
  // Several members on one line: cut the member and the separator on one side of it.
  if (next) return [{ offset: member.offset, length: next.offset - member.offset, content: '' }];
  if (prev) return [{ offset: end(prev), length: end(member) - end(prev), content: '' }];
  return [{ offset: member.offset, length: (at.comma !== undefined ? at.comma + 1 : end(member)) - member.offset, content: '' }];
}

function indentUnit(doc: JsonDocument): string {
  return doc.formatting.insertSpaces ? ' '.repeat(doc.formatting.tabSize) : '\t';
}

/** JSON text of a value for a place whose line is indented by `indent`; `inline` keeps it on one line. */
function serialize(doc: JsonDocument, value: unknown, indent: string, inline: boolean): string {
  if (inline || value === null || typeof value !== 'object') return inlineJson(value);
  return JSON.stringify(value, null, indentUnit(doc)).split('\n').join(doc.formatting.eol + indent);
}

/** `["a", "b"]`, `{ "k": 1 }`: one line, spaced the way people write it. */
function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map(inlineJson).join(', ') + ']';
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return entries.length ? '{ ' + entries.map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ') + ' }' : '{}';
  }
  return JSON.stringify(value) ?? 'null';
}

/** The blanks at the start of the line holding `offset`. */
function indentOf(text: string, offset: number): string {
  const ls = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(ls, offset))![0];
}

/** Removes the property or array element at `path`, leaving every other line as it was. */
export function removePrecise(doc: JsonDocument, path: Path): TextStep {
  return (text) => {
    const root = parse(text);
    const member = root && memberAt(root, path);
    if (!member) return modifyRemove(doc, path)(text);
    return removeMember(text, member) ?? modifyRemove(doc, path)(text);
  };
}

/** Replaces the value at `path`; only that value's text changes. An absent value is inserted at the end of its object. */
export function replacePrecise(doc: JsonDocument, path: Path, value: unknown): TextStep {
  return (text) => {
    const root = parse(text);
    const node = root && findNodeAtLocation(root, path);
    if (!node) return modifySet(doc, path, value)(text);
    // A one-line value stays on one line, unless a scalar becomes an array or object.
    const wasScalar = node.type !== 'array' && node.type !== 'object';
    const isScalar = value === null || typeof value !== 'object';
    const inline = !/[\r\n]/.test(text.slice(node.offset, end(node))) && (isScalar || !wasScalar);
    return [{ offset: node.offset, length: node.length, content: serialize(doc, value, indentOf(text, node.offset), inline) }];
  };
}

/**
 * Inserts `key: value` into the object at `objectPath`, on a new line after the property `after`
 * (or after the last property), indented like it. Replaces the value when the key exists.
 */
export function insertPrecise(doc: JsonDocument, objectPath: Path, key: string, value: unknown, after?: string): TextStep {
  return (text) => {
    const root = parse(text);
    const obj = root && (objectPath.length ? findNodeAtLocation(root, objectPath) : root);
    if (obj?.type !== 'object' || !obj.children?.length) return modifyInsert(doc, objectPath, key, value, after)(text);
    if (obj.children.some((p) => p.children?.[0]?.value === key)) return replacePrecise(doc, [...objectPath, key], value)(text);
    const named = after === undefined ? undefined : [...obj.children].reverse().find((p) => p.children?.[0]?.value === after);
    const sibling = named ?? obj.children[obj.children.length - 1];
    const at = layout(text, sibling);
    if (!at.startsLine || !at.endsLine) {
      return [{ offset: end(sibling), length: 0, content: `, ${JSON.stringify(key)}: ${serialize(doc, value, '', true)}` }];
    }
    const indent = text.slice(at.lineStart, sibling.offset);
    const property = `${indent}${JSON.stringify(key)}: ${serialize(doc, value, indent, false)}`;
    const eol = doc.formatting.eol;
    if (at.comma !== undefined) return [{ offset: at.nextLine, length: 0, content: property + ',' + eol }];
    const isLast = obj.children[obj.children.length - 1] === sibling;
    if (!isLast) return modifyInsert(doc, objectPath, key, value, after)(text);
    return [
      { offset: end(sibling), length: 0, content: ',' },
      { offset: at.lineEnd, length: 0, content: eol + property },
    ];
  };
}
