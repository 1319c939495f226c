import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { assertCrlfTabs, assertOnlyChanged, crlfTabs, dns, problemIds, spanOf } from './origin-fixtures';

const VNET = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';
const app = (origin_direct: unknown[], extra: Record<string, unknown> = { virtual_network_id: VNET }) => json({ protocol: 'tcp/22', dns, origin_direct, ...extra });

test('11042 stays quiet with one address, or without a virtual network', () => {
  expectClean(app(['tcp://10.0.0.5:22']));
  expectClean(app(['tcp://104.16.0.1:22', 'tcp://104.16.0.2:22'], {}));
});

test('11042 fires once on the origin_direct key', () => {
  const text = app(['tcp://10.0.0.5:22', 'tcp://10.0.0.6:22', 'tcp://10.0.0.7:22']);
  const f = only(text, '11042');
  assert.equal(flagged(text, f), '"origin_direct"');
  assert.match(f.message, /has 3 addresses/);
  assert.deepEqual(problemIds(text), ['11042']);
});

test('11042 fixes: one "Keep only" choice per distinct address', async () => {
  const text = app(['tcp://10.0.0.5:22', 'tcp://10.0.0.6:22', 'tcp://10.0.0.5:22']);
  const fixes = await fixesOf(text, '11042');
  assert.deepEqual(fixes.map((f) => [f.title, f.kind]), [
    ['Keep only tcp://10.0.0.5:22', 'choice'],
    ['Keep only tcp://10.0.0.6:22', 'choice'],
  ]);
  assert.deepEqual(JSON.parse(applyFix(text, '11042', fixes[1])).origin_direct, ['tcp://10.0.0.6:22']);
  assert.deepEqual(JSON.parse(applyFix(text, '11042', fixes[0])).origin_direct, ['tcp://10.0.0.5:22']);
});

test('11042 fix keeps CRLF, tabs and the lines around the array', async () => {
  const text = crlfTabs({ protocol: 'tcp/22', dns, origin_direct: ['tcp://10.0.0.5:22', 'tcp://10.0.0.6:22'], virtual_network_id: VNET });
  const [, keepSecond] = await fixesOf(text, '11042');
  const after = applyFix(text, '11042', keepSecond);
  assertCrlfTabs(after);
  assertOnlyChanged(text, after, ...spanOf(text, '\t\t"tcp://10.0.0.5:22",\r\n'));
});

test('11042 fix keeps the comment of the kept address', async () => {
  const text = [
    '{',
    '  "protocol": "tcp/22", "dns": { "type": "CNAME", "name": "ssh.example.com" },',
    '  "origin_direct": [',
    '    "tcp://10.0.0.5:22", // primary',
    '    // fallback',
    '    "tcp://10.0.0.6:22"',
    '  ],',
    `  "virtual_network_id": "${VNET}"`,
    '}',
  ].join('\n');
  const [keepFirst, keepSecond] = await fixesOf(text, '11042');
  // The removed last address takes its line; the comma before it goes, the comments stay.
  assert.equal(applyFix(text, '11042', keepFirst), text.replace('"tcp://10.0.0.5:22", // primary', '"tcp://10.0.0.5:22" // primary').replace('    "tcp://10.0.0.6:22"\n', ''));
  assert.equal(applyFix(text, '11042', keepSecond), text.replace('    "tcp://10.0.0.5:22", // primary\n', ''));
});
