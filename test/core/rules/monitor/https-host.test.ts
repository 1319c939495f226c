import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only, expectClean } from '../../../helpers';
import { HTTP_MONITOR, HTTPS_MONITOR } from '../lb/fixtures';

test('tls-unrecognized-name-error does not fire with a Host header, or on http monitors', () => {
  expectClean(json(HTTPS_MONITOR));
  expectClean(json({ ...HTTPS_MONITOR, header: { host: ['app.example.com'] } }));
  expectClean(json(HTTP_MONITOR));
});

test('tls-unrecognized-name-error fires on an https monitor without Host, naming both TLS failures', async () => {
  const { header: _, ...rest } = HTTPS_MONITOR;
  const text = json(rest);
  const f = only(text, 'tls-unrecognized-name-error');
  assert.equal(flagged(text, f), '"type"');
  assert.match(f.docs, /#tls-unrecognized-name-error$/);
  assert.match(f.message, /TLS name mismatch error/);
  const [placeholder] = await fixesOf(text, 'tls-unrecognized-name-error');
  assert.equal(placeholder.kind, 'placeholder');
  const fixed = applyFix(text, 'tls-unrecognized-name-error', placeholder);
  assert.deepEqual(JSON.parse(fixed).header, { Host: ['<hostname>'] });
  assert.ok(ids(fixed).includes('monitor-header-shape'), 'the placeholder is flagged until edited');
});

test('tls-unrecognized-name-error offers the probe_zone as Host, inside an existing header', async () => {
  const text = json({ ...HTTPS_MONITOR, probe_zone: 'example.com', header: { 'X-App-ID': ['abc'] } });
  const [zone, placeholder] = await fixesOf(text, 'tls-unrecognized-name-error');
  assert.equal(zone.kind, 'choice');
  assert.equal(placeholder.kind, 'placeholder');
  assert.deepEqual(JSON.parse(applyFix(text, 'tls-unrecognized-name-error', zone)).header, { 'X-App-ID': ['abc'], Host: ['example.com'] });
});

test('tls-name-mismatch-error fires on an IP address as Host of an https monitor', () => {
  const text = json({ ...HTTPS_MONITOR, header: { Host: ['45.60.12.10'] } });
  const f = only(text, 'tls-name-mismatch-error');
  assert.equal(flagged(text, f), '"45.60.12.10"');
  assert.match(f.docs, /#tls-name-mismatch-error$/);
  expectClean(json(HTTPS_MONITOR));
});
