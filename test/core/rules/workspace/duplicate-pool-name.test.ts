import assert from 'node:assert/strict';
import { test } from 'node:test';
import { json, only, expectClean } from '../../../helpers';
import { buildWorkspaceIndex } from '../../../../server/core/workspace';
import { account } from '../../context/support';

const index = (files: Record<string, unknown>) => buildWorkspaceIndex(Object.entries(files).map(([path, v]) => ({ path, text: json(v) })));

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
