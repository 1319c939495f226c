import { lastStartingAtOrBefore } from '../sorted';
import type { Edit } from '../edit';
import type { JsonDocument } from '../document';
import type { TargetKind } from '../kinds/types';
import { isUnknown, type ModelNode } from './hcl-tree';
import { parseTerraform, type TerraformModel } from './front-end';
import type { FlaggedNode } from './model';
import { SINGLE_BLOCKS } from './resources';

/**
 * The edit steps of fixes, for HCL: each step parses the text it is given with the same front end,
 * finds the node by its model path and writes HCL (strings quoted with `${` and `%{` escaped, lists
 * `[a, b]`, objects `{ k = v }`, v4 single blocks as blocks). A step that cannot be written exactly
 * (a mapped or unknown node, an empty block) throws `NotWritable`: the fix is then not offered.
 */
export class NotWritable extends Error {}

type Path = Array<string | number>;

const end = (n: { offset: number; length: number }) => n.offset + n.length;

function lookup(root: ModelNode, path: Path): ModelNode | undefined {
  let cur: ModelNode | undefined = root;
  for (const seg of path) {
    if (!cur?.children) return undefined;
    if (typeof seg === 'number') cur = cur.type === 'array' ? cur.children[seg] : undefined;
    else {
      let hit: ModelNode | undefined;
      if (cur.type === 'object') for (const p of cur.children) if (p.children?.[0]?.value === seg) hit = p.children[1];
      cur = hit;
    }
  }
  return cur;
}

const flagged = (n: ModelNode | undefined) => n as FlaggedNode | undefined;

/** Refuses a node a fix cannot write at. */
function writable(n: ModelNode | undefined): ModelNode {
  if (!n || isUnknown(n) || flagged(n)?.synthetic) throw new NotWritable('no HCL syntax to write at');
  return n;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function hclString(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t').replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{') + '"';
}

/** One-line HCL of a JSON value. */
export function hclValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return hclString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return '[' + v.map(hclValue).join(', ') + ']';
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  return entries.length ? '{ ' + entries.map(([k, x]) => `${hclKey(k)} = ${hclValue(x)}`).join(', ') + ' }' : '{}';
}

export const hclKey = (k: string) => (IDENT.test(k) ? k : hclString(k));

/** Whether a value is written as a block: an object for one of a kind's v4 single blocks (`dns { ... }`). */
export function writtenAsBlock(major: 4 | 5 | undefined, kind: TargetKind | undefined, key: string, value: unknown): value is Record<string, unknown> {
  return major === 4 && value !== null && typeof value === 'object' && !Array.isArray(value) && (SINGLE_BLOCKS[kind ?? 'error-envelope'] ?? []).includes(key);
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** After `offset` on its line: blanks, an optional comma and a comment; where the line ends and the next starts. */
function restOfLine(text: string, offset: number): { onlyTrivia: boolean; lineEnd: number; nextLine: number } {
  let i = offset;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === ',') i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '#' || text.startsWith('//', i)) while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  const onlyTrivia = i >= text.length || text[i] === '\n' || text[i] === '\r';
  let lineEnd = i;
  if (!onlyTrivia) while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const nextLine = text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd < text.length ? lineEnd + 1 : lineEnd;
  return { onlyTrivia, lineEnd, nextLine };
}

const startsLine = (text: string, offset: number) => text.slice(lineStart(text, offset), offset).trim() === '';

/**
 * The model of the text a step runs on: the lint's own for the document's text (a first step), else a
 * parse (of the resource's block alone, see `compose`) that keeps the document's provider version: a
 * fix is written for the version the document was checked with.
 */
function model(doc: JsonDocument, text: string): TerraformModel {
  if (text === doc.text && doc.terraform) return doc.terraform;
  const m = parseTerraform(text);
  return doc.terraform ? { ...m, version: doc.terraform.version } : m;
}

/** The kind of the resource a path is in (`resource/<type>/<name>/...`). */
function kindOf(m: TerraformModel, path: Path): TargetKind | undefined {
  return m.resources.find((r) => r.type === path[1] && r.name === path[2])?.kind;
}

/** Replaces the value at `path` (or inserts it at the end of its object when absent). */
export function hclReplace(doc: JsonDocument, path: Path, value: unknown): (text: string) => Edit[] {
  return (text) => {
    const m = model(doc, text);
    const node = lookup(m.root, path);
    if (!node) return hclInsert(doc, path.slice(0, -1), String(path[path.length - 1]), value)(text);
    const n = writable(node);
    if (flagged(n)?.block) throw new NotWritable('a block is replaced attribute by attribute');
    return [{ offset: n.offset, length: n.length, content: hclValue(value) }];
  };
}

/** Removes the attribute, block or list element at `path`: its line when it has the line to itself. */
export function hclRemove(doc: JsonDocument, path: Path): (text: string) => Edit[] {
  return (text) => {
    const m = model(doc, text);
    const value = lookup(m.root, path);
    if (!value) return [];
    const member = typeof path[path.length - 1] === 'string' ? value.parent : value;
    const container = member?.parent;
    if (!member || !container?.children || flagged(member)?.synthetic || (member !== value && flagged(container)?.synthetic)) throw new NotWritable('a mapped member');
    const siblings = container.children;
    const i = siblings.indexOf(member);
    const rest = restOfLine(text, end(member));
    if (startsLine(text, member.offset) && rest.onlyTrivia) {
      const prev = siblings[i - 1];
      const next = siblings[i + 1];
      const edits: Edit[] = [{ offset: lineStart(text, member.offset), length: rest.nextLine - lineStart(text, member.offset), content: '' }];
      // The last element of a multi-line list written without a trailing comma: the comma before it goes too.
      if (container.type === 'array' && !flagged(container)?.synthetic && !next && prev && !/^[ \t]*,/.test(text.slice(end(member)))) {
        const comma = text.indexOf(',', end(prev));
        if (comma >= 0 && comma < member.offset) edits.unshift({ offset: comma, length: 1, content: '' });
      }
      return edits;
    }
    const next = siblings[i + 1];
    const prev = siblings[i - 1];
    if (next) return [{ offset: member.offset, length: next.offset - member.offset, content: '' }];
    if (prev) return [{ offset: end(prev), length: end(member) - end(prev), content: '' }];
    return [{ offset: member.offset, length: member.length, content: '' }];
  };
}

/**
 * Inserts `key = value` into the object at `objectPath` after the member `after` (or the last one):
 * on a line of its own indented like its sibling (the `=` of its group are aligned afterwards, see fix-guard.ts); in a one-line
 * object literal, after a comma. Replaces the value when the key exists.
 */
export function hclInsert(doc: JsonDocument, objectPath: Path, key: string, value: unknown, after?: string): (text: string) => Edit[] {
  return (text) => {
    const m = model(doc, text);
    const obj = writable(lookup(m.root, objectPath));
    const unset = obj.nulls?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
    if (unset) {
      // `key = null` is there: the value takes the place of the null (a v4 block cannot).
      if (writtenAsBlock(m.version.major, kindOf(m, objectPath), key, value)) throw new NotWritable('a block in place of an attribute');
      return [{ offset: unset.offset, length: unset.length, content: hclValue(value) }];
    }
    if (obj.type !== 'object' || !obj.children?.length) throw new NotWritable('no sibling to place the attribute by');
    if (obj.children.some((p) => p.children?.[0]?.value === key)) return hclReplace(doc, [...objectPath, key], value)(text);
    const named = after === undefined ? undefined : [...obj.children].reverse().find((p) => p.children?.[0]?.value === after);
    const sibling = writable(named ?? obj.children[obj.children.length - 1]);
    const asBlock = writtenAsBlock(m.version.major, kindOf(m, objectPath), key, value);
    if (!startsLine(text, sibling.offset) || !restOfLine(text, end(sibling)).onlyTrivia) {
      if (flagged(obj)?.block || asBlock) throw new NotWritable('a block body on one line');
      return [{ offset: end(sibling), length: 0, content: `, ${hclKey(key)} = ${hclValue(value)}` }];
    }
    const indent = text.slice(lineStart(text, sibling.offset), sibling.offset);
    const eol = doc.formatting.eol;
    const unit = doc.formatting.insertSpaces ? ' '.repeat(doc.formatting.tabSize) : '\t';
    const rest = restOfLine(text, end(sibling));
    if (asBlock) {
      const body = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${indent}${unit}${hclKey(k)} = ${hclValue(v)}`);
      return [{ offset: rest.lineEnd, length: 0, content: `${eol}${indent}${hclKey(key)} {${eol}${body.join(eol)}${eol}${indent}}` }];
    }
    return [{ offset: rest.lineEnd, length: 0, content: `${eol}${indent}${hclKey(key)} = ${hclValue(value)}` }];
  };
}

/** A line holding one whole attribute (`key = value`): what `terraform fmt` aligns. */
const ATTRIBUTE_LINE = /^([ \t]*)([A-Za-z_][A-Za-z0-9_-]*|"(?:[^"\\]|\\.)*")([ \t]*)=(?!=)(.*)$/;

function oneLineAttribute(line: string): RegExpExecArray | undefined {
  const m = ATTRIBUTE_LINE.exec(line);
  if (!m) return undefined;
  // Brackets closed on the line: a value that goes on below ends the group.
  const code = m[4]!.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(#|\/\/).*$/, '');
  const depth = (code.match(/[{[(]/g) ?? []).length - (code.match(/[}\])]/g) ?? []).length;
  return depth === 0 && !code.includes('<<') ? m : undefined;
}

/**
 * Aligns the `=` of the attribute groups that hold the lines from `start` to `end` (and the lines just
 * around them), as `terraform fmt` does: a group is consecutive one-line attributes at one indentation.
 */
export function alignAround(text: string, start: number, end: number): Edit[] {
  const lines: Array<{ offset: number; text: string }> = [];
  for (let i = 0; ; ) {
    const nl = text.indexOf('\n', i);
    const stop = nl < 0 ? text.length : nl;
    lines.push({ offset: i, text: text.slice(i, stop).replace(/\r$/, '') });
    if (nl < 0) break;
    i = nl + 1;
  }
  const lineOf = (o: number) => lastStartingAtOrBefore(lines, o);
  const edits: Edit[] = [];
  const done = new Set<number>();
  for (let l = Math.max(0, lineOf(start) - 1); l <= Math.min(lines.length - 1, lineOf(end) + 1); l++) {
    const m = done.has(l) ? undefined : oneLineAttribute(lines[l]!.text);
    if (!m) continue;
    const same = (k: number) => {
      const x = oneLineAttribute(lines[k]!.text);
      return x && x[1] === m[1] ? x : undefined;
    };
    let a = l;
    let b = l;
    while (a > 0 && same(a - 1)) a--;
    while (b < lines.length - 1 && same(b + 1)) b++;
    const group: Array<{ k: number; g: RegExpExecArray }> = [];
    for (let k = a; k <= b; k++) {
      done.add(k);
      group.push({ k, g: same(k)! });
    }
    const width = Math.max(...group.map(({ g }) => g[2]!.length));
    for (const { k, g } of group) {
      const pad = ' '.repeat(width - g[2]!.length + 1);
      if (g[3] !== pad) edits.push({ offset: lines[k]!.offset + g[1]!.length + g[2]!.length, length: g[3]!.length, content: pad });
    }
  }
  return edits;
}
