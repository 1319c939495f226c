import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lint } from '../../server/core';

/**
 * Documents shaped like the ones found in SDK fixtures, recorded API responses and the docs (written
 * for this project): saved responses of older API eras, named protocols, disabled and unmonitored
 * pools, and the mistakes seen in them. Valid ones get no finding; each mistake gets exactly the
 * findings its first line lists.
 */
const CORPUS = join(__dirname, '..', '..', '..', 'test', 'corpus');
const files = (dir: string) => readdirSync(join(CORPUS, dir)).sort().map((name) => ({ name, path: join(CORPUS, dir, name) }));

test('no finding on valid real-world-like documents (saved responses, named protocols, disabled and unmonitored pools)', () => {
  const valid = files('valid');
  assert.ok(valid.length >= 10);
  for (const { name, path } of valid) {
    const r = lint(readFileSync(path, 'utf8'), { path: `/ws/${name}` });
    assert.ok(r.targets.length > 0, `${name} is recognised`);
    // The one information note a valid document may carry: a value new in the API (traffic_type "worker").
    assert.deepEqual(r.findings.filter((f) => !(f.id === 'worker-origin' && f.severity === 'information')).map((f) => `${f.id}: ${f.message}`), [], name);
    assert.deepEqual(r.ruleErrors, [], name);
  }
});

test('each mistake of the real-world-like documents gets exactly the findings it lists', () => {
  for (const { name, path } of files('mistakes')) {
    const text = readFileSync(path, 'utf8');
    const expected = /^\/\/ expect: (.*)$/m.exec(text)?.[1].split(',').map((s) => s.trim());
    assert.ok(expected, `${name} lists its findings`);
    assert.deepEqual(lint(text, { path: `/ws/${name}` }).findings.map((f) => f.id), expected, name);
  }
});
