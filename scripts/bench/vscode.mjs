// The real-editor part of the benchmark, run by scripts/bench.mjs as a child process (its output goes to
// a log): one VS Code session (code-server, as the end-to-end tests run it) with the packaged extension,
// on a workspace of generated API dumps, running test/e2e/suite/latency.bench.ts. VS Code's JSON
// language features get the app schema through the user settings, so they check the same documents.
// Usage: node scripts/bench/vscode.mjs --out=<results.json> --schema=<schema.json> [--apps=2000,10000] [--edits=7]
// Exit code 3 when the editor tools are not installed (npm run test:e2e:setup).
// SPECTRUM_BENCH_TRACE=1 turns the protocol trace on: it slows the editor by seconds, so it shows the order of
// the messages, not their times.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeUserSettings } from '../../test/e2e/lib/code-server.mjs';
import { vscodeSession } from '../../test/e2e/lib/session.mjs';
import { E2E, OUT, ROOT, missingVsCodeTools } from '../../test/e2e/lib/tools.mjs';
import { arg } from './args.mjs';
import { apiDump } from './generate.mjs';

const out = resolve(arg('out', join(OUT, 'bench-latency.json')));
const schema = resolve(arg('schema', ''));
const apps = String(arg('apps', '2000,10000')).split(',').map(Number).filter((n) => n > 0);

/**
 * The dump with its last app's `argo_smart_routing` a string: the generator's mistakes are all beyond
 * a schema, and VS Code tells no one that a document has no problems, so without one the peer's first
 * diagnostics could not be seen. Both report this one; it shows each has checked the whole document.
 */
function withWrongTypeAtEnd(text) {
  const key = '"argo_smart_routing": ';
  const at = text.lastIndexOf(key) + key.length;
  const old = text.startsWith('true', at) ? 'true' : 'false';
  return `${text.slice(0, at)}"${old}"${text.slice(at + old.length)}`;
}

const missing = missingVsCodeTools();
if (missing.length) {
  console.error(`missing editor tools:\n  ${missing.join('\n  ')}`);
  process.exit(3);
}

// Only the entry point and the bench suite, bundled next to the repository's node_modules (mocha).
const suites = join(OUT, 'bench-suite');
rmSync(suites, { recursive: true, force: true });
await build({
  entryPoints: [join(E2E, 'suite/index.ts'), join(E2E, 'suite/latency.bench.ts')],
  outdir: suites,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
const vsix = join(OUT, 'bench-spectrum-lint.vsix');
execFileSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), '--out', vsix], { stdio: 'inherit' });

const workspace = mkdtempSync(join(tmpdir(), 'spectrum-lint-bench-vscode-'));
process.on('exit', () => rmSync(workspace, { recursive: true, force: true }));
mkdirSync(join(workspace, 'bench'));
const docs = apps.map((n) => {
  writeFileSync(join(workspace, 'bench', `apps-${n}.json`), withWrongTypeAtEnd(apiDump(n)));
  return `bench/apps-${n}.json`;
});

// Two large documents with their edits and requests take longer than a test session's default.
process.env.CODE_SHIM_TIMEOUT_MS ??= '1200000';
await vscodeSession({
  name: 'latency bench',
  dir: 'vscode-bench',
  suites: '.bench.js',
  installed: [vsix],
  testsDir: suites,
  workspace,
  env: {
    SPECTRUM_E2E_BENCH_DOCS: docs.join(','),
    SPECTRUM_E2E_BENCH_OUT: out,
    SPECTRUM_E2E_BENCH_EDITS: String(arg('edits', 7)),
  },
  beforeStart: (dirs) =>
    writeUserSettings(dirs.userData, {
      'json.schemas': [{ fileMatch: ['apps-*.json'], url: pathToFileURL(schema).href }],
      // Each edit is timed alone: no save (and what a save sets off) in between.
      'files.autoSave': 'off',
      ...(process.env.SPECTRUM_BENCH_TRACE ? { 'spectrumLint.trace.server': 'verbose' } : {}),
    }),
});
