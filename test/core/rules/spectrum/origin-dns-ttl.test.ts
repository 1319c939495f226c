import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean, expectFindings } from '../../../helpers';
import { assertCrlfTabs, assertOnlyChanged, crlfTabs, dns, problemIds, spanOf } from './origin-fixtures';

const app = (ttl: unknown) => json({ protocol: 'tcp/22', dns, origin_dns: { name: 'origin.example.com', ttl }, origin_port: 22 });

test('11001 (ttl) stays quiet at 600 and above, when absent, and on wrong types', () => {
  for (const ttl of [600, 1200, 86400, undefined]) expectClean(app(ttl));
  expectFindings(app('600'), [['wrong-type', '"600"']]);
});

test('11001 (ttl) fires below 600 and on fractions, one finding on the value', () => {
  for (const ttl of [0, -5, 599, 300.5, 1200.5]) {
    const text = app(ttl);
    const f = only(text, '11001');
    assert.equal(flagged(text, f), String(ttl));
    assert.deepEqual(problemIds(text), ['11001']);
  }
});

test('11001 (ttl) fix: raise to 600, or round a fraction up', async () => {
  const low = app(60);
  const [raise] = await fixesOf(low, '11001');
  assert.deepEqual([raise.title, raise.kind], ['Set ttl to 600', 'safe']);
  assert.equal(JSON.parse(applyFix(low, '11001', raise)).origin_dns.ttl, 600);
  const frac = app(1200.5);
  const [round] = await fixesOf(frac, '11001');
  assert.equal(round.title, 'Set ttl to 1201');
  assert.equal(JSON.parse(applyFix(frac, '11001', round)).origin_dns.ttl, 1201);
});

test('11001 (ttl) fix keeps CRLF, tabs and JSONC comments', async () => {
  const text = crlfTabs({ protocol: 'tcp/22', dns, origin_dns: { name: 'origin.example.com', ttl: 60, type: '' }, origin_port: 22 });
  const [fix] = await fixesOf(text, '11001');
  const after = applyFix(text, '11001', fix);
  assertOnlyChanged(text, after, ...spanOf(text, '60'));
  assertCrlfTabs(after);
  const jsonc = '{\n  "protocol": "tcp/22", "dns": { "type": "CNAME", "name": "a.example.com" },\n  "origin_dns": { "name": "o.example.com", /* seconds */ "ttl": 60 /* too low */ },\n  "origin_port": 22\n}\n';
  const [fix2] = await fixesOf(jsonc, '11001');
  assert.equal(applyFix(jsonc, '11001', fix2), jsonc.replace('"ttl": 60', '"ttl": 600'));
});
