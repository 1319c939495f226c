import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, flagged, ids, json, only, expectClean } from '../../../helpers';
import { buildWorkspaceIndex, WorkspaceIndex, summarizeText } from '../../../../server/core/workspace';
import { account, app } from '../../context/support';

const A = '/ws/a.spectrum.json';
const B = '/ws/b.spectrum.json';
const index = (files: Record<string, unknown>) => buildWorkspaceIndex(Object.entries(files).map(([path, v]) => ({ path, text: json(v) })));

test('duplicate-hostname: same name on overlapping ports across files, with related location', () => {
  const ws = index({ [B]: app({ protocol: 'tcp/20-30', origin_direct: ['tcp://192.0.2.9:20-30'] }) });
  const text = json(app());
  const f = only(text, 'duplicate-hostname', { path: A, workspace: ws });
  assert.equal(flagged(text, f), '"ssh.example.com"');
  assert.match(f.message, /Another application in b\.spectrum\.json also uses ssh\.example\.com on tcp\/20-30, which overlaps tcp\/22/);
  assert.equal(f.related?.[0].path, B);
  assert.equal(f.related?.[0].range.start.line, 4);
});

test('duplicate-hostname is quiet on other ports, other transports, other names, and without the index', () => {
  for (const other of [app({ protocol: 'tcp/2222' }), app({ protocol: 'udp/22', origin_direct: ['udp://192.0.2.1:22'] }), app({ dns: { type: 'CNAME', name: 'x.example.com' } })]) {
    expectClean(json(app()), { path: A, workspace: index({ [B]: other }) });
  }
  expectClean(json(app()), { path: A });
  // The document's own entry in the index is not compared with itself.
  expectClean(json(app()), { path: A, workspace: index({ [A]: app() }) });
});

test('duplicate-hostname within one file flags both applications', () => {
  const text = json([app(), app({ origin_direct: ['tcp://192.0.2.2:22'] })]);
  const fs = findings(text).filter((f) => f.id === 'duplicate-hostname');
  assert.equal(fs.length, 2);
  assert.equal(fs[0].related?.[0].path, undefined);
});

test('duplicate-hostname against an existing application of the account on overlapping ports', () => {
  const ctx = account({ spectrum_apps: [{ id: 'e1', protocol: 'tcp/1-100', dns: { name: 'ssh.example.com' } }] });
  assert.match(only(json(app()), 'duplicate-hostname', { account: ctx }).message, /existing application e1 on tcp\/1-100/);
  const same = account({ spectrum_apps: [{ id: 'e1', protocol: 'tcp/22', dns: { name: 'ssh.example.com' } }] });
  expectClean(json(app()), { account: same });
});

test('duplicate-edge-ip: the same static IP on overlapping ports in another file', () => {
  const staticApp = (name: string, protocol = 'tcp/22') => app({ protocol, dns: { type: 'ADDRESS', name }, edge_ips: { type: 'static', ips: ['203.0.113.7', '2001:db8::7'] } });
  const ws = index({ [B]: staticApp('b.example.com') });
  const text = json(staticApp('a.example.com'));
  const fs = findings(text, { path: A, workspace: ws }).filter((f) => f.id === 'duplicate-edge-ip');
  assert.deepEqual(fs.map((f) => flagged(text, f)), ['"203.0.113.7"', '"2001:db8::7"']);
  assert.equal(fs[0].related?.[0].path, B);
  expectClean(json(staticApp('a.example.com', 'tcp/443')), { path: A, workspace: ws });
});

test('duplicate-pool-name across files and against an account pool with another id', () => {
  const pool = (name: string, id?: string) => ({ ...(id ? { id } : {}), name, check_regions: ['WNAM'], origins: [{ name: 'o', address: '45.60.12.10' }] });
  const ws = index({ '/ws/b.pool.json': pool('primary') });
  const text = json(pool('primary'));
  const f = only(text, 'duplicate-pool-name', { path: '/ws/a.pool.json', workspace: ws });
  assert.equal(f.severity, 'error');
  assert.equal(f.related?.[0].path, '/ws/b.pool.json');
  expectClean(json(pool('secondary')), { path: '/ws/a.pool.json', workspace: ws });
  const ctx = account({ pools: [{ id: 'p1', name: 'primary', origins: [] }] });
  assert.match(only(json(pool('primary', 'p2')), 'duplicate-pool-name', { account: ctx }).message, /existing pool p1 is already named "primary"/);
  expectClean(json(pool('primary', 'p1')), { account: ctx });
  expectClean(json(pool('primary')), { account: ctx });
});

test('the index keeps one summary per file and reports changes', () => {
  const ws = new WorkspaceIndex();
  assert.equal(ws.set(summarizeText(json(app()), 'C:\\ws\\a.spectrum.json')), true);
  assert.equal(ws.set(summarizeText(json(app()), 'C:/ws/a.spectrum.json')), false);
  assert.equal(ws.apps().length, 1);
  assert.equal(ws.apps('C:\\ws\\a.spectrum.json').length, 0);
  assert.equal(ws.delete('C:/ws/a.spectrum.json'), true);
  assert.equal(ws.size, 0);
});
