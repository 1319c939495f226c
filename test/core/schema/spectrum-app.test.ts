import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOG } from '../../../server/core';
import { SPECTRUM_APP_SCHEMA, spectrumField } from '../../../server/core/schema/spectrum-app';
import type { FieldSpec } from '../../../server/core/schema/types';
import { matchesType } from '../../../server/core/schema/check';
import { parseTree } from 'jsonc-parser';

function all(fields: FieldSpec[], path: string[] = []): Array<{ path: string; spec: FieldSpec }> {
  return fields.flatMap((f) => [{ path: [...path, f.name].join('.'), spec: f }, ...(f.fields ? all(f.fields, [...path, f.name]) : [])]);
}

test('the Spectrum schema holds every documented field once', () => {
  assert.deepEqual(SPECTRUM_APP_SCHEMA.fields.map((f) => f.name).sort(), [
    'argo_smart_routing', 'created_on', 'dns', 'edge_ips', 'id', 'ip_firewall', 'ipv4', 'modified_on', 'origin_direct',
    'origin_dns', 'origin_port', 'origin_worker_id', 'protocol', 'proxy_protocol', 'spp', 'tls', 'traffic_type', 'virtual_network_id',
  ]);
  for (const { path, spec } of all(SPECTRUM_APP_SCHEMA.fields)) {
    const siblings = path.includes('.') ? spectrumField(path.split('.').slice(0, -1))!.fields! : SPECTRUM_APP_SCHEMA.fields;
    assert.equal(siblings.filter((s) => s.name === spec.name).length, 1, path);
  }
});

test('every field has a description, and its example and default have the field type', () => {
  for (const { path, spec } of all(SPECTRUM_APP_SCHEMA.fields)) {
    assert.ok(spec.description.length > 20, `${path} is described`);
    for (const [what, v] of [['example', spec.example], ['default', spec.default]] as const) {
      if (v === undefined) continue;
      const node = parseTree(JSON.stringify(v))!;
      assert.ok(matchesType(node, spec.type), `${path} ${what} ${JSON.stringify(v)}`);
      if (spec.enum && typeof v === 'string') assert.ok(spec.enum.includes(v), `${path} ${what} is allowed`);
    }
  }
});

test('the schema carries the documented facts', () => {
  assert.deepEqual(spectrumField(['origin_dns', 'ttl'])!.minimum, 600);
  assert.deepEqual(spectrumField(['origin_port'])!.type, ['integer', 'string']);
  assert.deepEqual([spectrumField(['origin_port'])!.minimum, spectrumField(['origin_port'])!.maximum], [1, 65535]);
  assert.deepEqual(spectrumField(['proxy_protocol'])!.enum, ['off', 'v1', 'v2', 'simple']);
  assert.deepEqual(spectrumField(['origin_dns', 'type'])!.enum, ['', 'A', 'AAAA', 'SRV']);
  const required = all(SPECTRUM_APP_SCHEMA.fields).filter((f) => f.spec.required).map((f) => f.path);
  assert.deepEqual(required, ['protocol', 'dns', 'dns.type', 'dns.name', 'origin_dns.name']);
  const readOnly = all(SPECTRUM_APP_SCHEMA.fields).filter((f) => f.spec.readOnly).map((f) => f.path);
  assert.deepEqual(readOnly, ['id', 'created_on', 'modified_on']);
  const legacy = all(SPECTRUM_APP_SCHEMA.fields).filter((f) => f.spec.legacy).map((f) => f.path);
  assert.deepEqual(legacy, ['spp', 'ipv4']);
  // The settings-by-plan page lists these as Enterprise only.
  const enterprise = all(SPECTRUM_APP_SCHEMA.fields).filter((f) => f.spec.plan === 'Enterprise only').map((f) => f.path);
  assert.deepEqual(enterprise.sort(), ['argo_smart_routing', 'ip_firewall', 'origin_dns', 'origin_port', 'proxy_protocol', 'tls']);
});

test('every field a Spectrum check names exists in the schema', () => {
  for (const e of CATALOG.filter((c) => c.group === 'spectrum-check' || c.group === 'spectrum-api')) {
    for (const f of e.fields ?? []) {
      if (!/^[a-z_.]+$/.test(f)) continue;
      assert.ok(spectrumField(f.split('.')), `${e.id}: ${f}`);
    }
  }
});
