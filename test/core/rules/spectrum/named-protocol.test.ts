import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../../server/core';
import { hover } from '../../../../server/core/hover';
import { applyFix, fixesOf, flagged, ids, json, only } from '../../../helpers';
import { account } from '../../context/support';
import { allIds } from './apps';

/** An RDP application as a v5 list response returns it: the protocol by name, not `tcp/3389`. */
const RDP = {
  id: '3e1f4a5b6c7d8e9f0a1b2c3d4e5f6a7b',
  protocol: 'rdp',
  dns: { type: 'CNAME', name: 'desktop.example.com' },
  origin_direct: ['tcp://93.184.216.34:3389'],
  ip_firewall: false,
  proxy_protocol: 'off',
  tls: 'off',
  traffic_type: 'direct',
  edge_ips: { type: 'dynamic', connectivity: 'all' },
  argo_smart_routing: false,
};
const { id: _id, ...RDP_REQUEST } = RDP;

test('named protocols (rdp, ssh, minecraft) are recognised and accepted, by content and under a *.spectrum.json name', () => {
  for (const protocol of ['rdp', 'ssh', 'minecraft']) {
    const port = { rdp: 3389, ssh: 22, minecraft: 25565 }[protocol];
    const text = json({ ...RDP_REQUEST, protocol, origin_direct: [`tcp://93.184.216.34:${port}`] });
    assert.deepEqual(lint(text).targets.map((t) => t.kind), ['spectrum-app'], protocol);
    assert.deepEqual(allIds(text), [], protocol);
    assert.deepEqual(allIds(text, '/ws/desktop.spectrum.json'), [], protocol);
  }
  const response = json({ success: true, errors: [], messages: [], result: [RDP], result_info: { page: 1, per_page: 20, count: 1, total_count: 1 } });
  assert.deepEqual(lint(response).targets.map((t) => `${t.kind}:${t.role}`), ['spectrum-app:response']);
  assert.deepEqual(allIds(response), []);
});

test('a named protocol in the wrong case gets the exact spelling', async () => {
  const text = json({ ...RDP_REQUEST, protocol: 'RDP' });
  const f = only(text, 'protocol-format');
  assert.equal(flagged(text, f), '"RDP"');
  assert.match(f.message, /write rdp/);
  const [fix] = await fixesOf(text, 'protocol-format');
  assert.equal(JSON.parse(applyFix(text, 'protocol-format', fix)).protocol, 'rdp');
  // An unknown name lists the named protocols the API uses.
  assert.match(only(json({ ...RDP_REQUEST, protocol: 'telnet' }), 'protocol-format', { path: '/ws/desktop.spectrum.json' }).message, /ssh, rdp, minecraft/);
});

test('origin ports of a named protocol are checked: one TCP port, no range, no UDP origin', async () => {
  assert.deepEqual(ids(json({ ...RDP_REQUEST, origin_direct: ['tcp://93.184.216.34:3389-3390'] })), ['origin-range-length']);
  assert.deepEqual(ids(json({ ...RDP_REQUEST, origin_direct: ['udp://93.184.216.34:3389'] })), ['origin-transport-mismatch']);
  const dns = { protocol: 'ssh', dns: { type: 'CNAME', name: 'ssh.example.com' }, traffic_type: 'direct', origin_dns: { name: 'origin.example.com', ttl: 1200 } };
  assert.deepEqual(ids(json({ ...dns, origin_port: '22-23' })), ['origin-range-length']);
  // Without origin_port, the fix takes the named protocol's own port.
  const portless = json(dns);
  assert.deepEqual(ids(portless), ['11001']);
  const fixes = await fixesOf(portless, '11001');
  assert.ok(fixes.some((f) => JSON.parse(applyFix(portless, '11001', f)).origin_port === 22), fixes.map((f) => f.title).join(', '));
});

test('the named protocol is explained on hover', () => {
  const text = json(RDP_REQUEST);
  const at = text.indexOf('"rdp"') + 2;
  const h = hover(lint(text), at);
  assert.ok(h, 'a hover');
  assert.match(h.markdown, /\*\*`"rdp"`\*\*: a value of `protocol`/);
  assert.match(h.markdown, /Remote Desktop \(RDP\), a TCP application on edge port 3389/);
});

test('13002: the named protocols are the ones the plans include', () => {
  const plan = (p: string) => ({ account: account({ plan: p }) });
  const ssh = json({ ...RDP_REQUEST, protocol: 'ssh', origin_direct: ['tcp://93.184.216.34:22'] });
  assert.ok(!ids(ssh, plan('pro')).includes('13002'));
  assert.ok(!ids(json(RDP_REQUEST), plan('business')).includes('13002'));
  assert.equal(flagged(json(RDP_REQUEST), only(json(RDP_REQUEST), '13002', plan('pro'))), '"rdp"');
});
