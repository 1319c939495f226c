import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { FULL } from './apps';

test('argo-traffic-type stays quiet with direct traffic or Argo off', () => {
  expectClean(json({ ...FULL, argo_smart_routing: true }));
  expectClean(json({ ...FULL, argo_smart_routing: false, traffic_type: 'https' }));
});

test('argo-traffic-type fires with http(s) traffic and offers both repairs', async () => {
  for (const traffic_type of ['http', 'https']) {
    const text = json({ ...FULL, argo_smart_routing: true, traffic_type });
    const f = only(text, 'argo-traffic-type');
    assert.equal(flagged(text, f), 'true');
    assert.equal(f.related?.length, 1);
    const [off, direct] = await fixesOf(text, 'argo-traffic-type');
    assert.equal(JSON.parse(applyFix(text, 'argo-traffic-type', off)).argo_smart_routing, false);
    assert.equal(JSON.parse(applyFix(text, 'argo-traffic-type', direct)).traffic_type, 'direct');
  }
});
