import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll, lint, RULES } from '../../server/core';

/** UDP apps: even ones with `tls` (a removal, which fix-all turns down), odd ones with a TCP origin (a safe fix). */
function apps(count: number): string {
  const list = [];
  for (let i = 0; i < count; i++) {
    list.push({
      protocol: `udp/${3000 + i}`,
      dns: { type: 'CNAME', name: `voice-${i}.example.com` },
      origin_direct: [`${i % 2 ? 'tcp' : 'udp'}://192.0.2.${i + 1}:${3000 + i}`],
      ...(i % 2 ? {} : { tls: 'full' }),
      traffic_type: 'direct',
    });
  }
  return JSON.stringify(list, null, 2) + '\n';
}

test('fix-all does not ask again for the fixes it turned down in objects no fix touched', async () => {
  const rule = RULES.find((r) => r.name === 'tcp-only-setting')!;
  const check = rule.check;
  let runs = 0;
  rule.check = (ctx) => {
    runs++;
    check.call(rule, ctx);
  };
  try {
    const text = apps(10);
    const before = lint(text).findings;
    assert.equal(before.filter((f) => f.id === 'tcp-only-setting').length, 5);
    runs = 0;
    const { text: fixed, applied } = await fixAll(text);
    assert.equal(applied.length, 5, 'the five transport mismatches');
    // The first lint checks the 10 apps and the second the 5 it changed; the 5 untouched apps with a
    // turned-down removal are not checked again to ask for it.
    assert.equal(runs, 15);
    assert.deepEqual(lint(fixed).findings.filter((f) => f.severity !== 'hint').map((f) => f.id), Array(5).fill('tcp-only-setting'));
  } finally {
    rule.check = check;
  }
});
