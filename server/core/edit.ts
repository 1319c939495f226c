import { applyEdits as jsoncApply, findNodeAtLocation, getNodePath, modify, type ModificationOptions, type Node } from 'jsonc-parser';
import type { JsonDocument } from './document';
import { parseCached } from './parse-cache';

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

/**
 * jsonc-parser's `modify`, run on the text of the innermost object or array that holds the path
 * (behind its line's indentation, so formatting comes out the same) instead of the whole document:
 * its cost follows the size of that container, not of a multi-megabyte API dump.
 */
function modifyIn(text: string, path: Array<string | number>, value: unknown, options: ModificationOptions): Edit[] {
  const root = parseCached(text);
  let container = root;
  let depth = 0;
  for (let i = 0; root && i < path.length - 1; i++) {
    const next = findNodeAtLocation(root, path.slice(0, i + 1));
    if (!next || (next.type !== 'object' && next.type !== 'array')) break;
    container = next;
    depth = i + 1;
  }
  if (!container || container === root) return modify(text, path, value, options);
  let lineStart = container.offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, container.offset))![0];
  const window = indent + text.slice(container.offset, container.offset + container.length);
  const shift = container.offset - indent.length;
  return modify(window, path.slice(depth), value, options).map((e) => ({ ...e, offset: e.offset + shift }));
}

/** Set (or insert) the value at a JSON path, formatted like the document. */
export function setValue(doc: JsonDocument, path: Array<string | number>, value: unknown): EditStep {
  return (text) => modifyIn(text, path, value, { formattingOptions: doc.formatting });
}

/** Remove the property or array element at a JSON path, with its comma. */
export function remove(doc: JsonDocument, path: Array<string | number>): EditStep {
  return (text) => modifyIn(text, path, undefined, { formattingOptions: doc.formatting });
}

/** Replace a node's value, keeping its place and everything around it. */
export function replaceNode(doc: JsonDocument, node: Node, value: unknown): EditStep {
  return setValue(doc, getNodePath(node), value);
}

/** Insert a new property just after `after` in the same object (so it lands where the user reads it). */
export function insertAfter(doc: JsonDocument, objectPath: Array<string | number>, key: string, value: unknown, after?: string): EditStep {
  return (text) =>
    modifyIn(text, [...objectPath, key], value, {
      formattingOptions: doc.formatting,
      getInsertionIndex: after
        ? (keys) => {
            const i = keys.indexOf(after);
            return i < 0 ? keys.length : i + 1;
          }
        : undefined,
    });
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
