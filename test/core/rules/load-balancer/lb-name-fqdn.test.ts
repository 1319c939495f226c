import { test } from 'node:test';
import { expectClean, expectFindings } from '../../../helpers';
import { edit, TF, useTerraform, V5 } from '../../terraform/corpus';

useTerraform();

test('lb-name-fqdn fires on a bare label and a broken hostname, not on a FQDN or a wildcard', () => {
  expectFindings(edit(V5.lb, '"www.example.com"', '"www"'), [['lb-name-fqdn', '"www"', { message: /www\.example\.com/ }]], TF);
  expectFindings(edit(V5.lb, '"www.example.com"', '"www..example.com"'), [['lb-name-fqdn', '"www..example.com"']], TF);
  expectClean(V5.lb, TF);
  expectClean(edit(V5.lb, '"www.example.com"', '"*.example.com"'), TF);
  // A name from an expression is not known: no finding.
  expectClean(edit(V5.lb, '"www.example.com"', '"${var.host}.example.com"'), TF);
});
