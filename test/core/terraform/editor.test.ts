import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, lint } from '../../../server/core';
import { complete } from '../../../server/core/completion';
import { hover } from '../../../server/core/hover';
import { edit, requires, TF, useTerraform, V4, V5 } from './corpus';

useTerraform();

const at = (text: string, marker: string) => {
  const i = text.indexOf(marker);
  assert.ok(i >= 0, marker);
  return i;
};

test('hovers explain attributes and values of a Terraform resource, in v5 and v4', () => {
  for (const text of [V5.app, V4.app]) {
    const r = lint(text, TF);
    assert.match(hover(r, at(text, 'protocol') + 2)?.markdown ?? '', /\*\*`protocol`\*\*/);
    assert.match(hover(r, at(text, 'CNAME') + 1)?.markdown ?? '', /`dns\.type`/);
  }
  const m = lint(V4.monitor, TF);
  assert.match(hover(m, at(V4.monitor, 'interval') + 1)?.markdown ?? '', /\*\*`interval`\*\*/);
});

test('a finding carries its code in the hover of the attribute value', () => {
  const text = edit(V5.app, 'tcp://192.0.2.10:22', 'tcp://2001:db8::10:22');
  const r = lint(text, TF);
  assert.match(hover(r, at(text, '2001') + 1)?.markdown ?? '', /11002/);
});

test('completion offers the attribute names still missing, in the form of the file version', () => {
  const v5 = edit(V5.app, '  traffic_type = "direct"\n', '  traffic_type = "direct"\n  or\n');
  const names = complete(analyze(v5, TF), at(v5, '  or\n') + 4);
  const labels = names.map((c) => c.label);
  assert.ok(labels.includes('origin_dns') && labels.includes('edge_ips'), labels.join(','));
  assert.ok(!labels.includes('protocol') && !labels.includes('dns'), 'present attributes are not offered');
  assert.equal(names.find((c) => c.label === 'origin_dns')?.insertText, 'origin_dns = {\n    $0\n  }');
  assert.deepEqual(names.find((c) => c.label === 'origin_dns')?.replace, { offset: at(v5, '  or\n') + 2, length: 2 });
  const v4 = requires('~> 4.0') + edit(V4.app, '  traffic_type = "direct"\n', '  traffic_type = "direct"\n  \n');
  const block = complete(analyze(v4, TF), at(v4, '  \n') + 2).find((c) => c.label === 'origin_dns');
  assert.equal(block?.insertText, 'origin_dns {\n    $0\n  }');
  // Inside a nested block: that object's fields.
  const inDns = edit(V5.app, '    name = "ssh.example.com"\n', '    name = "ssh.example.com"\n    \n');
  assert.deepEqual(complete(analyze(inDns, TF), at(inDns, '    \n') + 4).map((c) => c.label), []);
});

test('inside the content of a dynamic block, completion and hovers are those of the blocks it makes', () => {
  const text = requires('~> 4.0') + edit(V4.pool, '  origins {\n', '  dynamic "origins" {\n    for_each = var.origins\n    content {\n      name = origins.key\n      \n    }\n  }\n  origins {\n');
  const labels = complete(analyze(text, TF), at(text, '      \n') + 6).map((c) => c.label);
  assert.ok(labels.includes('address') && labels.includes('weight'), labels.join(','));
  assert.ok(!labels.includes('name') && !labels.includes('minimum_origins'), labels.join(','));
  assert.match(hover(lint(text, TF), at(text, 'name = origins') + 1)?.markdown ?? '', /\*\*`origins\[\]\.name`\*\*/);
});

test('completion offers the allowed values after =, quoted', () => {
  const text = edit(V5.app, 'traffic_type = "direct"', 'traffic_type = "');
  const values = complete(analyze(text, TF), at(text, 'traffic_type = "') + 'traffic_type = "'.length);
  assert.deepEqual(values.map((c) => c.label), ['direct', 'http', 'https', 'worker']);
  assert.equal(values[0]!.insertText, '"direct"');
  const tls = edit(V5.app, '  traffic_type = "direct"\n', '  traffic_type = "direct"\n  tls = \n');
  assert.ok(complete(analyze(tls, TF), at(tls, 'tls = ') + 6).some((c) => c.label === 'full'));
});

test('hovers explain load balancer attributes and values, in v5 and v4 (v4 names are the API fields they map to)', () => {
  for (const text of [V5.lb, V4.lb]) {
    const r = lint(text, TF);
    assert.match(hover(r, at(text, 'session_affinity') + 2)?.markdown ?? '', /\*\*`session_affinity`\*\*/);
    assert.match(hover(r, at(text, '"cookie"') + 2)?.markdown ?? '', /\*\*`"cookie"`\*\*: a value of `session_affinity`/);
    assert.match(hover(r, at(text, 'fallback_pool') + 2)?.markdown ?? '', /\*\*`fallback_pool`\*\* · string · required/);
  }
});
