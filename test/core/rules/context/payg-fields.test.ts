import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, findings, fixesOf, flagged, json, expectClean, expectFindings } from '../../../helpers';
import { fixAll } from '../../../../server/core';
import { account, app } from '../../context/support';

const payg = account({ spectrum: 'payg' });
const full = app({ tls: 'full', origin_port: 22, traffic_type: 'direct' });

test('10012 is quiet without context, for paid Spectrum, and for a minimal Pay-as-you-go app', () => {
  // origin_port next to origin_direct is ignored by the API: a warning of its own, whatever the plan.
  expectFindings(json(full), [['origin-port-without-origin-dns', '"origin_port"']]);
  expectFindings(json(full), [['origin-port-without-origin-dns', '"origin_port"']], { account: account({ spectrum: 'paid' }) });
  expectClean(json(app()), { account: payg });
});

test('10012 fires on every field other than protocol, dns and origin_direct, at its key', () => {
  const text = json(full);
  const fs = findings(text, { account: payg }).filter((f) => f.id === '10012');
  assert.deepEqual(fs.map((f) => flagged(text, f)), ['"tls"', '"origin_port"', '"traffic_type"']);
  assert.match(fs[0].message, /Pay-as-you-go Spectrum, according to the account context in spectrum-lint\.config\.json/);
});

test('10012 fix removes the field, and fix-all (a removal of a user setting) leaves the fields to the user', async () => {
  const text = json(app({ tls: 'full' }));
  const [fix] = await fixesOf(text, '10012', { account: payg });
  assert.equal(fix.kind, 'safe');
  assert.deepEqual(JSON.parse(applyFix(text, '10012', fix, { account: payg })), app());
  const all = await fixAll(json(full), { account: payg });
  assert.equal(all.text, json(full));
  assert.deepEqual(all.applied, []);
});
