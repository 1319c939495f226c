import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, json, only, expectClean } from '../../../helpers';
import { buildWorkspaceIndex } from '../../../../server/core/workspace';
import { account, app } from '../../context/support';


test('12005 more IPv4 addresses than the quota, counting the workspace and existing apps', () => {
  const ctx = account({ quotas: { ipv4: 2 }, spectrum_apps: [{ id: 'e1', protocol: 'tcp/22', dns: { name: 'old.example.com' } }] });
  const ws = buildWorkspaceIndex([{ path: '/ws/b.spectrum.json', text: json(app({ dns: { type: 'CNAME', name: 'b.example.com' } })) }]);
  const text = json(app());
  const f = only(text, '12005', { account: ctx, workspace: ws, path: '/ws/a.spectrum.json' });
  assert.equal(flagged(text, f), '"ssh.example.com"');
  assert.match(f.message, /would use 3 IPv4 addresses \(0 static, 3 for dynamic hostnames\), above its quota of 2/);
  // Within the quota, without the quota, or an app that adds no new address.
  expectClean(text, { account: ctx, path: '/ws/a.spectrum.json' });
  expectClean(text, { workspace: ws, path: '/ws/a.spectrum.json' });
  expectClean(json(app({ dns: { type: 'CNAME', name: 'old.example.com' } })), { account: ctx, workspace: ws, path: '/ws/a.spectrum.json' });
  // IPv6-only apps take no IPv4 address.
  expectClean(json(app({ edge_ips: { type: 'dynamic', connectivity: 'ipv6' } })), { account: ctx, workspace: ws, path: '/ws/a.spectrum.json' });
});
