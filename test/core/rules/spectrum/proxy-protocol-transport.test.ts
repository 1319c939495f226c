import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean, expectFindings } from '../../../helpers';
import { FULL, UDP } from './apps';

test('proxy-protocol-transport stays quiet on fitting versions', () => {
  for (const proxy_protocol of ['off', 'v1', 'v2']) expectClean(json({ ...FULL, proxy_protocol }));
  for (const proxy_protocol of ['off', 'v2', 'simple']) expectClean(json({ ...UDP, proxy_protocol }));
});

test('proxy-protocol-transport: v1 on UDP offers v2 or simple', async () => {
  const text = json({ ...UDP, proxy_protocol: 'v1' });
  const f = only(text, 'proxy-protocol-transport');
  assert.equal(flagged(text, f), '"v1"');
  const fixes = await fixesOf(text, 'proxy-protocol-transport');
  assert.deepEqual(fixes.map((x) => [x.title, x.kind]), [['Write "v2"', 'choice'], ['Write "simple"', 'choice']]);
  for (const fix of fixes) applyFix(text, 'proxy-protocol-transport', fix);
});

test('proxy-protocol-transport: simple on TCP offers v2 or v1', async () => {
  const text = json({ ...FULL, proxy_protocol: 'simple' });
  const fixes = await fixesOf(text, 'proxy-protocol-transport');
  assert.equal(JSON.parse(applyFix(text, 'proxy-protocol-transport', fixes[1])).proxy_protocol, 'v1');
});

test('proxy-protocol-transport leaves wrong case to invalid-enum-value', () => {
  expectFindings(json({ ...UDP, proxy_protocol: 'V1' }), [['invalid-enum-value', '"V1"']]);
});
