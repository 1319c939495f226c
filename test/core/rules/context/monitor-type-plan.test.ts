import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, json, only, expectClean } from '../../../helpers';
import { account } from '../../context/support';

const plan = (p: string) => ({ account: account({ plan: p }) });
const monitor = (extra: Record<string, unknown> = {}) => ({ type: 'https', path: '/health', header: { Host: ['app.example.com'] }, expected_codes: '200', interval: 30, ...extra });

test('enterprise-monitor-type: udp_icmp, icmp_ping and smtp outside Enterprise', () => {
  const smtp = json({ type: 'smtp', port: 25, interval: 60, timeout: 5 });
  const f = only(smtp, 'enterprise-monitor-type', plan('business'));
  assert.equal(flagged(smtp, f), '"smtp"');
  expectClean(smtp);
  expectClean(smtp, plan('enterprise'));
  expectClean(json(monitor({ interval: 60 })), plan('pro'));
});
