import { test } from 'node:test';
import { expectClean, expectFindings } from '../../helpers';
import { edit, requires, TF, useTerraform, V4, V5 } from './corpus';

useTerraform();

for (const [version, app] of [['v5', V5.app], ['v4', V4.app]] as const) {
  test(`${version} Spectrum application written right is clean`, () => {
    expectClean(app, TF);
    expectClean(requires(version === 'v5' ? '~> 5.0' : '~> 4.0') + app, TF);
  });

  test(`${version}: 11002 fires on an unbracketed IPv6 origin, not on a bracketed one`, () => {
    expectFindings(edit(app, 'tcp://192.0.2.10:22', 'tcp://2001:db8::10:22'), [['11002', '"tcp://2001:db8::10:22"']], TF);
    expectClean(edit(app, 'tcp://192.0.2.10:22', 'tcp://[2001:db8::10]:22'), TF);
  });

  test(`${version}: 11000 fires on both origins and on none`, () => {
    const dns = version === 'v5' ? '  origin_dns = { name = "origin.example.com" }\n' : '  origin_dns {\n    name = "origin.example.com"\n  }\n';
    expectFindings(edit(app, '  origin_direct = ["tcp://192.0.2.10:22"]\n', '  origin_direct = ["tcp://192.0.2.10:22"]\n' + dns), [['11000', 'origin_dns']], TF);
    expectFindings(edit(app, '  origin_direct = ["tcp://192.0.2.10:22"]\n', ''), [['11000', 'protocol']], TF);
  });

  test(`${version}: 11004 fires on a CNAME with static edge IPs, not on ADDRESS`, () => {
    const staticIps = version === 'v5' ? '  edge_ips = {\n    type = "static"\n    ips  = ["203.0.113.7"]\n  }\n' : '  edge_ips {\n    type = "static"\n    ips  = ["203.0.113.7"]\n  }\n';
    const base = version === 'v5' ? edit(app, '}\n', '') + staticIps + '}\n' : edit(app, '  edge_ips {\n    type         = "dynamic"\n    connectivity = "all"\n  }\n', staticIps);
    const text = version === 'v5' ? edit(V5.app, '  origin_direct = ["tcp://192.0.2.10:22"]\n}\n', '  origin_direct = ["tcp://192.0.2.10:22"]\n' + staticIps + '}\n') : base;
    expectFindings(text, [['11004', '"CNAME"']], TF);
    expectClean(edit(text, '"CNAME"', '"ADDRESS"'), TF);
  });

  test(`${version}: virtual network origins: 11041 with origin_dns, 11042 with two origins, 11043 with a port range`, () => {
    const vnet = '  virtual_network_id = "0b9b3c1e-2f57-4f0a-9a0e-4c6c8a1b2d3e"\n';
    const withVnet = edit(app, '  origin_direct = ["tcp://192.0.2.10:22"]\n', '  origin_direct = ["tcp://10.1.0.5:22"]\n' + vnet);
    expectClean(withVnet, TF);
    expectFindings(edit(withVnet, '["tcp://10.1.0.5:22"]', '["tcp://10.1.0.5:22", "tcp://10.1.0.6:22"]'), [['11042', 'origin_direct']], TF);
    expectFindings(edit(edit(withVnet, '"tcp/22"', '"tcp/22-23"'), '"tcp://10.1.0.5:22"', '"tcp://10.1.0.5:22-23"'), [['11043', '"tcp://10.1.0.5:22-23"']], TF);
    const dns = version === 'v5' ? '  origin_dns = { name = "origin.example.com" }\n' : '  origin_dns {\n    name = "origin.example.com"\n  }\n';
    expectFindings(edit(withVnet, '  origin_direct = ["tcp://10.1.0.5:22"]\n', dns), [['11041', 'origin_dns']], TF);
  });
}

test('private origin without a virtual network fires on a literal, in either version', () => {
  expectFindings(edit(V5.app, 'tcp://192.0.2.10:22', 'tcp://10.0.0.5:22'), [['private-origin-without-virtual-network', '"tcp://10.0.0.5:22"']], TF);
  expectFindings(edit(V4.app, 'tcp://192.0.2.10:22', 'tcp://10.0.0.5:22'), [['private-origin-without-virtual-network', '"tcp://10.0.0.5:22"']], TF);
});

test('v4 origin_port_range is the API origin_port range: its length is checked against the protocol', () => {
  const text = edit(
    edit(V4.app, '"tcp/22"', '"tcp/3000-3010"'),
    '  origin_direct = ["tcp://192.0.2.10:22"]\n',
    '  origin_dns {\n    name = "origin.example.com"\n  }\n  origin_port_range {\n    start = 3000\n    end   = 3005\n  }\n',
  );
  expectFindings(text, [['origin-range-length', '{\n    start = 3000\n    end   = 3005\n  }']], TF);
  expectClean(edit(text, 'end   = 3005', 'end   = 3010'), TF);
  // Numeric strings are the numbers Terraform converts them to.
  const quoted = edit(edit(text, 'start = 3000', 'start = "3000"'), 'end   = 3005', 'end   = "3005"');
  expectFindings(quoted, [['origin-range-length', '{\n    start = "3000"\n    end   = "3005"\n  }']], TF);
});

test('zone_id and account_id are path parameters, and Terraform meta-arguments are not fields', () => {
  const text = edit(V5.app, '  zone_id      = var.zone_id\n', '  zone_id      = "0da42c8d2132a9ddaf714f9e7c920711"\n  count        = 2\n  depends_on   = [cloudflare_load_balancer.www]\n  lifecycle {\n    create_before_destroy = true\n  }\n');
  expectClean(text, TF);
});

test('an unknown field is still reported in Terraform', () => {
  expectFindings(edit(V5.app, '  protocol     = "tcp/22"\n', '  protocol     = "tcp/22"\n  protocl      = "tcp/22"\n'), [['unknown-field', 'protocl']], TF);
});
