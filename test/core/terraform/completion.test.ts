import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, applyEdits, lint, type LintOptions } from '../../../server/core';
import { complete, type CompletionEntry, type CompletionOptions } from '../../../server/core/completion';
import { fillPlaceholders, snippetBody } from '../../../server/core/snippets';
import { RESOURCE_KINDS, V4_RENAMES } from '../../../server/core/terraform/resources';
import { edit, requires, TF, useTerraform, V4, V5 } from './corpus';

useTerraform();

const CURSOR = '‸';
const TYPES = Object.keys(RESOURCE_KINDS);

/** Completions where `‸` stands in the text of a `.tf` file. */
function at(textWithCursor: string, options: CompletionOptions & LintOptions = {}) {
  const offset = textWithCursor.indexOf(CURSOR);
  assert.ok(offset >= 0, 'no cursor marker');
  const text = textWithCursor.replace(CURSOR, '');
  const all = { ...TF, ...options };
  return { text, offset, items: complete(analyze(text, all), offset, all) };
}

/** The text after a client applies the item: its range replaced (or the cursor), placeholders at their defaults. */
function accept(text: string, offset: number, item: CompletionEntry): string {
  const r = item.replace ?? { offset, length: 0 };
  return applyEdits(text, [{ offset: r.offset, length: r.length, content: item.snippet ? fillPlaceholders(item.insertText) : item.insertText }]);
}

const labels = (items: CompletionEntry[]) => items.map((i) => i.label);

test('at the top level, a whole resource of each checked type, in an empty file and between blocks', () => {
  const empty = at('‸');
  assert.deepEqual(labels(empty.items), TYPES);
  assert.ok(empty.items.every((i) => i.kind === 'snippet' && i.snippet && i.filterText === `resource ${i.label}`));
  const between = at(`${V5.app}\n‸\n\nvariable "zone_id" {\n  type = string\n}\n`);
  assert.deepEqual(labels(between.items), TYPES);
  // A word being typed is replaced by the resource.
  const typed = at(`${V5.app}\ncloudflare_lo‸\n`);
  assert.deepEqual(typed.items[0]!.replace, { offset: typed.offset - 'cloudflare_lo'.length, length: 'cloudflare_lo'.length });
  assert.match(accept(typed.text, typed.offset, typed.items[1]!), /\}\n\nresource "cloudflare_load_balancer_monitor" "https" \{\n  account_id  = var.account_id\n/);
});

test('no resource snippet inside a block, after other text on the line, or on a value trigger', () => {
  assert.deepEqual(at('terraform {\n  ‸\n}\n').items, []);
  assert.deepEqual(at('locals {\n  x = {\n    ‸\n  }\n}\n').items, []);
  assert.deepEqual(at('resource "aws_instance" "a" {\n  ‸\n}\n').items, []);
  assert.deepEqual(at('variable "x" ‸').items, []);
  assert.deepEqual(at('‸', { trigger: ' ' }).items, []);
  // Inside a checked resource: its attribute names, not resources.
  const inside = at(edit(V5.app, '  traffic_type = "direct"\n', '  traffic_type = "direct"\n  ‸\n'));
  assert.ok(inside.items.length > 0 && inside.items.every((i) => i.kind === 'property'), labels(inside.items).join(','));
});

test('the snippet takes the provider version of the file: v5 attributes, v4 blocks and names', () => {
  const v5 = at(requires('~> 5.0') + '\n‸').items;
  const v4 = at(requires('~> 4.0') + '\n‸').items;
  const body = (items: CompletionEntry[], type: string) => items.find((i) => i.label === type)!.insertText;
  assert.match(body(v5, 'cloudflare_spectrum_application'), /\n  dns = \{\n/);
  assert.match(body(v4, 'cloudflare_spectrum_application'), /\n  dns \{\n/);
  assert.match(body(v5, 'cloudflare_load_balancer_pool'), /\n  origins = \[\{\n[^]*\n  \}\]\$0\n\}$/);
  assert.match(body(v4, 'cloudflare_load_balancer_pool'), /\n  origins \{\n[^]*\n  \}\$0\n\}$/);
  assert.match(body(v5, 'cloudflare_load_balancer_monitor'), /\n  header = \{\n    Host = \["\$\{6:www\.example\.com\}"\]\n  \}\n/);
  assert.match(body(v4, 'cloudflare_load_balancer_monitor'), /\n  header \{\n    header = "Host"\n    values = \["\$\{6:www\.example\.com\}"\]\n  \}\n/);
  assert.match(body(v5, 'cloudflare_load_balancer'), /\n  default_pools = \[cloudflare_load_balancer_pool\.\$\{4:primary\}\.id\]\n  fallback_pool = /);
  assert.match(body(v4, 'cloudflare_load_balancer'), /\n  default_pool_ids = \[cloudflare_load_balancer_pool\.\$\{4:primary\}\.id\]\n  fallback_pool_id = /);
  // Without a declaration: the lock file's version, else the resources' syntax, else v5.
  assert.match(body(at('‸', { terraformLockedMajor: 4 }).items, 'cloudflare_spectrum_application'), /\n  dns \{\n/);
  assert.match(body(at(`${V4.app}\n‸`).items, 'cloudflare_spectrum_application'), /\n  dns \{\n/);
  assert.match(body(at('‸').items, 'cloudflare_spectrum_application'), /\n  dns = \{\n/);
  // The resource name and its zone or account are the first tab stops; the JSON snippet's follow.
  assert.match(body(v5, 'cloudflare_spectrum_application'), /^resource "cloudflare_spectrum_application" "\$\{1:ssh\}" \{\n  zone_id  = \$\{2:var\.zone_id\}\n  protocol = "\$\{3\|tcp,udp\|\}\/\$\{4:22\}"\n/);
  assert.match(body(v5, 'cloudflare_load_balancer_pool'), /\n  account_id      = \$\{2:var\.account_id\}\n/);
});

test('every resource snippet, placeholders at their defaults, parses and lints clean in its version (no finding on a placeholder either)', () => {
  for (const version of ['~> 5.0', '~> 4.0']) {
    const head = requires(version) + '\n';
    for (const item of at(head + '‸').items) {
      const text = accept(head, head.length, item) + '\n';
      const result = lint(text, { ...TF, syntaxErrors: true });
      assert.deepEqual(result.doc?.errors, [], `${version} ${item.label} parses`);
      assert.deepEqual(result.targets.map((t) => t.kind), [RESOURCE_KINDS[item.label]], `${version} ${item.label}`);
      assert.deepEqual(result.findings.map((f) => `${f.id}: ${f.message}`), [], `${version} ${item.label}`);
    }
  }
});

test('the resource snippets hold the JSON snippets’ fields (one list of fields for both languages)', () => {
  const items = at(requires('~> 4.0') + '\n‸').items;
  for (const [type, kind] of Object.entries(RESOURCE_KINDS)) {
    const text = items.find((i) => i.label === type)!.insertText;
    for (const field of Object.keys(snippetBody(kind)!)) {
      const v4 = Object.keys(V4_RENAMES[kind] ?? {}).find((k) => V4_RENAMES[kind]![k] === field) ?? field;
      assert.match(text, new RegExp(`\\n  ${v4} `), `${type} has ${v4}`);
    }
  }
});

test('after =, with or without a space, the values come quoted: no double quote, no double space', () => {
  const tls = (line: string, trigger?: string) => at(edit(V5.app, '  traffic_type = "direct"\n', `  traffic_type = "direct"\n  ${line}\n`), trigger ? { trigger } : {});
  const noSpace = tls('tls =‸', '=');
  assert.deepEqual(labels(noSpace.items), ['off', 'flexible', 'full', 'strict']);
  assert.match(accept(noSpace.text, noSpace.offset, noSpace.items[2]!), /\n  tls = "full"\n/);
  const space = tls('tls = ‸', ' ');
  assert.deepEqual(labels(space.items), ['off', 'flexible', 'full', 'strict']);
  assert.match(accept(space.text, space.offset, space.items[2]!), /\n  tls = "full"\n/);
  // An editor that closed the quote: the closing quote is replaced too, and the client filters on the quoted value.
  const closed = tls('tls = "‸"', '"');
  assert.equal(closed.items[2]!.filterText, '"full"');
  assert.match(accept(closed.text, closed.offset, closed.items[2]!), /\n  tls = "full"\n/);
  const partly = tls('tls = "fu‸"');
  assert.match(accept(partly.text, partly.offset, partly.items[2]!), /\n  tls = "full"\n/);
  // Booleans are not quoted.
  const bool = tls('ip_firewall =‸', '=');
  assert.deepEqual(labels(bool.items), ['true', 'false']);
  assert.match(accept(bool.text, bool.offset, bool.items[0]!), /\n  ip_firewall = true\n/);
  // A space anywhere but after `=` asks for nothing: not names on an indented line, not values after a value.
  assert.deepEqual(tls('‸', ' ').items, []);
  assert.deepEqual(tls('tls = "full" ‸', ' ').items, []);
  // v4 blocks too.
  const v4 = at(requires('~> 4.0') + edit(V4.app, '    type         = "dynamic"\n', '    type         =‸\n'), { trigger: '=' });
  assert.deepEqual(labels(v4.items), ['dynamic', 'static']);
  // The empty value has its literal as its label.
  const lb = at('resource "cloudflare_load_balancer" "www" {\n  name            = "www.example.com"\n  steering_policy =‸\n}\n', { trigger: '=' });
  assert.deepEqual(labels(lb.items), ['off', 'geo', 'random', 'dynamic_latency', 'proximity', 'least_outstanding_requests', 'least_connections', '""']);
  assert.match(accept(lb.text, lb.offset, lb.items.at(-1)!), /\n  steering_policy = ""\n/);
});

test('JSON: `=` and space trigger nothing; the other triggers and Ctrl+Space are unchanged', () => {
  const path = 'spectrum/ssh.json';
  const text = '{"protocol": "tcp/22", "tls": ';
  const plain = complete(analyze(text, { path }), text.length, { path });
  assert.ok(plain.some((i) => i.label === '"full"'));
  assert.deepEqual(complete(analyze(text, { path }), text.length, { path, trigger: ':' }), plain);
  for (const trigger of ['=', ' ']) assert.deepEqual(complete(analyze(text, { path }), text.length, { path, trigger }), [], trigger);
});
