import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, json, only, expectClean } from '../../../helpers';
import { buildWorkspaceIndex } from '../../../../server/core/workspace';
import { account } from '../../context/support';

const pool = (extra: Record<string, unknown> = {}, origins: unknown[] = [{ name: 'a', address: '93.184.216.34' }]) => ({ name: 'primary', check_regions: ['WNAM'], origins, ...extra });
const of = (text: string, id: string, options: object) => findings(text, options).filter((f) => f.id === id);

test('1006 quotas: monitors, pools and endpoints of the workspace plus the account', () => {
  const ctx = account({ quotas: { pools: 2, origins: 3, monitors: 1 }, pools: [{ id: 'p1', name: 'old', origins: [{}, {}] }], monitors: [{ id: 'f1aba936b94213e5b8dca0c0dbf1f9c1' }] });
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
  expectClean(json({ id: 'f1aba936b94213e5b8dca0c0dbf1f9c1', type: 'https', header: { Host: ['app.example.com'] }, expected_codes: '200', interval: 60 }), { account: ctx });
});
