import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, flagged, json, only, expectClean } from '../../../helpers';
import { account, app } from '../../context/support';

const plan = (p: string) => ({ account: account({ plan: p }) });
const rdp = json(app({ protocol: 'tcp/3389', origin_direct: ['tcp://192.0.2.1:3389'] }));
const mc = json(app({ protocol: 'tcp/25565', origin_direct: ['tcp://192.0.2.1:25565'] }));
const generic = json(app({ protocol: 'tcp/8080', origin_direct: ['tcp://192.0.2.1:8080'] }));

test('13002 is quiet without context and on Enterprise', () => {
  for (const t of [rdp, mc, generic]) {
    expectClean(t);
    expectClean(t, plan('enterprise'));
  }
});

test('13002 on Pro: SSH and Minecraft only', () => {
  expectClean(json(app()), plan('pro'));
  expectClean(mc, plan('pro'));
  const f = only(rdp, '13002', plan('pro'));
  assert.equal(flagged(rdp, f), '"tcp/3389"');
  assert.match(f.message, /not available on the Pro plan, according to the account context in spectrum-lint\.config\.json: it allows only SSH \(tcp\/22\) and Minecraft \(tcp\/25565\)/);
});

test('13002 on Business allows RDP but not other ports', () => {
  expectClean(rdp, plan('business'));
  only(generic, '13002', plan('business'));
  only(json(app({ protocol: 'udp/22', origin_direct: ['udp://192.0.2.1:22'] })), '13002', plan('business'));
});

test('13002 on Free rejects every protocol', () => {
  assert.match(only(json(app()), '13002', plan('free')).message, /includes no Spectrum protocols/);
});

test('13002 on HTTP(S) applications outside Enterprise, at traffic_type', () => {
  const text = json(app({ traffic_type: 'https' }));
  const fs = findings(text, plan('pro')).filter((f) => f.id === '13002');
  assert.deepEqual(fs.map((f) => flagged(text, f)), ['"https"']);
});

test('13002 names every protocol the plan allows', () => {
  assert.match(only(generic, '13002', plan('business')).message, /allows only SSH \(tcp\/22\), Minecraft \(tcp\/25565\) and RDP \(tcp\/3389\)/);
});
