import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only, expectClean, expectFindings } from '../../../helpers';
import { edit, requires, TF, useTerraform, V4, V5 } from '../../terraform/corpus';

useTerraform();
import { HTTPS_MONITOR, POOL, TCP_MONITOR } from './fixtures';

test('lb-wrong-type does not fire on documented types (null where allowed)', () => {
  expectClean(json({ ...POOL, check_regions: null, load_shedding: null }));
  expectFindings(json({ ...TCP_MONITOR, port: null }), [['monitor-port-required', 'null']]);
});

test('lb-wrong-type unquotes numbers and booleans written as strings', async () => {
  const text = json({ ...TCP_MONITOR, timeout: '5' });
  const f = only(text, 'lb-wrong-type');
  assert.equal(flagged(text, f), '"5"');
  const [fix] = await fixesOf(text, 'lb-wrong-type');
  assert.equal(fix.kind, 'safe');
  assert.equal(JSON.parse(applyFix(text, 'lb-wrong-type', fix)).timeout, 5);
  const bool = json({ ...HTTPS_MONITOR, allow_insecure: 'true' });
  const [b] = await fixesOf(bool, 'lb-wrong-type');
  assert.equal(JSON.parse(applyFix(bool, 'lb-wrong-type', b)).allow_insecure, true);
});

test('lb-wrong-type quotes a numeric expected_codes and wraps a single region in a list', async () => {
  const codes = json({ ...HTTPS_MONITOR, expected_codes: 200 });
  const [q] = await fixesOf(codes, 'lb-wrong-type');
  assert.equal(JSON.parse(applyFix(codes, 'lb-wrong-type', q)).expected_codes, '200');
  const regions = json({ ...POOL, check_regions: 'WEU' });
  const [w] = await fixesOf(regions, 'lb-wrong-type');
  assert.deepEqual(JSON.parse(applyFix(regions, 'lb-wrong-type', w)).check_regions, ['WEU']);
});

test('lb-wrong-type turns a bare address string in origins into an origin object', async () => {
  const text = json({ ...POOL, origins: ['45.60.12.10'] });
  const [fix] = await fixesOf(text, 'lb-wrong-type');
  assert.deepEqual(JSON.parse(applyFix(text, 'lb-wrong-type', fix)).origins, [{ address: '45.60.12.10' }]);
});

test('lb-wrong-type flags fractions in integer fields and nested wrong types, without a fix', async () => {
  const text = json({ ...TCP_MONITOR, consecutive_up: 1.5 });
  assert.match(only(text, 'lb-wrong-type').message, /whole number/);
  const nested = json({ ...POOL, origins: [{ name: 'a', address: '45.60.12.10', enabled: 'yes' }] });
  const f = only(nested, 'lb-wrong-type');
  assert.equal(f.pointer, '/origins/0/enabled');
  assert.deepEqual(await fixesOf(nested, 'lb-wrong-type'), []);
});

test('lb-wrong-type leaves headers to the header rules: one diagnostic for a string Host', () => {
  const text = json({ ...POOL, origins: [{ name: 'a', address: '45.60.12.10', header: { Host: 'app.example.com' } }] });
  assert.deepEqual(ids(text), ['pool-origin-host-header']);
});

test('lb-wrong-type: load balancer attributes of the wrong type; references and variables are not judged', () => {
  expectFindings(edit(V5.lb, 'proxied          = true', 'proxied          = "yes"'), [['lb-wrong-type', '"yes"']], TF);
  // Terraform converts "30" to the number the attribute takes; "30s" it cannot.
  expectClean(edit(V4.lb, '  proxied          = true', '  ttl              = "30"\n  proxied          = false'), TF);
  expectFindings(edit(V4.lb, '  proxied          = true', '  ttl              = "30s"\n  proxied          = false'), [['lb-wrong-type', '"30s"']], TF);
  expectClean(edit(V5.lb, 'proxied          = true', 'proxied          = var.proxied'), TF);
});
