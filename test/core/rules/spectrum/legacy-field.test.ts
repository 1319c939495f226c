import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, findings, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { allIds, FULL, UDP } from './apps';

const { proxy_protocol: _pp, ...NO_PP } = FULL;
void _pp;

test('legacy-field stays quiet on the string proxy_protocol', () => {
  expectClean(json(FULL));
});

test('legacy-field: boolean proxy_protocol false becomes "off", true becomes "v1" on TCP', async () => {
  const off = json({ ...FULL, proxy_protocol: false });
  const f = only(off, 'legacy-field');
  assert.equal(flagged(off, f), 'false');
  assert.deepEqual(f.tags, ['deprecated']);
  const [toOff] = await fixesOf(off, 'legacy-field');
  assert.equal(toOff.kind, 'safe');
  assert.equal(applyFix(off, 'legacy-field', toOff), json(FULL));
  const on = json({ ...FULL, proxy_protocol: true });
  const [toV1] = await fixesOf(on, 'legacy-field');
  assert.equal(JSON.parse(applyFix(on, 'legacy-field', toV1)).proxy_protocol, 'v1');
});

test('legacy-field: boolean proxy_protocol true on UDP offers v2 or simple, since v1 is TCP-only', async () => {
  const text = json({ ...UDP, proxy_protocol: true });
  const fixes = await fixesOf(text, 'legacy-field');
  assert.deepEqual(fixes.map((x) => [x.title, x.kind]), [['Write "v2"', 'choice'], ['Write "simple"', 'choice']]);
  for (const fix of fixes) expectClean(applyFix(text, 'legacy-field', fix));
});

test('legacy-field: boolean proxy_protocol is not also a wrong type', () => {
  assert.deepEqual(allIds(json({ ...FULL, proxy_protocol: true })), ['legacy-field']);
});

test('legacy-field: spp false is removed; spp true becomes proxy_protocol "simple"', async () => {
  const sppOff = json({ ...FULL, spp: false });
  const [remove] = await fixesOf(sppOff, 'legacy-field');
  assert.equal(applyFix(sppOff, 'legacy-field', remove), json(FULL));
  const { proxy_protocol: _x, ...udpNoPp } = UDP;
  void _x;
  const sppOn = json({ ...udpNoPp, spp: true });
  const [convert] = await fixesOf(sppOn, 'legacy-field');
  assert.equal(convert.kind, 'safe');
  assert.deepEqual(JSON.parse(applyFix(sppOn, 'legacy-field', convert)), { ...udpNoPp, proxy_protocol: 'simple' });
});

test('legacy-field: spp true next to proxy_protocol "off" replaces it; next to another header offers nothing', async () => {
  const text = json({ ...UDP, spp: true });
  const [convert] = await fixesOf(text, 'legacy-field');
  assert.deepEqual(JSON.parse(applyFix(text, 'legacy-field', convert)), { ...UDP, proxy_protocol: 'simple' });
  const clash = json({ ...UDP, proxy_protocol: 'v2', spp: true });
  assert.deepEqual(await fixesOf(clash, 'legacy-field'), []);
});

test('legacy-field: the BYOIP docs example (proxy_protocol false, spp false) gets a fix for each', async () => {
  const text = json({ ...NO_PP, proxy_protocol: false, spp: false });
  const found = findings(text).filter((f) => f.id === 'legacy-field');
  assert.equal(found.length, 2);
  for (const f of found) assert.equal((await f.fixes!({}))[0].kind, 'safe');
});

test('legacy-field: ipv4 is explained and removable, not converted', async () => {
  const text = json({ ...FULL, ipv4: true });
  const f = only(text, 'legacy-field');
  assert.match(f.message, /edge_ips\.connectivity/);
  const [fix] = await fixesOf(text, 'legacy-field');
  assert.equal(fix.kind, 'choice');
  assert.equal(applyFix(text, 'legacy-field', fix), json(FULL));
  assert.deepEqual(allIds(json({ ...FULL, ipv4: 'yes' })), ['wrong-type']);
});
