import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, json, only, expectClean, expectFindings } from '../../../helpers';
import { STATIC, UDP } from './apps';

test('byoip-udp stays quiet for TCP on static IPs and UDP on dynamic IPs', () => {
  expectClean(json(STATIC));
  expectClean(json(UDP));
});

test('byoip-udp fires on static edge IPs of a UDP application', () => {
  const text = json({ ...UDP, dns: STATIC.dns, edge_ips: STATIC.edge_ips });
  const f = only(text, 'byoip-udp');
  assert.equal(flagged(text, f), '"static"');
  assert.equal(f.severity, 'warning');
  assert.equal(f.related?.length, 1);
});

test('byoip-udp stays quiet when the protocol is invalid', () => {
  expectFindings(json({ ...UDP, protocol: 'udp/0', dns: STATIC.dns, edge_ips: STATIC.edge_ips }), [['protocol-format', '"udp/0"']]);
});
