import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectClean, expectFindings, fixesFor, findings } from '../../../helpers';
import { edit, LOCK_V5, requires, TF, TF_JSON, useTerraform, V4, V5 } from '../../terraform/corpus';
import { proveFix } from '../../terraform/fix-proof';
import { applyEdits, fixAll } from '../../../../server/core';
import { constraintMajor } from '../../../../server/core/terraform/version';

useTerraform();

test('a v4 block in a configuration that requires v5 is a finding; its fix writes the attribute form', async () => {
  const text = requires('~> 5.0') + V4.app;
  const found = expectFindings(text, [['terraform-version-form', 'dns'], ['terraform-version-form', 'edge_ips']], TF);
  const fixed = await proveFix(text, 'terraform-version-form', (await fixesFor(found[0]!))[0]!, TF);
  assert.match(fixed, /  dns = \{\n    type = "CNAME"/);
});

test('a constraint declares a version only when it allows one major; one that allows both leaves it to the lock file or the syntax', () => {
  const majorOf = (constraint: string) => constraintMajor({ type: 'string', value: constraint, offset: 0, length: 0 });
  const cases: Array<[string, 4 | 5 | undefined]> = [
    ['~> 5.0', 5], ['~> 5', 5], ['5.8.0', 5], ['= 5.1.0', 5], ['>= 5.0.0, < 6.0.0', 5], ['!= 5.2.0, ~> 5.0', 5],
    ['~> 4.0', 4], ['~> 4.52.0', 4], ['< 5.0.0', 4], ['>= 4.40, < 5', 4],
    ['>= 4.0', undefined], ['>= 4.40, < 6', undefined], ['> 4.99, < 5.1', undefined], ['>= 6.0', undefined], ['latest', undefined],
  ];
  for (const [constraint, major] of cases) assert.equal(majorOf(constraint), major, constraint);
  // `< 5.0.0` is v4, so a v5 attribute is the other version's form; `>= 4.0` decides nothing, so the syntax does.
  expectFindings(requires('< 5.0.0') + V5.app, [['terraform-version-form', 'dns']], TF);
  expectClean(requires('>= 4.0') + V5.app, TF);
  expectClean(requires('>= 4.0') + V4.app, TF);
});

test('v4 load balancer pool ids in a v5 configuration: renamed by the fix', async () => {
  const text = requires('>= 5.0.0') + V4.lb;
  const found = expectFindings(text, [['terraform-version-form', 'default_pool_ids'], ['terraform-version-form', 'fallback_pool_id']], TF);
  const fixed = await proveFix(text, 'terraform-version-form', (await fixesFor(found[0]!))[0]!, TF);
  // The renamed attribute is shorter: its group's `=` line up again, as `terraform fmt` leaves them.
  assert.match(fixed, /  default_pools    = \[cloudflare_load_balancer_pool\.web\.id\]\n  fallback_pool_id = /);
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
  assert.match(applyEdits(withRange, fix.edits), /\n  origin_port   = "3000-3005"\n  origin_direct = \["tcp:\/\/192\.0\.2\.10"\]\n/);
});

test('repeated v4 blocks in a v5 configuration: no finding without a declared version', () => {
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

test('required_providers in another file of the module counts before the lock file; the file\'s own wins over it', async () => {
  const { declaredProviderMajor } = await import('../../../../server/core');
  assert.equal(declaredProviderMajor(requires('~> 4.0'), '/work/infra/versions.tf'), 4);
  assert.equal(declaredProviderMajor(JSON.stringify({ terraform: { required_providers: { cloudflare: { version: '~> 5.0' } } } }), '/work/infra/versions.tf.json'), 5);
  assert.equal(declaredProviderMajor(requires('>= 4.0'), '/work/infra/versions.tf'), undefined);
  assert.equal(declaredProviderMajor(V5.app, '/work/infra/main.tf'), undefined);
  const module = { ...TF, terraformModuleMajor: { major: 4 as const, file: 'versions.tf' } };
  const [f] = expectFindings(V5.app, [['terraform-version-form', 'dns']], { ...module, terraformLockedMajor: 5 });
  assert.match(f!.message, /but required_providers in versions\.tf says provider v4/);
  expectClean(requires('~> 5.0') + V5.app, module);
  expectClean(V4.app, module);
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

/** The only fix of the version-form finding at `marker`, proved (problem gone, parses, bytes outside kept, fix-all idempotent). */
async function rewrite(text: string, marker: string, options = TF): Promise<string> {
  const f = findings(text, options).find((x) => x.id === 'terraform-version-form' && text.slice(x.offset, x.offset + x.length) === marker);
  assert.ok(f, `no terraform-version-form at ${marker}`);
  const fixes = await fixesFor(f);
  assert.equal(fixes.length, 1, `one fix for ${marker}`);
  return proveFix(text, 'terraform-version-form', fixes[0]!, options);
}

const V4_TWO_ORIGINS = edit(V4.pool, '  origins {\n    name    = "web-1"', '  origins {\n    name    = "web-0"\n    address = "origin-0.example.com" # spare\n  }\n\n  origins {\n    name    = "web-1"');

test('v4 repeated blocks to v5: the origins blocks one list, their header blocks header = { host = .. }; comments and values kept', async () => {
  const text = requires('~> 5.0') + V4_TWO_ORIGINS;
  expectFindings(text, [['terraform-version-form', 'origins'], ['terraform-version-form', 'origins'], ['terraform-version-form', 'header']], TF);
  // The origin header alone, with the = of its group aligned.
  const header = await rewrite(text, 'header');
  assert.equal(header, edit(text, '    weight  = 1\n    header {\n      header = "Host"\n      values = ["app.example.com"]\n    }\n', '    weight  = 1\n    header  = { host = ["app.example.com"] }\n'));
  // The origins take their header along: one rewrite, whichever is applied first.
  const origins = await rewrite(text, 'origins');
  assert.equal(await rewrite(header, 'origins'), origins);
  assert.equal(
    origins,
    requires('~> 5.0') +
      'resource "cloudflare_load_balancer_pool" "web" {\n  account_id = var.account_id\n  name       = "web"\n  monitor    = cloudflare_load_balancer_monitor.http.id\n' +
      '  origins = [{\n    name    = "web-0"\n    address = "origin-0.example.com" # spare\n  }, {\n    name    = "web-1"\n    address = "origin-1.example.com"\n    weight  = 1\n    header  = { host = ["app.example.com"] }\n  }]\n}\n',
  );
  expectClean(origins, TF);
  // Fix-all gets there in its passes.
  assert.equal((await fixAll(text, TF)).text, origins);
});

test('v4 monitor header blocks to the v5 map, one entry per block, = aligned; the v5 map back to blocks in a v4 file', async () => {
  const two = edit(V4.monitor, '    values = ["app.example.com"]\n  }\n', '    values = ["app.example.com"]\n  }\n  header {\n    header = "X-App-ID"\n    values = ["abc123"]\n  }\n');
  const v5 = await rewrite(requires('~> 5.0') + two, 'header');
  // A name that is not a bare identifier keeps its quotes.
  assert.match(v5, /\n  path           = "\/health"\n  header = \{\n    Host       = \["app\.example\.com"\]\n    "X-App-ID" = \["abc123"\]\n  \}\n\}\n$/);
  expectClean(v5, TF);
  const v4 = await rewrite(edit(v5, '~> 5.0', '~> 4.0'), 'header');
  assert.equal(v4, edit(requires('~> 4.0') + two, '"X-App-ID"', '"X-App-ID"'));
  // The corpus's v5 monitor in a v4 file: the same round trip.
  assert.equal(await rewrite(requires('~> 4.0') + V5.monitor, 'header'), requires('~> 4.0') + V4.monitor);
});

test('v5 lists to v4 blocks: origins = [{ .. }, { .. }] becomes one block per object, and the origin header a header block', async () => {
  const two = edit(V5.pool, '    header  = { host = ["app.example.com"] }\n  }]\n', '    header  = { host = ["app.example.com"] }\n  }, {\n    address = "origin-2.example.com"\n  }]\n');
  const blocks = await rewrite(requires('~> 4.0') + two, 'origins');
  assert.equal(
    blocks,
    requires('~> 4.0') +
      'resource "cloudflare_load_balancer_pool" "web" {\n  account_id = var.account_id\n  name       = "web"\n  monitor    = cloudflare_load_balancer_monitor.http.id\n' +
      '  origins {\n    name    = "web-1"\n    address = "origin-1.example.com"\n    weight  = 1\n    header {\n      header = "Host"\n      values = ["app.example.com"]\n    }\n  }\n  origins {\n    address = "origin-2.example.com"\n  }\n}\n',
  );
  expectClean(blocks, TF);
  // The corpus's v5 pool in a v4 file is the corpus's v4 pool.
  assert.equal(await rewrite(requires('~> 4.0') + V5.pool, 'origins'), requires('~> 4.0') + V4.pool);
});

test('v4 load balancer region_pools blocks to the v5 map; rewrites that would lose something are not offered', async () => {
  const regions = edit(V4.lb, '  proxied ', '  region_pools {\n    region   = "WNAM"\n    pool_ids = [cloudflare_load_balancer_pool.web.id]\n  }\n  proxied ');
  const v5 = await rewrite(edit(requires('~> 5.0') + regions, 'default_pool_ids', 'default_pools').replace('fallback_pool_id', 'fallback_pool'), 'region_pools');
  assert.match(v5, /\n  region_pools = \{\n    WNAM = \[cloudflare_load_balancer_pool\.web\.id\]\n  \}\n/);
  const none = async (text: string, marker: string) => {
    const f = findings(text, TF).find((x) => x.id === 'terraform-version-form' && text.slice(x.offset, x.offset + x.length) === marker)!;
    assert.deepEqual(await fixesFor(f), [], marker);
  };
  const v5File = requires('~> 5.0');
  // A comment inside a header block, blocks apart, a name that is an expression: no rewrite.
  await none(v5File + edit(V4.monitor, '    header = "Host"\n', '    header = "Host" # SNI\n'), 'header');
  await none(v5File + edit(V4_TWO_ORIGINS, '  }\n\n  origins {', '  }\n  description = "x"\n  origins {').replace(/    header \{\n      header = "Host"\n      values = \["app.example.com"\]\n    \}\n/, ''), 'origins');
  await none(v5File + edit(V4.monitor, 'header = "Host"', 'header = var.header'), 'header');
  // A v5 object with commas or a comment has no block form as written.
  const v4File = requires('~> 4.0');
  await none(v4File + edit(V5.pool, '  origins = [{\n    name    = "web-1"\n', '  origins = [{\n    name = "web-1", port = 443\n'), 'origins');
  await none(v4File + edit(V5.monitor, '    Host = ["app.example.com"]\n', '    Host = ["app.example.com"] # SNI\n'), 'header');
});

test('blocks a dynamic block adds to are not rewritten; a dynamic block is the v4 form of a for expression', async () => {
  const text = requires('~> 5.0') + edit(edit(V4.pool, /    header \{\n[\s\S]*?\n    \}\n/.exec(V4.pool)![0], ''), '  origins {', '  dynamic "origins" {\n    for_each = var.extra\n    content {\n      address = origins.value\n    }\n  }\n  origins {');
  const [dynamic, written] = expectFindings(
    text,
    [
      ['terraform-version-form', 'dynamic', { message: /^dynamic "origins" is written in the provider v4 form, .* writes origins = \[for \.\.\. : \{ \.\.\. \}\]\.$/ }],
      ['terraform-version-form', 'origins'],
    ],
    TF,
  );
  assert.deepEqual(await fixesFor(dynamic!), []);
  assert.deepEqual(await fixesFor(written!), []);
  // The other way: a for expression in a v4 file is made with a dynamic block there, not rewritten.
  const v4 = requires('~> 4.0') + edit(V5.pool, /  origins = \[\{[\s\S]*?\n  \}\]\n/.exec(V5.pool)![0], '  origins = [for k, v in var.origins : { name = k, address = v }]\n');
  const [made] = expectFindings(v4, [['terraform-version-form', 'origins', { message: /which writes dynamic "origins" \{ \.\.\. \}\.$/ }]], TF);
  assert.deepEqual(await fixesFor(made!), []);
});
