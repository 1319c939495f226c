import { applyEdits as jsoncApply, type Node } from 'jsonc-parser';
import type { JsonDocument } from './document';
import { insertPrecise, removePrecise, replacePrecise } from './edit-precise';
import { pathOf, valueNode } from './json';
import { changeBetween } from './reparse';
import { hclInsert, hclRemove, hclReplace, NotWritable } from './terraform/hcl-edit';
import { resourceWindow } from './terraform/block-window';

/** A text replacement in offsets of the document it was computed for. */
export interface Edit {
  offset: number;
  length: number;
  content: string;
}

/**
 * One step of a fix, applied to the text the previous step produced. `path` is the member it changes
 * (for an insertion, the new property); `run` gets the path to use in the text it is given, which is
 * the path's tail when the step runs on the window of one element (see `compose`).
 */
export interface EditStep {
  path: Array<string | number>;
  run(text: string, path: Array<string | number>): Edit[];
}

/**
 * jsonc-parser's `applyEdits` (same order for edits at one offset, same "Overlapping edit" error), in
 * one pass: it rebuilds the text once per edit, which fix-all's hundreds of edits made quadratic.
 */
export function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length <= 1) return jsoncApply(text, edits);
  const sorted = edits.slice().sort((a, b) => a.offset - b.offset || a.length - b.length);
  for (let i = 0; i < sorted.length - 1; i++) if (sorted[i].offset + sorted[i].length > sorted[i + 1].offset) throw new Error('Overlapping edit');
  const last = sorted[sorted.length - 1];
  if (last.offset + last.length > text.length) throw new Error('Overlapping edit');
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.substring(at, e.offset), e.content);
    at = e.offset + e.length;
  }
  parts.push(text.substring(at));
  return parts.join('');
}

/*
 * The steps fixes are built from. They touch only the lines of what they change, so comments,
 * compact neighbours and line endings survive (see edit-precise.ts).
 */

/** Set (or insert) the value at a JSON path. */
export function setValue(doc: JsonDocument, path: Array<string | number>, value: unknown): EditStep {
  return { path, run: (text, at) => (doc.language === 'terraform' ? hclReplace(doc, at, value) : replacePrecise(doc, at, value))(text) };
}

/** Remove the property or array element at a JSON path, with its comma. */
export function remove(doc: JsonDocument, path: Array<string | number>): EditStep {
  return { path, run: (text, at) => (doc.language === 'terraform' ? hclRemove(doc, at) : removePrecise(doc, at))(text) };
}

/** Replace a node's value, keeping its place and everything around it. */
export function replaceNode(doc: JsonDocument, node: Node, value: unknown): EditStep {
  return setValue(doc, pathOf(node), value);
}

/** Insert a new property just after `after` in the same object (so it lands where the user reads it). */
export function insertAfter(doc: JsonDocument, objectPath: Array<string | number>, key: string, value: unknown, after?: string): EditStep {
  return { path: [...objectPath, key], run: (text, at) => (doc.language === 'terraform' ? hclInsert(doc, at.slice(0, -1), key, value, after) : insertPrecise(doc, at.slice(0, -1), key, value, after))(text) };
}

/**
 * Runs the steps one after another and returns a single minimal edit from the original text to the
 * result: everything outside the changed span stays byte-identical by construction.
 */
export function compose(doc: JsonDocument, steps: EditStep[]): Edit[] {
  if (doc.language === 'terraform') return composeHcl(doc, steps);
  const w = windowOf(doc, steps);
  let text = w.text;
  for (const step of steps) text = jsoncApply(text, step.run(text, step.path.slice(w.depth)));
  return diff(w.text, text).map((e) => ({ ...e, offset: e.offset + w.offset }));
}

/**
 * The steps on an HCL text. A step that cannot write HCL exactly makes no edit at all: the fix is then
 * not offered. Aligning the `=` and checking that the result parses happen once for every Terraform
 * fix, whatever wrote it (`terraform/fix-guard.ts`).
 */
function composeHcl(doc: JsonDocument, steps: EditStep[]): Edit[] {
  const w = hclWindowOf(doc, steps);
  let text = w.text;
  try {
    for (const step of steps) text = jsoncApply(text, step.run(text, step.path));
  } catch (error) {
    if (error instanceof NotWritable) return [];
    throw error;
  }
  return diff(w.text, text).map((e) => ({ ...e, offset: e.offset + w.offset }));
}

/**
 * Where HCL steps run: the text of the one resource block that holds every path (a file of its own,
 * so the steps after the first parse that block, not a module of thousands of resources); else the
 * whole text.
 */
function hclWindowOf(doc: JsonDocument, steps: EditStep[]): { text: string; offset: number } {
  const whole = { text: doc.text, offset: 0 };
  const [kind, type, name] = steps[0]?.path ?? [];
  if (kind !== 'resource' || !steps.every((s) => s.path.length > 3 && s.path[0] === kind && s.path[1] === type && s.path[2] === name)) return whole;
  const matching = doc.terraform?.resources.filter((r) => r.type === type && r.name === name) ?? [];
  return (matching.length === 1 && resourceWindow(doc, matching[0]!)) || whole;
}

/**
 * Where the steps run: the text of the one element of the top-level list (or of an API envelope's
 * `result` list) that holds every path, behind its line's indentation, so a fix in a dump of thousands
 * of objects costs what the object costs; else the whole text.
 */
function windowOf(doc: JsonDocument, steps: EditStep[]): { text: string; offset: number; depth: number } {
  const whole = { text: doc.text, offset: 0, depth: 0 };
  const root = doc.root;
  if (!root || steps.length === 0) return whole;
  const prefix: Array<string | number> = root.type === 'array' ? [] : ['result'];
  const list = prefix.length ? valueNode(root, 'result') : root;
  const index = steps[0].path[prefix.length];
  if (list?.type !== 'array' || typeof index !== 'number') return whole;
  const element = list.children?.[index];
  const depth = prefix.length + 1;
  const inside = (p: Array<string | number>) => p.length > depth && p[prefix.length] === index && prefix.every((k, i) => p[i] === k);
  if (!element || (element.type !== 'object' && element.type !== 'array') || !steps.every((s) => inside(s.path))) return whole;
  let lineStart = element.offset;
  while (lineStart > 0 && doc.text[lineStart - 1] !== '\n' && doc.text[lineStart - 1] !== '\r') lineStart--;
  const indent = /^[ \t]*/.exec(doc.text.slice(lineStart, element.offset))![0];
  const offset = element.offset - indent.length;
  return { text: doc.text.slice(offset, element.offset + element.length), offset, depth };
}

/** The single edit that turns `a` into `b`, trimmed to the differing middle. */
export function diff(a: string, b: string): Edit[] {
  if (a === b) return [];
  const { start, oldEnd, delta } = changeBetween(a, b);
  return [{ offset: start, length: oldEnd - start, content: b.slice(start, oldEnd + delta) }];
}
