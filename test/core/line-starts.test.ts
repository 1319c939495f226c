import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { JsonDocument } from '../../server/core';
import { lineStartsOf, shiftLineStarts } from '../../server/core/line-starts';
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

test('line starts moved through an edit are those of the edited text, also where a CR and a LF meet at its ends', () => {
  const rnd = prng(8);
  const pieces = ['ab', '\n', '\r', '\r\n', ' '];
  const piece = (n: number) => Array.from({ length: n }, () => pieces[Math.floor(rnd() * pieces.length)]).join('');
  for (let k = 0; k < 3000; k++) {
    const text = piece(12);
    const start = Math.floor(rnd() * (text.length + 1));
    const oldEnd = start + Math.floor(rnd() * (text.length - start + 1));
    const inserted = piece(Math.floor(rnd() * 3));
    const edited = text.slice(0, start) + inserted + text.slice(oldEnd);
    const moved = shiftLineStarts(lineStartsOf(text), edited, { start, oldEnd, delta: inserted.length - (oldEnd - start) });
    // An oracle of its own: the module remembers the starts it made last, so asking it again proves nothing.
    const expected = [0, ...[...edited.matchAll(/\r\n|\r|\n/g)].map((m) => m.index! + m[0].length)];
    assert.deepEqual([...moved], expected, `${JSON.stringify(text)} → ${JSON.stringify(edited)}`);
  }
});
