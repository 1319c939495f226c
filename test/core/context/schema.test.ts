import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { ENTITLEMENTS, PLANS } from '../../../server/core/context';
import { KNOWN_KEYS, QUOTA_KEYS } from '../../../server/core/context/validate';

/** The checkout: the folder above this test with spectrum-lint's package.json, else the working directory. */
function repoRoot(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && existsSync(join(dir, 'schemas')) && /"name":\s*"spectrum-lint"/.test(readFileSync(pkg, 'utf8'))) return dir;
  }
  return process.cwd();
}
const root = repoRoot();
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'account-context.schema.json'), 'utf8'));

test('the account context schema names exactly the keys the validator accepts', () => {
  assert.deepEqual(Object.keys(schema.properties).sort(), [...KNOWN_KEYS].sort());
  assert.deepEqual(Object.keys(schema.properties.quotas.properties).sort(), [...QUOTA_KEYS].sort());
  assert.deepEqual(schema.properties.plan.enum, [...PLANS]);
  assert.deepEqual(Object.keys(schema.properties.entitlements.oneOf[0].properties), [...ENTITLEMENTS]);
  assert.deepEqual(schema.properties.entitlements.oneOf[1].items.enum, [...ENTITLEMENTS]);
});
