import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EDITOR_DOCUMENTS } from '../../server/lsp/editor-document';
import { prng } from '../helpers';

const PIECES = ['a', 'bc', ' ', '"x": 1', '\n', '\r', '\r\n', '\n\n', '{', '}'];

test('the editor document gives the library text document\'s text, positions and offsets through random edits', () => {
  const rnd = prng(11);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const piece = (n: number) => Array.from({ length: n }, () => pick(PIECES)).join('');
  for (let round = 0; round < 40; round++) {
    const initial = piece(40);
    const mine = EDITOR_DOCUMENTS.create('file:///x.json', 'json', 1, initial);
    const theirs = TextDocument.create('file:///x.json', 'json', 1, initial);
    for (let version = 2; version < 60; version++) {
      // Positions past the end of a line or of the text, and reversed ranges, as a client may send them.
      const position = () => ({ line: Math.floor(rnd() * (theirs.lineCount + 2)) - 1, character: Math.floor(rnd() * 12) - 1 });
      const change = rnd() < 0.03 ? { text: piece(30) } : { range: { start: position(), end: position() }, text: piece(Math.floor(rnd() * 4)) };
      EDITOR_DOCUMENTS.update(mine, [change], version);
      TextDocument.update(theirs, [change], version);
      const text = theirs.getText();
      assert.equal(mine.getText(), text);
      assert.equal(mine.version, version);
      assert.equal(mine.lineCount, theirs.lineCount, `lines of ${JSON.stringify(text)}`);
      for (let o = -1; o <= text.length + 1; o++) assert.deepEqual(mine.positionAt(o), theirs.positionAt(o), `positionAt(${o}) in ${JSON.stringify(text)}`);
      for (let k = 0; k < 20; k++) {
        const p = position();
        assert.equal(mine.offsetAt(p), theirs.offsetAt(p), `offsetAt(${JSON.stringify(p)}) in ${JSON.stringify(text)}`);
        assert.deepEqual(mine.getLineRange(p.line), theirs.getLineRange(p.line));
        assert.equal(mine.getEOLCharacters(p.line), theirs.getEOLCharacters(p.line));
        const range = { start: position(), end: position() };
        assert.equal(mine.getText(range), theirs.getText(range));
      }
    }
  }
});
