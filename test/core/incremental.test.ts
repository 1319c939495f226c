import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, JsonDocument, lint, lintInSlices, ObjectCache, RULES, type Analysis, type LintOptions, type LintResult, type Rule } from '../../server/core';
import { complete } from '../../server/core/completion';
import { hover } from '../../server/core/hover';
import { changeBetween, topList } from '../../server/core/reparse';
import { summarizeDocument, summarizeText } from '../../server/core/workspace';
import { prng } from '../helpers';


/** An API dump; with `pages`, a list of that many envelopes (pages of the list, saved one after another). */
function dump(count: number, eol = '\n', pages = 1): string {
  const result: object[] = [];
  for (let i = 0; i < count; i++) {
    result.push({
      id: `${i.toString(16).padStart(4, '0')}${'a'.repeat(28)}`,
      protocol: `tcp/${1000 + i}`,
      dns: { type: 'CNAME', name: `app-${i}.example.com` },
      origin_direct: [i % 3 === 0 ? `tcp://2001:db8::${i.toString(16)}:${1000 + i}` : `tcp://192.0.2.${i % 250}:${1000 + i}`],
      edge_ips: i % 4 === 0 ? { type: 'static', ips: ['198.51.100.7'] } : { type: 'dynamic', connectivity: 'all' },
      traffic_type: 'direct',
    });
  }
  const size = Math.ceil(count / pages);
  const body = pages === 1 ? { success: true, errors: [], result } : Array.from({ length: pages }, (_, i) => ({ success: true, errors: [], result: result.slice(i * size, (i + 1) * size), result_info: { page: i + 1 } }));
  return JSON.stringify(body, null, 2).replace(/\n/g, eol) + eol;
}

/** Everything a user sees of a finding, fixes included. */
async function seen(r: LintResult): Promise<string[]> {
  const out: string[] = [];
  for (const f of r.findings) {
    const fixes = f.fixes ? await f.fixes({}) : [];
    out.push(JSON.stringify({ ...f, fixes: fixes.map((x) => ({ title: x.title, kind: x.kind, edits: x.edits })) }));
  }
  return out;
}

const edits: Array<(text: string, rnd: () => number) => string> = [
  // A value typed into, inside one app.
  (t, rnd) => {
    const i = t.indexOf('"app-', Math.floor(rnd() * t.length * 0.9));
    return i < 0 ? t : t.slice(0, i + 1) + 'x' + t.slice(i + 1);
  },
  // A port changed so the app becomes invalid, or valid again.
  (t, rnd) => {
    const i = t.indexOf('tcp://', Math.floor(rnd() * t.length * 0.9));
    return i < 0 ? t : t.slice(0, i) + 'tcp://[2001:db8::1]:' + t.slice(i + 6);
  },
  // Lines added inside an app: everything after it moves down.
  (t, rnd) => {
    const i = t.indexOf('"traffic_type"', Math.floor(rnd() * t.length * 0.9));
    return i < 0 ? t : t.slice(0, i) + '"tls": "off",\n      ' + t.slice(i);
  },
  // A suppression comment typed inside an app: a directive appears in a document that had none.
  (t, rnd) => {
    const i = t.indexOf('"origin_direct"', Math.floor(rnd() * t.length * 0.9));
    return i < 0 ? t : t.slice(0, i) + '// spectrum-lint-disable-next-line 11044 -- tested\n      ' + t.slice(i);
  },
  // A character deleted anywhere (may break the syntax, or land between apps).
  (t, rnd) => {
    const i = Math.floor(rnd() * t.length);
    return t.slice(0, i) + t.slice(i + 1);
  },
  // CR LF and lone CR line breaks inserted.
  (t, rnd) => {
    const i = Math.floor(rnd() * t.length);
    return t.slice(0, i) + (rnd() < 0.5 ? '\r\n' : '\r') + t.slice(i);
  },
];

test('changeBetween finds the smallest differing region, across chunk boundaries', () => {
  const a = 'x'.repeat(10000) + 'abc' + 'y'.repeat(9000);
  assert.deepEqual(changeBetween(a, a), { start: a.length, oldEnd: a.length, delta: 0 });
  assert.deepEqual(changeBetween(a, a.replace('abc', 'aXc')), { start: 10001, oldEnd: 10002, delta: 0 });
  assert.deepEqual(changeBetween(a, a.replace('abc', 'ac')), { start: 10001, oldEnd: 10002, delta: -1 });
  assert.deepEqual(changeBetween('aaaa', 'aaaaa'), { start: 4, oldEnd: 4, delta: 1 });
});

test('an edit inside one app re-parses that app only; other edits parse again', () => {
  const text = dump(5);
  const first = new JsonDocument(text);
  const inside = text.replace('app-3.example.com', 'app-3x.example.com');
  const second = new JsonDocument(inside, undefined, undefined, first);
  assert.ok(second.reparsed, 'an edit inside one element is a re-parse');
  assert.equal(second.root, first.root, 'the earlier tree is taken over');
  const between = inside.replace('},\n    {', '},\n\n    {');
  assert.equal(new JsonDocument(between, undefined, undefined, second).reparsed, undefined, 'an edit between elements parses again');
  const broken = inside.replace('"app-1.example.com"', '"app-1.example.com');
  assert.equal(new JsonDocument(broken, undefined, undefined, new JsonDocument(inside)).reparsed, undefined, 'an element that no longer parses cleanly parses the whole text');
});

test('random edits: re-parsed and cached lints give exactly what a fresh lint gives, fixes included', async () => {
  const rnd = prng(9);
  // Edits that keep the syntax (most are a re-parse), then all kinds (the syntax breaks, and stays broken).
  for (const [eol, kinds, pages] of [['\n', 4, 1], ['\r\n', 4, 1], ['\n', edits.length, 1], ['\n', 4, 3], ['\n', edits.length, 3]] as const) {
    let text = dump(12, eol, pages);
    const options: LintOptions = { path: '/w/apps.json' };
    const cache = new ObjectCache();
    let analysis: Analysis = analyze(text, options);
    lint(analysis, options, RULES, cache);
    let reparsed = 0;
    for (let step = 0; step < 80; step++) {
      text = edits[Math.floor(rnd() * kinds)](text, rnd);
      analysis = analyze(text, options, analysis);
      if (analysis.doc?.reparsed) reparsed++;
      const incremental = lint(analysis, options, RULES, cache);
      const fresh = lint(text, options);
      assert.deepEqual(analysis.targets.map((t) => [t.kind, t.role, t.node.offset]), fresh.targets.map((t) => [t.kind, t.role, t.node.offset]), `targets at step ${step}`);
      // Before any fix is asked for (which checks its object again): the tree with its deferred moves.
      for (let k = 0; k < 5; k++) {
        const o = Math.floor(rnd() * (text.length + 1));
        assert.deepEqual(hover(incremental, o), hover(fresh, o), `hover(${o}) at step ${step}`);
        assert.deepEqual(complete(incremental, o), complete(fresh, o), `complete(${o}) at step ${step}`);
      }
      assert.deepEqual(await seen(incremental), await seen(fresh), `step ${step} (${JSON.stringify(eol)})`);
      // The workspace summary, partly reused from the earlier version, is the one a fresh parse gives.
      assert.deepEqual(summarizeDocument(analysis.doc!, '/w/apps.json', undefined, analysis.targets), summarizeText(text, '/w/apps.json'), `summary at step ${step}`);
      // Positions of the re-parsed document agree with a fresh parse everywhere.
      const doc = analysis.doc!;
      const plain = new JsonDocument(text);
      for (let k = 0; k < 30; k++) {
        const o = Math.floor(rnd() * (text.length + 1));
        assert.deepEqual(doc.positionAt(o), plain.positionAt(o), `positionAt(${o}) at step ${step}`);
      }
    }
    if (kinds === 4) assert.ok(reparsed > 40, `most edits stay inside one app (${reparsed} re-parsed)`);
  }
});

test("an edit inside one app moves only the later apps' own offsets: what is inside them moves when it is read", () => {
  const options: LintOptions = { path: '/w/apps.json' };
  const text = dump(6);
  const cache = new ObjectCache();
  const first = analyze(text, options);
  lint(first, options, RULES, cache);
  const lastApp = topList(first.doc!.root!)!.children!.at(-1)!;
  const inside = lastApp.children![1]!; // the second property of the last app
  const [before, appBefore] = [inside.offset, lastApp.offset];
  // Spaces typed after a colon in the first app: nothing another object reads changes.
  const edited = text.replace('"traffic_type": ', '"traffic_type":    ');
  const delta = edited.length - text.length;
  const second = analyze(edited, options, first);
  assert.ok(second.doc?.reparsed);
  const r = lint(second, options, RULES, cache);
  assert.equal(lastApp.offset, appBefore + delta, "the app's own offset is moved at once");
  assert.equal(inside.offset, before, 'its contents wait: no rule of that app ran');
  assert.deepEqual(r.findings.map((f) => [f.id, f.offset]), lint(edited, options).findings.map((f) => [f.id, f.offset]));
  second.doc!.root; // reading the tree settles every deferred move
  assert.equal(inside.offset, before + delta);
  assert.equal(edited.slice(inside.offset, inside.offset + 10), text.slice(before, before + 10));
});

test('an edit inside one app runs the object rules of that app only', () => {
  let runs = 0;
  const counting: Rule = { name: 'counting', reports: ['11004'], kinds: ['spectrum-app'], check: () => void runs++ };
  const rules = [...RULES, counting];
  const options: LintOptions = {};
  const cache = new ObjectCache();
  let text = dump(30);
  let analysis = analyze(text, options);
  lint(analysis, options, rules, cache);
  assert.equal(runs, 30);
  runs = 0;
  text = text.replace('app-7.example.com', 'app-7b.example.com');
  analysis = analyze(text, options, analysis);
  lint(analysis, options, rules, cache);
  assert.equal(runs, 1, 'only the edited app is checked again');
  runs = 0;
  lint(text, options, rules, cache);
  assert.equal(runs, 0, 'a full parse of the same text finds every app by its text');
  runs = 0;
  lint(text, { ...options, account: { plan: 'enterprise' } as LintOptions['account'] }, rules, cache);
  assert.equal(runs, 30, 'another account context checks everything again');
});

test('the examples give the same findings through the cache as without it', async () => {
  const dir = join(__dirname, '..', '..', '..', 'examples');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') || n.endsWith('.jsonc'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    const options: LintOptions = { path: join(dir, name), syntaxErrors: true };
    const cache = new ObjectCache();
    lint(text, options, RULES, cache);
    assert.deepEqual(await seen(lint(text, options, RULES, cache)), await seen(lint(text, options)), name);
  }
});

test('a lint in slices hands the event loop back between objects, gives what lint gives, and stops when cancelled', async () => {
  const text = dump(200);
  let turns = 0;
  const ticker = setInterval(() => turns++, 0);
  try {
    const sliced = await lintInSlices(text, {}, RULES, undefined, () => false, 0);
    assert.ok(turns > 0, 'other work ran while the document was checked');
    assert.deepEqual(await seen(sliced!), await seen(lint(text, {})));
  } finally {
    clearInterval(ticker);
  }
  let asked = 0;
  assert.equal(await lintInSlices(text, {}, RULES, undefined, () => ++asked > 3, 0), undefined, 'a stale lint gives nothing');
  assert.equal(asked, 4);
});

test('an edit inside one app visits that app and the apps that reported, and passes over the quiet ones', () => {
  const visited: string[] = [];
  class Counting extends ObjectCache {
    override reports(...args: Parameters<ObjectCache['reports']>) {
      visited.push(args[0].text.slice(args[1].node.offset, args[1].node.offset + 40));
      return super.reports(...args);
    }
  }
  const options: LintOptions = {};
  const cache = new Counting();
  let text = dump(30);
  let analysis = analyze(text, options);
  const first = lint(analysis, options, RULES, cache);
  assert.equal(visited.length, 30);
  const reporting = new Set(first.findings.map((f) => analysis.targets.findIndex((t) => t.node.offset <= f.offset && f.offset < t.node.offset + t.node.length)));
  assert.ok(reporting.size > 0 && reporting.size < 30, `some apps report (${reporting.size})`);
  visited.length = 0;
  // Spaces typed into app 7: nothing the other apps' checks read changes.
  text = text.replace('"app-7.example.com"', '"app-7.example.com"   ');
  analysis = analyze(text, options, analysis);
  const second = lint(analysis, options, RULES, cache);
  assert.equal(visited.length, reporting.size + (reporting.has(7) ? 0 : 1), 'the edited app and the reporting ones');
  assert.deepEqual(second.findings.map((f) => [f.id, f.offset, f.message]), lint(text, options).findings.map((f) => [f.id, f.offset, f.message]));
  visited.length = 0;
  // A hostname is what other apps' checks read (a duplicate): every app is visited.
  text = text.replace('app-8.example.com', 'app-8b.example.com');
  analysis = analyze(text, options, analysis);
  lint(analysis, options, RULES, cache);
  assert.equal(visited.length, 30, 'a change of the summary visits every app');
  visited.length = 0;
  lint(analysis, { ...options, account: { plan: 'enterprise' } as LintOptions['account'] }, RULES, cache);
  assert.equal(visited.length, 30, 'another account context visits every app');
});

test('a quiet target that holds the edit (an envelope around the edited app) is checked again', () => {
  // A rule of the envelope that reads an app of its `result`: the envelope's target stays the same object.
  const flag: Rule = {
    name: 'flag',
    reports: ['unknown-field'],
    kinds: ['error-envelope'],
    check: ({ doc, target, report }) => {
      if (doc.text.slice(target.node.offset, target.node.offset + target.node.length).includes('"flagged"')) report({ id: 'unknown-field', node: target.node, message: 'flagged' });
    },
  };
  const rules = [...RULES, flag];
  const options: LintOptions = {};
  const cache = new ObjectCache();
  let text = dump(6).replace('"success": true', '"success": false');
  let analysis = analyze(text, options);
  assert.ok(analysis.targets.some((t) => t.kind === 'error-envelope'));
  assert.ok(!lint(analysis, options, rules, cache).findings.some((f) => f.message === 'flagged'));
  // A field added to an app that no other app's check reads: the apps' summary stays the same.
  text = text.replace('"app-3.example.com"', '"app-3.example.com", "flagged": true');
  analysis = analyze(text, options, analysis);
  assert.ok(analysis.doc?.reparsed, 'the edit stays inside one app');
  assert.ok(lint(analysis, options, rules, cache).findings.some((f) => f.message === 'flagged'), 'the envelope is checked again');
});
