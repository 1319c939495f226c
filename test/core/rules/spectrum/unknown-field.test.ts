import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only, expectClean, expectFindings, fixesFor } from '../../../helpers';
import { allIds, FULL, PAYGO, STATIC } from './apps';

test('unknown-field stays quiet on documented and legacy fields', () => {
  expectFindings(json({ ...FULL, spp: false, ipv4: true }), [['legacy-field', 'false'], ['legacy-field', 'true']]);
  expectClean(json(STATIC));
});

test('unknown-field: one close match gets a safe rename that keeps the value', async () => {
  const { ip_firewall, ...rest } = FULL;
  const text = json({ ...rest, ip_firewal: ip_firewall });
  const f = only(text, 'unknown-field');
  assert.equal(flagged(text, f), '"ip_firewal"');
  assert.match(f.message, /Did you mean ip_firewall\?/);
  const [fix] = await fixesOf(text, 'unknown-field');
  assert.deepEqual([fix.title, fix.kind], ['Rename to ip_firewall', 'safe']);
  assert.deepEqual(JSON.parse(applyFix(text, 'unknown-field', fix)), FULL);
});

test('unknown-field works in nested objects, with case and dash differences', async () => {
  const text = json({ ...PAYGO, dns: { Type: 'CNAME', name: 'ssh.example.com' } });
  // `dns.type` counts as written (misspelt): the rename is the one repair, not a missing field as well.
  const [f] = expectFindings(text, [['unknown-field', { pointer: '/dns/Type', text: '"Type"' }, { message: /in dns/ }]]);
  const [fix] = await fixesFor(f);
  assert.deepEqual(JSON.parse(applyFix(text, 'unknown-field', fix)), PAYGO);
  const { argo_smart_routing: _a, ...noArgo } = FULL;
  void _a;
  const dashed = json({ ...noArgo, 'argo-smart-routing': true });
  assert.match(only(dashed, 'unknown-field').message, /argo_smart_routing/);
});

test('unknown-field: no suggestion when the close name is already set, or nothing is close', async () => {
  const text = json({ ...FULL, ip_firewal: true });
  assert.match(only(text, 'unknown-field').message, /Check the spelling or remove it/);
  assert.deepEqual(await fixesOf(text, 'unknown-field'), []);
  assert.match(only(json({ ...FULL, description: 'ssh' }), 'unknown-field').message, /description is not a field/);
});

test('unknown-field names Terraform attributes', () => {
  assert.match(only(json({ ...FULL, edge_ip_connectivity: 'all' }), 'unknown-field').message, /Terraform attribute.*edge_ips\.connectivity/);
  assert.match(only(json({ ...FULL, origin_port_range: { start: 1, end: 2 } }), 'unknown-field').message, /origin_port/);
});

test('unknown-field leaves API responses alone and does not look inside wrong-typed objects', () => {
  expectClean(json({ success: true, result: { ...FULL, zone_id: 'x' } }));
  assert.deepEqual(allIds(json({ ...FULL, edge_ips: [{ kind: 'x' }] })), ['wrong-type']);
});

test('unknown-field rename in a JSONC document keeps comments and CRLF', async () => {
  const text = '{\r\n  "protocol": "tcp/22", // ssh\r\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\r\n  /* origins */ "origin_direkt": ["tcp://93.184.216.34:22"]\r\n}\r\n';
  // The misspelt origin is the one problem: no 11000 (no origin) beside it.
  const [f] = expectFindings(text, [['unknown-field', '"origin_direkt"']], { path: 'ssh.spectrum.jsonc' });
  const [fix] = await fixesFor(f);
  assert.equal(applyFix(text, 'unknown-field', fix, { path: 'ssh.spectrum.jsonc' }), text.replace('"origin_direkt"', '"origin_direct"'));
});

test('unknown-field accepts a top-level $schema (an editor hint the generated schemas allow), not a nested one', () => {
  const top = json({ $schema: '../schemas/spectrum-app.schema.json', protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://146.190.1.2:22'] });
  expectClean(top);
  const nested = json({ protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com', $schema: 'x' }, origin_direct: ['tcp://146.190.1.2:22'] });
  assert.deepEqual(ids(nested).filter((i) => i === 'unknown-field'), ['unknown-field']);
});

test('a misspelt key counts only for the field it is renamed to, and not in a saved response', () => {
  // `nyme` is read as `name`; `type` is still missing.
  expectFindings(json({ protocol: 'tcp/22', dns: { nyme: 'ssh.example.com' }, origin_direct: ['tcp://146.190.1.2:22'] }), [
    ['unknown-field', '"nyme"', { message: /Did you mean name\?/ }],
    ['missing-required-field', '"dns"', { message: /has no type, which/ }],
  ]);
  // A response gets no unknown-field finding, so the missing origin is still said.
  expectFindings(json({ success: true, errors: [], messages: [], result: { id: 'a'.repeat(32), protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direkt: ['tcp://146.190.1.2:22'] } }), [['11000', '"protocol"']]);
});
