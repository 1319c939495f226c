import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../server/core';
import { sameFindings } from '../../server/lsp/diagnostics';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
const base: Finding = { id: '11000', code: 11000, severity: 'error', message: 'm', range: range(3, 2, 9), offset: 40, length: 7, pointer: '/a', docs: 'https://d/#11000' };

test('sameFindings: equal when everything a diagnostic shows is equal, offsets aside', () => {
  const copy = (f: Partial<Finding>): Finding => ({ ...base, ...f });
  assert.ok(sameFindings([base], [copy({})]));
  // A character typed on an earlier line moves the offset, not the range: the diagnostic is the same.
  assert.ok(sameFindings([base], [copy({ offset: 41 })]), 'an offset alone is not shown');
  assert.ok(sameFindings([copy({ related: [{ message: 'r', range: range(1, 0, 1) }], tags: ['unnecessary'] })], [copy({ related: [{ message: 'r', range: range(1, 0, 1) }], tags: ['unnecessary'] })]));
  for (const changed of [
    { range: range(3, 2, 10) },
    { range: range(4, 2, 9) },
    { message: 'n' },
    { severity: 'warning' as const },
    { id: '11001' },
    { code: 11001 },
    { docs: 'https://d/#x' },
    { related: [{ message: 'r', range: range(1, 0, 1) }] },
    { tags: ['deprecated' as const] },
  ]) {
    assert.equal(sameFindings([base], [copy(changed)]), false, JSON.stringify(changed));
  }
  assert.equal(sameFindings([copy({ related: [{ message: 'r', range: range(1, 0, 1) }] })], [copy({ related: [{ message: 'r', range: range(2, 0, 1) }] })]), false, 'a related location moved');
  assert.equal(sameFindings([copy({ related: [{ message: 'r', range: range(1, 0, 1) }] })], [copy({ related: [{ message: 'r', path: '/o.json', range: range(1, 0, 1) }] })]), false, 'in another file');
  assert.equal(sameFindings([base], [base, base]), false, 'one more');
  assert.equal(sameFindings([base, copy({ id: 'x' })], [copy({ id: 'x' }), base]), false, 'another order');
});
