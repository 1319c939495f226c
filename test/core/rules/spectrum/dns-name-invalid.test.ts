import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { allIds, PAYGO } from './apps';

const withName = (name: unknown) => json({ ...PAYGO, dns: { type: 'CNAME', name } });

test('dns-name-invalid stays quiet on full hostnames', () => {
  for (const name of ['ssh.example.com', 'a.b.example.co.uk', 'ssh.example.com.', 'SSH.Example.com']) expectClean(withName(name));
});

test('dns-name-invalid fires on single labels, IPs, empty names and placeholders', () => {
  for (const [name, words] of [
    ['ssh', /not a fully qualified/],
    ['192.0.2.1', /not an IP address/],
    ['', /is empty/],
    ['<hostname>', /placeholder/],
    ['ssh example.com', /not a fully qualified/],
  ] as const) {
    const text = withName(name);
    const f = only(text, 'dns-name-invalid');
    assert.equal(flagged(text, f), JSON.stringify(name));
    assert.match(f.message, words);
  }
});

test('dns-name-invalid: a URL is reduced to its hostname by a safe fix', async () => {
  const text = withName('https://ssh.example.com:22/');
  const [fix] = await fixesOf(text, 'dns-name-invalid');
  assert.deepEqual([fix.title, fix.kind], ['Write ssh.example.com', 'safe']);
  assert.equal(applyFix(text, 'dns-name-invalid', fix), json(PAYGO));
});

test('dns-name-invalid leaves non-strings to wrong-type', () => {
  assert.deepEqual(allIds(withName(42)), ['wrong-type']);
});
