import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectClean, expectFindings, fixesFor } from '../../../helpers';
import { edit, requires, TF, TF_JSON, useTerraform, V5 } from '../../terraform/corpus';
import { proveFix } from '../../terraform/fix-proof';

useTerraform();

test('#6963: a capital "Host" in a v5 pool origin header is dropped by the provider; the fix writes host', async () => {
  const text = requires('~> 5.0') + edit(V5.pool, 'header  = { host = ', 'header  = { "Host" = ');
  const [f] = expectFindings(text, [['terraform-origin-host-header', '"Host"']], TF);
  const fixed = await proveFix(text, 'terraform-origin-host-header', (await fixesFor(f!))[0]!, TF);
  assert.equal(fixed, requires('~> 5.0') + edit(V5.pool, 'header  = { host = ', 'header  = { "host" = '));
  // Inferred v5 (the attribute forms) counts too; a bare Host as well.
  expectFindings(edit(V5.pool, 'header  = { host = ', 'header  = { Host = '), [['terraform-origin-host-header', 'Host']], TF);
  expectClean(requires('~> 5.0') + V5.pool, TF);
});

test('#6963 in .tf.json with v5 declared; in JSON request bodies the API name Host stays the right one', () => {
  const doc = (key: string) =>
    JSON.stringify(
      {
        terraform: { required_providers: { cloudflare: { source: 'cloudflare/cloudflare', version: '~> 5.0' } } },
        resource: { cloudflare_load_balancer_pool: { web: { account_id: 'a', name: 'web', origins: [{ address: 'origin-1.example.com', header: { [key]: ['app.example.com'] } }] } } },
      },
      null,
      2,
    );
  expectFindings(doc('Host'), [['terraform-origin-host-header', '"Host"']], TF_JSON);
  expectClean(doc('host'), TF_JSON);
});
