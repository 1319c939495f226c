import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectClean, expectFindings, json } from '../../../helpers';
import { edit, TF, useTerraform, V5 } from '../../terraform/corpus';
import { app, index, lb, LB_PATH } from './spectrum-fixtures';

useTerraform();


test('a load balancer with the hostname of the application that references it: origin-dns-own-hostname on its name (Terraform only)', () => {
  const spectrum = edit(edit(V5.app, '  origin_direct = ["tcp://192.0.2.10:22"]\n', '  origin_dns  = { name = cloudflare_load_balancer.www.name }\n  origin_port = 22\n'), '"ssh.example.com"', '"WWW.example.com"');
  const lbOnly = edit(V5.lb, '  session_affinity = "cookie"\n', '');
  const [f] = expectFindings(lbOnly, [['origin-dns-own-hostname', '"www.example.com"', { message: /origin of the Spectrum application www\.example\.com and has the same hostname/ }]], {
    ...TF,
    workspace: index({ '/work/infra/spectrum.tf': spectrum }),
  });
  assert.equal(f.related?.[0].path, '/work/infra/spectrum.tf');
  expectFindings(V5.lb + '\n' + spectrum, [['origin-dns-own-hostname', '"www.example.com"'], ['lb-spectrum-unsupported', '"cookie"']], TF);
  // By hostname, the application's own check says it (on its origin_dns.name): the load balancer's side stays quiet.
  const workspace = index({ '/ws/apps/www.spectrum.json': json(app('lb.example.com', 'lb.example.com')) });
  expectClean(json(lb()), { ...LB_PATH, workspace });
});
