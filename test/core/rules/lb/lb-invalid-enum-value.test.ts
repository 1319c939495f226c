import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only, expectClean, expectFindings } from '../../../helpers';
import { edit, requires, TF, useTerraform, V4, V5 } from '../../terraform/corpus';

useTerraform();
import { HTTP_MONITOR, HTTPS_MONITOR, POOL } from './fixtures';

test('lb-invalid-enum-value does not fire on allowed values', () => {
  for (const type of ['tcp', 'udp_icmp', 'smtp']) expectClean(json({ type, interval: 60, port: 25 }));
  expectClean(json({ type: 'icmp_ping', interval: 60 }));
  expectClean(json({ ...HTTP_MONITOR, port: 25 }));
  expectClean(json({ ...HTTPS_MONITOR, port: 25 }));
  expectClean(json({ ...POOL, origin_steering: { policy: 'least_connections' } }));
});

test('lb-invalid-enum-value maps dashboard spellings and case to the API value', async () => {
  for (const [bad, good] of [['ICMP-PING', 'icmp_ping'], ['udp-icmp', 'udp_icmp'], ['HTTPS', 'https'], ['Tcp', 'tcp']]) {
    const text = json({ type: bad, interval: 60, port: 53 });
    const f = only(text, 'lb-invalid-enum-value');
    assert.equal(flagged(text, f), JSON.stringify(bad));
    const [fix] = await fixesOf(text, 'lb-invalid-enum-value');
    assert.equal(fix.kind, 'safe');
    assert.equal(JSON.parse(applyFix(text, 'lb-invalid-enum-value', fix)).type, good);
  }
});

test('lb-invalid-enum-value checks regions and nested policies', async () => {
  const text = json({ ...POOL, check_regions: ['weu', 'MARS'] });
  assert.equal(ids(text).filter((i) => i === 'lb-invalid-enum-value').length, 2);
  const shed = json({ ...POOL, load_shedding: { session_policy: 'random' } });
  const [fix] = await fixesOf(shed, 'lb-invalid-enum-value');
  assert.equal(fix.kind, 'choice');
  assert.equal(JSON.parse(applyFix(shed, 'lb-invalid-enum-value', fix)).load_shedding.session_policy, 'hash');
  const typo = json({ ...POOL, origin_steering: { policy: 'least_conections' } });
  assert.match(only(typo, 'lb-invalid-enum-value').message, /Did you mean "least_connections"/);
});

test('lb-invalid-enum-value: load balancer steering_policy, session_affinity and location_strategy values', () => {
  expectFindings(edit(V5.lb, '"cookie"', '"Cookie"'), [['lb-invalid-enum-value', '"Cookie"']], TF);
  expectFindings(edit(V4.lb, '  proxied ', '  steering_policy  = "round_robin"\n  proxied '), [['lb-invalid-enum-value', '"round_robin"']], TF);
  expectFindings(edit(V4.lb, '  proxied ', '  location_strategy {\n    mode = "edge"\n  }\n  proxied '), [['lb-invalid-enum-value', '"edge"']], TF);
  expectClean(edit(V5.lb, '  proxied ', '  steering_policy  = "dynamic_latency"\n  location_strategy = { mode = "resolver_ip", prefer_ecs = "always" }\n  proxied '), TF);
});

/** A load balancer with one custom rule, written as the file's provider version writes it. */
const V5_RULE = (overrides: string) => edit(V5.lb, '  proxied ', `  rules = [{\n    name      = "api"\n    condition = "http.request.uri.path contains \\"/api\\""\n    overrides = {\n      ${overrides}\n    }\n  }]\n  proxied `);
const V4_RULE = (overrides: string) =>
  requires('~> 4.0') + edit(V4.lb, '  proxied ', `  rules {\n    name      = "api"\n    condition = "true"\n    overrides {\n      ${overrides}\n      region_pools {\n        region   = "WNAM"\n        pool_ids = [cloudflare_load_balancer_pool.web.id]\n      }\n      session_affinity_attributes {\n        samesite = "Lax"\n      }\n    }\n  }\n  rules {\n    name = "down"\n    fixed_response {\n      status_code  = 503\n      message_body = "down"\n    }\n  }\n  proxied `);

test('lb-invalid-enum-value: the overrides of a custom rule, in v5 and in v4 blocks', () => {
  expectFindings(V5_RULE('steering_policy = "bogus"'), [['lb-invalid-enum-value', '"bogus"', { message: /is not a valid rules\[0\]\.overrides\.steering_policy/ }]], TF);
  expectClean(V5_RULE('steering_policy = "random"\n      session_affinity = "ip_cookie"\n      region_pools = { WNAM = [cloudflare_load_balancer_pool.web.id] }'), TF);
  expectFindings(V4_RULE('session_affinity = "sticky"'), [['lb-invalid-enum-value', '"sticky"']], TF);
  // The v4 blocks read as the API's objects and maps: no wrong type, no unknown field.
  expectClean(V4_RULE('steering_policy = "geo"'), TF);
});
