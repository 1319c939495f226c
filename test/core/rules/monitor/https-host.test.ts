import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only, expectClean, expectFindings } from '../../../helpers';
import { buildWorkspaceIndex } from '../../../../server/core/workspace';
import { edit, TF, useTerraform, V4, V5 } from '../../terraform/corpus';
import { HTTP_MONITOR, HTTPS_MONITOR } from '../lb/fixtures';

useTerraform();

test('tls-unrecognized-name-error does not fire with a Host header, or on http monitors', () => {
  expectClean(json(HTTPS_MONITOR));
  expectClean(json({ ...HTTPS_MONITOR, header: { host: ['app.example.com'] } }));
  expectClean(json(HTTP_MONITOR));
});

test('tls-unrecognized-name-error fires on an https monitor without Host, naming both TLS failures', async () => {
  const { header: _, ...rest } = HTTPS_MONITOR;
  const text = json(rest);
  const f = only(text, 'tls-unrecognized-name-error');
  assert.equal(flagged(text, f), '"type"');
  assert.match(f.docs, /#tls-unrecognized-name-error$/);
  assert.match(f.message, /TLS name mismatch error/);
  const [placeholder] = await fixesOf(text, 'tls-unrecognized-name-error');
  assert.equal(placeholder.kind, 'placeholder');
  const fixed = applyFix(text, 'tls-unrecognized-name-error', placeholder);
  assert.deepEqual(JSON.parse(fixed).header, { Host: ['<hostname>'] });
  assert.ok(ids(fixed).includes('monitor-header-shape'), 'the placeholder is flagged until edited');
});

test('tls-unrecognized-name-error offers the probe_zone as Host, inside an existing header', async () => {
  const text = json({ ...HTTPS_MONITOR, probe_zone: 'example.com', header: { 'X-App-ID': ['abc'] } });
  const [zone, placeholder] = await fixesOf(text, 'tls-unrecognized-name-error');
  assert.equal(zone.kind, 'choice');
  assert.equal(placeholder.kind, 'placeholder');
  assert.deepEqual(JSON.parse(applyFix(text, 'tls-unrecognized-name-error', zone)).header, { 'X-App-ID': ['abc'], Host: ['example.com'] });
});

test('tls-name-mismatch-error fires on an IP address as Host of an https monitor', () => {
  const text = json({ ...HTTPS_MONITOR, header: { Host: ['45.60.12.10'] } });
  const f = only(text, 'tls-name-mismatch-error');
  assert.equal(flagged(text, f), '"45.60.12.10"');
  assert.match(f.docs, /#tls-name-mismatch-error$/);
  expectClean(json(HTTPS_MONITOR));
});

/** The corpus's v5 https monitor without its Host header, and its v4 form. */
const NO_HOST = {
  v5: edit(V5.monitor, '  header = {\n    Host = ["app.example.com"]\n  }\n', ''),
  v4: edit(V4.monitor, '  header {\n    header = "Host"\n    values = ["app.example.com"]\n  }\n', ''),
};
const V5_POOL_NO_HOST = edit(V5.pool, '    header  = { host = ["app.example.com"] }\n', '');

test('Terraform: an https monitor without Host is quiet when every origin of every pool using it sets Host (v5 host, v4 header block)', () => {
  expectFindings(NO_HOST.v5 + '\n' + V5.pool, [], TF);
  expectFindings(NO_HOST.v4 + '\n' + V4.pool, [], TF);
  // Alone in its module, or used by a pool with an origin that sets no Host: reported.
  expectFindings(NO_HOST.v5, [['tls-unrecognized-name-error', 'type']], TF);
  expectFindings(NO_HOST.v5 + '\n' + V5_POOL_NO_HOST, [['tls-unrecognized-name-error', 'type']], TF);
  const twoOrigins = edit(V5.pool, '  }]\n', '  }, {\n    name    = "web-2"\n    address = "origin-2.example.com"\n  }]\n');
  expectFindings(NO_HOST.v5 + '\n' + twoOrigins, [['tls-unrecognized-name-error', 'type']], TF);
  // A second pool of the module without Host uses it too.
  expectFindings(NO_HOST.v5 + '\n' + V5.pool + '\n' + edit(V5_POOL_NO_HOST, '"web" {', '"api" {').replace('name       = "web"', 'name       = "api"'), [['tls-unrecognized-name-error', 'type']], TF);
});

test('Terraform: what is not known keeps the finding: a v5 "Host" key (dropped by the provider), a pool monitor from a local, dynamic origins', () => {
  const quoted = edit(V5.pool, 'header  = { host = ["app.example.com"] }', 'header  = { "Host" = ["app.example.com"] }');
  expectFindings(NO_HOST.v5 + '\n' + quoted, [['tls-unrecognized-name-error', 'type'], ['terraform-origin-host-header', '"Host"']], TF);
  const viaLocal = edit(V5_POOL_NO_HOST, '"web" {', '"api" {').replace('name       = "web"', 'name       = "api"').replace('cloudflare_load_balancer_monitor.http.id', 'local.monitor_id');
  expectFindings(NO_HOST.v5 + '\n' + V5.pool + '\n' + viaLocal, [['tls-unrecognized-name-error', 'type']], TF);
  const dynamic = edit(V4.pool, /origins \{[\s\S]*?\n  \}\n/.exec(V4.pool)![0], 'dynamic "origins" {\n    for_each = var.origins\n    content {\n      address = origins.value\n    }\n  }\n');
  expectFindings(NO_HOST.v4 + '\n' + dynamic, [['tls-unrecognized-name-error', 'type']], TF);
});

test('Terraform: the pools may be in another .tf or .tf.json file of the folder, not of another folder', () => {
  const poolJson = JSON.stringify({
    resource: { cloudflare_load_balancer_pool: { web: { name: 'web', monitor: '${cloudflare_load_balancer_monitor.http.id}', origins: [{ address: 'origin-1.example.com', header: { host: ['app.example.com'] } }] } } },
  });
  for (const [path, text] of [['/work/infra/pools.tf', V5.pool], ['/work/infra/pools.tf.json', poolJson]] as const) {
    const workspace = buildWorkspaceIndex([{ path, text }]);
    expectFindings(NO_HOST.v5, [], { ...TF, workspace });
    const elsewhere = buildWorkspaceIndex([{ path: path.replace('/infra/', '/other/'), text }]);
    expectFindings(NO_HOST.v5, [['tls-unrecognized-name-error', 'type']], { ...TF, workspace: elsewhere });
  }
});
