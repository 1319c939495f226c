import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, json, only, expectClean, expectFindings } from '../../../helpers';
import { account, app } from '../../context/support';

const staticApp = (ips: string[], extra: Record<string, unknown> = {}) =>
  app({ dns: { type: 'ADDRESS', name: 'ssh.example.com' }, edge_ips: { type: 'static', ips }, ...extra });

test('11019 static IP outside every account prefix', () => {
  const ctx = account({ prefixes: [{ cidr: '203.0.113.0/24' }, { cidr: '2001:db8::/48' }] });
  const text = json(staticApp(['203.0.113.5', '198.51.100.1', '2001:db8::1']));
  const f = only(text, '11019', { account: ctx });
  assert.equal(flagged(text, f), '"198.51.100.1"');
  assert.match(f.message, /not inside any BYOIP prefix of the account, according to the account context in spectrum-lint\.config\.json \(prefixes: 203\.0\.113\.0\/24, 2001:db8::\/48\)/);
  expectClean(text);
  expectClean(text, { account: account({}) });
  // Without BYOIP the static edge IPs themselves are the problem (11018), not each address.
  expectFindings(text, [['11018', '"static"']], { account: account({ prefixes: [{ cidr: '203.0.113.0/24' }], entitlements: [] }) });
});
