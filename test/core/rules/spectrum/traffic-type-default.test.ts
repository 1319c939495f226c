import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, ids, json, only } from '../../../helpers';
import { FULL, PAYGO } from './apps';

const { traffic_type: _t, ...NO_TRAFFIC } = FULL;
void _t;

test('traffic-type-default stays quiet on Pay-as-you-go shapes and when traffic_type is set', () => {
  assert.ok(!ids(json(PAYGO)).includes('traffic-type-default'));
  assert.ok(!ids(json({ success: true, result: { ...PAYGO, id: 'ea95132c15732412d22c1476fa83f27a' } })).includes('traffic-type-default'));
  assert.ok(!ids(json(FULL)).includes('traffic-type-default'));
  assert.ok(!ids(json({ ...FULL, traffic_type: 7 })).includes('traffic-type-default'));
});

test('traffic-type-default hints on a full configuration without traffic_type', () => {
  const text = json(NO_TRAFFIC);
  const f = only(text, 'traffic-type-default');
  assert.equal(f.severity, 'hint');
  assert.equal(flagged(text, f), '{');
  const listed = json([PAYGO, NO_TRAFFIC]);
  assert.equal(only(listed, 'traffic-type-default').pointer, '/1');
});
