import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../server/core';
import { expectClean, expectFindings, findings } from '../../helpers';
import { edit, requires, TF, TF_JSON, useTerraform, V4, V5 } from './corpus';

useTerraform();

test('a module of several resources and other blocks: each resource is checked, the rest is left alone', () => {
  const text = [
    requires('~> 5.0'),
    'provider "cloudflare" {\n  api_token = var.token\n}\n',
    'variable "zone_id" {\n  type = string\n}\n',
    'locals {\n  protocol = "tcp/22x"\n}\n',
    edit(V5.app, 'tcp://192.0.2.10:22', 'tcp://2001:db8::10:22'),
    edit(V5.app.replace('"ssh"', '"rdp"'), '"tcp/22"', '"tcp/3389"').replace('tcp://192.0.2.10:22', 'tcp://192.0.2.11:3389'),
    edit(V5.monitor, 'interval       = 60', 'interval       = 1'),
    V5.pool,
    edit(V5.lb, '"www.example.com"', '"www"'),
    'output "lb" {\n  value = cloudflare_load_balancer.www.id\n}\n',
  ].join('\n');
  expectFindings(text, [['11002', '"tcp://2001:db8::10:22"'], ['1002', '1'], ['lb-name-fqdn', '"www"']], TF);
  const r = lint(text, TF);
  assert.deepEqual(r.targets.map((t) => t.kind), ['spectrum-app', 'spectrum-app', 'monitor', 'pool', 'load-balancer']);
  assert.ok(findings(text, TF).every((f) => f.pointer.startsWith('/resource/')));
});

test('other resources and a file without a checked resource are not linted', () => {
  expectClean('resource "cloudflare_record" "www" {\n  name  = "www"\n  value = "2001:db8::1:22"\n}\n', TF);
  assert.equal(lint('variable "x" {}\n', TF).doc, undefined);
});

test('# and // suppression comments silence one finding on the next line, through the shared directives', () => {
  const bad = edit(V5.app, '  origin_direct = ["tcp://192.0.2.10:22"]\n', '  # spectrum-lint-disable-next-line 11002 -- migrated next sprint\n  origin_direct = ["tcp://2001:db8::10:22"]\n');
  expectClean(bad, TF);
  const slashes = bad.replace('  # spectrum-lint', '  // spectrum-lint');
  expectClean(slashes, TF);
  const r = lint(bad, TF);
  assert.equal(r.suppressed?.[0]?.finding.id, '11002');
  assert.equal(r.suppressed?.[0]?.reason, 'migrated next sprint');
  // A directive without a reason, and one that suppresses nothing, are reported as in JSON.
  expectFindings(bad.replace(' -- migrated next sprint', ''), [['suppression-without-reason', '# spectrum-lint-disable-next-line 11002']], TF);
  expectFindings(edit(V5.app, '  protocol', '  # spectrum-lint-disable-next-line 11002 -- not here\n  protocol'), [['unused-suppression', '11002']], TF);
  // A file-wide directive in a block comment.
  expectClean('/* spectrum-lint-disable 11002 -- lab only */\n' + edit(V5.app, 'tcp://192.0.2.10:22', 'tcp://2001:db8::10:22'), TF);
});

test('.tf.json: resource.<type>.<name> objects are checked with the same field names; ${} strings are unknown', () => {
  const doc = (app: Record<string, unknown>) => JSON.stringify({ resource: { cloudflare_spectrum_application: { ssh: { zone_id: '${var.zone_id}', protocol: 'tcp/22', traffic_type: 'direct', dns: { type: 'CNAME', name: 'ssh.example.com' }, ...app } } } }, null, 2);
  expectClean(doc({ origin_direct: ['tcp://192.0.2.10:22'] }), TF_JSON);
  expectFindings(doc({ origin_direct: ['tcp://2001:db8::10:22', '${var.other}'] }), [['11002', '"tcp://2001:db8::10:22"']], TF_JSON);
  expectFindings(doc({ origin_direct: ['tcp://192.0.2.10:22'], origin_dns: { name: 'o.example.com' } }), [['11000', '"origin_dns"']], TF_JSON);
  // v4 blocks as Terraform JSON writes them (a list of one object), and the array form of a resource.
  const v4 = JSON.stringify({ resource: [{ cloudflare_load_balancer_monitor: { http: [{ type: 'https', expected_codes: '200', interval: 5, header: [{ header: 'Host', values: ['a.example.com'] }] }] } }] }, null, 2);
  expectFindings(v4, [['1002', '5']], TF_JSON);
  const lb = JSON.stringify({ resource: { cloudflare_load_balancer: { www: { zone_id: 'z', name: 'www', default_pool_ids: ['p1'], fallback_pool_id: 'p1' } } } }, null, 2);
  expectFindings(lb, [['lb-name-fqdn', '"www"']], TF_JSON);
});

test('.tf.json: a "//" property of a block is a comment, not a field; in a v5 attribute\'s object it is a key', () => {
  const doc = (app: Record<string, unknown>) => JSON.stringify({ '//': 'platform team', resource: { cloudflare_spectrum_application: { ssh: { '//': 'bastion', protocol: 'tcp/22', traffic_type: 'direct', origin_direct: ['tcp://192.0.2.10:22'], ...app } } } }, null, 2);
  expectClean(doc({ dns: { type: 'CNAME', name: 'ssh.example.com' } }), TF_JSON);
  // A v4 block written as a list of one object: a block, so its "//" is a comment too.
  expectClean(doc({ dns: [{ '//': 'public name', type: 'CNAME', name: 'ssh.example.com' }] }), TF_JSON);
  // An object is a v4 block too, unless the file declares provider v5: there it is an attribute's value, and "//" a key.
  const object = { dns: { '//': 'public name', type: 'CNAME', name: 'ssh.example.com' } };
  expectClean(doc(object), TF_JSON);
  const v5 = JSON.stringify({ terraform: { required_providers: { cloudflare: { source: 'cloudflare/cloudflare', version: '~> 5.0' } } }, ...JSON.parse(doc(object)) }, null, 2);
  expectFindings(v5, [['unknown-field', '"//"']], TF_JSON);
});

test('a v4 file and a v5 file give the same findings for the same mistakes', () => {
  const mistakes = (set: typeof V4) => [edit(set.app, 'tcp://192.0.2.10:22', 'tcp://2001:db8::10:22'), edit(set.monitor, 'interval       = 60', 'interval       = 5'), edit(set.pool, 'weight  = 1', 'weight  = 3')].join('\n');
  const ids = (text: string) => findings(text, TF).map((f) => `${f.id} ${f.pointer}`);
  assert.deepEqual(ids(mistakes(V4)), ids(mistakes(V5)));
  assert.equal(ids(mistakes(V4)).length, 3);
});
