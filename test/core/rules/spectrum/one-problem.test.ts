import { test } from 'node:test';
import { expectFindings, json, type Expected } from '../../../helpers';
import { DNS_ORIGIN, FULL, STATIC, UDP, VNET } from './apps';

/** Applications with one mistake each, and the one finding it must give (id and offending text). */
const CASES: Array<[object, Expected]> = [
  [{ ...FULL, protocol: 'tcp/0' }, ['protocol-format', '"tcp/0"']],
  [{ ...FULL, protocol: 22 }, ['wrong-type', '22']],
  [{ ...FULL, tls: 'FULL' }, ['invalid-enum-value', '"FULL"']],
  [{ ...FULL, tls: 1 }, ['wrong-type', '1']],
  [{ ...FULL, ip_firewall: 'true' }, ['wrong-type', '"true"']],
  [{ ...FULL, ip_firewal: true }, ['unknown-field', '"ip_firewal"']],
  [{ ...FULL, dns: { type: 'CNAME', name: 'bad..example.com' } }, ['dns-name-invalid', '"bad..example.com"']],
  [{ ...FULL, dns: { ...FULL.dns, type: 'ADDRESS' } }, ['11004', '"ADDRESS"']],
  [{ ...FULL, origin_direct: ['tcp://93.184.216.34'] }, ['11002', '"tcp://93.184.216.34"']],
  [{ ...FULL, origin_direct: ['udp://93.184.216.34:22'] }, ['origin-transport-mismatch', '"udp://93.184.216.34:22"']],
  [{ ...FULL, origin_direct: [] }, ['11000', '[]']],
  [{ ...FULL, origin_direct: [22] }, ['wrong-type', '22']],
  [{ ...FULL, origin_direct: ['tcp://10.0.0.5:22'] }, ['private-origin-without-virtual-network', '"tcp://10.0.0.5:22"']],
  [{ ...FULL, origin_port: 22 }, ['origin-port-without-origin-dns', '"origin_port"']],
  [{ ...FULL, proxy_protocol: true }, ['legacy-field', 'true']],
  [{ ...FULL, argo_smart_routing: 'yes' }, ['wrong-type', '"yes"']],
  [{ ...UDP, ip_firewall: true }, ['tcp-only-setting', 'true']],
  [{ ...UDP, tls: 'full' }, ['tcp-only-setting', '"full"']],
  [{ ...UDP, proxy_protocol: 'v1' }, ['proxy-protocol-transport', '"v1"']],
  [{ ...STATIC, edge_ips: { type: 'static', ips: ['198.51.100.10', 'x'] } }, ['edge-ips-shape', '"x"']],
  [{ ...DNS_ORIGIN, origin_port: undefined }, ['11001', '"origin_dns"']],
  [{ ...DNS_ORIGIN, origin_dns: { ...DNS_ORIGIN.origin_dns, ttl: 60 } }, ['11001', '60']],
  [{ ...DNS_ORIGIN, origin_dns: { ...DNS_ORIGIN.origin_dns, name: 'origin.example.com:22' } }, ['11001', '"origin.example.com:22"']],
  [{ ...VNET, proxy_protocol: 'v2' }, ['virtual-network-proxy-protocol', '"v2"']],
  [{ ...VNET, proxy_protocol: true }, ['virtual-network-proxy-protocol', 'true']],
  [{ ...VNET, virtual_network_id: 'office' }, ['11045', '"office"']],
  [{ ...VNET, origin_direct: ['tcp://10.0.0.5:22', 'tcp://10.0.0.6:22'] }, ['11042', '"origin_direct"']],
  [{ ...VNET, traffic_type: 'https' }, ['virtual-network-traffic-type', '"https"']],
];

test('one problem, one diagnostic: each application below has exactly the one finding given', () => {
  // Named as an application file, so that a document whose protocol is not a string still counts as one.
  for (const [app, expected] of CASES) expectFindings(json(app), [expected], { path: 'ssh.spectrum.json' });
});
