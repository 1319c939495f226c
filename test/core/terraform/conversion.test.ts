import { test } from 'node:test';
import { expectClean, expectFindings, json } from '../../helpers';
import { edit, TF, TF_JSON, useTerraform, V4, V5 } from './corpus';

// Terraform converts primitives to the attribute's type: the checks see what the provider sends.

useTerraform();

test('a number or bool for a string, and a numeric or true/false string for a number or bool, are what Terraform converts', () => {
  expectClean(edit(V5.monitor, 'expected_codes = "200"', 'expected_codes = 200'), TF);
  expectClean(edit(V4.monitor, 'interval       = 60', 'interval       = "60"'), TF);
  expectClean(edit(V5.monitor, '  path', '  follow_redirects = "true"\n  path'), TF);
  expectClean(edit(V5.app, '  origin_direct', '  ip_firewall = "false"\n  origin_direct'), TF);
});

test('the value checks read the converted value', () => {
  expectFindings(edit(V4.monitor, 'interval       = 60', 'interval       = "5"'), [['1002', '"5"']], TF);
  expectFindings(edit(V5.app, '  origin_direct', '  tls = true\n  origin_direct'), [['invalid-enum-value', 'true', { message: /"true" is not a valid tls/ }]], TF);
});

test('a value Terraform cannot convert is still the wrong type', () => {
  expectFindings(edit(V4.monitor, 'interval       = 60', 'interval       = "sixty"'), [['lb-wrong-type', '"sixty"']], TF);
  expectFindings(edit(V5.monitor, '  path', '  follow_redirects = "yes"\n  path'), [['lb-wrong-type', '"yes"']], TF);
  // Terraform converts no number to a bool.
  expectFindings(edit(V5.app, '  origin_direct', '  ip_firewall = 1\n  origin_direct'), [['wrong-type', '1']], TF);
});

test('.tf.json converts as HCL does; a JSON request body is sent as written', () => {
  const tfJson = JSON.stringify({ resource: { cloudflare_load_balancer_monitor: { http: { type: 'https', expected_codes: 200, interval: '60', header: { Host: ['app.example.com'] } } } } }, null, 2);
  expectClean(tfJson, TF_JSON);
  expectFindings(json({ type: 'https', expected_codes: '200', interval: '60', header: { Host: ['app.example.com'] } }), [['lb-wrong-type', '"60"']], { path: 'web.monitor.json' });
});
