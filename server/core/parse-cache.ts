import type { Node } from 'jsonc-parser';
import { parseJsonTree } from './json-tree';
import { settleAll } from './reparse';

/**
 * The last few parse trees by text. Fix steps and edit helpers all start from the document's own
 * text, so one tree serves every fix computed for a document version instead of a parse per step.
 */
const SIZE = 4;
const entries: Array<{ text: string; root: Node | undefined }> = [];

export function rememberParse(text: string, root: Node | undefined): void {
  if (entries.some((e) => e.text === text)) return;
  entries.unshift({ text, root });
  entries.length = Math.min(entries.length, SIZE);
}

/** The tree of `text`, parsed tolerantly (comments, trailing commas) as documents are. */
export function parseCached(text: string): Node | undefined {
  const hit = entries.find((e) => e.text === text);
  if (hit) {
    // A document's re-parsed tree may still defer the offset moves of later elements.
    if (hit.root) settleAll(hit.root);
    return hit.root;
  }
  const root = parseJsonTree(text);
  rememberParse(text, root);
  return root;
}

/** Drops the tree of a text whose tree was taken over by a later version (its offsets no longer fit). */
export function forgetParse(text: string): void {
  const i = entries.findIndex((e) => e.text === text);
  if (i >= 0) entries.splice(i, 1);
}
