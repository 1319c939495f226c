import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, flagged, json, expectClean } from '../../../helpers';
import { account, app } from '../../context/support';

const text = json(app({ tls: 'full', proxy_protocol: 'off', ip_firewall: true, argo_smart_routing: true }));
const of = (t: string, raw: Record<string, unknown>) => findings(t, { account: account(raw) }).filter((f) => f.id === 'enterprise-only-field');

test('enterprise-only-field is quiet without context, on Enterprise and for settings left off', () => {
  expectClean(text);
  assert.deepEqual(of(text, { plan: 'enterprise' }), []);
  assert.deepEqual(of(json(app({ tls: 'off', ip_firewall: false })), { plan: 'pro' }), []);
});

test('enterprise-only-field flags enabled Enterprise settings on Pro and Business, at the key', () => {
  const fs = of(text, { plan: 'business' });
  assert.deepEqual(fs.map((f) => flagged(text, f)), ['"tls"', '"ip_firewall"', '"argo_smart_routing"']);
  assert.equal(fs[0].severity, 'warning');
  assert.match(fs[0].message, /Business plan, according to the account context/);
});

test('enterprise-only-field leaves Pay-as-you-go to 10012 and Argo to 11026', () => {
  assert.deepEqual(of(text, { plan: 'pro', spectrum: 'payg' }), []);
  assert.deepEqual(of(text, { plan: 'pro', entitlements: { argo_smart_routing: false } }).map((f) => flagged(text, f)), ['"tls"', '"ip_firewall"']);
});
