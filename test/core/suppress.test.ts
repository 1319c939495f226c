import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, ignoreMatches, JsonDocument, lint, parseConfig, suppressionFixes, unusedIgnoreFindings, type Finding, type LintOptions } from '../../server/core';
import { flagged, ids } from '../helpers';

// An app with no origin: 11000 on "protocol" (line 2 below).
const NO_ORIGIN = ['{', '  "protocol": "tcp/22",', '  "dns": { "type": "CNAME", "name": "ssh.example.com" }', '}', ''];

test('disable-next-line suppresses the finding on the next line and nothing else', () => {
  const text = ['{', '  // spectrum-lint-disable-next-line 11000 -- origin is added by the deploy script', ...NO_ORIGIN.slice(1)].join('\n');
  const r = lint(text);
  assert.deepEqual(r.findings.map((f) => f.id), []);
  assert.equal(r.suppressed?.length, 1);
  assert.equal(r.suppressed?.[0].reason, 'origin is added by the deploy script');
  assert.equal(r.suppressed?.[0].by, 'comment');
});

test('a directive inside a string is not a directive', () => {
  const app = { protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' } };
  const text = JSON.stringify({ messages: ['// spectrum-lint-disable 11000 -- x', '/* spectrum-lint-disable 11000 -- x */'], result: app }, null, 2);
  assert.deepEqual(ids(text), ['11000']);
});

test('disable (whole file) in a block comment suppresses anywhere, several codes comma- or space-separated', () => {
  const text = ['/* spectrum-lint-disable 11000, 11002 legacy-field -- generated file */', ...NO_ORIGIN].join('\n');
  const r = lint(text);
  // 11000 is used; 11002 and legacy-field suppress nothing here.
  assert.deepEqual(r.findings.map((f) => [f.id, flagged(text, f)]), [
    ['unused-suppression', '11002'],
    ['unused-suppression', 'legacy-field'],
  ]);
});

test('next-line directives stack over comment lines and apply to the next JSON line only', () => {
  const text = [
    '{',
    '  // spectrum-lint-disable-next-line 11002 -- a',
    '  // spectrum-lint-disable-next-line 11000 -- b',
    '',
    '  "protocol": "tcp/22",',
    '  "dns": { "type": "CNAME", "name": "ssh.example.com" }',
    '}',
  ].join('\n');
  assert.deepEqual(lint(text).findings.map((f) => [f.id, flagged(text, f)]), [['unused-suppression', '11002']]);
  const wrongLine = ['{', '  "dns": { "type": "CNAME", "name": "ssh.example.com" },', '  // spectrum-lint-disable-next-line 11000 -- b', '  "x": 1,', '  "protocol": "tcp/22"', '}'].join('\n');
  assert.ok(ids(wrongLine).includes('11000'));
  assert.ok(ids(wrongLine).includes('unused-suppression'));
});

test('a directive without a reason is reported and still suppresses; the placeholder counts as no reason', () => {
  for (const comment of ['// spectrum-lint-disable-next-line 11000', '// spectrum-lint-disable-next-line 11000 --', '// spectrum-lint-disable-next-line 11000 -- <reason>']) {
    const text = ['{', '  ' + comment, ...NO_ORIGIN.slice(1)].join('\n');
    const r = lint(text);
    assert.deepEqual(r.findings.map((f) => f.id), ['suppression-without-reason'], comment);
    assert.equal(flagged(text, r.findings[0]), comment);
    assert.equal(r.findings[0].severity, 'warning');
  }
});

test('the add-a-reason fix inserts the placeholder where the reason goes', async () => {
  const text = ['{', '  /* spectrum-lint-disable-next-line 11000 */', ...NO_ORIGIN.slice(1)].join('\n');
  const f = lint(text).findings[0];
  const [fix] = await f.fixes!({});
  assert.equal(applyEdits(text, fix.edits).split('\n')[1], '  /* spectrum-lint-disable-next-line 11000 -- <reason> */');
});

test('unused directives and unknown codes are reported on the code, with a removal fix', async () => {
  const text = ['{', '  // spectrum-lint-disable-next-line 11043 -- not needed', '  "protocol": "tcp/22",', '  "dns": { "type": "CNAME", "name": "a.example.com" },', '  "origin_direct": ["tcp://192.0.2.1:22"]', '}', ''].join('\n');
  const [f] = lint(text).findings;
  assert.equal(f.id, 'unused-suppression');
  assert.equal(flagged(text, f), '11043');
  assert.deepEqual(f.tags, ['unnecessary']);
  const [remove] = await f.fixes!({});
  const fixed = applyEdits(text, remove.edits);
  assert.equal(fixed, text.replace('  // spectrum-lint-disable-next-line 11043 -- not needed\n', ''));
  assert.deepEqual(ids(fixed), []);

  const typo = text.replace('11043', '1100O');
  assert.match(lint(typo).findings[0].message, /not a spectrum-lint code/);
  const empty = text.replace('11043 -- not needed', '');
  assert.match(lint(empty).findings[0].message, /names no code/);
});

test('removing one unused code keeps the others', async () => {
  const text = ['{', '  // spectrum-lint-disable-next-line 11043, 11000 -- deploy adds the origin', ...NO_ORIGIN.slice(1)].join('\n');
  const [f] = lint(text).findings;
  assert.equal(flagged(text, f), '11043');
  const [fix] = await f.fixes!({});
  const fixed = applyEdits(text, fix.edits);
  assert.equal(fixed.split('\n')[1], '  // spectrum-lint-disable-next-line 11000 -- deploy adds the origin');
  assert.deepEqual(ids(fixed), []);
});

test('suppression findings follow severity settings', () => {
  const text = ['{', '  // spectrum-lint-disable-next-line 11000', ...NO_ORIGIN.slice(1)].join('\n');
  assert.deepEqual(ids(text, { rules: { 'suppression-without-reason': 'off' } }), []);
});

test('suppression fixes insert a directive with the line indentation (tabs) and line endings (CRLF)', () => {
  const text = ['{', '\t"protocol": "tcp/22",', '\t"dns": { "type": "CNAME", "name": "ssh.example.com" }', '}', ''].join('\r\n');
  const finding = lint(text).findings[0];
  assert.equal(finding.id, '11000');
  const doc = new JsonDocument(text);
  assert.deepEqual(suppressionFixes(doc, finding, false), []);
  const [line, file] = suppressionFixes(doc, finding, true);
  assert.equal(line.title, 'Suppress 11000 for this line');
  assert.equal(file.title, 'Suppress 11000 for this file');
  assert.equal(line.kind, 'placeholder');
  const afterLine = applyEdits(text, line.edits);
  assert.equal(afterLine, text.replace('\t"protocol"', '\t// spectrum-lint-disable-next-line 11000 -- <reason>\r\n\t"protocol"'));
  assert.ok(!afterLine.replace(/\r\n/g, '').includes('\n'), 'no bare LF added');
  const afterFile = applyEdits(text, file.edits);
  assert.equal(afterFile, '// spectrum-lint-disable 11000 -- <reason>\r\n' + text);
  for (const after of [afterLine, afterFile]) {
    // The finding is gone; only the reminder to write a reason remains.
    assert.deepEqual(ids(after), ['suppression-without-reason']);
    assert.deepEqual(ids(after.replace('<reason>', 'the origin comes from the deploy job')), []);
  }
});

test('no suppression fixes for spectrum-lint\'s own findings', () => {
  const text = ['{', '  // spectrum-lint-disable-next-line 11000', ...NO_ORIGIN.slice(1)].join('\n');
  const f = lint(text).findings[0];
  assert.deepEqual(suppressionFixes(new JsonDocument(text), f, true), []);
});

test('ignore entries match by file glob relative to the configuration, code, and pointer prefix', () => {
  const app = { protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' } };
  const text = JSON.stringify({ success: true, errors: [], messages: [], result: [app, app, app] }, null, 2);
  const config = parseConfig(
    JSON.stringify({
      ignore: [
        { files: 'dumps/*.json', code: 11000, pointer: '/result/1', reason: 'being migrated' },
        { files: 'dumps/*.json', code: '11000', pointer: '/result/2', reason: 'exact pointer' },
        { files: 'other/*.json', code: 11000, reason: 'another folder' },
        { code: 11002, reason: 'nothing to match' },
      ],
    }),
    '/repo/spectrum-lint.config.json',
  ).config;
  const options: LintOptions = { path: '/repo/dumps/apps.json', ignore: config.ignore };
  const r = lint(text, options);
  assert.deepEqual(r.findings.map((f) => f.pointer), ['/result/0']);
  assert.equal(r.suppressed?.length, 2);
  assert.ok(r.suppressed?.every((s) => s.by === 'config'));
  assert.deepEqual(r.usedIgnores, config.ignore.slice(0, 2));
  // Outside the configuration's folder nothing is ignored.
  assert.equal(lint(text, { ...options, path: '/elsewhere/dumps/apps.json' }).findings.length, 3);
  // A pointer prefix matches whole segments only: /result/1 does not cover /result/10.
  const many = JSON.stringify({ result: Array.from({ length: 11 }, () => app) }, null, 2);
  const kept = lint(many, options).findings.map((f) => f.pointer);
  assert.ok(kept.includes('/result/10'));
  assert.ok(!kept.includes('/result/1'));

  const configText = JSON.stringify({ ignore: [{ files: 'dumps/*.json', code: 11000, pointer: '/result/1', reason: 'r' }, { code: 11002, reason: 'r' }] }, null, 2);
  const parsed = parseConfig(configText, '/repo/spectrum-lint.config.json');
  const used = new Set(lint(text, { path: '/repo/dumps/apps.json', ignore: parsed.config.ignore }).usedIgnores);
  const unused = unusedIgnoreFindings(parsed.doc, parsed.config.ignore, used);
  assert.deepEqual(unused.map((f) => [f.id, flagged(configText, f)]), [['unused-suppression', '11002']]);
});

test('ignore pointers match exactly or as a prefix of whole segments', () => {
  const f = { id: '11002', pointer: '/result/3/origin_direct/0' } as Finding;
  const e = (pointer?: string) => ({ code: '11002', base: '/repo', files: '**/*.json', ...(pointer !== undefined ? { pointer } : {}) });
  for (const p of [undefined, '', '/result', '/result/3', '/result/3/', '/result/3/origin_direct/0']) assert.ok(ignoreMatches(e(p), f, '/repo/a/b.json'), String(p));
  for (const p of ['/result/30', '/result/3/origin', '/result/3/origin_direct/0/x']) assert.ok(!ignoreMatches(e(p), f, '/repo/a/b.json'), p);
  assert.ok(!ignoreMatches({ ...e(), code: '11000' }, f, '/repo/a/b.json'));
  assert.ok(!ignoreMatches(e(), f, '/repo/a/b.jsonc'));
  assert.ok(!ignoreMatches(e(), f, '/other/a/b.json'));
  assert.ok(!ignoreMatches(e(), f, undefined));
});
