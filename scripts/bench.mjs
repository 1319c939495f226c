// Measures the core on large inputs: a Spectrum API dump of 2,000 apps and a 50,000-line unrelated
// JSON file (plus a variant that mentions Spectrum field names, so it is parsed but holds no app).
// Reports time per lint and memory; no thresholds. Usage: npm run bench [-- --runs=N]
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);

// Bundle the core on the fly, so the benchmark needs no tsc output.
const dir = mkdtempSync(join(tmpdir(), 'spectrum-lint-bench-'));
const outfile = join(dir, 'core.cjs');
await build({ entryPoints: ['server/core/index.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, mainFields: ['module', 'main'], logLevel: 'warning' });
const core = createRequire(import.meta.url)(outfile);
rmSync(dir, { recursive: true, force: true });

/** Deterministic pseudo-random numbers, so every run lints the same documents. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function apiDump(count) {
  const rnd = prng(2000);
  const result = [];
  for (let i = 0; i < count; i++) {
    const port = 1000 + (i % 60000);
    const udp = i % 7 === 0;
    const t = udp ? 'udp' : 'tcp';
    const app = {
      id: (i.toString(16) + 'a'.repeat(32)).slice(0, 32),
      protocol: `${t}/${port}`,
      dns: { type: 'CNAME', name: `app-${i}.example.com` },
      origin_direct: [`${t}://146.190.${i % 250}.${1 + (i % 250)}:${port}`],
      proxy_protocol: 'off',
      ip_firewall: !udp,
      tls: udp ? 'off' : 'full',
      edge_ips: { type: 'dynamic', connectivity: 'all' },
      traffic_type: 'direct',
      argo_smart_routing: rnd() < 0.3,
      created_on: '2024-01-02T02:20:00Z',
      modified_on: '2024-01-02T02:20:00Z',
    };
    // About one app in ten has a mistake, as a real dump might.
    const r = rnd();
    if (r < 0.03) app.origin_direct = [`tcp://2001:db8::${i.toString(16)}:${port}`];
    else if (r < 0.06) app.origin_direct.push(`tcp://origin-${i}.example.com:${port}`);
    else if (r < 0.08) app.edge_ips = { type: 'static', ips: [`198.51.100.${i % 250}`] };
    else if (r < 0.1) app.virtual_network_id = 'not-a-uuid';
    result.push(app);
  }
  return JSON.stringify({ success: true, errors: [], messages: [], result, result_info: { page: 1, per_page: count, count, total_count: count } }, null, 2) + '\n';
}

function unrelated(lines, withSpectrumWords) {
  const deps = {};
  const perEntry = 6;
  for (let i = 0; deps && Object.keys(deps).length * perEntry < lines; i++) {
    deps[`node_modules/package-${i}`] = withSpectrumWords
      ? { version: `1.${i % 50}.${i % 7}`, protocol: `https`, resolved: `https://registry.example.com/package-${i}.tgz`, integrity: `sha512-${'x'.repeat(40)}` }
      : { version: `1.${i % 50}.${i % 7}`, resolved: `https://registry.example.com/package-${i}.tgz`, integrity: `sha512-${'x'.repeat(40)}`, dev: i % 3 === 0 };
  }
  return JSON.stringify({ name: 'big-project', lockfileVersion: 3, requires: true, packages: deps }, null, 2) + '\n';
}

const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

function time(fn) {
  const times = [];
  let last;
  fn(); // warm-up
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = fn();
    times.push(performance.now() - t0);
    sample();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], last };
}

const cases = [
  { name: 'API dump, 2,000 Spectrum apps', text: apiDump(2000), options: {} },
  { name: 'API dump, 2,000 apps, CLI options', text: apiDump(2000), options: { syntaxErrors: true, path: '/bench/apps.json' } },
  { name: 'unrelated JSON, 50k lines', text: unrelated(50_000, false), options: {} },
  { name: 'unrelated JSON, 50k lines, Spectrum words', text: unrelated(50_000, true), options: {} },
];

console.log(`spectrum-lint core benchmark: node ${process.version}, ${runs} runs per case (after one warm-up)\n`);
const rows = [];
for (const c of cases) {
  const r = time(() => core.lint(c.text, c.options));
  rows.push({
    case: c.name,
    size: mb(c.text.length),
    lines: c.text.split('\n').length - 1,
    findings: r.last.findings.length,
    'median ms': r.median.toFixed(1),
    'min ms': r.min.toFixed(1),
    'max ms': r.max.toFixed(1),
  });
}
console.table(rows);

// One fix-all over the dump: every safe fix, re-linting between passes.
const dump = cases[0].text;
const t0 = performance.now();
const fixed = await core.fixAll(dump, {});
sample();
console.log(`\nfixAll on the 2,000-app dump: ${(performance.now() - t0).toFixed(0)} ms, ${fixed.applied.length} fixes applied`);

sample();
console.log(`peak heap used (sampled): ${mb(peakHeap)}; peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}`);
