import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { associationKeys, IGNORE_KEYS, parseConfig, TOP_LEVEL } from '../../../server/core/config/parse';
import { RULE_SETTINGS } from '../../../server/core/settings';

// The schema is hand-written for editors; these checks keep it in step with the parser.
const schema = JSON.parse(readFileSync('schemas/spectrum-lint.config.schema.json', 'utf8'));

test('the schema describes exactly what the parser accepts', () => {
  assert.deepEqual(Object.keys(schema.properties).sort(), [...TOP_LEVEL].sort());
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(Object.keys(schema.definitions.ignoreEntry.properties).sort(), [...IGNORE_KEYS].sort());
  assert.deepEqual(schema.definitions.severity.enum, [...RULE_SETTINGS]);
  assert.deepEqual(Object.keys(schema.properties.files.properties).sort(), associationKeys().sort());
});

test('the example configuration is valid', () => {
  const text = readFileSync('examples/spectrum-lint.config.json', 'utf8');
  assert.deepEqual(parseConfig(text, '/x/spectrum-lint.config.json', { syntaxErrors: true }).findings, []);
});
