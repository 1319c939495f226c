import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectClean, expectFindings, fixesFor, findings } from '../../../helpers';
import { edit, LOCK_V5, requires, TF, TF_JSON, useTerraform, V4, V5 } from '../../terraform/corpus';
import { proveFix } from '../../terraform/fix-proof';

useTerraform();

test('a v4 block in a configuration that requires v5 is a finding; its fix writes the attribute form', async () => {
  const text = requires('~> 5.0') + V4.app;
  const found = expectFindings(text, [['terraform-version-form', 'dns'], ['terraform-version-form', 'edge_ips']], TF);
  const fixed = await proveFix(text, 'terraform-version-form', (await fixesFor(found[0]!))[0]!, TF);
  assert.match(fixed, /  dns = \{\n    type = "CNAME"/);
});

test('v4 load balancer pool ids in a v5 configuration: renamed by the fix', async () => {
  const text = requires('>= 5.0.0') + V4.lb;
  const found = expectFindings(text, [['terraform-version-form', 'default_pool_ids'], ['terraform-version-form', 'fallback_pool_id']], TF);
  const fixed = await proveFix(text, 'terraform-version-form', (await fixesFor(found[0]!))[0]!, TF);
  assert.match(fixed, /  default_pools = \[/);
});

test('a v5 attribute in a configuration that requires v4 is a finding, with the block fix when the object is one attribute a line', async () => {
  const text = requires('~> 4.0') + V5.app;
  const [f] = expectFindings(text, [['terraform-version-form', 'dns']], TF);
  const fixed = await proveFix(text, 'terraform-version-form', (await fixesFor(f!))[0]!, TF);
  assert.match(fixed, /  dns \{\n/);
  // A one-line object with commas has no mechanical block form: reported without a fix.
  const inline = requires('~> 4.0') + edit(V5.app, 'dns = {\n    type = "CNAME"\n    name = "ssh.example.com"\n  }', 'dns = { type = "CNAME", name = "ssh.example.com" }');
  const [g] = expectFindings(inline, [['terraform-version-form', 'dns']], TF);
  assert.equal(g!.fixes, undefined);
});

test('v4 origin_port_range in a v5 configuration: the fix writes origin_port as a range string', async () => {
  const app = edit(edit(V4.app, '"tcp/22"', '"tcp/3000-3005"'), '  origin_direct = ["tcp://192.0.2.10:22"]\n', '  origin_direct = ["tcp://192.0.2.10:3000-3005"]\n');
  const text = requires('~> 5') + edit(edit(app, '  dns {', '  dns = {'), '  edge_ips {\n    type         = "dynamic"\n    connectivity = "all"\n  }\n', '');
  const ranged = edit(text, '"tcp://192.0.2.10:3000-3005"', '"tcp://192.0.2.10"');
  const withRange = edit(ranged, '  origin_direct', '  origin_port_range {\n    start = 3000\n    end   = 3005\n  }\n  origin_direct');
  const all = findings(withRange, TF).filter((f) => f.id === 'terraform-version-form');
  assert.equal(all.length, 1);
  const fix = (await fixesFor(all[0]!))[0]!;
  assert.equal(fix.edits[0]!.content, 'origin_port = "3000-3005"');
});

test('repeated v4 blocks in a v5 configuration are reported without a mechanical fix; no finding without a declared version', () => {
  const text = requires('~> 5.0') + V4.pool;
  const found = expectFindings(text, [['terraform-version-form', 'origins'], ['terraform-version-form', 'header']], TF);
  assert.ok(found.every((f) => f.fixes === undefined));
  // Without required_providers, a file of one version's forms is that version: nothing to report.
  expectClean(V4.pool + V4.lb, TF);
  expectClean(V5.pool + V5.lb, TF);
});

test('the version locked in .terraform.lock.hcl counts when required_providers names none', async () => {
  const { lockedProviderMajor } = await import('../../../../server/core');
  assert.equal(lockedProviderMajor(LOCK_V5), 5);
  assert.equal(lockedProviderMajor('provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.1.0"\n}\n'), undefined);
  // A v4 file alone is v4 by its syntax; with v5 locked, its v4 blocks are reported.
  expectClean(V4.app, TF);
  expectFindings(V4.app, [['terraform-version-form', 'dns'], ['terraform-version-form', 'edge_ips']], { ...TF, terraformLockedMajor: 5 });
  // required_providers wins over the lock file.
  expectClean(requires('~> 4.0') + V4.app, { ...TF, terraformLockedMajor: 5 });
});

/** A Terraform JSON module with a load balancer, its provider constraint given (or none). */
const lbJson = (version: string | undefined, poolIds: string, fallback: string) =>
  JSON.stringify(
    {
      ...(version ? { terraform: { required_providers: { cloudflare: { source: 'cloudflare/cloudflare', version } } } } : {}),
      resource: {
        cloudflare_load_balancer: {
          www: { zone_id: '${var.zone_id}', name: 'www.example.com', [poolIds]: ['${cloudflare_load_balancer_pool.web.id}'], [fallback]: '${cloudflare_load_balancer_pool.web.id}', proxied: true },
        },
      },
    },
    null,
    2,
  ) + '\n';

test('.tf.json: renamed load balancer attributes of the other version are reported, and the fix renames the key', async () => {
  const text = lbJson('~> 5.0', 'default_pool_ids', 'fallback_pool_id');
  const found = expectFindings(text, [['terraform-version-form', '"default_pool_ids"'], ['terraform-version-form', '"fallback_pool_id"']], TF_JSON);
  assert.match(found[0]!.message, /default_pool_ids is written in the provider v4 form, but required_providers says provider v5, which writes default_pools/);
  const fixed = await proveFix(text, 'terraform-version-form', (await fixesFor(found[0]!))[0]!, TF_JSON);
  assert.equal(fixed, edit(text, '"default_pool_ids"', '"default_pools"'));
  // The v5 names in a v4 module, the other way round.
  const v5InV4 = lbJson('~> 4.0', 'default_pools', 'fallback_pool');
  const [g] = expectFindings(v5InV4, [['terraform-version-form', '"default_pools"'], ['terraform-version-form', '"fallback_pool"']], TF_JSON);
  assert.equal(await proveFix(v5InV4, 'terraform-version-form', (await fixesFor(g!))[0]!, TF_JSON), edit(v5InV4, '"default_pools"', '"default_pool_ids"'));
});

test('.tf.json: without required_providers the lock file decides, else the file is the version it is written in', () => {
  const v4 = lbJson(undefined, 'default_pool_ids', 'fallback_pool_id');
  expectClean(v4, TF_JSON);
  expectFindings(v4, [['terraform-version-form', '"default_pool_ids"'], ['terraform-version-form', '"fallback_pool_id"']], { ...TF_JSON, terraformLockedMajor: 5 });
  expectClean(lbJson(undefined, 'default_pools', 'fallback_pool'), { ...TF_JSON, terraformLockedMajor: 5 });
  // Both forms and no declaration: the version is unknown, nothing is reported.
  expectClean(lbJson(undefined, 'default_pools', 'fallback_pool_id'), TF_JSON);
});
