import { test } from 'node:test';
import { json, expectClean, expectFindings } from '../../../helpers';
import { FULL, PAYGO } from './apps';

const { traffic_type: _t, ...NO_TRAFFIC } = FULL;
void _t;

test('traffic-type-default stays quiet on Pay-as-you-go shapes and when traffic_type is set', () => {
  const every = { everyHint: true };
  expectClean(json(PAYGO), {}, every);
  expectClean(json({ success: true, result: { ...PAYGO, id: 'ea95132c15732412d22c1476fa83f27a' } }), {}, every);
  expectClean(json(FULL), {}, every);
  expectFindings(json({ ...FULL, traffic_type: 7 }), [['wrong-type', '7']], {}, every);
});

test('traffic-type-default hints on a full configuration without traffic_type', () => {
  const text = json(NO_TRAFFIC);
  expectFindings(text, [['traffic-type-default', '{', { severity: 'hint', message: /^No traffic_type: the API uses "direct"/ }]]);
  const listed = json([PAYGO, { ...NO_TRAFFIC, dns: { type: 'CNAME', name: 'other.example.com' } }]);
  expectFindings(listed, [['traffic-type-default', { pointer: '/1', text: '{' }]]);
});
