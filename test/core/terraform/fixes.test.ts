import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, fixAll } from '../../../server/core';
import { hclString, hclValue } from '../../../server/core/terraform/hcl-edit';
import { findings, fixesFor } from '../../helpers';
import { edit, TF, useTerraform, V4, V5 } from './corpus';
import { parsesAs, proveFix } from './fix-proof';

useTerraform();

/** The fix of the one finding with this id whose title matches. */
async function fix(text: string, id: string, title: RegExp) {
  const f = findings(text, TF).find((x) => x.id === id);
  assert.ok(f, `no ${id}`);
  const all = await fixesFor(f);
  const chosen = all.find((x) => title.test(x.title));
  assert.ok(chosen, `no fix ${title} among ${all.map((x) => x.title).join(', ')}`);
  return chosen;
}

test('set a value: 11002 brackets the IPv6 address in place, in v5 and v4, comments kept', async () => {
  for (const app of [V5.app, V4.app]) {
    const text = edit(app, '  origin_direct = ["tcp://192.0.2.10:22"]\n', '  # the bastion\n  origin_direct = ["tcp://2001:db8::10:22"] # primary\n');
    const after = await proveFix(text, '11002', await fix(text, '11002', /\[2001:db8::10\]:22$/), TF);
    assert.equal(after, edit(text, 'tcp://2001:db8::10:22', 'tcp://[2001:db8::10]:22'));
  }
});

test('remove: keeping origin_direct removes the origin_dns attribute (v5) or block (v4) with its lines only', async () => {
  const v5 = edit(V5.app, '  origin_direct = ["tcp://192.0.2.10:22"]\n', '  origin_direct = ["tcp://192.0.2.10:22"]\n  origin_dns = { name = "o.example.com" } # old\n');
  assert.equal(await proveFix(v5, '11000', await fix(v5, '11000', /Keep origin_direct/), TF), V5.app);
  const v4 = edit(V4.app, '  origin_direct = ["tcp://192.0.2.10:22"]\n', '  origin_direct = ["tcp://192.0.2.10:22"]\n  origin_dns {\n    name = "o.example.com"\n  }\n');
  assert.equal(await proveFix(v4, '11000', await fix(v4, '11000', /Keep origin_direct/), TF), V4.app);
});

test('insert: follow_redirects lands after its sibling with the = of the group aligned as terraform fmt does', async () => {
  const monitor = edit(edit(V5.monitor, '"https"', '"http"'), '  header = {\n    Host = ["app.example.com"]\n  }\n', '');
  const after = await proveFix(monitor, 'response-code-mismatch-error', await fix(monitor, 'response-code-mismatch-error', /follow_redirects/), TF);
  assert.equal(
    after,
    'resource "cloudflare_load_balancer_monitor" "http" {\n  account_id       = var.account_id\n  type             = "http"\n  expected_codes   = "200"\n  follow_redirects = true\n  interval         = 60\n  path             = "/health"\n}\n',
  );
});

test('insert: a v4 object goes in as a block, a v5 one as an attribute; the file parses', async () => {
  const hostname = (app: string) => edit(app, 'tcp://192.0.2.10:22', 'tcp://origin.example.com:22');
  const v4 = hostname(V4.app);
  const a = await proveFix(v4, '11002', await fix(v4, '11002', /Use origin_dns/), TF);
  assert.match(a, /  origin_dns \{\n    name = "origin\.example\.com"\n  \}\n  origin_port = 22\n/);
  assert.doesNotMatch(a, /origin_direct/);
  const v5 = hostname(V5.app);
  const b = await proveFix(v5, '11002', await fix(v5, '11002', /Use origin_dns/), TF);
  assert.match(b, /  \}\n  origin_dns  = \{ name = "origin\.example\.com" \}\n  origin_port = 22\n\}/);
});

test('rename a key: the v4 header block name host becomes "Host" in its quotes', async () => {
  const text = edit(V4.pool, 'header = "Host"', 'header = "host"');
  assert.equal(await proveFix(text, 'pool-origin-host-header', await fix(text, 'pool-origin-host-header', /Rename to Host/), TF), V4.pool);
});

test('a fix at a mapped value (v4 origin_port_range) is not offered rather than written wrong', async () => {
  const text = edit(
    edit(V4.app, '"tcp/22"', '"tcp/3000-3010"'),
    '  origin_direct = ["tcp://192.0.2.10:22"]\n',
    '  origin_dns {\n    name = "origin.example.com"\n  }\n  origin_port_range {\n    start = 3000\n    end   = 3005\n  }\n',
  );
  const f = findings(text, TF).find((x) => x.id === 'origin-range-length')!;
  for (const x of await fixesFor(f)) {
    assert.ok(x.edits.length > 0);
    assert.ok(parsesAs(applyEdits(text, x.edits), TF));
  }
});

test('HCL values: strings quoted with ${ and %{ escaped, lists and objects on one line', () => {
  assert.equal(hclString('a${b}%{c}"\\\n'), '"a$${b}%%{c}\\"\\\\\\n"');
  assert.equal(hclValue(['a', 1, true, null]), '["a", 1, true, null]');
  assert.equal(hclValue({ name: 'x', 'Host-Name': ['y'] }), '{ name = "x", Host-Name = ["y"] }');
  assert.equal(hclValue({ 'a b': 1 }), '{ "a b" = 1 }');
});

test('fix-all on a v4 and a v5 file: every safe fix applied once, the file parses, a second run changes nothing', async () => {
  for (const set of [V4, V5]) {
    const text = [edit(set.app, 'tcp://192.0.2.10:22', 'tcp://2001:db8:0:0:0:0:0:10:22'), edit(edit(set.monitor, '"https"', '"http"'), 'interval       = 60', 'interval       = 60 # keep')].join('\n');
    const once = await fixAll(text, TF);
    assert.ok(once.applied.length >= 2, once.applied.join(', '));
    assert.ok(parsesAs(once.text, TF));
    assert.match(once.text, /tcp:\/\/\[2001:db8:0:0:0:0:0:10\]:22/);
    assert.match(once.text, /interval += 60 # keep/);
    assert.equal((await fixAll(once.text, TF)).text, once.text);
  }
});

test('a fix of one resource among many is written on that block alone: the same as in a file of that resource', async () => {
  // Two steps (remove origin_direct, insert origin_port): the second one parses the text the first made.
  const withBoth = (i: number) =>
    edit(V5.app, '"ssh"', `"ssh${i}"`).replace('  origin_direct = ["tcp://192.0.2.10:22"]\n', `  origin_direct = ["tcp://192.0.2.10:22"]\n  origin_dns = { name = "o${i}.example.com" }\n`);
  const blocks = Array.from({ length: 12 }, (_, i) => withBoth(i));
  const module = blocks.join('\n');
  const all = findings(module, TF).filter((f) => f.id === '11000');
  assert.equal(all.length, blocks.length);
  for (const k of [0, 5, 11]) {
    const at = blocks.slice(0, k).reduce((n, b) => n + b.length + 1, 0);
    const alone = await fix(blocks[k]!, '11000', /Keep origin_dns/);
    const f = all.find((x) => x.offset >= at && x.offset < at + blocks[k]!.length)!;
    const among = (await fixesFor(f)).find((x) => /Keep origin_dns/.test(x.title))!;
    assert.equal(applyEdits(module, among.edits), [...blocks.slice(0, k), applyEdits(blocks[k]!, alone.edits), ...blocks.slice(k + 1)].join('\n'), `resource ${k}`);
  }
});
