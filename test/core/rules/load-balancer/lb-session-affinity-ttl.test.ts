import { test } from 'node:test';
import { expectClean, expectFindings } from '../../../helpers';
import { edit, TF, useTerraform, V5 } from '../../terraform/corpus';

useTerraform();

const withTtl = (affinity: string, ttl: number) => edit(V5.lb, '  session_affinity = "cookie"\n', `  session_affinity = "${affinity}"\n  session_affinity_ttl = ${ttl}\n`);

test('lb-session-affinity-ttl checks the range of each affinity', () => {
  expectFindings(withTtl('cookie', 60), [['lb-session-affinity-ttl', '60', { message: /1800-604800/ }]], TF);
  expectFindings(withTtl('ip_cookie', 700000), [['lb-session-affinity-ttl', '700000']], TF);
  expectFindings(withTtl('header', 7200), [['lb-session-affinity-ttl', '7200', { message: /30-3600/ }]], TF);
  expectClean(withTtl('cookie', 1800), TF);
  expectClean(withTtl('header', 60), TF);
  expectClean(withTtl('none', 5), TF);
});

test("lb-session-affinity-ttl checks each custom rule's overrides, with the load balancer's affinity where a rule keeps it", () => {
  const rule = (overrides: string) => edit(V5.lb, '  session_affinity = "cookie"\n', `  session_affinity = "cookie"\n  rules = [{\n    name      = "api"\n    condition = "true"\n    overrides = { ${overrides} }\n  }]\n`);
  expectFindings(rule('session_affinity = "header", session_affinity_ttl = 5000'), [['lb-session-affinity-ttl', '5000', { message: 'rules[0].overrides.session_affinity_ttl 5000 is outside 30-3600 seconds, the range for header session affinity.' }]], TF);
  expectFindings(rule('session_affinity_ttl = 60'), [['lb-session-affinity-ttl', '60', { message: /1800-604800 seconds, the range for cookie/ }]], TF);
  expectClean(rule('session_affinity = "header", session_affinity_ttl = 60'), TF);
  expectClean(rule('session_affinity = var.affinity, session_affinity_ttl = 60'), TF);
});
