import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, findings, fixesOf, flagged, json, only } from '../../../helpers';
import { account } from '../../context/support';

const plan = (p: string) => ({ account: account({ plan: p }) });
const pool = (extra: Record<string, unknown> = {}) => ({ name: 'primary', monitor: 'f1aba936b94213e5b8dca0c0dbf1f9c1', origins: [{ name: 'a', address: '93.184.216.34' }], ...extra });
const of = (text: string, id: string, options: object) => findings(text, options).filter((f) => f.id === id);

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
