import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, findings, fixesOf, flagged, json, only, expectFindings } from '../../../helpers';
import { account } from '../../context/support';

const plan = (p: string) => ({ account: account({ plan: p }) });
const monitor = (extra: Record<string, unknown> = {}) => ({ type: 'https', path: '/health', header: { Host: ['app.example.com'] }, expected_codes: '200', interval: 30, ...extra });
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
