import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../server/core';
import { enumCheck } from '../../../server/core/schema/templates/enum';
import { requiredFieldCheck } from '../../../server/core/schema/templates/required-field';
import { unknownFieldCheck } from '../../../server/core/schema/templates/unknown-field';
import { wrongTypeCheck } from '../../../server/core/schema/templates/wrong-type';
import { applyFix, expectFindings, fixesFor, json } from '../../helpers';
import { HTTPS_MONITOR, POOL, TCP_MONITOR } from '../rules/lb/fixtures';
import { DNS_ORIGIN, FULL } from '../rules/spectrum/apps';

const only = (text: string, rule: Parameters<typeof lint>[2]) => lint(text, { path: 'x.monitor.json' }, rule).findings.map((f) => `${f.id} ${text.slice(f.offset, f.offset + f.length)}: ${f.message}`);

test('wrong-type template: its parameters decide quoting, owned fields and fractions', () => {
  const text = json({ ...HTTPS_MONITOR, expected_codes: 200, header: 'Host: x', timeout: 2.5 });
  const plain = wrongTypeCheck({ name: 't', id: 'lb-wrong-type', kinds: ['monitor'] });
  assert.deepEqual(only(text, [plain]), [
    'lb-wrong-type "Host: x": header must be an object, not a string.',
    'lb-wrong-type 200: expected_codes must be a string, not a number.',
    'lb-wrong-type 2.5: timeout must be a whole number, not 2.5.',
  ]);
  const tuned = wrongTypeCheck({ name: 't', id: 'lb-wrong-type', kinds: ['monitor'], quoteNumbers: true, ownedElsewhere: ['header'], valueChecked: ['timeout'] });
  assert.deepEqual(only(text, [tuned]), ['lb-wrong-type 200: expected_codes must be a string, not a number: write "200" in quotes.']);
});

test('the Spectrum and Load Balancing registrations treat numbers written as strings alike', async () => {
  const app = json({ ...DNS_ORIGIN, origin_dns: { ...DNS_ORIGIN.origin_dns, ttl: '1200.0' } });
  const [spectrum] = expectFindings(app, [['wrong-type', '"1200.0"', { message: 'origin_dns.ttl must be an integer, not a string: write 1200 without quotes.' }]]);
  const [fixApp] = await fixesFor(spectrum);
  assert.equal(JSON.parse(applyFix(app, 'wrong-type', fixApp)).origin_dns.ttl, 1200);
  const monitor = json({ ...TCP_MONITOR, interval: '60.0' });
  const [lb] = expectFindings(monitor, [['lb-wrong-type', '"60.0"', { message: 'interval must be an integer, not a string: write 60 without quotes.' }]]);
  assert.equal((await fixesFor(lb))[0].title, (await fixesFor(spectrum))[0].title.replace('1200', '60'));
});

test('enum, unknown-field and required-field templates read the schema of every kind they are given', () => {
  const kinds = ['monitor', 'pool'] as const;
  const rules = [
    enumCheck({ name: 'e', id: 'lb-invalid-enum-value', kinds: [...kinds] }),
    unknownFieldCheck({ name: 'u', id: 'lb-unknown-field', kinds: [...kinds], explained: { pool: { interval: 'is a monitor setting.' } } }),
    requiredFieldCheck({ name: 'r', id: 'lb-missing-required-field', kinds: [...kinds], noun: { pool: 'The pool' } }),
  ];
  const { name: _name, ...noName } = POOL;
  void _name;
  const text = json({ ...noName, interval: 60, check_regions: ['wnam'], origins: [{ weight: 1 }] });
  assert.deepEqual(lint(text, { path: 'x.pool.json' }, rules).findings.map((f) => `${f.id} ${text.slice(f.offset, f.offset + f.length).split('\n')[0]}: ${f.message}`), [
    'lb-missing-required-field {: The pool has no name, which the API requires.',
    'lb-invalid-enum-value "wnam": check_regions[0] is case-sensitive: write "WNAM", not "wnam".',
    'lb-missing-required-field {: origins[0] has no address, which the API requires.',
    'lb-unknown-field "interval": interval is a monitor setting.',
  ]);
  const spectrum = json({ ...FULL, tls: 'fulll' });
  assert.deepEqual(lint(spectrum, {}, [enumCheck({ name: 'e', id: 'invalid-enum-value', kinds: ['spectrum-app'] })]).findings.map((f) => f.message), [
    '"fulll" is not a valid tls; use one of "off", "flexible", "full", "strict". Did you mean "full"?',
  ]);
});
