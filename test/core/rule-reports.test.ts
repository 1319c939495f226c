import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, type Rule } from '../../server/core';
import { json } from '../helpers';

const APP = { protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://93.184.216.34:22'] };

/** A rule that reports `id` on each of the app's properties named in `on`, with its own message. */
const reporting = (name: string, id: string, on: string[]): Rule => ({
  name,
  reports: [id],
  kinds: ['spectrum-app'],
  check: ({ target, report }) => {
    for (const p of target.node.children ?? []) if (on.includes(p.children![0].value)) report({ id, node: p.children![1], message: `${name} on ${p.children![0].value}` });
  },
});

test('an id reported twice on the same range gives one finding, the first rule’s; other ids and other ranges stay', () => {
  const rules = [
    reporting('first', '11004', ['dns', 'protocol']),
    reporting('second', '11004', ['dns']),
    reporting('third', 'dns-name-invalid', ['dns']),
    reporting('fourth', '11004', ['dns', 'protocol']),
  ];
  const r = lint(json(APP), {}, rules);
  assert.deepEqual(
    r.findings.map((f) => `${f.id} ${f.message}`),
    ['11004 first on protocol', '11004 first on dns', 'dns-name-invalid third on dns'],
  );
  assert.deepEqual(r.findings.map((f) => f.offset), [...r.findings.map((f) => f.offset)].sort((a, b) => a - b));
});

test('a rule that reports and then throws loses the reports it made; the rules around it keep theirs', () => {
  const reportThenThrow: Rule = {
    name: 'report-then-throw',
    reports: ['11004'],
    kinds: ['spectrum-app'],
    check: ({ target, report }) => {
      report({ id: '11004', node: target.node.children![0], message: 'half done' });
      throw new Error('boom');
    },
  };
  const fine: Rule = { name: 'fine', reports: ['11004'], kinds: ['spectrum-app'], check: ({ target, report }) => report({ id: '11004', node: target.node, message: 'whole' }) };
  const r = lint(json(APP), {}, [fine, reportThenThrow]);
  assert.deepEqual(r.findings.map((f) => f.message), ['whole']);
  assert.deepEqual(r.ruleErrors.map((e) => e.rule), ['report-then-throw']);
});
