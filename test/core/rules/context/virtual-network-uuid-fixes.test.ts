import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, json, expectClean } from '../../../helpers';
import { account, app, NETWORKS, VNET_A, VNET_B } from '../../context/support';

const text = (ip: string) => json(app({ origin_direct: [`tcp://${ip}:22`], virtual_network_id: 'us-east-1-vpc' }));

test('11045 has no fix without account context', async () => {
  assert.deepEqual(await fixesOf(text('10.0.5.5'), '11045'), []);
});

test('11045 fixes pick a known network by name, only those routing the origin IP', async () => {
  const ctx = account(NETWORKS);
  const fixes = await fixesOf(text('10.0.5.5'), '11045', { account: ctx });
  assert.deepEqual(fixes.map((f) => f.title), ['Use virtual network "us-east-1-vpc" (route 10.0.5.0/24)']);
  const fixed = applyFix(text('10.0.5.5'), '11045', fixes[0], { account: ctx });
  assert.equal(JSON.parse(fixed).virtual_network_id, VNET_A);
  expectClean(fixed, { account: ctx });
});

test('11045 fixes offer every network when routes are unknown', async () => {
  const ctx = account({ virtual_networks: NETWORKS.virtual_networks });
  const fixes = await fixesOf(text('10.0.5.5'), '11045', { account: ctx });
  assert.deepEqual(fixes.map((f) => f.title), ['Use virtual network "us-east-1-vpc"', 'Use virtual network "eu-west-vpc"']);
  assert.equal(JSON.parse(applyFix(text('10.0.5.5'), '11045', fixes[1], { account: ctx })).virtual_network_id, VNET_B);
});
