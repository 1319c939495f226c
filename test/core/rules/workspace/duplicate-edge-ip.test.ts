import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, flagged, json, expectClean } from '../../../helpers';
import { buildWorkspaceIndex } from '../../../../server/core/workspace';
import { app } from '../../context/support';

const A = '/ws/a.spectrum.json';
const B = '/ws/b.spectrum.json';
const index = (files: Record<string, unknown>) => buildWorkspaceIndex(Object.entries(files).map(([path, v]) => ({ path, text: json(v) })));

test('duplicate-edge-ip: the same static IP on overlapping ports in another file', () => {
  const staticApp = (name: string, protocol = 'tcp/22') => app({ protocol, dns: { type: 'ADDRESS', name }, edge_ips: { type: 'static', ips: ['203.0.113.7', '2001:db8::7'] } });
  const ws = index({ [B]: staticApp('b.example.com') });
  const text = json(staticApp('a.example.com'));
  const fs = findings(text, { path: A, workspace: ws }).filter((f) => f.id === 'duplicate-edge-ip');
  assert.deepEqual(fs.map((f) => flagged(text, f)), ['"203.0.113.7"', '"2001:db8::7"']);
  assert.equal(fs[0].related?.[0].path, B);
  expectClean(json(staticApp('a.example.com', 'tcp/443')), { path: A, workspace: ws });
});
