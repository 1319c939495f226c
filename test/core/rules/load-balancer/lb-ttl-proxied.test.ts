import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectClean, fixesOf } from '../../../helpers';
import { edit, TF, useTerraform, V5 } from '../../terraform/corpus';
import { proveFix } from '../../terraform/fix-proof';

useTerraform();

test('lb-ttl-proxied fires on ttl with proxied = true and its fix removes the ttl line', async () => {
  const text = edit(V5.lb, '  proxied          = true\n', '  proxied          = true\n  ttl              = 30 # seconds\n');
  const [fix] = await fixesOf(text, 'lb-ttl-proxied', TF);
  const after = await proveFix(text, 'lb-ttl-proxied', fix!, TF);
  assert.equal(after, V5.lb);
  expectClean(edit(V5.lb, '  proxied          = true\n', '  proxied          = false\n  ttl              = 30\n'), TF);
  expectClean(edit(V5.lb, '  proxied          = true\n', '  proxied          = var.proxied\n  ttl              = 30\n'), TF);
});
