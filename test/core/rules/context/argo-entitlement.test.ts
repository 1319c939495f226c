import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { account, app } from '../../context/support';

const none = account({ entitlements: [] });
const all = account({ entitlements: ['ftp', 'byoip', 'argo_smart_routing', 'load_balancing'] });
const unknown = account({ entitlements: { load_balancing: true } });

const argo = json(app({ argo_smart_routing: true }));

test('11026 Argo: argo_smart_routing true without the entitlement; fix turns it off', async () => {
  const f = only(argo, '11026', { account: none });
  assert.equal(flagged(argo, f), 'true');
  for (const options of [{}, { account: all }, { account: unknown }]) expectClean(argo, options);
  expectClean(json(app({ argo_smart_routing: false })), { account: none });
  const [fix] = await fixesOf(argo, '11026', { account: none });
  assert.equal(JSON.parse(applyFix(argo, '11026', fix, { account: none })).argo_smart_routing, false);
});
