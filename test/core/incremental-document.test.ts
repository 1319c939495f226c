import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, lint, ObjectCache, RULES, type Analysis, type LintOptions, type LintResult, type Rule } from '../../server/core';
import { prng } from '../helpers';

/** Request bodies in a root array: pairs share a hostname and ports, some pairs a static edge IP too. */
function requests(count: number): string {
  const apps = [];
  for (let i = 0; i < count; i++) {
    const byoip = (i >> 1) % 3 === 0;
    apps.push({
      protocol: `tcp/${1000 + (i >> 1)}`,
      dns: { type: byoip ? 'ADDRESS' : 'CNAME', name: `app-${i >> 1}.example.com` },
      origin_direct: [`tcp://192.0.2.${i % 250}:${1000 + i}`],
      edge_ips: byoip ? { type: 'static', ips: ['198.51.100.7'] } : { type: 'dynamic', connectivity: 'all' },
      argo_smart_routing: i % 2 === 0,
    });
  }
  return JSON.stringify(apps, null, 2) + '\n';
}

const edits: Array<(text: string, rnd: () => number) => string> = [
  // A value that no other object reads: the summary stays the same.
  (t, rnd) => {
    const at = t.indexOf('"argo_smart_routing": ', Math.floor(rnd() * t.length * 0.9));
    if (at < 0) return t;
    const v = at + '"argo_smart_routing": '.length;
    return t.startsWith('true', v) ? t.slice(0, v) + 'false' + t.slice(v + 4) : t.slice(0, v) + 'true' + t.slice(v + 5);
  },
  // A hostname changed: it may start or stop clashing with another app's.
  (t, rnd) => {
    const i = t.indexOf('"app-', Math.floor(rnd() * t.length * 0.9));
    return i < 0 ? t : t.slice(0, i + 5) + String(Math.floor(rnd() * 4)) + t.slice(i + 6);
  },
  // A port changed: the apps of one hostname may stop or start overlapping.
  (t, rnd) => {
    const i = t.indexOf('"tcp/', Math.floor(rnd() * t.length * 0.9));
    return i < 0 ? t : t.slice(0, i + 5) + String(1000 + Math.floor(rnd() * 6)) + t.slice(i + 9);
  },
  // A line added inside an app: every later object moves down.
  (t, rnd) => {
    const i = t.indexOf('"argo_smart_routing"', Math.floor(rnd() * t.length * 0.9));
    return i < 0 ? t : t.slice(0, i) + '"traffic_type": "direct",\n    ' + t.slice(i);
  },
];

/** Everything a user sees of a finding, related locations included. */
function seen(r: LintResult): string[] {
  return r.findings.map((f) => JSON.stringify({ ...f, fixes: undefined }));
}

test('random edits: the cross-object findings of a re-parsed, cached lint are exactly those of a fresh lint', () => {
  const rnd = prng(11);
  let text = requests(16);
  const options: LintOptions = { path: '/w/apps.json' };
  const cache = new ObjectCache();
  let analysis: Analysis = analyze(text, options);
  const initial = lint(analysis, options, RULES, cache);
  assert.ok(initial.findings.some((f) => f.id === 'duplicate-hostname') && initial.findings.some((f) => f.id === 'duplicate-edge-ip'), 'the document starts with clashes');
  let reparsed = 0;
  for (let step = 0; step < 120; step++) {
    text = edits[Math.floor(rnd() * edits.length)](text, rnd);
    analysis = analyze(text, options, analysis);
    if (analysis.doc?.reparsed) reparsed++;
    assert.deepEqual(seen(lint(analysis, options, RULES, cache)), seen(lint(text, options)), `step ${step}`);
  }
  assert.ok(reparsed > 100, `the edits stay inside one app (${reparsed} re-parsed)`);
});

test('an edit that changes nothing other objects read re-runs the document-scope rules of the edited app only', () => {
  const checked: number[] = [];
  const counting: Rule = { name: 'counting', reports: ['11004'], kinds: ['spectrum-app'], scope: 'document', check: (ctx) => void checked.push(ctx.target.node.offset) };
  const rules = [...RULES, counting];
  const options: LintOptions = {};
  const cache = new ObjectCache();
  let text = requests(20);
  let analysis = analyze(text, options);
  lint(analysis, options, rules, cache);
  assert.equal(checked.length, 20);

  checked.length = 0;
  text = edits[0](text, () => 0.5);
  analysis = analyze(text, options, analysis);
  lint(analysis, options, rules, cache);
  assert.equal(checked.length, 1, 'a value no other object reads: the edited app only');

  checked.length = 0;
  text = text.replace('"app-3.example.com"', '"app-4.example.com"');
  analysis = analyze(text, options, analysis);
  assert.ok(analysis.doc?.reparsed);
  lint(analysis, options, rules, cache);
  assert.equal(checked.length, 20, 'a hostname changed: every app is compared again');

  checked.length = 0;
  text = text.replace('"argo_smart_routing": true', '"traffic_type": "direct",\n    "argo_smart_routing": true');
  analysis = analyze(text, options, analysis);
  lint(analysis, options, rules, cache);
  assert.equal(checked.length, 20, 'lines added: the related locations of later apps moved, so every app is checked again');
});
