import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { allIds, FULL, PAYGO, STATIC } from './apps';

test('11004 stays quiet when dns.type matches the edge IPs', () => {
  for (const app of [PAYGO, FULL, STATIC, { ...PAYGO, edge_ips: { connectivity: 'ipv4' } }]) expectClean(json(app));
});

test('11004 fires on ADDRESS with dynamic or absent edge_ips, fixed safely to CNAME', async () => {
  for (const app of [{ ...PAYGO, dns: { type: 'ADDRESS', name: 'ssh.example.com' } }, { ...FULL, dns: { type: 'ADDRESS', name: 'ssh.example.com' } }]) {
    const text = json(app);
    const f = only(text, '11004');
    assert.equal(flagged(text, f), '"ADDRESS"');
    assert.match(f.message, /must be "CNAME"/);
    const [fix] = await fixesOf(text, '11004');
    assert.equal(fix.kind, 'safe');
    assert.equal(JSON.parse(applyFix(text, '11004', fix)).dns.type, 'CNAME');
  }
});

test('11004 fires on CNAME with static edge_ips, relates edge_ips.type, fixed to ADDRESS', async () => {
  const text = json({ ...STATIC, dns: { type: 'CNAME', name: 'ssh.example.com' } });
  const f = only(text, '11004');
  assert.equal(f.related?.length, 1);
  const [fix] = await fixesOf(text, '11004');
  assert.equal(fix.title, 'Write "ADDRESS"');
  assert.equal(applyFix(text, '11004', fix), json(STATIC));
});

test('11004 leaves invalid enum values to invalid-enum-value', () => {
  assert.deepEqual(allIds(json({ ...STATIC, dns: { type: 'cname', name: 'ssh.example.com' } })), ['invalid-enum-value']);
  assert.deepEqual(allIds(json({ ...FULL, dns: { type: 'ADDRESS', name: 'ssh.example.com' }, edge_ips: { type: 'Static', ips: ['198.51.100.1'] } })), [
    'invalid-enum-value',
  ]);
});

test('11004 fix keeps CRLF line endings and tabs byte-identical outside the value', async () => {
  const text = '{\r\n\t"protocol": "tcp/22",\r\n\t"dns": {\r\n\t\t"type": "ADDRESS",\r\n\t\t"name": "ssh.example.com"\r\n\t},\r\n\t"origin_direct": ["tcp://93.184.216.34:22"]\r\n}\r\n';
  const [fix] = await fixesOf(text, '11004');
  assert.equal(applyFix(text, '11004', fix), text.replace('"ADDRESS"', '"CNAME"'));
});
