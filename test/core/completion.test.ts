import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, applyEdits, lint } from '../../server/core';
import { complete, type CompletionEntry } from '../../server/core/completion';
import { snippetDefaults } from '../../server/core/snippets';
import { json } from '../helpers';

const CURSOR = '‸';

/** Completions where `‸` stands in the text. */
function at(textWithCursor: string, path?: string): { text: string; offset: number; items: CompletionEntry[] } {
  const offset = textWithCursor.indexOf(CURSOR);
  assert.ok(offset >= 0, 'no cursor marker');
  const text = textWithCursor.replace(CURSOR, '');
  return { text, offset, items: complete(analyze(text, { path }), offset) };
}

const labels = (items: CompletionEntry[]) => items.map((i) => i.label);

/** Applies a completion the way a client does: replace the range (or insert), placeholders at their defaults. */
function accept(text: string, offset: number, item: CompletionEntry): string {
  const plain = item.snippet
    ? item.insertText.replace(/\$\{\d+\|([^,|}]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '')
    : item.insertText;
  const r = item.replace ?? { offset, length: 0 };
  return applyEdits(text, [{ offset: r.offset, length: r.length, content: plain }]);
}

test('field names of an app, only those not already present, with documentation', () => {
  const { items } = at('{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "a.example.com"},\n  ‸\n}');
  const names = labels(items);
  assert.ok(names.includes('origin_direct') && names.includes('tls') && names.includes('edge_ips'));
  assert.ok(!names.includes('protocol') && !names.includes('dns'));
  assert.ok(!names.includes('id'), 'read-only fields are not offered');
  assert.ok(!names.includes('spp'), 'legacy fields are not offered');
  const tls = items.find((i) => i.label === 'tls')!;
  assert.equal(tls.kind, 'property');
  assert.equal(tls.insertText, '"tls": "${1|off,flexible,full,strict|}"');
  assert.ok(tls.snippet);
  assert.match(tls.documentation!, /TLS termination/);
  assert.match(tls.detail!, /Enterprise only/);
});

test('a half-typed key is replaced as a whole, with a filter text that includes the quote', () => {
  const { text, offset, items } = at('{\n  "protocol": "tcp/22",\n  "orig‸\n}');
  const direct = items.find((i) => i.label === 'origin_direct')!;
  assert.deepEqual(direct.replace, { offset: text.indexOf('"orig'), length: 5 });
  assert.equal(direct.filterText, '"origin_direct"');
  const after = accept(text, offset, direct);
  assert.equal(after, '{\n  "protocol": "tcp/22",\n  "origin_direct": [""]\n}');
});

test('a key that already has its value gets only the name; a key before another key gets a comma', () => {
  const a = at('{"protocol": "tcp/22", "tl‸": "full"}');
  assert.equal(a.items.find((i) => i.label === 'tls')!.insertText, '"tls"');
  const b = at('{"protocol": "tcp/22", ‸ "dns": {}}');
  assert.match(b.items.find((i) => i.label === 'tls')!.insertText, /,$/);
});

test('nested objects: dns, origin_dns, edge_ips fields', () => {
  assert.deepEqual(labels(at('{"protocol": "tcp/22", "dns": {"type": "CNAME", ‸}}').items), ['name']);
  assert.deepEqual(labels(at('{"protocol": "tcp/22", "origin_dns": {‸}}').items).sort(), ['name', 'ttl', 'type']);
  assert.deepEqual(labels(at('{"protocol": "tcp/22", "edge_ips": {"type": "dynamic", ‸}}').items).sort(), ['connectivity', 'ips']);
});

test('enum values after a colon, inside a started string, and in arrays', () => {
  const afterColon = at('{"protocol": "tcp/22", "dns": {"type": ‸}}');
  assert.deepEqual(labels(afterColon.items), ['"CNAME"', '"ADDRESS"']);
  assert.equal(afterColon.items[0].kind, 'value');
  assert.match(afterColon.items[0].documentation!, /CNAME to the application/);
  const inString = at('{"protocol": "tcp/22", "tls": "fu‸"}');
  const full = inString.items.find((i) => i.label === '"full"')!;
  assert.equal(accept(inString.text, inString.offset, full), '{"protocol": "tcp/22", "tls": "full"}');
  const unterminated = at('{"protocol": "tcp/22", "tls": "fu‸\n}');
  assert.equal(accept(unterminated.text, unterminated.offset, unterminated.items.find((i) => i.label === '"full"')!), '{"protocol": "tcp/22", "tls": "full"\n}');
  const regions = at('{"name": "p", "origins": [{"address": "203.0.113.1"}], "check_regions": [‸]}');
  assert.ok(labels(regions.items).includes('"WNAM"'));
  const bools = at('{"protocol": "tcp/22", "ip_firewall": ‸}');
  assert.deepEqual(labels(bools.items), ['true', 'false']);
});

test('monitor fields, monitor header keys and pool origin item fields', () => {
  const monitor = at('{"type": "https", "interval": 60, ‸}');
  assert.ok(labels(monitor.items).includes('expected_codes'));
  assert.ok(!labels(monitor.items).includes('interval'));
  assert.deepEqual(labels(at('{"type": "https", "interval": 60, "header": {‸}}').items), ['Host']);
  const origin = at('{"name": "p", "origins": [{"address": "203.0.113.1", ‸}]}');
  assert.ok(labels(origin.items).includes('weight') && labels(origin.items).includes('virtual_network_id'));
  assert.ok(!labels(origin.items).includes('address'));
  assert.deepEqual(labels(at('{"name": "p", "origins": [{"header": {‸}}]}').items), ['Host']);
  assert.deepEqual(labels(at('{"name": "p", "origins": [], "origin_steering": {"policy": ‸}}').items), ['"random"', '"hash"', '"least_outstanding_requests"', '"least_connections"']);
});

test('snippets: a whole object in an empty associated document, an empty object, and a new array item', () => {
  const empty = at('‸', 'infra/web.monitor.json');
  assert.deepEqual(labels(empty.items), ['Add a Load Balancing monitor']);
  assert.equal(empty.items[0].kind, 'snippet');
  assert.match(empty.items[0].insertText, /^\{\n  "type": /);
  const body = at('{‸}', 'spectrum/ssh.json');
  const snippet = body.items.find((i) => i.kind === 'snippet')!;
  assert.match(snippet.insertText, /^"protocol": /);
  const item = at('[\n  {"name": "a", "origins": [{"address": "203.0.113.1"}]},\n  ‸\n]');
  assert.deepEqual(labels(item.items), ['Add a Load Balancing pool']);
  // An unassociated empty document gets no guesses.
  assert.deepEqual(at('‸', 'package.json').items, []);
});

test('snippets follow the document indentation', () => {
  const { items } = at('[\n\t{"protocol": "tcp/22", "dns": {}, "origin_direct": []},\n\t‸\n]');
  assert.match(items[0].insertText, /^\{\n\t"protocol"/);
});

test('every snippet, with its placeholders at their defaults, is valid and lints clean except for the example origin IP to replace', () => {
  for (const [kind, path] of [['spectrum-app', 'a.spectrum.json'], ['monitor', 'a.monitor.json'], ['pool', 'a.pool.json']] as const) {
    const text = snippetDefaults(kind)!;
    assert.doesNotThrow(() => JSON.parse(text), kind);
    const result = lint(text, { path });
    assert.deepEqual(result.targets.map((t) => t.kind), [kind]);
    const serious = result.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && !text.slice(f.offset, f.offset + f.length).includes('203.0.113.10'));
    assert.deepEqual(serious.map((f) => `${f.id}: ${f.message}`), [], kind);
  }
});

test('no completions in comments, unrelated JSON, or past the end', () => {
  assert.deepEqual(at('{"protocol": "tcp/22", // ‸\n}').items, []);
  assert.deepEqual(at('{"name": "x", "version": "1", ‸}').items, []);
  assert.deepEqual(complete(analyze('{}'), 99), []);
});

test('an envelope result is completed like the object it holds', () => {
  const { items } = at('{"success": true, "result": {"protocol": "tcp/22", ‸}}');
  assert.ok(labels(items).includes('dns'));
  assert.ok(!labels(items).includes('protocol'));
});
