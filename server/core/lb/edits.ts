import { createScanner, SyntaxKind, type Node } from 'jsonc-parser';
import type { JsonDocument } from '../document';
import { compose, replaceNode, type Edit } from '../edit';
import { elements, stringValue, valueNode } from '../json';

/**
 * `"x"` → `["x"]` in place, keeping the value's own text (escapes included) and the line layout:
 * a header written inline stays inline.
 */
export function wrapInArray(node: Node): Edit[] {
  return [
    { offset: node.offset, length: 0, content: '[' },
    { offset: node.offset + node.length, length: 0, content: ']' },
  ];
}

/**
 * The Terraform v4 `header` block list rewritten as the API's object, keeping every comment written
 * in the list, in its order: each comment lands before the header of the block it preceded or sat in.
 */
export function blocksToObject(doc: JsonDocument, list: Node, converted: Record<string, string[]>): Edit[] {
  const comments = commentsIn(doc.text, list);
  if (comments.length === 0) return compose(doc, [replaceNode(doc, list, converted)]);
  const lines: Array<{ text: string; property: boolean }> = [];
  const written = new Set<string>();
  let next = 0;
  const commentsBefore = (end: number) => {
    for (; next < comments.length && comments[next].offset < end; next++) lines.push({ text: comments[next].text, property: false });
  };
  for (const block of elements(list)) {
    commentsBefore(block.offset + block.length);
    const name = stringValue(valueNode(block, 'header'));
    if (name === undefined || written.has(name)) continue;
    written.add(name);
    lines.push({ text: `${JSON.stringify(name)}: [${converted[name].map((v) => JSON.stringify(v)).join(', ')}]`, property: true });
  }
  commentsBefore(Infinity);
  const lastProperty = lines.map((l) => l.property).lastIndexOf(true);
  const { eol, insertSpaces, tabSize } = doc.formatting;
  const indent = /^[ \t]*/.exec(doc.text.slice(lineStart(doc.text, list.offset), list.offset))![0];
  const inner = indent + (insertSpaces ? ' '.repeat(tabSize) : '\t');
  const body = lines.map((l, i) => inner + l.text + (l.property && i < lastProperty ? ',' : '')).join(eol);
  return [{ offset: list.offset, length: list.length, content: `{${eol}${body}${eol}${indent}}` }];
}

function commentsIn(text: string, node: Node): Array<{ offset: number; text: string }> {
  const scanner = createScanner(text.slice(node.offset, node.offset + node.length), false);
  const out: Array<{ offset: number; text: string }> = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      out.push({ offset: node.offset + scanner.getTokenOffset(), text: scanner.getTokenValue() });
    }
  }
  return out;
}

function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}
