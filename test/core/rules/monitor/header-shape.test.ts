import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'jsonc-parser';
import { fixAll } from '../../../../server/core';
import { applyFix, fixesOf, flagged, ids, json, only, expectClean, expectFindings, fixesFor } from '../../../helpers';
import { HTTPS_MONITOR, TCP_MONITOR } from '../lb/fixtures';

test('monitor-header-shape does not fire on an object of string arrays, with or without a port in Host', () => {
  expectClean(json(HTTPS_MONITOR));
  expectClean(json({ ...HTTPS_MONITOR, header: { Host: ['app.example.com:8443'], 'X-App-ID': ['a', 'b'] } }));
});

test('monitor-header-shape wraps a string value in an array', async () => {
  const text = json({ ...HTTPS_MONITOR, header: { Host: 'app.example.com' } });
  const f = only(text, 'monitor-header-shape');
  assert.equal(flagged(text, f), '"app.example.com"');
  const [fix] = await fixesOf(text, 'monitor-header-shape');
  assert.equal(fix.kind, 'safe');
  assert.deepEqual(JSON.parse(applyFix(text, 'monitor-header-shape', fix)).header, { Host: ['app.example.com'] });
});

test('monitor-header-shape converts the Terraform v4 block list', async () => {
  const v4 = [{ header: 'Host', values: ['app.example.com'] }, { header: 'X-App-ID', values: ['abc123'] }];
  const text = json({ ...HTTPS_MONITOR, header: v4 });
  const [f] = expectFindings(text, [['monitor-header-shape', { pointer: '/header' }, { message: /Terraform v4/ }]]);
  assert.equal(f.offset, text.indexOf('[', text.indexOf('"header"')));
  const [fix] = await fixesFor(f);
  assert.deepEqual(JSON.parse(applyFix(text, 'monitor-header-shape', fix)).header, { Host: ['app.example.com'], 'X-App-ID': ['abc123'] });
});

test('monitor-header-shape flags a URL as Host and keeps only the hostname', async () => {
  const text = json({ ...HTTPS_MONITOR, header: { Host: ['https://app.example.com/health'] } });
  const [fix] = await fixesOf(text, 'monitor-header-shape');
  assert.deepEqual(JSON.parse(applyFix(text, 'monitor-header-shape', fix)).header, { Host: ['app.example.com'] });
});

test('monitor-header-shape flags shapes it cannot repair, without a fix', async () => {
  for (const header of ['Host: x', { Host: [1] }, [{ name: 'Host' }]]) {
    const text = json({ ...HTTPS_MONITOR, header });
    assert.deepEqual(await fixesOf(text, 'monitor-header-shape'), [], JSON.stringify(header));
  }
});

test('monitor-header-shape leaves the header of a tcp monitor to monitor-field-not-for-type', () => {
  const text = json({ ...TCP_MONITOR, header: { Host: 'x.example.com' } });
  assert.deepEqual(ids(text), ['monitor-field-not-for-type']);
});

test('monitor-header-shape: converting the Terraform block list (fix and fix-all) keeps every comment in it, in order', async () => {
  const text = [
    '{',
    '  "type": "https",',
    '  "expected_codes": "200",',
    '  "header": [ // as exported from Terraform',
    '    /* the host the origin expects */',
    '    { "header": "Host", "values": ["app.example.com"] },',
    '    { "header": "X-App-ID", /* issued by ops */ "values": ["abc123"] },',
    '    // a second Host value',
    '    { "header": "Host", "values": ["www.example.com"] }',
    '    // the end',
    '  ],',
    '  "interval": 60',
    '}',
    '',
  ].join('\n');
  const comments = ['// as exported from Terraform', '/* the host the origin expects */', '/* issued by ops */', '// a second Host value', '// the end'];
  const [fix] = await fixesOf(text, 'monitor-header-shape');
  const after = applyFix(text, 'monitor-header-shape', fix);
  const all = await fixAll(text);
  for (const result of [after, all.text]) {
    const positions = comments.map((c) => result.indexOf(c));
    assert.ok(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1])), result);
    assert.deepEqual(parse(result).header, { Host: ['app.example.com', 'www.example.com'], 'X-App-ID': ['abc123'] });
    assert.ok(!ids(result).includes('monitor-header-shape'), result);
  }
  assert.ok(all.applied.length > 0);
});
