import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, json, only, expectClean, expectFindings } from '../../../helpers';
import { edit, requires, TF, useTerraform, V4, V5 } from '../../terraform/corpus';

useTerraform();
import { POOL, TCP_MONITOR } from './fixtures';

test('lb-missing-required-field does not fire on a complete pool or on monitors', () => {
  expectClean(json(POOL));
  expectClean(json(TCP_MONITOR));
});

test('lb-missing-required-field names a missing pool name and an origin without address', () => {
  const { name: _, ...noName } = POOL;
  assert.match(only(json(noName), 'lb-missing-required-field').message, /name/);
  const text = json({ ...POOL, origins: [{ name: 'a' }] });
  const f = only(text, 'lb-missing-required-field');
  assert.equal(flagged(text, f), '{');
  assert.match(f.message, /origins\[0\]/);
});

test('lb-missing-required-field: a load balancer without name; its pools are lb-pools-required\'s', () => {
  expectFindings(edit(V5.lb, '  name             = "www.example.com"\n', ''), [['lb-missing-required-field', '"www"', { message: /The load balancer has no name, which the API requires/ }]], TF);
  expectFindings(edit(V5.lb, '  fallback_pool    = cloudflare_load_balancer_pool.web.id\n', ''), [['lb-pools-required', '"www"']], TF);
  expectClean(V4.lb, TF);
});
