import assert from 'node:assert/strict';
import { test } from 'node:test';
import { json, only, expectClean } from '../../../helpers';
import { account, app } from '../../context/support';

const zone = { zone: { name: 'example.com', id: 'z1' }, zones: [{ name: 'example.net', id: 'z2' }, { name: 'eu.example.com', id: 'z3' }] };
const staticApp = (ips: string[], extra: Record<string, unknown> = {}) =>
  app({ dns: { type: 'ADDRESS', name: 'ssh.example.com' }, edge_ips: { type: 'static', ips }, ...extra });

test('11033 static IP used by an application of another zone', () => {
  const ctx = account({ ...zone, spectrum_apps: [{ id: 'o1', protocol: 'tcp/22', dns: { name: 'x.example.net' }, edge_ips: { type: 'static', ips: ['203.0.113.5'] }, zone_id: 'z2', zone_name: 'example.net' }] });
  const text = json(staticApp(['203.0.113.5']));
  const f = only(text, '11033', { account: ctx });
  assert.match(f.message, /already used by x\.example\.net in zone example\.net/);
  expectClean(text);
  // The same IP in the own zone is the duplicate-edge-ip check's business, not 11033.
  const own = account({ ...zone, spectrum_apps: [{ id: 'o1', protocol: 'tcp/22', dns: { name: 'x.example.com' }, edge_ips: { type: 'static', ips: ['203.0.113.5'] } }] });
  expectClean(text, { account: own });
});
