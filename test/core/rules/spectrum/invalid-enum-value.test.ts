import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { SPECTRUM_APP_SCHEMA } from '../../../../server/core/schema/spectrum-app';
import type { FieldSpec } from '../../../../server/core/schema/types';
import { allIds, DNS_ORIGIN, FULL, STATIC } from './apps';

/** Every enum field of the schema, with its path. */
function enumFields(fields: FieldSpec[], path: string[] = []): Array<{ path: string[]; spec: FieldSpec }> {
  return fields.flatMap((f) => [...(f.enum ? [{ path: [...path, f.name], spec: f }] : []), ...(f.fields ? enumFields(f.fields, [...path, f.name]) : [])]);
}

/** A valid app that sets the field at `path` (so a wrong value there is the only problem). */
function appWith(path: string[]): Record<string, unknown> {
  const app = structuredClone(path[0] === 'origin_dns' ? DNS_ORIGIN : path[0] === 'edge_ips' && path[1] === 'type' ? STATIC : FULL) as Record<string, unknown>;
  return app;
}

function setAt(obj: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  let cur = obj;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
  cur[path[path.length - 1]] = value;
  return obj;
}

test('the schema has the documented enum fields', () => {
  assert.deepEqual(enumFields(SPECTRUM_APP_SCHEMA.fields).map((e) => e.path.join('.')).sort(), [
    'dns.type',
    'edge_ips.connectivity',
    'edge_ips.type',
    'origin_dns.type',
    'proxy_protocol',
    'tls',
    'traffic_type',
  ]);
});

test('every enum field: each allowed value is accepted, a wrong value gives exactly one diagnostic', () => {
  for (const { path, spec } of enumFields(SPECTRUM_APP_SCHEMA.fields)) {
    const where = path.join('.');
    assert.ok(spec.enumDocs, `${where} documents its values`);
    assert.deepEqual(Object.keys(spec.enumDocs!).sort(), [...spec.enum!].sort(), `${where} documents every value`);
    const base = appWith(path);
    assert.deepEqual(allIds(json(base)), [], `${where}: the base app is clean`);
    for (const bad of ['bogus', 'x-' + spec.enum![spec.enum!.length - 1]]) {
      const text = json(setAt(structuredClone(base), path, bad));
      assert.deepEqual(allIds(text), ['invalid-enum-value'], `${where} = "${bad}"`);
    }
    const upper = spec.enum!.find((v) => v.toUpperCase() !== v.toLowerCase() && v !== v.toUpperCase()) ?? spec.enum!.find((v) => v !== v.toLowerCase());
    if (upper) {
      const swapped = upper === upper.toUpperCase() ? upper.toLowerCase() : upper.toUpperCase();
      const text = json(setAt(structuredClone(base), path, swapped));
      assert.deepEqual(allIds(text), ['invalid-enum-value'], `${where} = "${swapped}"`);
    }
  }
});

test('invalid-enum-value: a case difference gets a safe fix to the right case', async () => {
  const text = json({ ...FULL, dns: { type: 'cname', name: 'ssh.example.com' } });
  const f = only(text, 'invalid-enum-value');
  assert.equal(flagged(text, f), '"cname"');
  assert.match(f.message, /write "CNAME"/);
  const [fix] = await fixesOf(text, 'invalid-enum-value');
  assert.deepEqual([fix.title, fix.kind], ['Write "CNAME"', 'safe']);
  assert.equal(applyFix(text, 'invalid-enum-value', fix), json(FULL));
});

test('invalid-enum-value: another value lists the allowed ones, one choice fix each', async () => {
  const text = json({ ...FULL, tls: 'on' });
  const f = only(text, 'invalid-enum-value');
  assert.match(f.message, /"off", "flexible", "full", "strict"/);
  const fixes = await fixesOf(text, 'invalid-enum-value');
  assert.deepEqual(fixes.map((x) => x.title), ['Write "off"', 'Write "flexible"', 'Write "full"', 'Write "strict"']);
  assert.ok(fixes.every((x) => x.kind === 'choice'));
  assert.equal(JSON.parse(applyFix(text, 'invalid-enum-value', fixes[2])).tls, 'full');
});

test('invalid-enum-value shows the empty origin_dns.type as ""', () => {
  const text = json({ ...DNS_ORIGIN, origin_dns: { ...DNS_ORIGIN.origin_dns, type: 'CNAME' } });
  assert.match(only(text, 'invalid-enum-value').message, /one of "", "A", "AAAA", "SRV"/);
});

test('invalid-enum-value stays quiet on valid values and leaves other types alone', () => {
  expectClean(json(FULL));
  assert.deepEqual(allIds(json({ ...FULL, tls: false })), ['wrong-type']);
});

test('invalid-enum-value fix in a tab-indented JSONC document with CRLF', async () => {
  const text = '{\r\n\t// edge\r\n\t"protocol": "tcp/22",\r\n\t"dns": {"type": "CNAME", "name": "ssh.example.com"},\r\n\t"traffic_type": "Direct", /* was HTTP */\r\n\t"origin_direct": ["tcp://93.184.216.34:22"]\r\n}';
  const [fix] = await fixesOf(text, 'invalid-enum-value');
  assert.equal(applyFix(text, 'invalid-enum-value', fix), text.replace('"Direct"', '"direct"'));
});
