import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, json, only, expectClean } from '../../../helpers';
import { buildWorkspaceIndex } from '../../../../server/core/workspace';
import { account } from '../../context/support';

const pool = (extra: Record<string, unknown> = {}, origins: unknown[] = [{ name: 'a', address: '93.184.216.34' }]) => ({ name: 'primary', check_regions: ['WNAM'], origins, ...extra });

test('unknown-monitor: a monitor id that exists neither in the account nor in the workspace', () => {
  const ctx = account({ monitors: [{ id: 'f1aba936b94213e5b8dca0c0dbf1f9c1', type: 'https' }] });
  const text = json(pool({ monitor: 'f1aba936b94213e5b8dca0c0dbf1f9c9' }));
  const f = only(text, 'unknown-monitor', { account: ctx });
  assert.equal(flagged(text, f), '"f1aba936b94213e5b8dca0c0dbf1f9c9"');
  assert.match(f.message, /Known monitors: f1aba936b94213e5b8dca0c0dbf1f9c1/);
  expectClean(json(pool({ monitor: 'f1aba936b94213e5b8dca0c0dbf1f9c1' })), { account: ctx });
  expectClean(text);
  expectClean(text, { account: account({}) });
  const ws = buildWorkspaceIndex([{ path: '/ws/m.monitor.json', text: json({ id: 'f1aba936b94213e5b8dca0c0dbf1f9c9', type: 'tcp', port: 22, interval: 60 }) }]);
  expectClean(text, { account: ctx, workspace: ws, path: '/ws/p.pool.json' });
});
