import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, flagged, json, only, expectClean } from '../../../helpers';
import { buildWorkspaceIndex } from '../../../../server/core/workspace';
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
