import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../server/core';
import { terraformReady } from '../../../server/core/terraform/parser';
import { TF, V5 } from './corpus';

// This file never calls initTerraform (each test file runs in its own process).
test('without initTerraform, a .tf document gets one document-skipped finding and no crash', () => {
  assert.equal(terraformReady(), false);
  const r = lint(V5.app, TF);
  assert.deepEqual(r.findings.map((f) => f.id), ['document-skipped']);
  assert.match(r.findings[0]!.message, /Terraform support is not initialised/);
  assert.deepEqual(r.targets, []);
});
