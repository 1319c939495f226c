import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOG, RULES } from '../../server/core';
import type { Detection } from '../../server/core';

/** Detections a rule must exist for: every static and every account-context code is predicted by some rule. */
const PREDICTED: Detection[] = [
  'static',
  'context',
];

/** Rules that explain saved API responses rather than predict anything from a configuration. */
const EXPLAINING_KINDS = new Set(['error-envelope', 'health-events', 'pool-health']);

test('every static catalog entry is reported by at least one rule that predicts it', () => {
  const reported = new Set(RULES.filter((r) => r.kinds.some((k) => !EXPLAINING_KINDS.has(k))).flatMap((r) => r.reports));
  const missing = CATALOG.filter((e) => PREDICTED.includes(e.detection) && e.group !== 'tool' && !reported.has(e.id)).map((e) => e.id);
  assert.deepEqual(missing, [], 'catalog entries no rule reports');
});

test('every catalog entry has a title, cause, resolution and an https docs URL', () => {
  for (const e of CATALOG) {
    assert.ok(e.title.trim(), `${e.id}: title`);
    assert.ok(e.cause.trim(), `${e.id}: cause`);
    assert.ok(e.resolution.trim(), `${e.id}: resolution`);
    assert.match(e.docs, /^https:\/\/[^\s]+$/, `${e.id}: docs`);
    assert.doesNotThrow(() => new URL(e.docs), e.id);
  }
});

test('catalog ids are unique', () => {
  const ids = CATALOG.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length);
});
