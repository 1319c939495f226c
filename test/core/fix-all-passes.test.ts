import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll, lint, RULES } from '../../server/core';

/** UDP apps: even ones with `tls` (a removal, which fix-all turns down), odd ones with a TCP origin (a safe fix). */
function apps(count: number, tlsOnFixed = false): string {
  const list = [];
  for (let i = 0; i < count; i++) {
    list.push({
      protocol: `udp/${3000 + i}`,
      dns: { type: 'CNAME', name: `voice-${i}.example.com` },
      origin_direct: [`${i % 2 ? 'tcp' : 'udp'}://192.0.2.${i + 1}:${3000 + i}`],
      ...(i % 2 && !tlsOnFixed ? {} : { tls: 'full' }),
      traffic_type: 'direct',
    });
  }
  return JSON.stringify(list, null, 2) + '\n';
}

/** How many times the rule `name` checks an object while `run` runs. */
async function runsOf(name: string, run: () => Promise<void>): Promise<number> {
  const rule = RULES.find((r) => r.name === name)!;
  const check = rule.check;
  let runs = 0;
  rule.check = (ctx) => {
    runs++;
    check.call(rule, ctx);
  };
  try {
    await run();
  } finally {
    rule.check = check;
  }
  return runs;
}

test('fix-all does not ask again for the fixes it turned down in objects no fix touched', async () => {
  const text = apps(10);
  assert.equal(lint(text).findings.filter((f) => f.id === 'tcp-only-setting').length, 5);
  let fixed = '';
  const runs = await runsOf('tcp-only-setting', async () => {
    const r = await fixAll(text);
    assert.equal(r.applied.length, 5, 'the five transport mismatches');
    fixed = r.text;
  });
  // The one lint checks the 10 apps. Every finding left waits in an app no fix touched, so its
  // rules would give the same fixes: no second lint.
  assert.equal(runs, 10);
  assert.deepEqual(lint(fixed).findings.filter((f) => f.severity !== 'hint').map((f) => f.id), Array(5).fill('tcp-only-setting'));
});

test('fix-all lints again when a finding it did not fix lies in an object a fix changed', async () => {
  // Every app has `tls`; the odd ones also get their origin's transport fixed.
  const runs = await runsOf('tcp-only-setting', async () => assert.equal((await fixAll(apps(10, true))).applied.length, 5));
  // The second lint re-checks the 5 changed apps, where a turned-down `tls` removal waits.
  assert.equal(runs, 15);
});
