import { test } from 'node:test';
import { expectClean, expectFindings } from '../../helpers';
import { edit, requires, TF, useTerraform, V4, V5 } from './corpus';

useTerraform();

for (const [version, set] of [['v5', V5], ['v4', V4]] as const) {
  const declared = requires(version === 'v5' ? '~> 5.0' : '~> 4.52');
  test(`${version} monitor, pool and load balancer written right are clean, alone and together`, () => {
    for (const r of [set.monitor, set.pool, set.lb]) expectClean(r, TF);
    expectClean(declared + set.monitor + '\n' + set.pool + '\n' + set.lb, TF);
  });

  test(`${version} monitor: 1002 fires on an interval below 10, not on 60`, () => {
    expectFindings(edit(set.monitor, 'interval       = 60', 'interval       = 5'), [['1002', '5']], TF);
  });

  test(`${version} monitor: the Host header is read from the ${version === 'v5' ? 'map' : 'header blocks'}`, () => {
    // A TCP monitor takes no headers: the check sees the header the Terraform form declares.
    const tcp = edit(edit(edit(set.monitor, '"https"', '"tcp"'), '  expected_codes = "200"\n', '  port           = 443\n'), '  path           = "/health"\n', '');
    expectFindings(tcp, [['monitor-field-not-for-type', 'header']], TF);
  });

  test(`${version} pool: origin weight above 1 fires, 0.5 does not`, () => {
    expectFindings(edit(set.pool, 'weight  = 1', 'weight  = 2'), [['pool-origin-weight', '2']], TF);
    expectClean(edit(set.pool, 'weight  = 1', 'weight  = 0.5'), TF);
  });

  test(`${version} pool: a private origin address with a literal monitor id fires 1002`, () => {
    const text = edit(edit(set.pool, '"origin-1.example.com"', '"10.0.0.1"'), 'cloudflare_load_balancer_monitor.http.id', '"4e5f2a3c6b7d8e9f0a1b2c3d4e5f6a7b"');
    expectFindings(text, [['1002', '"10.0.0.1"']], TF);
    // With the monitor from a variable, whether the pool is monitored is not known: no finding.
    expectClean(edit(edit(set.pool, '"origin-1.example.com"', '"10.0.0.1"'), 'cloudflare_load_balancer_monitor.http.id', 'var.monitor_id'), TF);
  });

  test(`${version} load balancer: name not a hostname, proxied ttl, session affinity ttl`, () => {
    expectFindings(edit(set.lb, '"www.example.com"', '"www"'), [['lb-name-fqdn', '"www"']], TF);
    expectFindings(edit(set.lb, '  proxied          = true\n', '  proxied          = true\n  ttl              = 30\n'), [['lb-ttl-proxied', 'ttl']], TF);
    expectClean(edit(set.lb, '  proxied          = true\n', '  proxied          = false\n  ttl              = 30\n'), TF);
    expectFindings(edit(set.lb, '  session_affinity = "cookie"\n', '  session_affinity = "cookie"\n  session_affinity_ttl = 60\n'), [['lb-session-affinity-ttl', '60']], TF);
  });

  test(`${version} load balancer: default and fallback pools are required`, () => {
    const pools = version === 'v5' ? ['default_pools', 'fallback_pool'] : ['default_pool_ids', 'fallback_pool_id'];
    const line = (k: string) => new RegExp(`  ${k} +=.*\\n`);
    expectFindings(set.lb.replace(line(pools[0]!), ''), [['lb-pools-required', '"www"', { message: /default_pools/ }]], TF);
    expectFindings(set.lb.replace(line(pools[1]!), ''), [['lb-pools-required', '"www"', { message: /fallback_pool/ }]], TF);
    expectFindings(edit(set.lb, '[cloudflare_load_balancer_pool.web.id]', '[]'), [['lb-pools-required', '[]']], TF);
  });
}

test('v4 pool origin header block with a lowercase host name: the JSON check warns and renames it to Host', () => {
  expectFindings(edit(V4.pool, 'header = "Host"', 'header = "host"'), [['pool-origin-host-header', '"host"', { severity: 'warning' }]], TF);
});

test('v5 pool origin header: lowercase host is the working form and no JSON warning is given', () => {
  expectClean(requires('~> 5.0') + V5.pool, TF);
});
