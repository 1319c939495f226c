import type { JsonDocument } from '../document';
import type { TerraformResource } from './model';

/** A part of a document's text that reads alone as a file: one resource block. */
export interface BlockWindow {
  text: string;
  offset: number;
}

/**
 * The text of a checked resource's block, from `resource` to its `}`, when its header sits on the
 * line of its `{` (as `terraform fmt` writes it). It parses alone, with the same model for the
 * resource: fixes are written and checked on it instead of on a module of thousands of resources.
 */
export function resourceWindow(doc: JsonDocument, r: TerraformResource): BlockWindow | undefined {
  const body = r.node;
  const lineStart = doc.text.lastIndexOf('\n', body.offset - 1) + 1;
  if (!/^resource[ \t]+"[^"\n]*"[ \t]+"[^"\n]*"[ \t]*$/.test(doc.text.slice(lineStart, body.offset))) return undefined;
  return { text: doc.text.slice(lineStart, body.offset + body.length), offset: lineStart };
}

/** The window of the resource block that holds `[start, end)` strictly inside it (its first and last characters untouched). */
export function windowAround(doc: JsonDocument, start: number, end: number): BlockWindow | undefined {
  const r = doc.terraform?.resources.find((x) => x.node.offset < end && start < x.node.offset + x.node.length);
  const w = r && resourceWindow(doc, r);
  return w && w.offset < start && end < w.offset + w.text.length ? w : undefined;
}
