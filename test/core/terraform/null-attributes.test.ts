import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, applyEdits, lint, type Analysis } from '../../../server/core';
import { hover } from '../../../server/core/hover';
import { expectClean, expectFindings, findings, fixesFor } from '../../helpers';
import { edit, TF, TF_JSON, useTerraform, V4, V5 } from './corpus';

// Terraform treats an argument set to null as omitted: the checks see no field there.

useTerraform();

test('optional attributes set to null are not fields: no wrong type, no pair of exclusive fields', () => {
  const app = edit(V5.app, '  origin_direct', '  tls                = null\n  ip_firewall        = null\n  edge_ips           = null\n  virtual_network_id = null\n  origin_direct');
  expectClean(app, TF);
  const pool = edit(V5.pool, '  origins = [{', '  monitor_group = null\n  description   = null\n  latitude      = null\n  origins = [{');
  expectClean(pool, TF);
  expectClean(edit(V5.pool, 'weight  = 1', 'weight  = 1\n    port    = null'), TF);
  expectClean(edit(V4.monitor, '  path           = "/health"\n', '  path           = "/health"\n  description    = null\n'), TF);
  // A null element of a list is a value, not an omission.
  expectFindings(edit(V5.app, '["tcp://192.0.2.10:22"]', '[null]'), [['wrong-type', 'null', { message: 'origin_direct[0] must be a string, not null.' }]], TF);
});

test('a required attribute set to null is missing, and its fix writes the value in place of the null', async () => {
  // On lines of its own (blank lines around), as terraform fmt leaves it unaligned with the others.
  const text = edit(V5.app, '  dns = {\n    type = "CNAME"\n    name = "ssh.example.com"\n  }\n', '\n  dns = null # set later\n\n');
  const [f] = expectFindings(text, [['missing-required-field', '"ssh"', { message: /no dns/ }]], TF);
  const [fix] = await fixesFor(f!);
  assert.equal(fix!.kind, 'placeholder');
  const after = applyEdits(text, fix!.edits);
  assert.equal(after, edit(text, 'dns = null', 'dns = { type = "CNAME", name = "<hostname>" }'));
  expectFindings(after, [['dns-name-invalid', '"<hostname>"']], TF);
  // A v4 block cannot take the place of an attribute: no fix rather than a second dns.
  const v4 = edit(V4.app, '  dns {\n    type = "CNAME"\n    name = "ssh.example.com"\n  }\n', '  dns = null\n');
  const [g] = expectFindings(v4, [['missing-required-field', '"ssh"']], TF);
  assert.deepEqual(await fixesFor(g!), []);
});

test('.tf.json: a property set to null is omitted too', () => {
  const doc = JSON.stringify({ resource: { cloudflare_load_balancer_pool: { web: { name: 'web', monitor: 'f1aba936b94213e5b8dca0c0dbf1f9cc', monitor_group: null, description: null, origins: [{ name: 'web-1', address: 'origin-1.example.com', port: null }] } } } }, null, 2);
  expectClean(doc, TF_JSON);
});

test('the name of an attribute set to null still has its hover', () => {
  const text = edit(V5.pool, '  origins = [{', '  monitor_group = null\n  origins = [{');
  const h = hover(lint(text, TF), text.indexOf('monitor_group') + 3);
  assert.match(h?.markdown ?? '', /\*\*`monitor_group`\*\*/);
});

test('an edit before a resource moves its null attributes with it', async () => {
  const text = edit(V5.app, '  dns = {\n    type = "CNAME"\n    name = "ssh.example.com"\n  }\n', '\n  dns = null\n\n');
  const first: Analysis = analyze(text, TF, undefined, true);
  const moved = '# the bastion host\n' + text;
  const next = analyze(moved, TF, first, true);
  const f = lint(next, TF).findings.find((x) => x.id === 'missing-required-field');
  assert.ok(f);
  const [fix] = await fixesFor(f);
  assert.deepEqual(fix!.edits, [{ offset: moved.indexOf('null'), length: 4, content: '{ type = "CNAME", name = "<hostname>" }' }]);
  assert.deepEqual(findings(moved, TF).map((x) => x.id), ['missing-required-field']);
});
