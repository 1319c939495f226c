import { findNodeAtLocation, modify, type ModificationOptions } from 'jsonc-parser';
import type { JsonDocument } from './document';
import type { Edit } from './edit';

/** Edits on a text, where the step's path names what it changes. */
type TextStep = (text: string) => Edit[];
import { parseCached } from './parse-cache';

/**
 * Edit steps built on jsonc-parser's `modify`: always valid JSON, but `modify` re-formats the lines
 * around what it changes. `edit-precise.ts` uses them only for layouts it does not recognise.
 */

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
export function modifySet(doc: JsonDocument, path: Array<string | number>, value: unknown): TextStep {
  return (text) => modifyIn(text, path, value, { formattingOptions: doc.formatting });
}

/** Remove the property or array element at a JSON path, with its comma. */
export function modifyRemove(doc: JsonDocument, path: Array<string | number>): TextStep {
  return (text) => modifyIn(text, path, undefined, { formattingOptions: doc.formatting });
}

/** Insert a new property just after `after` in the same object (so it lands where the user reads it). */
export function modifyInsert(doc: JsonDocument, objectPath: Array<string | number>, key: string, value: unknown, after?: string): TextStep {
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
