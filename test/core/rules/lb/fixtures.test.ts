import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../../server/core';
import { json } from '../../../helpers';
import { HTTP_MONITOR, HTTPS_MONITOR, POOL, TCP_MONITOR } from './fixtures';

test('the valid monitors and pool used by the tests lint clean and are detected', () => {
  for (const [value, kind] of [[HTTPS_MONITOR, 'monitor'], [HTTP_MONITOR, 'monitor'], [TCP_MONITOR, 'monitor'], [POOL, 'pool']] as const) {
    const r = lint(json(value));
    assert.deepEqual(r.targets.map((t) => t.kind), [kind]);
    assert.deepEqual(r.findings.map((f) => `${f.id}: ${f.message}`), []);
    assert.deepEqual(r.ruleErrors, []);
  }
});
