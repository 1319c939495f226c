import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectFindings, fixesFor } from '../../../helpers';
import { VNET } from './apps';

test('virtual-network-proxy-protocol: any header is set to "off" safely', async () => {
  for (const proxy_protocol of ['v1', 'v2', true] as const) {
    const text = json({ ...VNET, proxy_protocol });
    const f = only(text, 'virtual-network-proxy-protocol');
    assert.equal(flagged(text, f), JSON.stringify(proxy_protocol));
    const [fix] = await fixesOf(text, 'virtual-network-proxy-protocol');
    assert.equal(fix.kind, 'safe');
    assert.equal(applyFix(text, 'virtual-network-proxy-protocol', fix), json(VNET));
  }
});

test('virtual-network-proxy-protocol: legacy spp true is removed', async () => {
  const { proxy_protocol, ...rest } = VNET;
  void proxy_protocol;
  const text = json({ ...rest, spp: true });
  // One problem, one diagnostic: legacy-field leaves it (its conversion to "simple" would be wrong here).
  const [f] = expectFindings(text, [['virtual-network-proxy-protocol', 'true']]);
  const [fix] = await fixesFor(f);
  assert.deepEqual(JSON.parse(applyFix(text, 'virtual-network-proxy-protocol', fix)), rest);
});
