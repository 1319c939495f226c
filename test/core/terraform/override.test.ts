import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTerraformOverride } from '../../../server/core/terraform/override';
import { WorkspaceIndex, summarizeText } from '../../../server/core/workspace';
import { expectFindings } from '../../helpers';
import { requires, useTerraform, V5 } from './corpus';

useTerraform();

const MAIN = '/work/infra/main.tf';
const OVERRIDE = '/work/infra/override.tf';
/** What a developer's local override changes of the module's application: its TLS mode (mistyped) and its hostname. */
const PART = `resource "cloudflare_spectrum_application" "ssh" {
  tls = "fulll"
  dns = {
    type = "CNAME"
    name = "ssh.example.com"
  }
}
`;
/** The block's body, where "the application has no origin" is reported. */
const BODY = PART.slice(PART.indexOf('{\n'), PART.lastIndexOf('}') + 1);

test("Terraform's override files are told by name", () => {
  for (const p of ['/m/override.tf', '/m/dev_override.tf', '/m/override.tf.json', 'C:\\m\\local_override.tf.json', 'OVERRIDE.TF']) assert.equal(isTerraformOverride(p), true, p);
  for (const p of ['/m/main.tf', '/m/overrides.tf', '/m/my-override.tf', '/m/override.json', '/m/override_dir/main.tf', undefined]) assert.equal(isTerraformOverride(p), false, String(p));
});

test('a block of an override file is a part of its object: it is checked field by field, the object as a whole is not', () => {
  expectFindings(PART, [['invalid-enum-value', '"fulll"']], { path: OVERRIDE }, { everyHint: true });
  // The same block in an ordinary file is a whole application, and lacks what one needs.
  const whole = expectFindings(PART, [['missing-required-field', '"ssh"'], ['11000', BODY], ['invalid-enum-value', '"fulll"'], ['traffic-type-default', '"ssh"']], { path: MAIN }, { everyHint: true });
  assert.equal(whole.length, 4);
});

test('an override block is the object it is merged into: it is not indexed again, nor compared with it', () => {
  const part = PART.replace('  tls = "fulll"\n', '  protocol = "tcp/22"\n');
  assert.deepEqual(summarizeText(part, OVERRIDE).apps, []);
  const workspace = new WorkspaceIndex();
  workspace.set(summarizeText(V5.app, MAIN));
  expectFindings(part, [], { path: OVERRIDE, workspace });
  // Field by field: a v4 form under a v5 declaration, an unknown name, a wrong type.
  const forms = PART.replace('  dns = {', '  tlss = "full"\n  argo_smart_routing = "yes"\n  dns {').replace('    type = "CNAME"', '    type = "CNAME"');
  expectFindings(requires('~> 5.0') + forms, [['invalid-enum-value', '"fulll"'], ['unknown-field', 'tlss'], ['wrong-type', '"yes"'], ['terraform-version-form', 'dns']], { path: OVERRIDE });
  // In an ordinary file, the same block is another application on the same hostname and port.
  expectFindings(part, [['11000', 'protocol'], ['duplicate-hostname', '"ssh.example.com"']], { path: '/work/infra/other.tf', workspace });
});
