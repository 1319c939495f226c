import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, flagged, ids, json, only, expectClean } from '../../../helpers';
import { buildWorkspaceIndex } from '../../../../server/core/workspace';
import { account, NETWORKS, VNET_A, VNET_MISSING } from '../../context/support';

const pool = (extra: Record<string, unknown> = {}, origins: unknown[] = [{ name: 'a', address: '93.184.216.34' }]) => ({ name: 'primary', check_regions: ['WNAM'], origins, ...extra });
const of = (text: string, id: string, options: object) => findings(text, options).filter((f) => f.id === id);

test('1002 Host header not under an account zone', () => {
  const ctx = account({ zone: { name: 'example.com' }, zones: ['example.net'] });
  const text = json(pool({}, [
    { name: 'a', address: '93.184.216.34', header: { Host: ['app.example.com'] } },
    { name: 'b', address: '93.184.216.35', header: { Host: ['app.example.net'] } },
    { name: 'c', address: 'origin.cdn.io', header: { Host: ['origin.cdn.io'] } },
    { name: 'd', address: '93.184.216.36', header: { Host: ['www.partner.io'] } },
  ]));
  const fs = of(text, '1002', { account: ctx });
  assert.deepEqual(fs.map((f) => flagged(text, f)), ['"www.partner.io"']);
  assert.match(fs[0].message, /not under a zone of the account \(example\.com, example\.net\), according to .*only if www\.partner\.io publicly resolves to 93\.184\.216\.36/);
  assert.deepEqual(of(text, '1002', {}), []);
  assert.deepEqual(of(text, '1002', { account: account({ plan: 'enterprise' }) }), []);
});

test('1002 private endpoint: virtual network must exist and route the address', () => {
  const ctx = account(NETWORKS);
  const origins = [
    { name: 'ok', address: '10.0.5.5', virtual_network_id: VNET_A },
    { name: 'noroute', address: '10.9.0.1', virtual_network_id: VNET_A },
    { name: 'nonet', address: '10.0.5.6', virtual_network_id: VNET_MISSING },
  ];
  const text = json(pool({}, origins));
  const fs = of(text, '1002', { account: ctx });
  assert.deepEqual(fs.map((f) => flagged(text, f)), ['"10.9.0.1"', `"${VNET_MISSING}"`]);
  assert.match(fs[0].message, /No route of virtual network "us-east-1-vpc" contains 10\.9\.0\.1.*closest route is 10\.0\.0\.0\/16/);
  assert.match(fs[1].message, /does not belong to the account/);
  assert.deepEqual(of(text, '1002', {}), []);
});

test('unknown-monitor: a monitor id that exists neither in the account nor in the workspace', () => {
  const ctx = account({ monitors: [{ id: 'm1', type: 'https' }] });
  const text = json(pool({ monitor: 'm9' }));
  const f = only(text, 'unknown-monitor', { account: ctx });
  assert.equal(flagged(text, f), '"m9"');
  assert.match(f.message, /Known monitors: m1/);
  expectClean(json(pool({ monitor: 'm1' })), { account: ctx });
  expectClean(text);
  expectClean(text, { account: account({}) });
  const ws = buildWorkspaceIndex([{ path: '/ws/m.monitor.json', text: json({ id: 'm9', type: 'tcp', port: 22, interval: 60 }) }]);
  expectClean(text, { account: ctx, workspace: ws, path: '/ws/p.pool.json' });
});

test('1006 quotas: monitors, pools and endpoints of the workspace plus the account', () => {
  const ctx = account({ quotas: { pools: 2, origins: 3, monitors: 1 }, pools: [{ id: 'p1', name: 'old', origins: [{}, {}] }], monitors: [{ id: 'm1' }] });
  const ws = buildWorkspaceIndex([{ path: '/ws/b.pool.json', text: json(pool({ name: 'other' })) }]);
  const options = { account: ctx, workspace: ws, path: '/ws/a.pool.json' };
  const text = json(pool());
  const fs = of(text, '1006', options);
  assert.deepEqual(fs.map((f) => f.message.match(/(\d+) (pools|endpoints)/)![0]), ['3 pools', '4 endpoints']);
  // The workspace version of an existing pool replaces it rather than adding one.
  assert.deepEqual(of(json(pool({ name: 'old' })), '1006', options), []);
  assert.deepEqual(of(text, '1006', { workspace: ws, path: '/ws/a.pool.json' }), []);
  const monitor = json({ type: 'https', header: { Host: ['app.example.com'] }, expected_codes: '200', interval: 60 });
  assert.match(only(monitor, '1006', { account: ctx }).message, /2 monitors, above its quota of 1/);
  expectClean(json({ id: 'm1', type: 'https', header: { Host: ['app.example.com'] }, expected_codes: '200', interval: 60 }), { account: ctx });
});
