import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean, expectFindings } from '../../../helpers';
import { SPECTRUM_APP_SCHEMA } from '../../../../server/core/schema/spectrum-app';
import type { FieldSpec, JsonType } from '../../../../server/core/schema/types';
import { allIds, DNS_ORIGIN, FULL, PAYGO, STATIC, VNET } from './apps';

/** JSON values of every type a field does not accept. */
function wrongValuesFor(types: JsonType[]): unknown[] {
  const samples: Array<[JsonType, unknown]> = [
    ['object', { a: 1 }],
    ['array', [1]],
    ['string', 'text'],
    ['integer', 7],
    ['boolean', true],
    ['null', null],
  ];
  return samples.filter(([t]) => !types.includes(t) && !(t === 'integer' && types.includes('number'))).map(([, v]) => v);
}

function leaves(fields: FieldSpec[], path: string[] = []): Array<{ path: string[]; spec: FieldSpec }> {
  return fields.flatMap((f) => [{ path: [...path, f.name], spec: f }, ...(f.fields ? leaves(f.fields, [...path, f.name]) : [])]);
}

/** A clean app holding the field's parent object. */
function baseFor(path: string[]): Record<string, unknown> {
  if (path[0] === 'origin_dns' || path[0] === 'origin_port') return structuredClone(DNS_ORIGIN);
  if (path[0] === 'virtual_network_id') return structuredClone(VNET);
  if (path[0] === 'edge_ips' && path[1] === 'ips') return structuredClone(STATIC);
  return structuredClone(FULL);
}

/** Ids found when the field at `path` holds `value`, in a file associated by name (an object `protocol` is not an app by content). */
function idsWith(path: string[], value: unknown): string[] {
  const app = baseFor(path);
  let cur = app;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
  cur[path[path.length - 1]] = value;
  return allIds(json(app), 'app.spectrum.json').filter((id) => id !== 'read-only-field');
}

const isLegacyForm = (path: string[], value: unknown) => path.join('.') === 'proxy_protocol' && typeof value === 'boolean';

test('wrong-type: every wrong JSON type in any field of the schema gives exactly one diagnostic', () => {
  for (const { path, spec } of leaves(SPECTRUM_APP_SCHEMA.fields)) {
    for (const value of wrongValuesFor(spec.type)) {
      if (isLegacyForm(path, value)) continue; // legacy-field's
      assert.deepEqual(idsWith(path, value), ['wrong-type'], `${path.join('.')} = ${JSON.stringify(value)}`);
    }
  }
});

test('wrong-type stays quiet on the accepted types, including both forms of origin_port', () => {
  for (const app of [FULL, DNS_ORIGIN, { ...DNS_ORIGIN, origin_port: '22' }, { ...DNS_ORIGIN, protocol: 'tcp/1000-2000', origin_port: '3000-4000' }]) {
    expectClean(json(app));
  }
});

test('wrong-type: "true" for a boolean gets a safe fix without quotes', async () => {
  const text = json({ ...FULL, ip_firewall: 'true' });
  const f = only(text, 'wrong-type');
  assert.equal(flagged(text, f), '"true"');
  assert.match(f.message, /ip_firewall must be a boolean, not a string/);
  const [fix] = await fixesOf(text, 'wrong-type');
  assert.deepEqual([fix.title, fix.kind], ['Write true', 'safe']);
  assert.equal(applyFix(text, 'wrong-type', fix), json(FULL));
});

test('wrong-type: a numeric string for an integer becomes the number', async () => {
  const text = json({ ...DNS_ORIGIN, origin_dns: { ...DNS_ORIGIN.origin_dns, ttl: '1200' } });
  const [fix] = await fixesOf(text, 'wrong-type');
  assert.equal(applyFix(text, 'wrong-type', fix), json(DNS_ORIGIN));
});

test('wrong-type: origin_direct as a string is wrapped in an array', async () => {
  const text = json({ ...PAYGO, origin_direct: 'tcp://93.184.216.34:22' });
  assert.deepEqual(allIds(text), ['wrong-type']);
  const [fix] = await fixesOf(text, 'wrong-type');
  assert.equal(fix.kind, 'safe');
  assert.deepEqual(JSON.parse(applyFix(text, 'wrong-type', fix)), PAYGO);
});

test('wrong-type: origin_port as an object, array items of the wrong type', () => {
  const port = json({ ...DNS_ORIGIN, origin_port: { start: 1000, end: 2000 } });
  assert.deepEqual(allIds(port), ['wrong-type']);
  assert.match(only(port, 'wrong-type').message, /an integer or a string, not an object/);
  const items = json({ ...PAYGO, origin_direct: ['tcp://93.184.216.34:22', 22] });
  const f = only(items, 'wrong-type');
  assert.equal(f.pointer, '/origin_direct/1');
  assert.deepEqual(allIds(items), ['wrong-type']);
});

test('wrong-type: null is a wrong type too, and nothing else reports the field', () => {
  assert.deepEqual(allIds(json({ ...FULL, tls: null })), ['wrong-type']);
  assert.deepEqual(allIds(json({ ...PAYGO, dns: null })), ['wrong-type']);
});

test('wrong-type: a non-integer number is left to the value rules', () => {
  expectFindings(json({ ...DNS_ORIGIN, origin_dns: { ...DNS_ORIGIN.origin_dns, ttl: 1200.5 } }), [['11001', '1200.5']]);
});
