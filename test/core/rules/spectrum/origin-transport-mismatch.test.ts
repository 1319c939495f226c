import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only } from '../../../helpers';
import { assertCrlfTabs, assertOnlyChanged, crlfTabs, dns, problemIds, spanOf } from './origin-fixtures';

const ID = 'origin-transport-mismatch';

test('origin-transport-mismatch stays quiet on matching transports, invalid protocols and invalid addresses', () => {
  assert.ok(!ids(json({ protocol: 'udp/53', dns, origin_direct: ['udp://104.16.0.1:53'] })).includes(ID));
  assert.ok(!ids(json({ protocol: 'udp', dns, origin_direct: ['tcp://104.16.0.1:53'] })).includes(ID));
  assert.deepEqual(problemIds(json({ protocol: 'udp/53', dns, origin_direct: ['tcp://2606:4700::1:53'] })), ['11002']);
});

test('origin-transport-mismatch: a warning per address, with a safe fix to the protocol transport', async () => {
  const text = json({ protocol: 'udp/53', dns, origin_direct: ['tcp://104.16.0.1:53', 'udp://104.16.0.2:53', 'tcp://[2606:4700::1]:53'] });
  const found = ids(text).filter((id) => id === ID);
  assert.equal(found.length, 2);
  const text1 = json({ protocol: 'udp/53', dns, origin_direct: ['tcp://[2606:4700::1]:53'] });
  const f = only(text1, ID);
  assert.equal(flagged(text1, f), '"tcp://[2606:4700::1]:53"');
  assert.equal(f.severity, 'warning');
  const [fix] = await fixesOf(text1, ID);
  assert.deepEqual([fix.title, fix.kind], ['Write udp://[2606:4700::1]:53', 'safe']);
  assert.deepEqual(JSON.parse(applyFix(text1, ID, fix)).origin_direct, ['udp://[2606:4700::1]:53']);
});

test('origin-transport-mismatch fix keeps CRLF, tabs and JSONC comments', async () => {
  const text = crlfTabs({ protocol: 'tcp/22', dns, origin_direct: ['udp://104.16.0.1:22'] });
  const [fix] = await fixesOf(text, ID);
  const after = applyFix(text, ID, fix);
  assertCrlfTabs(after);
  assertOnlyChanged(text, after, ...spanOf(text, 'udp'));
  const jsonc = '{"protocol": "tcp/22", /* a */ "dns": {"type": "CNAME", "name": "a.example.com"},\n "origin_direct": [/* b */"udp://104.16.0.1:22"/* c */]}';
  const [fix2] = await fixesOf(jsonc, ID);
  assert.equal(applyFix(jsonc, ID, fix2), jsonc.replace('udp://', 'tcp://'));
});
