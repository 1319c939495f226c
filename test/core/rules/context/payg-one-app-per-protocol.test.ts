import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, ids, json, only, expectClean } from '../../../helpers';
import { buildWorkspaceIndex } from '../../../../server/core/workspace';
import { account, app } from '../../context/support';

const payg = (extra: Record<string, unknown> = {}) => account({ spectrum: 'payg', zone: { name: 'example.com', id: 'z1' }, ...extra });
const other = { protocol: 'tcp/22', dns: { type: 'CNAME', name: 'other.example.com' }, origin_direct: ['tcp://192.0.2.9:22'] };

test('11034 is quiet without context, for paid Spectrum, and when no other app uses the protocol', () => {
  const ws = buildWorkspaceIndex([{ path: '/ws/b.spectrum.json', text: json(other) }]);
  expectClean(json(app()), { path: '/ws/a.spectrum.json', workspace: ws });
  expectClean(json(app()), { path: '/ws/a.spectrum.json', workspace: ws, account: account({ spectrum: 'paid' }) });
  expectClean(json(app()), { account: payg({ spectrum_apps: [{ protocol: 'tcp/25565', dns: { name: 'mc.example.com' } }] }) });
});

test('11034 fires for another workspace file with the same protocol, relating it', () => {
  const ws = buildWorkspaceIndex([{ path: '/ws/b.spectrum.json', text: json(other) }]);
  const text = json(app());
  const f = only(text, '11034', { path: '/ws/a.spectrum.json', workspace: ws, account: payg() });
  assert.equal(flagged(text, f), '"tcp/22"');
  assert.match(f.message, /in b\.spectrum\.json other\.example\.com already uses tcp\/22/);
  assert.equal(f.related?.[0].path, '/ws/b.spectrum.json');
});

test('11034 fires for two apps of one file, each relating the other', () => {
  const text = json([app(), other]);
  const r = ids(text, { account: payg() }).filter((i) => i === '11034');
  assert.equal(r.length, 2);
});

test('11034 fires for an existing app of the zone in the context, but not for the same app or another zone', () => {
  const existing = { id: 'e1', protocol: 'tcp/22', dns: { type: 'CNAME', name: 'old.example.com' } };
  const f = only(json(app()), '11034', { account: payg({ spectrum_apps: [existing] }) });
  assert.match(f.message, /existing application old\.example\.com already uses tcp\/22, according to the account context/);
  // The same app (same hostname and protocol) being updated.
  expectClean(json(app()), { account: payg({ spectrum_apps: [{ ...existing, dns: { name: 'ssh.example.com' } }] }) });
  expectClean(json(app({})), { account: payg({ spectrum_apps: [{ ...existing, zone_id: 'z2' }] }) });
});
