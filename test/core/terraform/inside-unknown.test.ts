import assert from 'node:assert/strict';
import { test } from 'node:test';
import { insideUnknown } from '../../../server/core/terraform/unknown';
import { prng } from '../../helpers';

/** Spans as a tree gives them: each one inside another or apart from it; some given twice. */
function treeSpans(rnd: () => number, from: number, to: number, depth: number, out: Array<{ offset: number; length: number }>): void {
  let at = from;
  while (at < to && rnd() < 0.8) {
    const start = at + Math.floor(rnd() * 5);
    const end = Math.min(to, start + 1 + Math.floor(rnd() * 30));
    if (start >= end) break;
    out.push({ offset: start, length: end - start });
    if (rnd() < 0.1) out.push({ offset: start, length: end - start });
    if (depth < 3 && rnd() < 0.5) treeSpans(rnd, start + 1, end - 1, depth + 1, out);
    at = end + Math.floor(rnd() * 4);
  }
}

test('insideUnknown: a range is inside an unknown span exactly when one of the spans holds it', () => {
  const rnd = prng(12);
  for (let run = 0; run < 200; run++) {
    const spans: Array<{ offset: number; length: number }> = [];
    treeSpans(rnd, 0, 400, 0, spans);
    const sorted = [...spans].sort((a, b) => a.offset - b.offset);
    for (let k = 0; k < 60; k++) {
      const offset = Math.floor(rnd() * 420);
      const length = Math.floor(rnd() * 12);
      const expected = spans.some((s) => s.offset <= offset && offset + length <= s.offset + s.length);
      assert.equal(insideUnknown(sorted, offset, length), expected, `run ${run}: [${offset}, +${length}) in ${JSON.stringify(sorted)}`);
    }
  }
  assert.equal(insideUnknown([], 3, 1), false);
});
