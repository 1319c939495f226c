import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean, expectFindings } from '../../../helpers';
import { account as context } from '../../context/support';
import { assertCrlfTabs, assertOnlyChanged, crlfTabs, dns, problemIds, spanOf } from './origin-fixtures';

const app = (virtual_network_id: unknown) => json({ protocol: 'tcp/22', dns, origin_direct: ['tcp://10.0.0.5:22'], virtual_network_id });

test('11045 stays quiet on UUIDs in any letter case, on an empty id, and on wrong types', () => {
  for (const id of ['f70ff985-a4ef-4643-bbbc-4a0ed4fc8415', 'F70FF985-A4EF-4643-BBBC-4A0ED4FC8415']) expectClean(app(id));
  // Without a usable id the private origin is the finding (and a number is the wrong-type rule's).
  expectFindings(app(''), [['private-origin-without-virtual-network', '"tcp://10.0.0.5:22"']]);
  expectFindings(app(42), [['wrong-type', '42']]);
});

test('11045 fires on the value, once, and offers no fix without account context', async () => {
  for (const id of ['office', 'f70ff985a4ef4643bbbc4a0ed4fc8415', 'f70ff985-a4ef-4643-bbbc-4a0ed4fc841', ' f70ff985-a4ef-4643-bbbc-4a0ed4fc8415']) {
    const text = app(id);
    const f = only(text, '11045');
    assert.equal(flagged(text, f), JSON.stringify(id));
    assert.deepEqual(problemIds(text), ['11045']);
    assert.deepEqual(await fixesOf(text, '11045'), []);
  }
});

test('11045 with account context: one fix per virtual network, named by its name', async () => {
  const account = context({
    virtual_networks: [
      { id: 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415', name: 'office', is_default_network: false },
      { id: '0a1b2c3d-0000-4000-8000-000000000001', name: 'lab', is_default_network: true },
    ],
  });
  const text = app('office');
  const fixes = await fixesOf(text, '11045', { account });
  assert.equal(fixes.length, 2);
  assert.match(fixes[0].title, /office/);
  assert.equal(JSON.parse(applyFix(text, '11045', fixes[0], { account })).virtual_network_id, 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415');
});

test('11045 fix keeps CRLF, tabs and JSONC comments', async () => {
  const account = context({ virtual_networks: [{ id: 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415', name: 'office', is_default_network: true }] });
  const text = crlfTabs({ protocol: 'tcp/22', dns, origin_direct: ['tcp://10.0.0.5:22'], virtual_network_id: 'office', tls: 'off' });
  const [fix] = await fixesOf(text, '11045', { account });
  const after = applyFix(text, '11045', fix, { account });
  assertCrlfTabs(after);
  assertOnlyChanged(text, after, ...spanOf(text, '"office"'));
  const jsonc = '{\n  "protocol": "tcp/22", "dns": { "type": "CNAME", "name": "a.example.com" },\n  "origin_direct": ["tcp://10.0.0.5:22"],\n  /* vnet */ "virtual_network_id": "office" // fix me\n}';
  const [fix2] = await fixesOf(jsonc, '11045', { account });
  assert.equal(applyFix(jsonc, '11045', fix2, { account }), jsonc.replace('"office"', '"f70ff985-a4ef-4643-bbbc-4a0ed4fc8415"'));
});
