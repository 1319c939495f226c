import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { JsonDocument } from '../../server/core';
import { prng } from '../helpers';

test('positions in a large document agree with the LSP text document, LF only and with CR LF and lone CR', () => {
  const rnd = prng(5);
  const lf = '[\n' + Array.from({ length: 9000 }, (_, i) => `  {"name": "app-${i}", "port": ${i}}`).join(',\n') + '\n]\n';
  assert.ok(lf.length > 1 << 16, 'long enough for the search by line');
  const mixed = lf.replace(/\n/g, (_, at: number) => (at % 7 === 0 ? '\r\n' : at % 11 === 0 ? '\r' : '\n'));
  for (const text of [lf, mixed, lf.slice(0, -1)]) {
    const mine = new JsonDocument(text);
    const theirs = TextDocument.create('file:///x.json', 'json', 1, text);
    assert.equal(mine.lineCount, theirs.lineCount);
    for (let k = 0; k < 2000; k++) {
      const o = Math.floor(rnd() * (text.length + 1));
      assert.deepEqual(mine.positionAt(o), theirs.positionAt(o), `positionAt(${o})`);
    }
  }
});
