import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { CATALOG } from '../server/core';
import { codesTable, CODES_END, CODES_START, jsonSchema, schemaFiles, withCodesTable } from '../server/core/reference';
import { SCHEMAS } from '../server/core/schema/by-kind';

/** The repository root: two levels above the compiled test, or the working directory (tests run from the root). */
const root = [resolve(__dirname, '..', '..'), process.cwd()].find((d) => existsSync(join(d, 'README.md')) && existsSync(join(d, 'package.json')))!;
const STALE = 'stale: run `npm run docs` and commit the result';

test('README.md holds the current table of every code and check', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(readme.includes(CODES_START) && readme.includes(CODES_END), 'README.md lost its codes markers');
  assert.equal(readme, withCodesTable(readme), `the README code table is ${STALE}`);
});

test('schemas/*.schema.json are current', () => {
  for (const { file, text } of schemaFiles()) {
    const path = join(root, 'schemas', file);
    assert.ok(existsSync(path), `schemas/${file} is missing: run npm run docs`);
    assert.equal(readFileSync(path, 'utf8'), text, `schemas/${file} is ${STALE}`);
  }
});

test('the table has one row per catalog entry with its docs link', () => {
  const table = codesTable();
  for (const e of CATALOG) assert.ok(table.includes(`](${e.docs}) |`), e.id);
  assert.equal(table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Code')).length, CATALOG.length);
  assert.ok(table.includes('| 11044 | Virtual network route not found | Spectrum API | account context | error |'));
});

test('withCodesTable replaces only what is between the markers, and refuses a README without them', () => {
  const readme = `# x\r\n\r\n${CODES_START}\r\nold\r\n${CODES_END}\r\nafter\r\n`;
  const out = withCodesTable(readme, 'a\nb');
  assert.equal(out, `# x\r\n\r\n${CODES_START}\r\na\r\nb\r\n${CODES_END}\r\nafter\r\n`);
  assert.equal(withCodesTable(out, 'a\nb'), out);
  assert.throws(() => withCodesTable('# no markers'));
});

test('generated JSON Schemas are draft-07 with $id, descriptions, enums, defaults and required fields', () => {
  assert.deepEqual(SCHEMAS.map((s) => s.kind).sort(), ['load-balancer', 'monitor', 'pool', 'spectrum-app']);
  const app = jsonSchema(SCHEMAS.find((s) => s.kind === 'spectrum-app')!) as any;
  assert.equal(app.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.match(app.$id, /^https:\/\/.*\/schemas\/spectrum-app\.schema\.json$/);
  assert.deepEqual(app.properties.tls.enum, ['off', 'flexible', 'full', 'strict']);
  assert.equal(app.properties.tls.default, 'off');
  assert.ok(app.required.includes('protocol'));
  assert.deepEqual(app.properties.dns.required, ['type', 'name']);
  assert.equal(app.properties.dns.additionalProperties, false);
  const pool = jsonSchema(SCHEMAS.find((s) => s.kind === 'pool')!) as any;
  assert.ok(pool.properties.check_regions.items.enum.includes('WNAM'));
  assert.equal(pool.properties.origins.items.properties.weight.maximum, 1);
  const lb = jsonSchema(SCHEMAS.find((s) => s.kind === 'load-balancer')!) as any;
  assert.deepEqual(lb.required, ['name', 'default_pools', 'fallback_pool']);
  assert.ok(lb.properties.session_affinity.enum.includes('ip_cookie'));
  for (const s of SCHEMAS) for (const [name, p] of Object.entries((jsonSchema(s) as any).properties)) assert.ok((p as any).description, `${s.kind}.${name} has no description`);
});
