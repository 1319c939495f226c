import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from '../../../server/core/config';

const PATH = '/repo/spectrum-lint.config.json';
const flaggedText = (text: string, f: { offset: number; length: number }) => text.slice(f.offset, f.offset + f.length);

test('a valid configuration (JSONC, trailing commas) gives rules, files, ignore and account, and no findings', () => {
  const text = `{
  // severities per code
  "$schema": "./schemas/spectrum-lint.config.schema.json",
  "rules": { "11002": "warning", "legacy-field": "off", },
  "files": { "spectrum-app": ["apps/**/*.json"], "patch": ["apps/patches/*.json"] },
  "ignore": [{ "files": "apps/legacy.json", "code": 11002, "pointer": "/result/3/origin_direct/0", "reason": "migrated next sprint" }],
  "account": "./account.json",
}`;
  const { config, findings } = parseConfig(text, PATH);
  assert.deepEqual(findings, []);
  assert.deepEqual(config.rules, { '11002': 'warning', 'legacy-field': 'off' });
  assert.deepEqual(config.files, { 'spectrum-app': ['apps/**/*.json'], patch: ['apps/patches/*.json'] });
  assert.equal(config.ignore.length, 1);
  const [e] = config.ignore;
  assert.equal(e.code, '11002');
  assert.equal(e.base, '/repo');
  assert.equal(e.pointer, '/result/3/origin_direct/0');
  assert.equal(e.reason, 'migrated next sprint');
  assert.equal(flaggedText(text, e.source!), '11002');
  assert.equal(config.account?.value, './account.json');
  assert.equal(config.account?.file, '/repo/account.json');
  assert.equal(config.account?.location.pointer, '/account');
});

test('the account object is passed through untouched, with its location', () => {
  const text = '{ "account": { "plan": "enterprise", "anything": [1, {"x": null}] } }';
  const { config, findings } = parseConfig(text, PATH);
  assert.deepEqual(findings, []);
  assert.deepEqual(config.account?.value, { plan: 'enterprise', anything: [1, { x: null }] });
  assert.equal(config.account?.file, undefined);
  assert.equal(flaggedText(text, config.account!.location), text.slice(13, -2));
  assert.equal(config.account?.node.type, 'object');
});

test('wrong shapes are reported as config-invalid on the offending value and left out', () => {
  const text = JSON.stringify(
    {
      rulez: {},
      rules: { '11002': 'loud', '99999': 'off', '11000': 'warning' },
      files: { 'spectrum-app': 'x.json', gadget: ['*.json'] },
      ignore: [42, { code: 'nope', reason: 'r' }, { files: 'a.json', reason: 'r' }, { code: 11002, pointer: 'result/0', reason: 'r' }, { code: 11000, extra: true, reason: 'r' }],
    },
    null,
    2,
  );
  const { config, findings } = parseConfig(text, PATH);
  assert.ok(findings.every((f) => f.id === 'config-invalid'), findings.map((f) => f.id).join());
  const texts = findings.map((f) => flaggedText(text, f));
  assert.deepEqual(texts, ['"rulez"', '"loud"', '"99999"', '"x.json"', '"gadget"', '42', '"nope"', '{', '"result/0"', '"extra"']);
  assert.deepEqual(config.rules, { '11000': 'warning' });
  assert.deepEqual(config.files, {});
  assert.deepEqual(config.ignore.map((e) => e.code), ['11000']);
  assert.ok(findings.every((f) => f.range.start.line > 0), 'ranges are inside the configuration, not at its start');
});

test('a root that is not an object is reported', () => {
  const { findings } = parseConfig('[1, 2]', PATH);
  assert.deepEqual(findings.map((f) => f.id), ['config-invalid']);
});

test('an ignore entry without a reason is reported but still applies', () => {
  const text = '{ "ignore": [ { "code": "11002" }, { "code": 11000, "reason": "  " } ] }';
  const { config, findings } = parseConfig(text, PATH);
  assert.deepEqual(findings.map((f) => f.id), ['suppression-without-reason', 'suppression-without-reason']);
  assert.deepEqual(config.ignore.map((e) => e.code), ['11002', '11000']);
});

test('syntax errors are reported only when asked, and the valid part still applies', () => {
  const text = '{ "rules": { "11002": "off" }, "ignore": [ }';
  assert.ok(!parseConfig(text, PATH).findings.some((f) => f.id === 'json-syntax'));
  const parsed = parseConfig(text, PATH, { syntaxErrors: true });
  assert.ok(parsed.findings.some((f) => f.id === 'json-syntax'));
  assert.deepEqual(parsed.config.rules, { '11002': 'off' });
});

test('the configuration can turn its own findings off', () => {
  const { findings } = parseConfig('{ "rules": { "config-invalid": "off" }, "bogus": 1 }', PATH);
  assert.deepEqual(findings, []);
});
