import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits as jsoncApplyEdits } from 'jsonc-parser';
import { applyEdits, type Edit } from '../../server/core/edit';

/** A small seeded generator, so a failure replays. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

test('applyEdits gives what jsonc-parser gives for any set of non-overlapping edits, in any order', () => {
  const next = random(9);
  for (let round = 0; round < 500; round++) {
    const text = Array.from({ length: Math.floor(next() * 60) }, () => 'ab{}[]",: \n'[Math.floor(next() * 11)]).join('');
    const edits: Edit[] = [];
    for (let at = 0; at <= text.length; ) {
      at += Math.floor(next() * 8);
      if (at > text.length) break;
      const length = Math.min(Math.floor(next() * 3), text.length - at);
      edits.push({ offset: at, length, content: next() < 0.3 ? '' : `<${round}.${edits.length}>` });
      // Inserts at one offset are kept in their order; a replacement may follow them there.
      at += length === 0 && next() < 0.5 ? 0 : length + 1;
    }
    const shuffled = edits.slice().sort(() => next() - 0.5);
    assert.equal(applyEdits(text, shuffled), jsoncApplyEdits(text, shuffled), JSON.stringify({ text, shuffled }));
  }
});

test('applyEdits refuses overlapping edits as jsonc-parser does', () => {
  const text = '{"a": 1, "b": 2}';
  const overlapping = [
    { offset: 1, length: 4, content: 'x' },
    { offset: 3, length: 2, content: 'y' },
  ];
  assert.throws(() => jsoncApplyEdits(text, overlapping), /Overlapping edit/);
  assert.throws(() => applyEdits(text, overlapping), /Overlapping edit/);
  assert.equal(applyEdits(text, []), text);
});
