import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../../server/core';
import { validateAccount } from '../../../../server/core/context';
import { buildWorkspaceIndex } from '../../../../server/core/workspace';
import { json } from '../../../helpers';

const VNET = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';

/** Values of every JSON type, including the shapes users get wrong. */
const WEIRD: unknown[] = [null, true, 0, -1, 1.5, '', 'x', [], {}, [null], [{}], { ips: 'x' }, { type: 'static', ips: 'nope' }, { type: 'static', ips: [1, null, '203.0.113.5'] }];

test('account-dependent and workspace rules never throw, whatever the context items and documents hold', () => {
  const apps = WEIRD.map((w, i) => ({ id: i % 2 ? w : 'a' + i, protocol: w, dns: w, edge_ips: w, zone_id: i % 3 ? 'z2' : undefined, zone_name: w }));
  const { context } = validateAccount(
    {
      plan: 'pro',
      spectrum: 'payg',
      entitlements: [],
      zone: { name: 'example.com', id: 'z1' },
      zones: ['example.net'],
      virtual_networks: [{ id: VNET, name: 5 }, { id: 'x' }],
      routes: [{ network: '10.0.0.0/8', virtual_network_id: VNET }, { network: '::/0' }],
      prefixes: [{ cidr: '203.0.113.0/24' }],
      spectrum_apps: apps,
      monitors: WEIRD.map((w) => ({ id: w, type: w })),
      pools: WEIRD.map((w) => ({ id: w, name: w, origins: w })),
      quotas: { ipv4: 0, monitors: 0, pools: 0, origins: 0 },
    },
    { kind: 'file', path: '/ws/c.json' },
  );
  const docs = [
    ...WEIRD.map((w) => json({ protocol: 'tcp/22', dns: { type: 'ADDRESS', name: w }, edge_ips: w, origin_direct: [w], virtual_network_id: w, origin_dns: { name: w } })),
    json({ protocol: 'tcp/22', dns: { type: 'ADDRESS', name: 'a.example.com' }, edge_ips: { type: 'static', ips: ['203.0.113.5', '10.0.0.1', 'x'] }, origin_direct: ['tcp://10.1.2.3:22'], virtual_network_id: VNET }),
    json({ name: 'p', monitor: 'm', check_regions: ['ALL_REGIONS', 7], origins: [{ address: '10.0.0.1', virtual_network_id: VNET, header: { Host: ['x.io', 5] } }, 3, null] }),
    json({ type: 'smtp', interval: 12, port: 25 }),
    '{ "protocol": "tcp/22", "dns": { "name": ',
  ];
  const ws = buildWorkspaceIndex(docs.map((text, i) => ({ path: `/ws/f${i}.spectrum.json`, text })));
  for (const [i, text] of docs.entries()) {
    const r = lint(text, { path: `/ws/f${i}.spectrum.json`, account: context, workspace: ws });
    assert.deepEqual(r.ruleErrors.map((e) => `${e.rule}: ${String(e.error)}`), [], text);
  }
});
