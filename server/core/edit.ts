import { applyEdits as jsoncApply, getNodePath, type Node } from 'jsonc-parser';
import type { JsonDocument } from './document';
import { insertPrecise, removePrecise, replacePrecise } from './edit-precise';

/** A text replacement in offsets of the document it was computed for. */
export interface Edit {
  offset: number;
  length: number;
  content: string;
}

/** One step of a fix, applied to the text the previous step produced. */
export type EditStep = (text: string) => Edit[];

export function applyEdits(text: string, edits: Edit[]): string {
  return jsoncApply(text, edits);
}

/*
 * The steps fixes are built from. They touch only the lines of what they change, so comments,
 * compact neighbours and line endings survive (see edit-precise.ts).
 */

/** Set (or insert) the value at a JSON path. */
export function setValue(doc: JsonDocument, path: Array<string | number>, value: unknown): EditStep {
  return replacePrecise(doc, path, value);
}

/** Remove the property or array element at a JSON path, with its comma. */
export function remove(doc: JsonDocument, path: Array<string | number>): EditStep {
  return removePrecise(doc, path);
}

/** Replace a node's value, keeping its place and everything around it. */
export function replaceNode(doc: JsonDocument, node: Node, value: unknown): EditStep {
  return replacePrecise(doc, getNodePath(node), value);
}

/** Insert a new property just after `after` in the same object (so it lands where the user reads it). */
export function insertAfter(doc: JsonDocument, objectPath: Array<string | number>, key: string, value: unknown, after?: string): EditStep {
  return insertPrecise(doc, objectPath, key, value, after);
}

/**
 * Runs the steps one after another and returns a single minimal edit from the original text to the
 * result: everything outside the changed span stays byte-identical by construction.
 */
export function compose(doc: JsonDocument, steps: EditStep[]): Edit[] {
  let text = doc.text;
  for (const step of steps) text = jsoncApply(text, step(text));
  return diff(doc.text, text);
}

/** The single edit that turns `a` into `b`, trimmed to the differing middle. */
export function diff(a: string, b: string): Edit[] {
  if (a === b) return [];
  let start = 0;
  const min = Math.min(a.length, b.length);
  while (start < min && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  return [{ offset: start, length: endA - start, content: b.slice(start, endB) }];
}
