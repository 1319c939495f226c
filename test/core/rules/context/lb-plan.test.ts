import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, findings, fixesOf, flagged, ids, json, only, expectClean, expectFindings } from '../../../helpers';
import { account } from '../../context/support';

const plan = (p: string) => ({ account: account({ plan: p }) });
const monitor = (extra: Record<string, unknown> = {}) => ({ type: 'https', path: '/health', header: { Host: ['app.example.com'] }, expected_codes: '200', interval: 30, ...extra });
const pool = (extra: Record<string, unknown> = {}) => ({ name: 'primary', monitor: 'm1', origins: [{ name: 'a', address: '93.184.216.34' }], ...extra });
const of = (text: string, id: string, options: object) => findings(text, options).filter((f) => f.id === id);

test('1002 monitor interval: quiet without context and at or above the plan minimum', () => {
  assert.deepEqual(of(json(monitor()), '1002', {}), []);
  assert.deepEqual(of(json(monitor()), '1002', plan('business')), []);
  assert.deepEqual(of(json(monitor({ interval: 60 })), '1002', plan('pro')), []);
  assert.deepEqual(of(json(monitor({ interval: 10 })), '1002', plan('enterprise')), []);
});

test('1002 monitor interval: below the plan minimum (60 Pro, 15 Business), fix raises it', async () => {
  const text = json(monitor());
  const f = only(text, '1002', plan('pro'));
  assert.equal(flagged(text, f), '30');
  assert.match(f.message, /below the Pro plan's minimum of 60 seconds, according to the account context/);
  const [fix] = await fixesOf(text, '1002', plan('pro'));
  assert.equal(JSON.parse(applyFix(text, '1002', fix, plan('pro'))).interval, 60);
  // 12 s is also shorter than a probe with the default retries can take: probe-timing's own warning.
  expectFindings(json(monitor({ interval: 12 })), [['1002', '12', { message: /minimum of 15/ }], ['monitor-probe-timing', '12']], plan('business'));
});

test('enterprise-monitor-type: udp_icmp, icmp_ping and smtp outside Enterprise', () => {
  const smtp = json({ type: 'smtp', port: 25, interval: 60, timeout: 5 });
  const f = only(smtp, 'enterprise-monitor-type', plan('business'));
  assert.equal(flagged(smtp, f), '"smtp"');
  expectClean(smtp);
  expectClean(smtp, plan('enterprise'));
  expectClean(json(monitor({ interval: 60 })), plan('pro'));
});

test('1002 check_regions: quiet without context, on Enterprise, and with named regions', () => {
  assert.deepEqual(of(json(pool()), '1002', {}), []);
  assert.deepEqual(of(json(pool()), '1002', plan('enterprise')), []);
  assert.deepEqual(of(json(pool({ check_regions: ['WNAM'] })), '1002', plan('pro')), []);
});

test('1002 check_regions absent or null outside Enterprise; fixes pick a region', async () => {
  const text = json(pool());
  const f = only(text, '1002', plan('business'));
  assert.match(f.message, /every data center, which needs Enterprise; the account is on the Business plan/);
  const fixes = await fixesOf(text, '1002', plan('business'));
  assert.equal(fixes.length, 13);
  assert.equal(fixes[0].title, 'Probe from WNAM (Western North America)');
  assert.deepEqual(JSON.parse(applyFix(text, '1002', fixes[0], plan('business'))).check_regions, ['WNAM']);
  const nul = json(pool({ check_regions: null }));
  assert.equal(flagged(nul, only(nul, '1002', plan('pro'))), 'null');
  const [first] = await fixesOf(nul, '1002', plan('pro'));
  applyFix(nul, '1002', first, plan('pro'));
});

test('1002 ALL_REGIONS outside Enterprise; removed when other regions remain', async () => {
  const text = json(pool({ check_regions: ['WEU', 'ALL_REGIONS'] }));
  const f = only(text, '1002', plan('pro'));
  assert.equal(flagged(text, f), '"ALL_REGIONS"');
  const [fix] = await fixesOf(text, '1002', plan('pro'));
  assert.equal(fix.kind, 'safe');
  assert.deepEqual(JSON.parse(applyFix(text, '1002', fix, plan('pro'))).check_regions, ['WEU']);
});

test('load-balancing-not-enabled: monitors and pools on an account without Load Balancing', () => {
  const off = { account: account({ entitlements: { load_balancing: false } }) };
  assert.match(only(json(pool({ check_regions: ['WNAM'] })), 'load-balancing-not-enabled', off).message, /must be in range \[1, 0\]/);
  assert.match(only(json(monitor({ interval: 60 })), 'load-balancing-not-enabled', off).message, /interval is not in range \[0, 0\]/);
  expectClean(json(pool({ check_regions: ['WNAM'] })));
  expectClean(json(pool({ check_regions: ['WNAM'] })), { account: account({ entitlements: ['load_balancing'] }) });
});
