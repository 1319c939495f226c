import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { allIds, FULL, PAYGO } from './apps';

test('protocol-format stays quiet on single ports and ranges', () => {
  for (const protocol of ['tcp/22', 'tcp/1000-2000', 'tcp/1', 'tcp/65535']) expectClean(json({ ...PAYGO, protocol }));
  expectClean(json({ ...PAYGO, protocol: 'udp/53', origin_direct: ['udp://93.184.216.34:53'] }));
});

test('protocol-format reports ports outside 1-65535 and unknown transports', () => {
  for (const [protocol, words] of [
    ['tcp/70000', /70000 is outside 1-65535/],
    ['tcp/0', /0 is outside/],
    ['sctp/22', /does not start with tcp\/ or udp\//],
    ['tcp/', /not a port/],
    ['tcp/22-', /not a port/],
  ] as const) {
    // sctp/... is not an app by content: the file name makes it one.
    const text = json({ ...PAYGO, protocol });
    const f = only(text, 'protocol-format', { path: 'x.spectrum.json' });
    assert.equal(flagged(text, f), JSON.stringify(protocol));
    assert.match(f.message, words);
    assert.equal(f.fixes, undefined);
  }
});

test('protocol-format gives one diagnostic for upper case, with a safe fix to lower case', async () => {
  const text = json({ ...FULL, protocol: 'TCP/22' });
  assert.deepEqual(allIds(text), ['protocol-format']);
  const [fix] = await fixesOf(text, 'protocol-format');
  assert.equal(fix.title, 'Write tcp/22');
  assert.equal(fix.kind, 'safe');
  assert.equal(applyFix(text, 'protocol-format', fix), json(FULL));
});

test('protocol-format fixes stray spaces the same way', async () => {
  const text = json({ ...PAYGO, protocol: ' udp / 53', origin_direct: ['udp://93.184.216.34:53'] });
  const opts = { path: 'x.spectrum.json' };
  const [fix] = await fixesOf(text, 'protocol-format', opts);
  assert.equal(JSON.parse(applyFix(text, 'protocol-format', fix, opts)).protocol, 'udp/53');
});

test('protocol-format: a reversed range offers the range upwards, a one-port range the single port', async () => {
  const reversed = json({ ...PAYGO, protocol: 'tcp/2000-1000', origin_direct: ['tcp://93.184.216.34:1000-2000'] });
  const [up] = await fixesOf(reversed, 'protocol-format');
  assert.equal(up.kind, 'choice');
  assert.equal(JSON.parse(applyFix(reversed, 'protocol-format', up)).protocol, 'tcp/1000-2000');
  const same = json({ ...PAYGO, protocol: 'tcp/22-22' });
  assert.match(only(same, 'protocol-format').message, /one port/);
  const [single] = await fixesOf(same, 'protocol-format');
  assert.equal(JSON.parse(applyFix(same, 'protocol-format', single)).protocol, 'tcp/22');
});

test('protocol-format: a bare port offers tcp and udp; http/80 explains traffic_type', async () => {
  const text = json({ ...PAYGO, protocol: '22' });
  const opts = { path: 'apps/ssh.spectrum.json' };
  const fixes = await fixesOf(text, 'protocol-format', opts);
  assert.deepEqual(fixes.map((f) => f.title), ['Write tcp/22', 'Write udp/22']);
  assert.equal(JSON.parse(applyFix(text, 'protocol-format', fixes[0], opts)).protocol, 'tcp/22');
  const web = json({ ...PAYGO, protocol: 'http/80' });
  assert.match(only(web, 'protocol-format', opts).message, /tcp\/80.*traffic_type to "http"/);
});

test('protocol-format leaves non-strings to wrong-type', () => {
  const text = json({ ...PAYGO, protocol: 22 });
  assert.deepEqual(allIds(text, 'a.spectrum.json'), ['wrong-type']);
});
