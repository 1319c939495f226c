import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { HTTP_MONITOR, HTTPS_MONITOR } from '../lb/fixtures';

test('tls-untrusted-certificate-error stays quiet unless the configuration mentions untrusted certificates', () => {
  expectClean(json(HTTPS_MONITOR));
  expectClean(json({ ...HTTPS_MONITOR, description: 'self-signed lab', allow_insecure: true }));
  expectClean(json({ ...HTTP_MONITOR, description: 'self-signed lab' }));
});

test('tls-untrusted-certificate-error fires on an https monitor described as self-signed, offering allow_insecure', async () => {
  const text = json({ ...HTTPS_MONITOR, description: 'Staging (self signed cert)' });
  const f = only(text, 'tls-untrusted-certificate-error');
  assert.equal(flagged(text, f), '"Staging (self signed cert)"');
  const [fix] = await fixesOf(text, 'tls-untrusted-certificate-error');
  assert.equal(fix.kind, 'choice');
  assert.equal(JSON.parse(applyFix(text, 'tls-untrusted-certificate-error', fix)).allow_insecure, true);
  const off = json({ ...HTTPS_MONITOR, description: 'internal CA', allow_insecure: false });
  assert.equal(flagged(off, only(off, 'tls-untrusted-certificate-error')), 'false');
});
