import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll } from '../../../../server/core';
import { findings, parses } from '../../../helpers';

test('fix-all repairs every safely fixable Spectrum field problem at once, and a second run changes nothing', async () => {
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
  assert.deepEqual(findings(once.text).map((f) => `${f.id}: ${f.message}`), []);
  assert.ok(once.text.includes('\t// ssh for the ops team\r\n') && once.text.includes('/* primary */'), once.text);
  assert.ok(!/[^\r]\n/.test(once.text), 'CRLF kept');
  const twice = await fixAll(once.text);
  assert.equal(twice.text, once.text);
  assert.deepEqual(twice.applied, []);
});
