import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectClean, expectFindings } from '../../helpers';
import { edit, TF, TF_JSON, useTerraform, V4, V5 } from './corpus';

useTerraform();

test('a value from a variable, a local or a reference is unknown: the checks that read it stay quiet', () => {
  expectClean(edit(V5.app, '"tcp/22"', 'var.protocol'), TF);
  expectClean(edit(V5.app, '["tcp://192.0.2.10:22"]', 'local.origins'), TF);
  expectClean(edit(V5.app, '"CNAME"', 'var.dns_type'), TF);
  expectClean(edit(V4.monitor, 'interval       = 60', 'interval       = var.interval'), TF);
  expectClean(edit(V5.pool, 'weight  = 1', 'weight  = lookup(var.weights, "web-1", 1)'), TF);
  expectClean(edit(V5.pool, 'weight  = 1', 'weight  = var.big ? 2 : 1'), TF);
});

test('an interpolated string is unknown; a literal next to it in the same list is still checked', () => {
  const text = edit(V5.app, '["tcp://192.0.2.10:22"]', '["tcp://${var.origin_ip}:22", "tcp://2001:db8::10:22"]');
  expectFindings(text, [['11002', '"tcp://2001:db8::10:22"']], TF);
  expectClean(edit(V5.app, '["tcp://192.0.2.10:22"]', '["tcp://${var.origin_ip}:22"]'), TF);
});

test('a syntax error inside a half-typed expression is still reported', () => {
  // Typing stopped inside the protocol's string: the string and the block are left open (and dns is not written yet).
  const text = V5.app.slice(0, V5.app.indexOf('"tcp/22"') + '"tcp/'.length);
  expectFindings(text, [['terraform-syntax', { offset: text.length, length: 0 }], ['missing-required-field', '"ssh"']], { ...TF, syntaxErrors: true });
});

test('an escaped $${ is a literal, not an interpolation', () => {
  expectFindings(edit(V5.app, '"ssh.example.com"', '"$${host}.example.com"'), [['dns-name-invalid', '"$${host}.example.com"']], TF);
});

test('an origin from an expression is still an origin: no "no origin" and a second literal origin is 11000', () => {
  expectClean(edit(V5.app, '["tcp://192.0.2.10:22"]', 'var.origins'), TF);
  expectFindings(edit(V5.app, '  origin_direct = ["tcp://192.0.2.10:22"]\n', '  origin_direct = var.origins\n  origin_dns = { name = "origin.example.com" }\n'), [['11000', 'origin_dns']], TF);
});

test('a resource with count or for_each is checked on its literals', () => {
  const counted = edit(V5.app, '  zone_id      = var.zone_id\n', '  count        = 3\n  zone_id      = var.zone_id\n');
  expectFindings(edit(counted, 'tcp://192.0.2.10:22', 'tcp://2001:db8::10:22'), [['11002', '"tcp://2001:db8::10:22"']], TF);
  const each = edit(V4.monitor, '  account_id     = var.account_id\n', '  for_each       = toset(["a", "b"])\n  account_id     = var.account_id\n');
  expectFindings(edit(each, 'interval       = 60', 'interval       = 5'), [['1002', '5']], TF);
  expectClean(edit(each, '"/health"', '"/health/${each.key}"'), TF);
});

test("a dynamic block's content holds for every block it makes: its literals are checked, its iterator's values are unknown", () => {
  const dynamic = edit(
    V4.pool,
    '  origins {\n    name    = "web-1"\n    address = "origin-1.example.com"\n    weight  = 1\n    header {\n      header = "Host"\n      values = ["app.example.com"]\n    }\n  }\n',
    '  dynamic "origins" {\n    for_each = var.origins\n    content {\n      name    = origins.value.name\n      address = origins.value.address\n      weight  = 5\n    }\n  }\n',
  );
  expectFindings(dynamic, [['pool-origin-weight', '5']], TF);
  expectClean(edit(dynamic, 'weight  = 5', 'weight  = origins.value.weight'), TF);
  // A dynamic block without content makes elements of unknown value.
  expectClean(edit(dynamic, '    content {\n      name    = origins.value.name\n      address = origins.value.address\n      weight  = 5\n    }\n', ''), TF);
});

const DYNAMIC_ORIGINS = '  dynamic "origins" {\n    for_each = var.origins\n    content {\n      name    = origins.key\n      address = origins.value\n    }\n  }\n';

test('a dynamic block next to written blocks of its type: the written ones are checked, the number of elements is unknown', () => {
  const pool = edit(V4.pool, '  origins {\n', DYNAMIC_ORIGINS + '  minimum_origins = 3\n  origins {\n');
  expectClean(pool, TF);
  // The written block's header is still mapped from its v4 blocks, and checked.
  const twoHosts = edit(pool, 'values = ["app.example.com"]', 'values = ["app.example.com", "www.example.com"]');
  expectFindings(twoHosts, [['pool-origin-host-header', '["app.example.com", "www.example.com"]']], TF);
  // After the written block too.
  const after = edit(V4.pool, '    }\n  }\n}\n', '    }\n  }\n' + DYNAMIC_ORIGINS + '  minimum_origins = 3\n}\n');
  expectClean(after, TF);
});

test('a dynamic block in Terraform JSON next to a written list of its blocks', () => {
  const origin = '{ "name": "web-1", "address": "origin-1.example.com", "header": [{ "header": "Host", "values": ["app.example.com", "www.example.com"] }] }';
  const body = (origins: string) =>
    `{ "resource": { "cloudflare_load_balancer_pool": { "web": { "name": "web", "minimum_origins": 3, "dynamic": { "origins": { "for_each": "\${var.origins}", "content": { "address": "\${origins.value}" } } }${origins} } } } }`;
  const text = body(`, "origins": [${origin}]`);
  expectFindings(text, [['pool-origin-host-header', '["app.example.com", "www.example.com"]']], TF_JSON);
  expectClean(body(''), TF_JSON);
  const weighted = body('').replace('"content": { "address"', '"content": { "weight": 5, "address"');
  expectFindings(weighted, [['pool-origin-weight', '5']], TF_JSON);
});

test('an origin from an expression may be enabled: minimum_origins is compared with at most that many', () => {
  const pool = edit(V5.pool, '  }]\n}\n', '  }, var.extra_origin]\n  minimum_origins = 3\n}\n');
  expectFindings(pool, [['pool-minimum-origins', '3', { message: /at most 2 enabled origins/ }]], TF);
  expectClean(edit(pool, 'minimum_origins = 3', 'minimum_origins = 2'), TF);
  const unknownEnabled = edit(edit(V5.pool, '  }]\n}\n', '  }]\n  minimum_origins = 2\n}\n'), 'weight  = 1', 'weight  = 1\n    enabled = var.web_enabled');
  expectFindings(unknownEnabled, [['pool-minimum-origins', '2', { message: /at most 1 enabled origin,/ }]], TF);
});

test('heredoc strings are literals; an interpolating heredoc is unknown', () => {
  const monitor = edit(V5.monitor, '  path           = "/health"\n', '  description    = <<-EOT\n    Health of the web pool.\n  EOT\n  path           = "/health"\n');
  expectClean(monitor, TF);
  expectFindings(edit(V5.app, '"tcp/22"', '<<EOT\ntcp/2x\nEOT'), [['protocol-format', '<<EOT\ntcp/2x\nEOT']], TF);
  expectClean(edit(V5.app, '"tcp/22"', '<<EOT\ntcp/${var.port}\nEOT'), TF);
});

test('comments of every HCL kind are ignored by the checks', () => {
  const text = '# infra for ssh\n// second style\n/* block\n comment */\n' + edit(V5.app, '  protocol     = "tcp/22"\n', '  protocol     = "tcp/22" # the port\n  /* between */\n');
  expectClean(text, TF);
});

test('a header value from an expression in a list may be a string: [var.host] is no wrong shape; a literal beside it is still checked', () => {
  expectClean(edit(V5.pool, 'host = ["app.example.com"]', 'host = [var.host]'), TF);
  expectClean(edit(V5.monitor, 'Host = ["app.example.com"]', 'Host = [var.host]'), TF);
  expectClean(edit(V5.monitor, 'Host = ["app.example.com"]', 'Host = [var.host], "X-Env" = [local.env]'), TF);
  expectClean(edit(V4.pool, 'values = ["app.example.com"]', 'values = [var.host]'), TF);
  // Two values are still two, whatever they are; no "Keep" choice names a value that is not known.
  const two = edit(V5.pool, 'host = ["app.example.com"]', 'host = [var.host, "www.example.com"]');
  const [found] = expectFindings(two, [['pool-origin-host-header', '[var.host, "www.example.com"]', { message: 'An origin takes exactly one Host, not 2; keep one.' }]], TF);
  assert.equal(found!.fixes, undefined);
  expectFindings(edit(V5.monitor, 'Host = ["app.example.com"]', 'Host = [var.host, "https://www.example.com"]'), [['monitor-header-shape', '"https://www.example.com"']], TF);
});
