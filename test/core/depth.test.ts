import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createScanner, SyntaxKind, visit } from 'jsonc-parser';
import { JsonDocument, MAX_DEPTH, maxDepth } from '../../server/core/document';
import { prng } from '../helpers';

// The nesting pre-check uses the parser's own scanner, so it ends strings and comments where the
// parser does; its count is an upper bound of the parser's real nesting on any text, broken or not.

function parserDepth(text: string): number {
  let depth = 0;
  let max = 0;
  const open = () => {
    max = Math.max(max, ++depth);
  };
  const close = () => {
    depth--;
  };
  visit(text, { onObjectBegin: open, onArrayBegin: open, onObjectEnd: close, onArrayEnd: close }, { allowTrailingComma: true, disallowComments: false });
  return max;
}


/** The same bound read with jsonc-parser's scanner token by token: the pre-check must agree with it exactly. */
function scannerDepth(text: string): number {
  const scanner = createScanner(text, true);
  const open: SyntaxKind[] = [];
  let max = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) max = Math.max(max, open.push(kind));
    else if (kind === SyntaxKind.CloseBraceToken && open[open.length - 1] === SyntaxKind.OpenBraceToken) open.pop();
    else if (kind === SyntaxKind.CloseBracketToken && open[open.length - 1] === SyntaxKind.OpenBracketToken) open.pop();
  }
  return max;
}

test('the pre-check reads strings and comments exactly as the scanner does, on random broken text', () => {
  const random = prng(11);
  const pieces = ['[', ']', '{', '}', '"', '\\', '\\u12', '\r', '\n', '\r\n', '/', '//', '/*', '*/', '*', ',', ':', '-', '1e', 'x', ' ', '"a":', '\u2028', '\t'];
  for (let i = 0; i < 5000; i++) {
    let text = '';
    const n = 1 + Math.floor(random() * 120);
    for (let k = 0; k < n; k++) text += pieces[Math.floor(random() * pieces.length)];
    assert.equal(maxDepth(text), scannerDepth(text), JSON.stringify(text));
  }
});

test('a lone \\r ends a string or a // comment for the pre-check as for the parser: deep text is skipped, not parsed', () => {
  for (const head of ['["\r', '[//\r', '{"a": "\r', '[/*\r*/']) {
    const text = head + '['.repeat(20000) + ']'.repeat(20000) + ']';
    const doc = new JsonDocument(text);
    assert.equal(doc.skipped?.reason, 'too-deep', JSON.stringify(head));
  }
});

test('the pre-check never counts less nesting than the parser builds, on random broken text', () => {
  const random = prng(7);
  const pieces = ['[', ']', '{', '}', '"', '\\', '\r', '\n', '\r\n', '//', '/*', '*/', ',', ':', '1', 'x', ' ', '"a":', '\u2028'];
  for (let i = 0; i < 3000; i++) {
    let text = '';
    const n = 1 + Math.floor(random() * 200);
    for (let k = 0; k < n; k++) text += pieces[Math.floor(random() * pieces.length)];
    assert.ok(maxDepth(text) >= parserDepth(text), JSON.stringify(text));
  }
  assert.equal(maxDepth('['.repeat(MAX_DEPTH + 1)), MAX_DEPTH + 1);
});

test('no position falls between the \\r and \\n of a CRLF (a string the parser ends at the \\r)', () => {
  const text = '{\r\n  "a": "x\\\r\n  y"\r\n}';
  const doc = new JsonDocument(text);
  for (let o = 0; o <= text.length; o++) {
    const p = doc.positionAt(o);
    const line = text.split(/\r\n|\r|\n/)[p.line];
    assert.ok(p.character <= line.length, `offset ${o}: ${JSON.stringify(p)}`);
  }
});
