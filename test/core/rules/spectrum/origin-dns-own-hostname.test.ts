import { test } from 'node:test';
import { expectClean, expectFindings, json } from '../../../helpers';
import { edit, TF, useTerraform, V4, V5 } from '../../terraform/corpus';

useTerraform();

const dns = { type: 'CNAME', name: 'ssh.example.com' };
const app = (name: string, more: object = {}) => ({ protocol: 'tcp/22', dns, origin_dns: { name }, origin_port: 22, traffic_type: 'direct', ...more });

test('origin-dns-own-hostname fires when origin_dns.name is the app\'s dns.name, whatever the case and final dot', () => {
  for (const name of ['ssh.example.com', 'SSH.Example.com', 'ssh.example.com.']) {
    expectFindings(json(app(name)), [['origin-dns-own-hostname', JSON.stringify(name), { severity: 'warning', message: /own hostname/ }]]);
  }
  // A saved API response says the same of an application that exists.
  expectFindings(json({ success: true, errors: [], messages: [], result: [app('ssh.example.com'), app('ssh-origin.example.com')] }), [['origin-dns-own-hostname', { pointer: '/result/0/origin_dns/name' }]]);
});

test('origin-dns-own-hostname stays quiet for another hostname and a missing side; next to origin_direct both problems show', () => {
  expectClean(json(app('ssh-lb.example.com')));
  expectClean(json(app('example.com')));
  expectFindings(json({ ...app('ssh.example.com'), dns: { type: 'CNAME' } }), [['missing-required-field', '"dns"']]);
  expectFindings(json(app('')), [['11001', '""']]);
  expectFindings(json(app('ssh.example.com', { origin_direct: ['tcp://192.0.2.1:22'] })), [['origin-dns-own-hostname', '"ssh.example.com"'], ['11000', '"origin_direct"']]);
});

for (const [version, base] of [['v5', V5.app], ['v4', V4.app]] as const) {
  test(`${version}: origin-dns-own-hostname on a Terraform application, not when either name is an expression`, () => {
    const origin = version === 'v5' ? (n: string) => `  origin_dns  = { name = ${n} }\n  origin_port = 22\n` : (n: string) => `  origin_dns {\n    name = ${n}\n  }\n  origin_port = 22\n`;
    const withOrigin = (n: string) => edit(base, '  origin_direct = ["tcp://192.0.2.10:22"]\n', origin(n));
    expectFindings(withOrigin('"ssh.example.com"'), [['origin-dns-own-hostname', '"ssh.example.com"']], TF);
    expectClean(withOrigin('"ssh-lb.example.com"'), TF);
    expectClean(withOrigin('var.origin'), TF);
    expectClean(edit(withOrigin('"ssh.example.com"'), 'name = "ssh.example.com"\n', 'name = var.hostname\n'), TF);
  });
}
