import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeFiles } from '../../server/core/config';
import { isPatchByPath } from '../../server/core/detect';
import { summarizeText } from '../../server/core/workspace';
import { expectFindings, json } from '../helpers';

// As a configuration at /repo would give them: pools by folder, and their PATCH bodies in a sub-folder.
const files = mergeFiles({ path: '/repo/spectrum-lint.config.json', rules: {}, files: { pool: ['lb/pools/**/*.json'], patch: ['lb/pools/patches/*.json'] }, ignore: [] }, undefined);
const PATCH = { path: '/repo/lb/pools/patches/disable-eu.json', files };
const POOL = { path: '/repo/lb/pools/eu.json', files };

test('`patch` associations are anchored to the configuration and add to the editor setting', () => {
  assert.deepEqual(files.patch, ['/repo/lb/pools/patches/*.json']);
  assert.equal(isPatchByPath(PATCH.path, files), true);
  assert.equal(isPatchByPath(POOL.path, files), false);
  assert.equal(isPatchByPath('C:\\repo\\x.json', { patch: ['C:/repo/*.json'] }), true);
  assert.deepEqual(mergeFiles(undefined, { patch: ['**/p/*.json'] }).patch, ['**/p/*.json']);
  assert.equal(mergeFiles(undefined, undefined).patch, undefined);
});

test('a PATCH body is checked field by field: its values are, what it leaves out is not', () => {
  // Disabling a pool: a whole pool would lack its name and origins.
  expectFindings(json({ enabled: false }), [], PATCH, { everyHint: true });
  expectFindings(json({ enabled: false }), [['lb-missing-required-field', '{']], POOL);
  // Replacing the origins: a weight out of range, an unknown field and a wrong type are the body's own.
  const origins = json({ origins: [{ name: 'a', address: '192.0.2.1', weight: 5, enabeld: true }], minimum_origins: '1' });
  expectFindings(origins, [['pool-origin-weight', '5'], ['lb-unknown-field', '"enabeld"'], ['lb-wrong-type', '"1"']], PATCH);
  // A new monitor: still a placeholder.
  expectFindings(json({ monitor: 'MONITOR_ID' }), [['pool-monitor-id', '"MONITOR_ID"']], PATCH);
});

test('a PATCH body is the object it updates: it is not counted again in the workspace', () => {
  const body = json({ name: 'eu', origins: [{ name: 'a', address: '192.0.2.1' }] });
  assert.deepEqual(summarizeText(body, PATCH.path, files).pools, []);
  assert.equal(summarizeText(body, POOL.path, files).pools.length, 1);
});
