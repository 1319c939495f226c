import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOG, entry } from '../../server/core/catalog';
import { plainText } from '../../server/core/plain-text';
import { cli } from './run-cli';

const ORIGINS = 'examples/origins.spectrum.json';

interface JsonReport {
  files: Array<{ path: string; diagnostics: Array<{ code: number | string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; pointer: string; docs: string }> }>;
  summary: { errors: number; warnings: number; infos: number };
}

function jsonReport(args: string[]): { report: JsonReport; status: number | null } {
  const r = cli([...args, '--format', 'json']);
  assert.equal(r.stderr, '');
  return { report: JSON.parse(r.stdout) as JsonReport, status: r.status };
}

test('json: the documented shape, zero-based positions, known findings, suppressed ones left out', () => {
  const { report, status } = jsonReport(['examples']);
  assert.equal(status, 1, 'the examples hold errors');
  assert.deepEqual(Object.keys(report), ['files', 'summary']);
  assert.deepEqual(Object.keys(report.summary), ['errors', 'warnings', 'infos']);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of report.files) {
    assert.deepEqual(Object.keys(f), ['path', 'diagnostics']);
    for (const d of f.diagnostics) {
      assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'range', 'pointer', 'docs']);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
      assert.ok(d.message.length > 0 && /^https:\/\//.test(d.docs));
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
    }
  }
  assert.deepEqual(report.summary, { errors, warnings, infos });

  const byPath = new Map(report.files.map((f) => [f.path, f.diagnostics]));
  assert.deepEqual(byPath.get('examples/minecraft.spectrum.json'), [], 'the clean example is clean');
  const origins = byPath.get(ORIGINS)!;
  const hostname = origins.find((d) => d.code === 11002 && d.pointer === '/1/origin_direct/0');
  assert.ok(hostname, 'hostname in origin_direct is 11002');
  assert.deepEqual(hostname.range, { start: { line: 10, character: 22 }, end: { line: 10, character: 52 } });
  assert.equal(hostname.docs, entry('11002').docs);
  assert.ok(origins.some((d) => d.code === 11000 && d.pointer === '/4'));
  // A load balancer body, found by its content and its name.
  assert.deepEqual(byPath.get('examples/www.lb.json')!.map((d) => d.code), ['lb-ttl-proxied', 'lb-session-affinity-ttl', 'lb-invalid-enum-value']);

  // The directive in the .jsonc and the ignore entry in examples/spectrum-lint.config.json hide these.
  const jsonc = byPath.get('examples/edge-gateways.spectrum.jsonc')!;
  assert.ok(!jsonc.some((d) => d.code === 'private-origin-without-virtual-network' || d.code === 'legacy-field'));
  assert.ok(jsonc.some((d) => d.code === 'suppression-without-reason'));
  assert.ok(!byPath.get('examples/spectrum-apps-dump.json')!.some((d) => d.pointer.startsWith('/result/3/') && d.code === 'private-origin-without-virtual-network'));
  // The configuration turns traffic-type-default off for the examples.
  assert.ok(!report.files.some((f) => f.diagnostics.some((d) => d.code === 'traffic-type-default')));
});

test('stylish: path, one-based line:col, severity, message, code, then the catalog resolution and docs; a summary', () => {
  const r = cli([ORIGINS]);
  assert.equal(r.status, 1);
  assert.ok(!r.stdout.includes('\u001b['), 'no colour when not on a terminal');
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], ORIGINS);
  const i = lines.findIndex((l) => /^\s+11:23\s+error\s+.*bastion\.example\.com.*\s11002$/.test(l));
  assert.ok(i > 0, r.stdout);
  assert.ok(lines[i + 1].includes(plainText(entry('11002').resolution)) && lines[i + 1].includes(entry('11002').docs));
  assert.match(r.stdout, /✖ \d+ problems \(\d+ errors, \d+ warnings?, \d+ infos?\) in 1 file/);
  const colored = cli([ORIGINS, '--color']);
  assert.ok(colored.stdout.includes('\u001b[31m'));
});

test('stylish on a clean file says so and exits 0', () => {
  const r = cli(['examples/minecraft.spectrum.json']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /No problems in 1 file/);
});

test('sarif: 2.1.0 with catalog rule metadata, one-based regions, suppressed results marked', () => {
  const r = cli(['examples', '--format', 'sarif']);
  assert.equal(r.status, 1);
  const log: any = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  const [run] = log.runs;
  const { driver } = run.tool;
  assert.equal(driver.name, 'spectrum-lint');
  const rule = driver.rules.find((x: any) => x.id === '11002');
  const e = entry('11002');
  assert.deepEqual(rule, {
    id: '11002',
    name: 'InvalidOriginAddress',
    shortDescription: { text: e.title },
    fullDescription: { text: e.cause },
    help: { text: e.resolution, markdown: `${e.resolution}\n\n[Documentation](${e.docs})` },
    helpUri: e.docs,
    defaultConfiguration: { level: 'error' },
    properties: { group: 'spectrum-api', http: e.http },
  });
  assert.ok(driver.rules.length >= CATALOG.filter((x) => x.detection !== 'explain').length);
  for (const res of run.results as any[]) {
    assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(res.level));
    const loc = res.locations[0].physicalLocation;
    assert.equal(run.artifacts[loc.artifactLocation.index].location.uri, loc.artifactLocation.uri);
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
  }
  const hostname = run.results.find((x: any) => x.ruleId === '11002' && x.locations[0].physicalLocation.artifactLocation.uri === ORIGINS && x.locations[0].physicalLocation.region?.startLine === 11);
  assert.ok(hostname);
  assert.deepEqual(hostname.locations[0].physicalLocation.region, { startLine: 11, startColumn: 23, endLine: 11, endColumn: 53 });
  const suppressed: any[] = run.results.filter((x: any) => x.suppressions);
  assert.ok(suppressed.some((x) => x.suppressions[0].kind === 'inSource' && /site-to-site VPN/.test(x.suppressions[0].justification ?? '')));
  assert.ok(suppressed.some((x) => x.suppressions[0].kind === 'external' && /NET-412/.test(x.suppressions[0].justification ?? '')));
});

test('github: workflow annotations with one-based positions and the code as title', () => {
  const r = cli([ORIGINS, '--format', 'github']);
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n');
  for (const l of lines) assert.match(l, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::\S/);
  assert.ok(lines.some((l) => l.startsWith(`::error file=${ORIGINS},line=11,col=23,endLine=11,endColumn=53,title=11002::`)));
  assert.ok(lines.some((l) => l.startsWith('::warning ') && l.includes('title=origin-transport-mismatch::')));
});
