import { test } from 'node:test';
import { expectClean, expectFindings } from '../../../helpers';
import { edit, TF, useTerraform, V5 } from '../../terraform/corpus';

useTerraform();

test('lb-pools-required fires on a missing default_pools, an empty one and a missing fallback_pool', () => {
  expectFindings(edit(V5.lb, '  default_pools    = [cloudflare_load_balancer_pool.web.id]\n', ''), [['lb-pools-required', '"www"', { message: /default_pools/ }]], TF);
  expectFindings(edit(V5.lb, '[cloudflare_load_balancer_pool.web.id]', '[]'), [['lb-pools-required', '[]']], TF);
  expectFindings(edit(V5.lb, '  fallback_pool    = cloudflare_load_balancer_pool.web.id\n', ''), [['lb-pools-required', '"www"', { message: /fallback_pool/ }]], TF);
  expectClean(V5.lb, TF);
  // Pools from a variable are not known, but they are there.
  expectClean(edit(V5.lb, '[cloudflare_load_balancer_pool.web.id]', 'var.pools'), TF);
});
