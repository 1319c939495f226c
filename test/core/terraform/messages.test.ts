import { test } from 'node:test';
import { expectFindings } from '../../helpers';
import { edit, TF, TF_JSON, useTerraform, V4, V5 } from './corpus';

// A message that shows a field to write shows it as the file writes fields: HCL in .tf, JSON in .tf.json
// (messages are plain text: the code marks are gone).

useTerraform();

const NO_DNS_V5 = edit(V5.app, '  dns = {\n    type = "CNAME"\n    name = "ssh.example.com"\n  }\n', '');
const NO_DNS_V4 = edit(V4.app, '  dns {\n    type = "CNAME"\n    name = "ssh.example.com"\n  }\n', '');

test('a missing dns is shown as a v5 attribute, a v4 block or a JSON property', () => {
  expectFindings(NO_DNS_V5, [['missing-required-field', '"ssh"', { message: /add dns = \{ type = "CNAME", name = "<hostname>" \}, with the application's hostname/ }]], TF);
  expectFindings(NO_DNS_V4, [['missing-required-field', '"ssh"', { message: /add a dns block with type = "CNAME" and name = "<hostname>", with/ }]], TF);
  const tfJson = JSON.stringify({ resource: { cloudflare_spectrum_application: { ssh: { zone_id: 'z', protocol: 'tcp/22', traffic_type: 'direct', origin_direct: ['tcp://192.0.2.10:22'] } } } }, null, 2);
  expectFindings(tfJson, [['missing-required-field', '"ssh"', { message: /add "dns": \{"type":"CNAME","name":"<hostname>"\}, with/ }]], TF_JSON);
});

test('edge IP types and header values are shown as HCL attributes', () => {
  const noIps = edit(V4.app, '    type         = "dynamic"\n    connectivity = "all"\n', '    type = "static"\n');
  expectFindings(noIps, [['edge-ips-shape', '"static"', { message: /or use type = "dynamic"\.$/ }], ['11004', '"CNAME"']], TF);
  const ipsOnDynamic = edit(V4.app, '    connectivity = "all"\n', '    ips          = ["198.51.100.1"]\n');
  expectFindings(ipsOnDynamic, [['edge-ips-shape', 'ips', { message: /or set type = "static" to use/ }]], TF);
  const stringHeader = edit(V5.monitor, 'Host = ["app.example.com"]', 'Host = "app.example.com"');
  expectFindings(stringHeader, [['monitor-header-shape', '"app.example.com"', { message: /write Host = \["app\.example\.com"\]\.$/ }]], TF);
});

test('an example header object is written in HCL, with the lowercase host that provider v5 sends for a pool origin', () => {
  const monitor = edit(V5.monitor, 'header = {\n    Host = ["app.example.com"]\n  }', 'header = "app.example.com"');
  expectFindings(monitor, [['monitor-header-shape', '"app.example.com"', { message: /such as \{ Host = \["app\.example\.com"\] \}, not a string/ }]], TF);
  const pool = edit(V5.pool, 'header  = { host = ["app.example.com"] }', 'header  = "app.example.com"');
  expectFindings(pool, [['pool-origin-host-header', '"app.example.com"', { message: /such as \{ host = \["app\.example\.com"\] \}, not a string/ }]], TF);
});
