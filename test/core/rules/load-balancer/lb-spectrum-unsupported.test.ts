import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../../../server/core';
import { expectClean, expectFindings, findings, json } from '../../../helpers';
import { proveFix } from '../../terraform/fix-proof';
import { edit, TF, useTerraform, V4, V5 } from '../../terraform/corpus';
import { app, index, lb, LB_PATH } from './spectrum-fixtures';

useTerraform();

const UNSUPPORTED = lb({ session_affinity: 'cookie', session_affinity_ttl: 1800, adaptive_routing: { failover_across_pools: true }, rules: [{ name: 'r', condition: 'true', overrides: {} }] });

test('lb-spectrum-unsupported: session affinity, failover across pools and custom rules of a load balancer a Spectrum app uses', () => {
  const workspace = index({ '/ws/apps/ssh.spectrum.json': json(app('LB.example.com.')) });
  const found = expectFindings(json(UNSUPPORTED), [
    ['lb-spectrum-unsupported', '"cookie"', { severity: 'warning', message: /origin of the Spectrum application ssh\.example\.com, and Spectrum does not support session affinity/ }],
    ['lb-spectrum-unsupported', 'true', { message: /failover across pools/ }],
    ['lb-spectrum-unsupported', '"rules"', { message: /custom rules/ }],
  ], { ...LB_PATH, workspace });
  assert.deepEqual(found[0].related?.map((r) => [r.path, r.message]), [['/ws/apps/ssh.spectrum.json', 'Spectrum application ssh.example.com uses this load balancer as its origin']]);
});

test('lb-spectrum-unsupported stays quiet without a Spectrum user, and for settings Spectrum supports', () => {
  expectClean(json(UNSUPPORTED), { ...LB_PATH, workspace: index({ '/ws/apps/ssh.spectrum.json': json(app('other-lb.example.com')) }) });
  expectClean(json(UNSUPPORTED), LB_PATH);
  const workspace = index({ '/ws/apps/ssh.spectrum.json': json(app('lb.example.com')) });
  expectClean(json(lb({ session_affinity: 'none', adaptive_routing: { failover_across_pools: false }, rules: [] })), { ...LB_PATH, workspace });
  expectClean(json(lb()), { ...LB_PATH, workspace });
});

test('lb-spectrum-unsupported counts applications of a saved API response (they exist) and names several users', () => {
  const dump = json({ success: true, errors: [], messages: [], result: [app('lb.example.com', 'a.example.com'), app('lb.example.com', 'b.example.com')] });
  const [f] = expectFindings(json(lb({ session_affinity: 'ip_cookie' })), [['lb-spectrum-unsupported', '"ip_cookie"', { message: /origin of 2 Spectrum applications \(a\.example\.com, b\.example\.com\)/ }]], {
    ...LB_PATH,
    workspace: index({ '/ws/apps/dump.json': dump }),
  });
  assert.equal(f.related?.length, 2);
});

for (const [version, base, ref] of [['v5', V5, '  origin_dns  = { name = cloudflare_load_balancer.www.name }\n  origin_port = 22\n'], ['v4', V4, '  origin_dns {\n    name = cloudflare_load_balancer.www.name\n  }\n  origin_port = 22\n']] as const) {
  test(`${version}: lb-spectrum-unsupported when an application of the module references the load balancer resource`, () => {
    const spectrum = edit(base.app, '  origin_direct = ["tcp://192.0.2.10:22"]\n', ref);
    // The corpus load balancer uses cookie affinity.
    expectFindings(base.lb + '\n' + spectrum, [['lb-spectrum-unsupported', '"cookie"']], TF);
    expectFindings(base.lb, [['lb-spectrum-unsupported', '"cookie"']], { ...TF, workspace: index({ '/work/infra/spectrum.tf': spectrum }) });
    // Another module's resource of the same name is another load balancer.
    expectClean(base.lb, { ...TF, workspace: index({ '/work/other/spectrum.tf': spectrum }) });
    expectClean(base.lb + '\n' + edit(spectrum, 'cloudflare_load_balancer.www.name', 'cloudflare_load_balancer.api.name'), TF);
  });
}

test('lb-spectrum-unsupported offers to turn session affinity and failover across pools off (a choice), not to drop rules', async () => {
  const workspace = index({ '/ws/apps/ssh.spectrum.json': json(app('lb.example.com')) });
  const options = { ...LB_PATH, workspace };
  const text = json(UNSUPPORTED);
  const fixes = await Promise.all(findings(text, options).filter((f) => f.id === 'lb-spectrum-unsupported').map(async (f) => (f.fixes ? await f.fixes({}) : [])));
  assert.deepEqual(fixes.map((fs) => fs.map((f) => [f.title, f.kind])), [[['Set session_affinity to "none"', 'choice']], [['Set failover_across_pools to false', 'choice']], []]);
  const off = applyEdits(applyEdits(text, fixes[1][0].edits), fixes[0][0].edits);
  assert.deepEqual(JSON.parse(off), { ...UNSUPPORTED, session_affinity: 'none', adaptive_routing: { failover_across_pools: false } });
  expectFindings(off, [['lb-spectrum-unsupported', '"rules"']], options);
  // In Terraform the value is written as HCL, and nothing else of the block moves.
  const tf = { ...TF, workspace: index({ '/work/infra/spectrum.tf': edit(V5.app, '  origin_direct = ["tcp://192.0.2.10:22"]\n', '  origin_dns  = { name = cloudflare_load_balancer.www.name }\n  origin_port = 22\n') }) };
  const [f] = findings(V5.lb, tf);
  const [fix] = f.fixes ? await f.fixes({}) : [];
  assert.equal(await proveFix(V5.lb, 'lb-spectrum-unsupported', fix!, tf), edit(V5.lb, '"cookie"', '"none"'));
});
