import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll, lint } from '../../server/core';

/**
 * Inputs shaped to bait super-linear work: long runs for the address and hostname parsers, many
 * duplicates for the pairwise checks, nesting at the depth limit. The runner's timeout is a hang
 * detector, many times what these take; speed itself is measured by `npm run bench`, not here.
 */
const HANG = { timeout: 120_000 };

const app = (over: Record<string, unknown>) => ({ protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://146.190.1.2:22'], ...over });
const long = (unit: string, n = 20_000) => unit.repeat(n);

const CASES: Record<string, string> = {
  'dotted run in an origin': JSON.stringify(app({ origin_direct: [`tcp://${long('1.')}1:22`] })),
  'colon run in an origin': JSON.stringify(app({ origin_direct: [`tcp://${long('1:')}1:22`] })),
  'bracket soup in an origin': JSON.stringify(app({ origin_direct: [`tcp://[${long('[:')}]:22`] })),
  'hyphen run in a hostname': JSON.stringify(app({ dns: { type: 'CNAME', name: `${long('a-')}.example.com` } })),
  'label run in a hostname': JSON.stringify(app({ origin_dns: { name: long('a.') + 'com' }, origin_direct: undefined, origin_port: 22 })),
  'digit run in a protocol': JSON.stringify(app({ protocol: `tcp/${long('9')}-${long('9')}` })),
  'thousands of identical apps': JSON.stringify(Array.from({ length: 3000 }, () => app({}))),
  'a pool with thousands of duplicate origins': JSON.stringify({
    name: 'p',
    origins: Array.from({ length: 3000 }, (_, i) => ({ name: `o${i % 7}`, address: '146.190.1.2', enabled: true })),
  }),
  'a monitor with a huge expected_body and header': JSON.stringify({
    type: 'https',
    expected_codes: '2xx',
    expected_body: long('ab', 200_000),
    header: { Host: Array.from({ length: 5000 }, () => 'example.com') },
  }),
  'nesting at the depth limit inside an app': JSON.stringify(app({ dns: JSON.parse('['.repeat(498) + ']'.repeat(498)) })),
  'an error envelope with thousands of codes': JSON.stringify({ success: false, errors: Array.from({ length: 5000 }, (_, i) => ({ code: 11000 + (i % 60), message: 'x' })) }),
};

for (const [name, text] of Object.entries(CASES)) {
  test(`adversarial input finishes: ${name}`, HANG, async () => {
    const { findings, ruleErrors } = lint(text, { path: '/w/a.spectrum.json' });
    assert.deepEqual(ruleErrors.map((e) => `${e.rule}: ${String(e.error)}`), []);
    for (const f of findings) assert.ok(f.offset >= 0 && f.offset + f.length <= text.length, `${f.id} range inside the text`);
    await fixAll(text, { path: '/w/a.spectrum.json' });
  });
}
