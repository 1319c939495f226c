import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, ids, json, only, expectClean, expectFindings, fixesFor } from '../../../helpers';
import { edit, requires, TF, useTerraform, V4, V5 } from '../../terraform/corpus';

useTerraform();
import { HTTPS_MONITOR, POOL } from './fixtures';

test('lb-unknown-field does not fire on documented fields or in API responses', () => {
  expectClean(json(POOL));
  expectClean(json({ success: true, errors: [], result: { ...HTTPS_MONITOR, future_field: 1 } }));
});

test('lb-unknown-field renames a close misspelling', async () => {
  const { expected_codes: _, ...rest } = HTTPS_MONITOR;
  const text = json({ ...rest, expected_code: '200' });
  // Until renamed, the monitor also has no expected_codes: an information of its own.
  const [f] = expectFindings(text, [['lb-unknown-field', '"expected_code"'], ['monitor-expected-codes-missing', '"type"', { severity: 'information' }]]);
  const [fix] = await fixesFor(f);
  assert.equal(fix.kind, 'safe');
  assert.equal(JSON.parse(applyFix(text, 'lb-unknown-field', fix)).expected_codes, '200');
});

test('lb-unknown-field says where misplaced fields belong, and checks origins too', () => {
  const text = json({ ...HTTPS_MONITOR, check_regions: ['WNAM'] });
  assert.match(only(text, 'lb-unknown-field').message, /belongs on the pool/);
  const origin = json({ ...POOL, origins: [{ name: 'a', address: '45.60.12.10', wieght: 1 }] });
  const f = only(origin, 'lb-unknown-field');
  assert.match(f.message, /origins\[0\]/);
  assert.match(f.message, /weight/);
});

test('lb-unknown-field accepts a top-level $schema for editors', () => {
  expectClean(json({ $schema: '../schemas/pool.schema.json', ...POOL }));
  assert.ok(ids(json({ ...POOL, origins: [{ $schema: 'x', address: '45.60.12.10' }] })).includes('lb-unknown-field'));
});

test('lb-unknown-field: a load balancer attribute the API does not document, in v5 and v4; the documented ones are clean', () => {
  for (const lb of [V5.lb, V4.lb]) {
    expectClean(lb, TF);
    expectFindings(edit(lb, '  proxied ', '  steering_polcy   = "off"\n  proxied '), [['lb-unknown-field', 'steering_polcy', { message: /steering_polcy is not a field of a load balancer\. Did you mean steering_policy/ }]], TF);
  }
  // Nested objects the schema describes are checked; the ones it leaves free-form (rules, session_affinity_attributes) are not.
  const nested = edit(V5.lb, '  proxied ', '  adaptive_routing = { failover_across_pool = true }\n  session_affinity_attributes = { samesite = "Auto" }\n  proxied ');
  expectFindings(nested, [['lb-unknown-field', 'failover_across_pool']], TF);
});

test('lb-unknown-field: a custom rule and its overrides have documented fields too', () => {
  const rule = (body: string) => edit(V5.lb, '  proxied ', `  rules = [{\n    ${body}\n  }]\n  proxied `);
  expectFindings(rule('name = "api"\n    conditon = "true"'), [['lb-unknown-field', 'conditon', { message: /Did you mean condition/ }]], TF);
  expectFindings(rule('name = "api"\n    overrides = { steering = "geo" }'), [['lb-unknown-field', 'steering']], TF);
  expectClean(rule('name = "api"\n    condition = "true"\n    priority = 2\n    terminates = true\n    fixed_response = { status_code = 503, content_type = "text/plain", message_body = "down", location = "" }'), TF);
});
