import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, findings, fixesOf, flagged, json, expectClean } from '../../../helpers';
import { FULL, PAYGO } from './apps';

const META = { id: 'ea95132c15732412d22c1476fa83f27a', created_on: '2014-01-02T02:20:00Z', modified_on: '2014-01-02T02:20:00Z' };

test('read-only-field stays quiet on API responses and on bodies without them', () => {
  expectClean(json({ success: true, result: { ...FULL, ...META } }));
  expectClean(json({ success: true, result: [{ ...PAYGO, ...META }], result_info: { page: 1 } }));
  expectClean(json(FULL));
});

test('read-only-field reports each read-only field of a request body as information', () => {
  const text = json({ ...META, ...PAYGO });
  const found = findings(text).filter((f) => f.id === 'read-only-field');
  assert.deepEqual(found.map((f) => flagged(text, f)), ['"id"', '"created_on"', '"modified_on"']);
  assert.deepEqual(found.map((f) => f.pointer), ['/id', '/created_on', '/modified_on']);
  assert.ok(found.every((f) => f.severity === 'information'));
});

test('read-only-field removes the field safely, in an array of apps too', async () => {
  const other = { ...PAYGO, dns: { ...PAYGO.dns, name: 'other.example.com' } };
  const text = json([PAYGO, { ...other, id: META.id }]);
  const [fix] = await fixesOf(text, 'read-only-field');
  assert.equal(fix.kind, 'safe');
  assert.equal(applyFix(text, 'read-only-field', fix), json([PAYGO, other]));
});

test('read-only-field fix keeps JSONC comments', async () => {
  const text = '{\n  // created from the dashboard export\n  "id": "ea95132c15732412d22c1476fa83f27a",\n  "protocol": "tcp/22", // SSH\n  "dns": { "type": "CNAME", "name": "ssh.example.com" },\n  "origin_direct": ["tcp://93.184.216.34:22"]\n}\n';
  const [fix] = await fixesOf(text, 'read-only-field');
  const after = applyFix(text, 'read-only-field', fix);
  assert.ok(after.includes('// created from the dashboard export') && after.includes('"protocol": "tcp/22", // SSH'));
  assert.ok(!after.includes('"id"'));
});
