import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll } from '../../../../server/core';
import { findings, parses } from '../../../helpers';

test('fix-all repairs the safely fixable Spectrum field problems the user sees and removes nothing; a second run changes nothing', async () => {
  const text = [
    '{',
    '\t// ssh for the ops team',
    '\t"id": "ea95132c15732412d22c1476fa83f27a",',
    '\t"protocol": "TCP/22",',
    '\t"dns": {"type": "cname", "name": "https://ssh.example.com/"},',
    '\t"traffic_type": "Direct",',
    '\t"origin_direct": "tcp://104.16.0.1:22", /* primary */',
    '\t"ip_firewal": "true",',
    '\t"proxy_protocol": false,',
    '\t"spp": false',
    '}',
  ].join('\r\n');
  const once = await fixAll(text);
  assert.ok(parses(once.text), once.text);
  // Left to the user: the removals (id, spp), and the string "true" the rename of ip_firewal reveals.
  assert.deepEqual(findings(once.text).map((f) => f.id), ['read-only-field', 'wrong-type', 'legacy-field']);
  assert.match(once.text, /"id": "ea95132c15732412d22c1476fa83f27a"/);
  assert.match(once.text, /"ip_firewall": "true"/);
  assert.ok(once.text.includes('\t// ssh for the ops team\r\n') && once.text.includes('/* primary */'), once.text);
  assert.ok(!/[^\r]\n/.test(once.text), 'CRLF kept');
  const twice = await fixAll(once.text);
  assert.deepEqual(twice.applied, ['Write true']);
  const thrice = await fixAll(twice.text);
  assert.equal(thrice.text, twice.text);
  assert.deepEqual(thrice.applied, []);
});
