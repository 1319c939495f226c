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
